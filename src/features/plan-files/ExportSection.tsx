import { IonButton } from '@ionic/react';
import type { PlanData } from '../../domain/planFiles';
import { Section } from '../../ui';
import { exportPlanFile, type ExportFormat } from './exportPlan';
import { SaveMessage } from './SaveMessage';
import { useSave } from './useSave';

const formats: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'xlsx', label: 'Excel workbook (.xlsx)', hint: 'one sheet per part of the plan, plus the reviews and judgements' },
  { format: 'csv', label: 'CSV files (.zip)', hint: 'the same sheets, one CSV file each, zipped together' },
  { format: 'json', label: 'Steward plan file (.json)', hint: 'everything, reviews included, to move the plan to another board exactly' },
];

/** Export the plan and all its reviews. */
export function ExportSection({ data, schoolName }: { data: PlanData | null; schoolName: string }) {
  const { busy, message, save } = useSave();
  return (
    <Section title="Export the plan" id="export">
      {data === null ? (
        <p>There is no plan on this board to export yet. Import one below, or start from the blank template.</p>
      ) : (
        <>
          <p>
            The plan, with {data.reviews.length === 1 ? 'its review' : `all ${data.reviews.length} reviews`}, saved on this device. It works
            with no signal.
          </p>
          <div className="stack">
            {formats.map((f) => (
              <div key={f.format}>
                <IonButton
                  expand="block"
                  aria-describedby={`export-${f.format}-hint`}
                  disabled={busy !== null}
                  onClick={() => void save(f.format, () => exportPlanFile(data, f.format, schoolName))}
                >
                  {busy === f.format ? 'Making the file…' : `Export as ${f.label}`}
                </IonButton>
                <p id={`export-${f.format}-hint`} className="muted">
                  {f.hint[0]!.toUpperCase() + f.hint.slice(1)}.
                </p>
              </div>
            ))}
          </div>
          <SaveMessage message={message} />
        </>
      )}
    </Section>
  );
}
