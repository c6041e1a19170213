import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  comparatorFields,
  entryFields,
  halfTermIndex,
  halfTermLabel,
  halfTermOf,
  lastHalfTerm,
  pupilGroupLabels,
  readEntry,
  stepHalfTerm,
  todayIso,
  groupsFor,
  type AttendanceFigure,
  type EntryKey,
  type EntryProblem,
  type EntryRow,
  type HalfTermRef,
  type PupilGroup,
} from '../../domain';
import { replaceFigures } from '../../domain/attendanceFiles';
import { attendanceFor } from '../../data';
import { Loading, Page, useSchool, to } from '../../ui';
import { saveFigures } from './saveFigures';
import './attendance.css';

const text = (v: number | undefined) => (v === undefined ? '' : String(v));
const key = (t: HalfTermRef) => `${t.schoolYear}|${t.halfTerm}`;

function rowsFrom(figures: AttendanceFigure[], term: HalfTermRef) {
  const rows: Partial<Record<PupilGroup, EntryRow>> = {};
  let comparators: EntryRow = {};
  for (const f of figures.filter((x) => halfTermIndex(x) === halfTermIndex(term))) {
    rows[f.group] = Object.fromEntries(entryFields.map((c) => [c.key, text(f[c.key])]));
    if (f.group === 'all') comparators = Object.fromEntries(comparatorFields.map((c) => [c.key, text(f[c.key])]));
  }
  return { rows, comparators };
}

/** One half term's figures, a row per group, quick to fill on a phone: tab between cells, numeric keyboard. */
export default function FiguresEntryPage() {
  const school = useSchool();
  const data = useLiveQuery(() => attendanceFor(school.id), [school.id]);
  const today = todayIso();
  const terms = useMemo(() => Array.from({ length: 12 }, (_, i) => stepHalfTerm(halfTermOf(today), -i)), [today]);
  const [term, setTerm] = useState<HalfTermRef>(() => lastHalfTerm(today));
  if (!data)
    return (
      <Page title="Enter attendance figures" backTo={to('/attendance')}>
        <Loading what="attendance" />
      </Page>
    );
  return (
    <Page title="Enter attendance figures" backTo={to('/attendance')}>
      <div className="field-native">
        <label htmlFor="att-term">Half term</label>
        <select id="att-term" value={key(term)} onChange={(e) => setTerm(terms.find((t) => key(t) === e.target.value)!)}>
          {terms.map((t) => (
            <option key={key(t)} value={key(t)}>
              {halfTermLabel(t)}
            </option>
          ))}
        </select>
      </div>
      <Grid key={key(term)} term={term} figures={data.figures} groups={groupsFor(school)} schoolId={school.id} />
    </Page>
  );
}

function Grid({
  term,
  figures,
  groups,
  schoolId,
}: {
  term: HalfTermRef;
  figures: AttendanceFigure[];
  groups: PupilGroup[];
  schoolId: string;
}) {
  const initial = useMemo(() => rowsFrom(figures, term), [figures, term]);
  const [rows, setRows] = useState(initial.rows);
  const [comparators, setComparators] = useState(initial.comparators);
  const [problems, setProblems] = useState<EntryProblem[]>([]);
  const [status, setStatus] = useState<{ text: string; bad: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const existing = figures.filter((f) => halfTermIndex(f) === halfTermIndex(term));
  const shownGroups = [...groups, ...existing.map((f) => f.group).filter((g) => !groups.includes(g))];
  const errorOf = (group: EntryProblem['group'], field: EntryKey) => problems.find((p) => p.group === group && p.field === field)?.message;

  const set = (group: PupilGroup, field: EntryKey, value: string) => setRows((r) => ({ ...r, [group]: { ...r[group], [field]: value } }));
  async function save() {
    const read = readEntry(term, rows, comparators);
    setProblems(read.problems);
    if (read.problems.length > 0) {
      setStatus({
        text: `Not saved: ${read.problems.length === 1 ? 'one thing needs' : `${read.problems.length} things need`} fixing (listed below).`,
        bad: true,
      });
      return;
    }
    if (read.figures.length === 0 && existing.length === 0) {
      setStatus({ text: 'Nothing to save: type the figures for at least all pupils.', bad: true });
      return;
    }
    setBusy(true);
    try {
      await saveFigures(schoolId, replaceFigures(read.figures, existing));
      setStatus({ text: `Saved on this device: ${halfTermLabel(term)}, ${read.figures.length} groups.`, bad: false });
    } catch (e) {
      setStatus({ text: e instanceof Error ? e.message : 'Not saved.', bad: true });
    } finally {
      setBusy(false);
    }
  }
  const cell = (group: EntryProblem['group'], field: EntryKey, label: string, value: string, onChange: (v: string) => void) => {
    const error = errorOf(group, field);
    const id = `att-${group}-${field}`.replace(/\s/g, '-');
    return (
      <input
        id={id}
        className={error ? 'grid-input invalid' : 'grid-input'}
        inputMode={field === 'pupils' ? 'numeric' : 'decimal'}
        enterKeyHint="next"
        autoComplete="off"
        aria-label={`${label}, ${group === 'comparators' ? 'this half term' : pupilGroupLabels[group]}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      noValidate
    >
      <p className="muted">Percentages of sessions, 0 to 100 (for example 93.5). Leave a group blank if you do not have its figures.</p>
      <div className="table-scroll" role="region" aria-label={`Figures for ${halfTermLabel(term)}`} tabIndex={-1}>
        <table className="data-table entry-grid">
          <thead>
            <tr>
              <th scope="col">Group</th>
              {entryFields.map((f) => (
                <th key={f.key} scope="col">
                  {f.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shownGroups.map((g) => (
              <tr key={g}>
                <th scope="row">{pupilGroupLabels[g]}</th>
                {entryFields.map((f) => (
                  <td key={f.key}>{cell(g, f.key, f.label, rows[g]?.[f.key] ?? '', (v) => set(g, f.key, v))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <fieldset className="comparators">
        <legend>National, local authority and the school’s targets (all pupils)</legend>
        {comparatorFields.map((f) => (
          <div key={f.key} className="field-native">
            <label htmlFor={`att-comparators-${f.key}`}>{f.label}</label>
            {cell('comparators', f.key, f.label, comparators[f.key] ?? '', (v) => setComparators((c) => ({ ...c, [f.key]: v })))}
          </div>
        ))}
      </fieldset>
      {problems.length > 0 && (
        <ul className="error-list" aria-label="What to fix">
          {problems.map((p) => (
            <li key={`${p.group}-${p.field}-${p.message}`} id={`att-${p.group}-${p.field}-error`.replace(/\s/g, '-')} className="error">
              {p.message}
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="submit" className="native-button primary" disabled={busy}>
          Save {halfTermLabel(term)}
        </button>
      </div>
      <p role={status?.bad ? 'alert' : 'status'} className={status?.bad ? 'error' : 'saved-line'}>
        {status?.text ?? ''}
      </p>
    </form>
  );
}
