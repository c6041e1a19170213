import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { halfTermIndex, halfTermLabel, pupilGroupLabels } from '../../domain';
import { problemPlace, replaceFigures, type AttendanceRead } from '../../domain/attendanceFiles';
import { attendanceFor } from '../../data';
import { Loading, Page, Section, useSchool, to } from '../../ui';
import { readAttendanceFile } from './readAttendanceFile';
import { saveFigures } from './saveFigures';
import './attendance.css';

const pc = (v: number | undefined) => (v === undefined ? '–' : `${v.toFixed(1)}%`);

/** Figures from a spreadsheet: a preview and every problem by row and column before anything is written. */
export default function ImportPage() {
  const school = useSchool();
  const data = useLiveQuery(() => attendanceFor(school.id), [school.id]);
  const [read, setRead] = useState<(AttendanceRead & { file: string }) | null>(null);
  const [status, setStatus] = useState<{ text: string; bad: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!data)
    return (
      <Page title="Import attendance figures" backTo={to('/attendance')}>
        <Loading what="attendance" />
      </Page>
    );
  const writes =
    read && read.problems.length === 0
      ? replaceFigures(
          read.figures.map((f) => f.values),
          data.figures,
        )
      : null;

  async function choose(file: File | undefined) {
    setStatus(null);
    setRead(null);
    if (!file) return;
    setBusy(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setRead({ ...(await readAttendanceFile(file.name, bytes)), file: file.name });
    } finally {
      setBusy(false);
    }
  }
  async function importNow() {
    if (!writes || !read) return;
    setBusy(true);
    try {
      await saveFigures(school.id, writes);
      setStatus({ text: `Imported on this device: ${read.figures.length} rows from ${read.file}.`, bad: false });
      setRead(null);
    } catch (e) {
      setStatus({ text: `Nothing was imported: ${e instanceof Error ? e.message : 'the figures could not be saved'}.`, bad: true });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Page title="Import attendance figures" backTo={to('/attendance')}>
      <p className="intro">
        Choose an .xlsx workbook or a .csv file exported from your management-information system or the DfE’s attendance tool: one row per
        pupil group and half term. Each half term in the file replaces the figures already entered for it; other half terms stay as they
        are.
      </p>
      <div className="field-native">
        <label htmlFor="att-file">Attendance file (.xlsx or .csv)</label>
        <input id="att-file" type="file" accept=".xlsx,.csv,text/csv" disabled={busy} onChange={(e) => void choose(e.target.files?.[0])} />
      </div>
      <p role={status?.bad ? 'alert' : 'status'} className={status?.bad ? 'error' : 'saved-line'}>
        {status?.text ?? ''}
      </p>
      {read && read.problems.length > 0 && (
        <Section title="Nothing was imported: fix these in the file, then choose it again" id="import-problems">
          <div role="alert">
            <ul className="error-list">
              {read.problems.map((p, i) => (
                <li key={i} className="error">
                  <strong>{problemPlace(p)}:</strong> {p.message}
                </li>
              ))}
            </ul>
          </div>
        </Section>
      )}
      {read && writes && (
        <Section title={`Check before importing: ${read.figures.length} rows from ${read.file}`} id="import-preview">
          <ul className="plain-list">
            {[...writes.lines, ...read.notes].map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
          <div className="table-scroll" role="region" aria-label="The figures in the file" tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Half term</th>
                  <th scope="col">Group</th>
                  <th scope="col">Pupils</th>
                  <th scope="col">Attendance</th>
                  <th scope="col">Persistent</th>
                  <th scope="col">Severe</th>
                  <th scope="col">Unauthorised</th>
                </tr>
              </thead>
              <tbody>
                {[...read.figures]
                  .sort((a, b) => halfTermIndex(a.values) - halfTermIndex(b.values) || a.row - b.row)
                  .map(({ values: v, row }) => (
                    <tr key={row}>
                      <td>{row}</td>
                      <td>{halfTermLabel(v)}</td>
                      <th scope="row">{pupilGroupLabels[v.group]}</th>
                      <td>{v.pupils ?? '–'}</td>
                      <td>{pc(v.attendance)}</td>
                      <td>{pc(v.persistentAbsence)}</td>
                      <td>{pc(v.severeAbsence)}</td>
                      <td>{pc(v.unauthorisedAbsence)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          <div className="button-row">
            <button type="button" className="native-button primary" disabled={busy} onClick={() => void importNow()}>
              Import {read.figures.length} rows
            </button>
            <button type="button" className="native-button" disabled={busy} onClick={() => setRead(null)}>
              Cancel
            </button>
          </div>
        </Section>
      )}
    </Page>
  );
}
