import { useState, type FormEvent } from 'react';
import { Field, SubmitRow, TextField } from '../../ui';
import { roleLabels, roles, type Role } from '../../domain';
import type { Invitation, SyncApi } from '../../sync';
import { hasProblems, inviteProblems, inviteUrl, type InviteProblems } from './members';
import { InviteLink } from './InviteLink';
import { refusalText } from './useBoardMembers';

/** The chair or clerk invites someone (email and role, A5) and gets a one-time link to pass on. */
export function InviteForm({ api, schoolId, schoolName }: { api: SyncApi; schoolId: string; schoolName: string }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('');
  const [errors, setErrors] = useState<InviteProblems & { form?: string }>({});
  const [busy, setBusy] = useState(false);
  const [invite, setInvite] = useState<Invitation | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = inviteProblems(email, role);
    setErrors(found);
    if (hasProblems(found)) return;
    setBusy(true);
    try {
      setInvite(await api.invite(schoolId, email.trim(), role as Role));
    } catch (err) {
      setErrors({ form: refusalText(err) });
    } finally {
      setBusy(false);
    }
  }

  function another() {
    setInvite(null);
    setEmail('');
    setRole('');
  }

  if (invite) return <InviteLink invite={invite} url={inviteUrl(api.serverUrl, invite.link)} schoolName={schoolName} onAnother={another} />;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="stack" aria-label="Invite a member">
      <p>Steward makes a link for the person to join with; you pass it on yourself, by email or message.</p>
      <TextField
        label="Email address"
        fill="outline"
        type="email"
        autocomplete="off"
        inputMode="email"
        value={email}
        onChange={setEmail}
        error={errors.email}
      />
      <Field label="Role on the board" error={errors.role}>
        {(props) => (
          <select {...props} value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="">Choose a role</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitRow busy={busy} label="Make an invite link" busyLabel="Making the link…" error={errors.form} />
    </form>
  );
}
