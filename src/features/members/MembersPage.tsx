import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { roleLabels } from '../../domain';
import { Loading, Page, Section, useSchool, to } from '../../ui';
import { InviteForm } from './InviteForm';
import { MemberActions } from './MemberActions';
import { roleOf, whyNotManage } from './members';
import { useMembers, useOnline, useSignedIn } from './useBoardMembers';
import './members.css';

/**
 * The board's members, from the member records synced to this device (readable offline). The chair
 * or clerk, signed in and online, also invites members, changes roles and removes members (A5).
 */
export default function MembersPage() {
  const school = useSchool();
  const members = useMembers(school.id);
  const signedIn = useSignedIn();
  const online = useOnline();
  const [done, setDone] = useState('');
  if (members === undefined || signedIn === undefined) {
    return (
      <Page title="Board members" backTo={to('/settings')}>
        <Loading what="the board’s members" />
      </Page>
    );
  }
  const me = signedIn?.personId;
  const why = whyNotManage({ signedIn: signedIn !== null, online, role: roleOf(members, me) });
  const api = why === null ? signedIn?.api : undefined;

  return (
    <Page title="Board members" backTo={to('/settings')}>
      <Section title={`Members of ${school.name}`} id="members">
        {members.length === 0 ? (
          <p>No members are on this device yet. A board on this device only has none; a shared board’s members arrive when it syncs.</p>
        ) : (
          <ul className="member-list">
            {members.map((m) => (
              <li key={m.id} className="member-item">
                <h3>
                  {m.displayName}
                  {m.personId === me && ' (you)'}
                </h3>
                <p className="muted">{roleLabels[m.role]}</p>
                {api && m.personId !== me && <MemberActions member={m} api={api} schoolName={school.name} onDone={setDone} />}
              </li>
            ))}
          </ul>
        )}
        <p role="status" className="muted">
          {done}
        </p>
        {api && <p className="muted">To change your own role or leave the board, ask another chair or clerk.</p>}
      </Section>
      <Section title="Invite a member" id="invite">
        {api ? (
          <InviteForm api={api} schoolId={school.id} schoolName={school.name} />
        ) : (
          <>
            <p>{why}</p>
            <p>The list above is as this device last synced it.</p>
            <IonButton fill="outline" routerLink={to('/settings/account')}>
              Sign in and sync
            </IonButton>
          </>
        )}
      </Section>
    </Page>
  );
}
