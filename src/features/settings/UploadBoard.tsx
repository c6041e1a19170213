import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonAlert, IonButton } from '@ionic/react';
import { roleLabels } from '../../domain';
import { db } from '../../data';

type UploaderRole = 'chair' | 'clerk';

/** Upload one board kept on this device only (A6), after asking which role to take and saying what happens to its member list. */
export function UploadBoard({ schoolId, name, onUploaded }: { schoolId: string; name: string; onUploaded: (said: string) => void }) {
  const members = useLiveQuery(
    async () => (await db.memberships.where('schoolId').equals(schoolId).toArray()).filter((m) => !m.deleted),
    [schoolId],
  );
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');
  const names = (members ?? []).map((m) => `${m.displayName} (${roleLabels[m.role].toLowerCase()})`);

  async function upload(role: UploaderRole) {
    setBusy(true);
    setProblem('');
    setSaid(`Uploading ${name}…`);
    try {
      const { syncEngine } = await import('../../sync/appEngine');
      const { membership, notInvited, outcome } = await syncEngine.uploadBoard(schoolId, role);
      const sent = outcome.ok
        ? ` Its records have been sent${outcome.rejected > 0 ? `, except ${outcome.rejected} the server refused (see “Needs attention” in Sign in and sync)` : ''}.`
        : ` Its records will be sent at the next sync: ${outcome.error.message}`;
      const invite =
        notInvited.length > 0 ? ` ${notInvited.join(', ')} can join it with an invitation: invite them under Board members.` : '';
      setSaid('');
      // Said by the list of boards: this board is no longer one to upload, so this part goes.
      onUploaded(`${name} is now on the board’s server, with you as its ${roleLabels[membership.role].toLowerCase()}.${sent}${invite}`);
    } catch (err) {
      setSaid('');
      setProblem(err instanceof Error ? err.message : 'The board could not be uploaded: try again.');
    } finally {
      setBusy(false);
    }
  }

  const memberText =
    names.length > 0
      ? ` Its member list (${names.join(', ')}) is not uploaded: on the server each member has their own sign-in, so they are taken off this device and join with an invitation from the chair or clerk (Settings → Board members).`
      : '';
  return (
    <div className="stack">
      <IonButton onClick={() => setAsking(true)} disabled={busy}>
        {busy ? `Uploading ${name}…` : `Upload ${name}`}
      </IonButton>
      <p role="status" className="muted">
        {said}
      </p>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <IonAlert
        isOpen={asking}
        header={`Upload ${name}?`}
        message={`${name} goes on the board’s server and is synced from now on. Choose your role on it.${memberText}`}
        inputs={(['chair', 'clerk'] as const).map((role) => ({
          type: 'radio' as const,
          label: roleLabels[role],
          value: role,
          checked: role === 'chair',
        }))}
        buttons={[
          { text: 'Cancel', role: 'cancel' },
          { text: 'Upload', handler: (role: UploaderRole) => void upload(role === 'clerk' ? 'clerk' : 'chair') },
        ]}
        onDidDismiss={() => setAsking(false)}
      />
    </div>
  );
}
