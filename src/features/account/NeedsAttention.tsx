import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonAlert, IonButton } from '@ionic/react';
import { db } from '../../data';
import { changesNeedingAttention, discardChange, retryChange, type ChangeNeedingAttention } from '../../sync';
import { syncEngine } from '../../sync/appEngine';
import { Section } from '../../ui';
import { whenText } from './useSync';

/** Changes the server refused (C1), each with its reason, to discard or try again. Never dropped by themselves. */
export function NeedsAttention({ schoolId }: { schoolId: string }) {
  const refused = useLiveQuery(() => changesNeedingAttention(db, schoolId), [schoolId]);
  const [discarding, setDiscarding] = useState<ChangeNeedingAttention | null>(null);
  if (!refused || refused.length === 0) return null;

  async function retry(seq: number) {
    await retryChange(db, seq);
    void syncEngine.syncNow();
  }
  async function discard(seq: number) {
    await discardChange(db, seq);
    void syncEngine.syncNow();
  }

  return (
    <Section title="Needs attention" id="needs-attention">
      <p>The board’s server did not accept {refused.length === 1 ? 'this change' : 'these changes'}. They are kept on this device until you discard them or try again.</p>
      <ul className="attention-list">
        {refused.map((c) => (
          <li key={c.seq} className="attention-item">
            <h3 id={`refused-${c.seq}`}>{c.what}</h3>
            <p className="muted">Made {whenText(c.madeAt)}</p>
            <p>{c.reason}</p>
            {c.problems.length > 0 && (
              <ul>
                {c.problems.map((p) => (
                  <li key={`${p.field}-${p.message}`}>{p.message}</li>
                ))}
              </ul>
            )}
            <div className="button-row">
              <IonButton fill="outline" color="danger" onClick={() => setDiscarding(c)} aria-describedby={`refused-${c.seq}`}>
                Discard
              </IonButton>
              <IonButton fill="outline" onClick={() => void retry(c.seq)} aria-describedby={`refused-${c.seq}`}>
                Try again
              </IonButton>
            </div>
          </li>
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
