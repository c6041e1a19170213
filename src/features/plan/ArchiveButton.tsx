import { IonButton } from '@ionic/react';
import { updateRecord } from '../../data';
import { problemText } from '../../ui';

interface ArchiveButtonProps {
  kind: 'areas' | 'needs' | 'actions';
  id: string;
  archived: boolean;
  /** How governors name it: "action 1a(ii)", "1b", "area 2". */
  name: string;
  onSaved: (message: string) => void;
  onFailed: (message: string) => void;
  size?: 'small' | 'default';
}

/**
 * Archive (hide from the plan and the timeline, keeping its number and history) or bring back.
 * Archiving is undone with one tap, so it does not ask first.
 */
export function ArchiveButton({ kind, id, archived, name, onSaved, onFailed, size = 'default' }: ArchiveButtonProps) {
  async function toggle() {
    try {
      await updateRecord(kind, id, { archived: !archived });
      const cap = name.charAt(0).toUpperCase() + name.slice(1);
      onSaved(archived ? `${cap} is back in the plan` : `${cap} archived. Turn on “Show archived” to see it or bring it back.`);
    } catch (e) {
      onFailed(problemText(e));
    }
  }
  return (
    <IonButton
      fill={size === 'small' ? 'clear' : 'outline'}
      size={size}
      onClick={() => void toggle()}
      aria-label={`${archived ? 'Bring back' : 'Archive'} ${name}`}
    >
      {archived ? 'Bring back' : 'Archive'}
    </IonButton>
  );
}
