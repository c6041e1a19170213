import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonAlert } from '@ionic/react';
import { db, reapplyChange } from '../../data';
import { changesNeedingAttention, discardChange, retryChange, type ChangeNeedingAttention } from '../../sync';
import { syncEngine } from '../../sync/appEngine';
import { Section } from '../../ui';
import { RefusedChange } from './RefusedChange';

/**
 * Changes the server refused (C1), each with its reason, to re-apply to the board's current version,
 * try again as it was, copy, or discard. Never dropped by themselves.
 */
export function NeedsAttention({
  schoolId,
  boardName,
}: {
  schoolId: string;
  /** Said when the device holds several boards. */ boardName?: string;
}) {
  const refused = useLiveQuery(() => changesNeedingAttention(db, schoolId), [schoolId]);
  const [discarding, setDiscarding] = useState<ChangeNeedingAttention | null>(null);
  if (!refused || refused.length === 0) return null;

  async function reapply(seq: number) {
    await reapplyChange(seq, db);
    void syncEngine.syncNow();
  }
  async function retry(seq: number) {
    await retryChange(db, seq);
    void syncEngine.syncNow();
  }
  async function discard(seq: number) {
    await discardChange(db, seq);
    void syncEngine.syncNow();
  }

  return (
    <Section
      title={boardName ? `Needs attention: ${boardName}` : 'Needs attention'}
      id={boardName ? `needs-attention-${schoolId}` : 'needs-attention'}
    >
      <p>
        The board’s server did not accept {refused.length === 1 ? 'this change' : 'these changes'}. They are kept on this device until you
        re-apply, try again or discard them. <strong>Re-apply</strong> makes your change again on top of the board as it is now, so it
        replaces edits others made since; <strong>Try again</strong> sends it as it was.
      </p>
      <ul className="attention-list">
        {refused.map((c) => (
          <RefusedChange
            key={c.seq}
            change={c}
            onReapply={() => void reapply(c.seq)}
            onRetry={() => void retry(c.seq)}
            onDiscard={() => setDiscarding(c)}
          />
        ))}
      </ul>
      <IonAlert
        isOpen={discarding !== null}
        header="Discard this change?"
        message={discarding ? `${discarding.what} will be undone on this device, and the board’s version shown instead.` : ''}
        buttons={[
          { text: 'Keep it', role: 'cancel' },
          { text: 'Discard', role: 'destructive', handler: () => void (discarding && discard(discarding.seq)) },
        ]}
        onDidDismiss={() => setDiscarding(null)}
      />
    </Section>
  );
}
