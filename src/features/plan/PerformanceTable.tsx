import { useRef, useState } from 'react';
import { IonButton, useIonAlert } from '@ionic/react';
import {
  missingTemplateRows,
  nextPlace,
  type ActionPlan,
  type Actual,
  type ActualField,
  type Direction,
  type PerformanceRow,
} from '../../domain';
import { createRecord, deleteRecord, updateRecord } from '../../data';
import { Section, problemText, useFocusFirstField } from '../../ui';
import { MoveButtons } from './MoveButtons';
import { PerformanceForm, figureFields, type PerformanceFields } from './PerformanceForm';
import { canMove, moveRecord } from './reorder';

const cell = (v: number | null) => (v === null ? '–' : `${v}%`);

interface PerformanceTableProps {
  plan: ActionPlan;
  rows: PerformanceRow[];
  /** The actuals an attendance row takes from the attendance figures entered (none for other rows). */
  actualsOf: (row: PerformanceRow) => Partial<Record<ActualField, Actual>>;
  onSaved: (message: string) => void;
  onFailed: (message: string) => void;
}

/** Seed 003's performance-and-targets table: school and national last year, target, this year, next target; edit, reorder, add, remove. */
export function PerformanceTable({ plan, rows, actualsOf, onSaved, onFailed }: PerformanceTableProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [ask] = useIonAlert();
  const panel = useRef<HTMLDivElement>(null);
  useFocusFirstField(panel, editing !== null);
  const editRow = rows.find((r) => r.id === editing);
  const run = (work: () => Promise<unknown>, message: string) =>
    work().then(
      () => onSaved(message),
      (e: unknown) => onFailed(problemText(e)),
    );
  async function addTemplate() {
    let position = nextPlace(rows);
    for (const r of missingTemplateRows(rows))
      await createRecord('performanceRows', plan.schoolId, { planId: plan.id, ...r, position: position++ });
  }
  const save = async (fields: PerformanceFields) => {
    if (editRow) await updateRecord('performanceRows', editRow.id, fields);
    else await createRecord('performanceRows', plan.schoolId, { planId: plan.id, position: nextPlace(rows), ...fields });
    onSaved(`${fields.measure.trim()} saved`);
  };
  const remove = (r: PerformanceRow) =>
    void ask({
      header: `Remove “${r.measure}”?`,
      message: 'Its figures will no longer show in the plan.',
      buttons: [
        { text: 'Keep it', role: 'cancel' },
        {
          text: 'Remove',
          role: 'destructive',
          handler: () => void run(() => deleteRecord('performanceRows', r.id), `${r.measure} removed`),
        },
      ],
    });
  const actuals = new Map(rows.map((r) => [r.id, actualsOf(r)]));
  const fromFigures = rows.flatMap((r) =>
    figureFields.flatMap(([f, label]) => {
      const a = actuals.get(r.id)?.[f as ActualField];
      return a ? [`${r.measure}, ${label.toLowerCase()}: ${a.from}`] : [];
    }),
  );
  const move = (r: PerformanceRow, d: Direction) =>
    run(() => moveRecord('performanceRows', rows, r.id, d, true), `Moved ${r.measure} ${d}`);
  return (
    <Section title="Performance and targets" id="performance">
      {rows.length === 0 ? (
        <p className="muted">
          No measures yet. Start from the template’s (EYFS, phonics, key stages 1 and 2, attendance, persistent absence, quality of
          teaching), or add your own.
        </p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="performance-heading" tabIndex={0}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Measure</th>
                {figureFields.map(([f, label]) => (
                  <th key={f} scope="col">
                    {label}
                  </th>
                ))}
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const moves = canMove(rows, r.id);
                return (
                  <tr key={r.id}>
                    <th scope="row">
                      {r.group}: {r.measure}
                      {!r.higherIsBetter && <span className="muted"> (lower is better)</span>}
                    </th>
                    {figureFields.map(([f]) => {
                      const actual = actuals.get(r.id)?.[f as ActualField];
                      return (
                        <td key={f}>
                          {actual ? (
                            <>
                              {actual.value}% <span className="muted">from figures</span>
                            </>
                          ) : (
                            cell(r[f])
                          )}
                        </td>
                      );
                    })}
                    <td className="cell-tools">
                      <IonButton fill="clear" size="small" onClick={() => setEditing(r.id)} aria-label={`Edit ${r.measure}`}>
                        Edit
                      </IonButton>
                      <MoveButtons name={r.measure} up={moves.up} down={moves.down} onMove={(d) => void move(r, d)} />
                      <IonButton fill="clear" size="small" color="danger" onClick={() => remove(r)} aria-label={`Remove ${r.measure}`}>
                        Remove
                      </IonButton>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {fromFigures.length > 0 && (
        <p className="muted">
          Figures marked “from figures” are the average of the half terms’ figures for all pupils entered under Attendance, in place of any
          typed here: {fromFigures.join('; ')}.
        </p>
      )}
      {editing !== null ? (
        <div className="edit-panel" ref={panel}>
          <PerformanceForm
            key={editing}
            row={editRow}
            name={editRow ? `Edit ${editRow.measure}` : 'New measure'}
            onSubmit={save}
            onClose={() => setEditing(null)}
          />
        </div>
      ) : (
        <div className="button-row tools">
          <IonButton fill="outline" onClick={() => setEditing('new')}>
            Add a measure
          </IonButton>
          {missingTemplateRows(rows).length > 0 && rows.length === 0 && (
            <IonButton fill="outline" onClick={() => void run(addTemplate, 'The template’s measures were added')}>
              Add the template’s measures
            </IonButton>
          )}
        </div>
      )}
    </Section>
  );
}
