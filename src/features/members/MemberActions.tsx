import { useState } from 'react';
import { IonAlert, IonButton } from '@ionic/react';
import { roleLabels, roles, type Membership, type Role } from '../../domain';
import type { SyncApi } from '../../sync';
import { Field } from '../../ui';
import { articled, roleName } from './members';
import { refusalText, syncSoon } from './useBoardMembers';

interface MemberActionsProps {
  member: Membership;
  api: SyncApi;
  schoolName: string;
  /** Says what was done (shown by the screen: a removed member leaves the list). */
  onDone: (text: string) => void;
}

/** For the chair or clerk: change one member's role, or remove them from the board, each after asking. */
export function MemberActions({ member, api, schoolName, onDone }: MemberActionsProps) {
  const name = member.displayName;
  const [role, setRole] = useState<Role>(member.role);
  const [asking, setAsking] = useState<'role' | 'remove' | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  async function run(what: () => Promise<unknown>, done: string) {
    setBusy(true);
    setProblem('');
    onDone('');
    try {
      await what();
      onDone(done);
      void syncSoon();
    } catch (err) {
      setProblem(refusalText(err));
    } finally {
      setBusy(false);
    }
  }

  function askRole() {
    setProblem(role === member.role ? `Choose a role other than ${roleName(member.role)} first.` : '');
    if (role !== member.role) setAsking('role');
  }

  return (
    <div className="member-actions">
      <Field label={`Role of ${name}`}>
        {(props) => (
          <select {...props} value={role} onChange={(e) => setRole(e.target.value as Role)} disabled={busy}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="button-row">
        <IonButton fill="outline" onClick={askRole} disabled={busy} aria-label={`Change role of ${name}`}>
          Change role
        </IonButton>
        <IonButton
          fill="outline"
          color="danger"
          onClick={() => setAsking('remove')}
          disabled={busy}
          aria-label={`Remove from the board: ${name}`}
        >
          Remove from the board
        </IonButton>
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {/* Each dialog is made only while asking: a board of twenty members would otherwise keep forty in the page. */}
      {asking === 'role' && (
        <IonAlert
          isOpen
          header={`Make ${name} ${roleName(role)}?`}
          message={`${name} is ${roleName(member.role)} now. Their devices will fetch the board again and see what ${articled(role)} may see.`}
          buttons={[
            { text: 'Cancel', role: 'cancel' },
            {
              text: 'Change role',
              handler: () => void run(() => api.changeRole(member.schoolId, member.personId, role), `${name} is now ${roleName(role)}.`),
            },
          ]}
          onDidDismiss={() => setAsking(null)}
        />
      )}
      {asking === 'remove' && (
        <IonAlert
          isOpen
          header={`Remove ${name} from the board?`}
          message={`${name} will no longer be a member of the board of ${schoolName}. Their devices will stop receiving the board’s records, and will be told why. You can invite them again later.`}
          buttons={[
            { text: 'Keep them', role: 'cancel' },
            {
              text: 'Remove',
              role: 'destructive',
              handler: () => void run(() => api.removeMember(member.schoolId, member.personId), `${name} has been removed from the board.`),
            },
          ]}
          onDidDismiss={() => setAsking(null)}
        />
      )}
    </div>
  );
}
