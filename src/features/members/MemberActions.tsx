import { useId, useState } from 'react';
import { IonAlert, IonButton } from '@ionic/react';
import { roleLabels, roles, type Membership, type Role } from '../../domain';
import type { SyncApi } from '../../sync';
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
  const id = useId();
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
    setProblem(role === member.role ? `Choose a role other than ${roleLabels[member.role].toLowerCase()} first.` : '');
    if (role !== member.role) setAsking('role');
  }

  return (
    <div className="member-actions">
      <div className="member-field">
        <label htmlFor={`${id}-role`}>Role of {name}</label>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)} disabled={busy}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <IonButton fill="outline" onClick={askRole} disabled={busy} aria-label={`Change the role of ${name}`}>
          Change role
        </IonButton>
        <IonButton fill="outline" color="danger" onClick={() => setAsking('remove')} disabled={busy} aria-label={`Remove ${name} from the board`}>
          Remove from the board
        </IonButton>
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <IonAlert
        isOpen={asking === 'role'}
        header={`Make ${name} ${roleLabels[role].toLowerCase()}?`}
        message={`${name} is ${roleLabels[member.role].toLowerCase()} now. Their devices will fetch the board again and see what a ${roleLabels[role].toLowerCase()} may see.`}
        buttons={[
          { text: 'Cancel', role: 'cancel' },
          { text: 'Change role', handler: () => void run(() => api.changeRole(member.schoolId, member.personId, role), `${name} is now ${roleLabels[role].toLowerCase()}.`) },
        ]}
        onDidDismiss={() => setAsking(null)}
      />
      <IonAlert
        isOpen={asking === 'remove'}
        header={`Remove ${name} from the board?`}
        message={`${name} will no longer be a member of the board of ${schoolName}. Their devices will stop receiving the board’s records, and will be told why. You can invite them again later.`}
        buttons={[
          { text: 'Keep them', role: 'cancel' },
          { text: 'Remove', role: 'destructive', handler: () => void run(() => api.removeMember(member.schoolId, member.personId), `${name} has been removed from the board.`) },
        ]}
        onDidDismiss={() => setAsking(null)}
      />
    </div>
  );
}
