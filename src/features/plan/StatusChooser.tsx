import { IonItem, IonRadio, IonRadioGroup } from '@ionic/react';
import { actionStatuses, actionStatusLabels, type Action, type ActionStatus } from '../../domain';
import { updateRecord } from '../../data';
import { problemText } from '../../ui';

/** Change an action's status; the change is stored on the device before it says so. */
export function StatusChooser({
  action,
  onSaved,
  onFailed,
}: {
  action: Action;
  onSaved: (m: string) => void;
  onFailed: (m: string) => void;
}) {
  async function choose(status: ActionStatus) {
    if (status === action.status) return;
    try {
      await updateRecord('actions', action.id, { status });
      onSaved(`Status saved: ${actionStatusLabels[status]}`);
    } catch (e) {
      onFailed(problemText(e));
    }
  }
  return (
    <section className="section" aria-labelledby="status-heading">
      <h2 id="status-heading">Change the status</h2>
      <IonRadioGroup
        value={action.status}
        onIonChange={(e) => void choose(e.detail.value as ActionStatus)}
        aria-labelledby="status-heading"
      >
        <div className="choice-list">
          {actionStatuses.map((s) => (
            <IonItem key={s}>
              <IonRadio value={s} justify="space-between">
                {actionStatusLabels[s]}
              </IonRadio>
            </IonItem>
          ))}
        </div>
      </IonRadioGroup>
    </section>
  );
}
