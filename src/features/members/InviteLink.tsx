import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { platform } from '../../platform';
import type { Invitation } from '../../sync';
import { inviteTerms, roleName } from './members';

interface InviteLinkProps {
  invite: Invitation;
  /** The whole link, on this server. */
  url: string;
  schoolName: string;
  onAnother: () => void;
}

/** The one-time link to pass on, with Copy link and Share (the device's share sheet, else copying). */
export function InviteLink({ invite, url, schoolName, onAnother }: InviteLinkProps) {
  const [said, setSaid] = useState('');

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      setSaid('Link copied: paste it into an email or message to them.');
    } catch {
      setSaid('This device would not copy the link: select the link above and copy it.');
    }
  }

  async function share(): Promise<void> {
    const text = `You are invited to join the board of ${schoolName} on Steward as ${roleName(invite.role)}. Open this link to set your password (it works once, within 7 days):`;
    const result = await platform.share({ title: `Join ${schoolName} on Steward`, text, url });
    if (result === 'shared') setSaid('Link shared.');
    else if (result === 'unsupported') await copy();
  }

  return (
    <div className="stack">
      <p>
        Invite link for <strong>{invite.email}</strong>, as {roleName(invite.role)}:
      </p>
      <p className="invite-link">
        <code>{url}</code>
      </p>
      <p>{inviteTerms(invite)}</p>
      <div className="button-row">
        <IonButton onClick={() => void copy()}>Copy link</IonButton>
        <IonButton fill="outline" onClick={() => void share()}>
          Share
        </IonButton>
        <IonButton fill="clear" onClick={onAnother}>
          Invite someone else
        </IonButton>
      </div>
      <p role="status" className="muted">
        {said}
      </p>
    </div>
  );
}
