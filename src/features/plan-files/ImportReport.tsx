import { IonButton } from '@ionic/react';
import { problemPlace } from '../../domain/planFiles';
import type { DateOrder } from '../../domain/planFiles';
import type { PreparedImport } from './importPlan';
import { DateQuestion } from './DateQuestion';
import { PlanPreview } from './PlanPreview';

/** Shown at most, so a wholly wrong file does not make a page of thousands of lines. */
const SHOWN = 200;

/** What the file holds: every problem by sheet, row, column and fix; or what importing it will do. */
export function ImportReport({
  prepared,
  busy,
  onImport,
  onAgain,
  onDateOrder,
}: {
  prepared: PreparedImport;
  busy: boolean;
  onImport: (mode: 'all' | 'valid') => void;
  onAgain: () => void;
  /** Read the file again with the dates the other way round. */
  onDateOrder: (order: DateOrder) => void;
}) {
  const { problems, rows, notes, validLines, allLines } = prepared;
  const n = problems.length;
  return (
    <div className={n > 0 ? 'report report-bad' : 'report'}>
      {prepared.ambiguousDates.length > 0 && (
        <DateQuestion ambiguous={prepared.ambiguousDates} order={prepared.dateOrder} busy={busy} onChoose={onDateOrder} />
      )}
      {n > 0 ? (
        <>
          <div role="alert">
            <h3>{n === 1 ? 'The file has a problem' : `The file has ${n} problems`}: nothing has been imported</h3>
            <p>Fix {n === 1 ? 'it' : 'them'} in your spreadsheet, save it, and choose it again.</p>
          </div>
          <ol className="problems">
            {problems.slice(0, SHOWN).map((p, i) => (
              <li key={i}>
                <strong>{problemPlace(p)}:</strong> {p.message}
              </li>
            ))}
          </ol>
          {n > SHOWN && (
            <p>
              …and {n - SHOWN} more. The first {SHOWN} are shown.
            </p>
          )}
          {validLines.length > 0 && (
            <>
              <h3>Or import the rows without problems</h3>
              <p>
                {rows.valid} of the {rows.total} rows have no problem (rows that depend on a row with a problem are left out too). Importing
                them will:
              </p>
              <ul className="summary">
                {validLines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
              <p className="muted">Nothing is archived or removed when only part of a file is imported.</p>
              <IonButton expand="block" fill="outline" disabled={busy} onClick={() => onImport('valid')}>
                {busy ? 'Importing…' : `Import the ${rows.valid} valid ${rows.valid === 1 ? 'row' : 'rows'}`}
              </IonButton>
            </>
          )}
        </>
      ) : (
        <>
          <div role="status">
            <h3>The file is ready to import</h3>
          </div>
          {prepared.hasPlan ? (
            <>
              <p>Importing it will change the plan on this board:</p>
              <ul className="summary">
                {allLines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            </>
          ) : (
            prepared.incoming && <PlanPreview incoming={prepared.incoming} />
          )}
          <IonButton expand="block" disabled={busy} onClick={() => onImport('all')}>
            {busy ? 'Importing…' : prepared.hasPlan ? 'Import and update the plan' : 'Import'}
          </IonButton>
        </>
      )}
      {notes.length > 0 && (
        <ul className="muted">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <IonButton fill="clear" disabled={busy} onClick={onAgain}>
        Choose another file
      </IonButton>
    </div>
  );
}
