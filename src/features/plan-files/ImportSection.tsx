import { useRef, useState } from 'react';
import { IonButton } from '@ionic/react';
import { summaryLines, type DateOrder } from '../../domain/planFiles';
import { Section, to } from '../../ui';
import { applyImport, prepareImport, refusedImport, type PreparedImport } from './importPlan';
import { sizeProblems } from './readFiles';
import { ImportReport } from './ImportReport';

type State =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'ready'; prepared: PreparedImport }
  | { step: 'importing'; prepared: PreparedImport }
  | { step: 'done'; lines: string[] }
  | { step: 'failed'; text: string; prepared?: PreparedImport };

/** Choose a file, see every problem in it (by sheet, row and column), and import only when it is right. */
export function ImportSection({ schoolId, hasPlan }: { schoolId: string; hasPlan: boolean }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const picker = useRef<HTMLInputElement>(null);

  async function choose(list: FileList | null) {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    setState({ step: 'checking' });
    // Too big: say so before reading a byte of it.
    const tooBig = sizeProblems(files);
    try {
      const prepared =
        tooBig.length > 0
          ? refusedImport(schoolId, hasPlan, tooBig)
          : await prepareImport(
              await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))),
              schoolId,
            );
      setState({ step: 'ready', prepared });
    } catch (e) {
      setState({ step: 'failed', text: `The file could not be read: ${e instanceof Error ? e.message : 'something went wrong'}.` });
    }
  }

  async function confirm(prepared: PreparedImport, mode: 'all' | 'valid') {
    setState({ step: 'importing', prepared });
    try {
      const { summary } = await applyImport(prepared, mode);
      setState({ step: 'done', lines: summaryLines(summary) });
    } catch (e) {
      setState({ step: 'failed', text: `Nothing was imported: ${e instanceof Error ? e.message : 'something went wrong'}`, prepared });
    }
  }

  async function reread(prepared: PreparedImport, order: DateOrder) {
    if (!prepared.files) return;
    setState({ step: 'checking' });
    try {
      setState({ step: 'ready', prepared: await prepareImport(prepared.files, schoolId, undefined, order) });
    } catch (e) {
      setState({ step: 'failed', text: `The file could not be read: ${e instanceof Error ? e.message : 'something went wrong'}.` });
    }
  }

  function again() {
    if (picker.current) picker.current.value = '';
    setState({ step: 'idle' });
    picker.current?.focus();
  }

  return (
    <Section title="Import a plan" id="import">
      <p>
        {hasPlan
          ? 'Importing updates the plan on this board to match the file. Rows are matched by their codes (1a, 1a(ii), milestone 3…), so reviews stay linked to their actions; what the file no longer has is archived, not deleted. You see what will change before anything is saved.'
          : 'Start from your plan: choose the spreadsheet or Word document it is written in. You see its areas and first actions before anything is saved.'}
      </p>
      <p className="muted">
        An .xlsx workbook or CSV files laid out like the blank template (other column names are understood too), a Word (.docx) plan with
        its actions in tables, or a .json plan file exported from Steward; up to 5 MB.
      </p>
      <label htmlFor="plan-file" className="lead">
        Choose the file to import
      </label>
      <input
        ref={picker}
        id="plan-file"
        className="file-picker"
        type="file"
        accept=".xlsx,.docx,.csv,.json,.zip,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/csv,application/json,application/zip"
        multiple
        disabled={state.step === 'checking' || state.step === 'importing'}
        onChange={(e) => void choose(e.currentTarget.files)}
      />
      <div>
        {state.step === 'checking' && <p role="status">Checking the file…</p>}
        {(state.step === 'ready' || state.step === 'importing') && (
          <ImportReport
            prepared={state.prepared}
            busy={state.step === 'importing'}
            onImport={(mode) => void confirm(state.prepared, mode)}
            onAgain={again}
            onDateOrder={(order) => void reread(state.prepared, order)}
          />
        )}
        {state.step === 'done' && (
          <div className="report" role="status">
            <h3>Imported</h3>
            <p>Saved on this device:</p>
            <ul>
              {state.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
            <div className="button-row">
              <IonButton routerLink={to('/plan')}>Open the plan</IonButton>
              <IonButton fill="outline" onClick={again}>
                Import another file
              </IonButton>
            </div>
          </div>
        )}
        {state.step === 'failed' && (
          <div className="report report-bad">
            <p className="error" role="alert">
              {state.text}
            </p>
            <IonButton fill="outline" onClick={again}>
              Choose another file
            </IonButton>
          </div>
        )}
      </div>
    </Section>
  );
}
