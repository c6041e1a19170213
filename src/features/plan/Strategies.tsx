import { useRef, useState } from 'react';
import { IonButton, useIonAlert } from '@ionic/react';
import type { ActionPlan, Strategy } from '../../domain';
import { createRecord, deleteRecord, updateRecord } from '../../data';
import { Section, problemText, useFocusFirstField } from '../../ui';
import { StrategyForm, type StrategyFields } from './StrategyForm';

const groups = [
  { kind: 'monitoring', scope: 'internal', title: 'Monitoring (internal)' },
  { kind: 'evaluation', scope: 'internal', title: 'Evaluation (internal)' },
  { kind: 'monitoring', scope: 'external', title: 'Monitoring (external)' },
  { kind: 'evaluation', scope: 'external', title: 'Evaluation (external)' },
] as const;

interface StrategiesProps {
  plan: ActionPlan;
  strategies: Strategy[];
  onSaved: (message: string) => void;
  onFailed: (message: string) => void;
}

/** Monitoring and evaluation strategies, internal and external: who, what, when; add, edit, remove. */
export function Strategies({ plan, strategies, onSaved, onFailed }: StrategiesProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [ask] = useIonAlert();
  const panel = useRef<HTMLDivElement>(null);
  useFocusFirstField(panel, editing !== null);
  const current = strategies.find((s) => s.id === editing);
  const save = async (fields: StrategyFields) => {
    if (current) await updateRecord('strategies', current.id, fields);
    else await createRecord('strategies', plan.schoolId, { planId: plan.id, ...fields });
    onSaved('Strategy saved');
  };
  const remove = (s: Strategy) =>
    void ask({
      header: 'Remove this strategy?',
      message: `${s.who}: ${s.what}`,
      buttons: [
        { text: 'Keep it', role: 'cancel' },
        {
          text: 'Remove',
          role: 'destructive',
          handler: () =>
            void deleteRecord('strategies', s.id).then(
              () => onSaved('Strategy removed'),
              (e: unknown) => onFailed(problemText(e)),
            ),
        },
      ],
    });
  return (
    <Section title="Monitoring and evaluation" id="strategies">
      {strategies.length === 0 && (
        <p className="muted">No strategies yet: say who will monitor and evaluate the plan, what they will do and when.</p>
      )}
      {groups.map((g) => {
        const rows = strategies.filter((s) => s.kind === g.kind && s.scope === g.scope);
        if (rows.length === 0) return null;
        return (
          <div key={g.title} className="table-scroll" role="region" aria-label={g.title} tabIndex={0}>
            <table className="data-table">
              <caption>{g.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Who?</th>
                  <th scope="col">What?</th>
                  <th scope="col">When?</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((s) => (
                  <tr key={s.id}>
                    <td>{s.who}</td>
                    <td>{s.what}</td>
                    <td>{s.when}</td>
                    <td className="cell-tools">
                      <IonButton
                        fill="clear"
                        size="small"
                        onClick={() => setEditing(s.id)}
                        aria-label={`Edit strategy: ${s.who}, ${s.when}`}
                      >
                        Edit
                      </IonButton>
                      <IonButton
                        fill="clear"
                        size="small"
                        color="danger"
                        onClick={() => remove(s)}
                        aria-label={`Remove strategy: ${s.who}, ${s.when}`}
                      >
                        Remove
                      </IonButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      {editing !== null ? (
        <div className="edit-panel" ref={panel}>
          <StrategyForm
            key={editing}
            strategy={current}
            name={current ? 'Edit strategy' : 'New strategy'}
            onSubmit={save}
            onClose={() => setEditing(null)}
          />
        </div>
      ) : (
        <IonButton fill="outline" onClick={() => setEditing('new')}>
          Add a strategy
        </IonButton>
      )}
    </Section>
  );
}
