import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  attendanceDuties,
  halfTermOf,
  schoolYearLabel,
  todayIso,
  ukDate,
  type AttendanceDuties,
  type AttendanceDutyId,
} from '../../domain';
import { attendanceFor, createRecord, getUserName, updateRecord } from '../../data';
import { Loading, Page, problemText, useSchool, to } from '../../ui';
import './attendance.css';

type Checks = AttendanceDuties['checks'];

/** The school's attendance duties, which the board confirms each school year. */
export default function DutiesPage() {
  const school = useSchool();
  const data = useLiveQuery(async () => ({ att: await attendanceFor(school.id), me: await getUserName() }), [school.id]);
  const year = halfTermOf(todayIso()).schoolYear;
  if (!data)
    return (
      <Page title="Attendance duties" backTo={to('/attendance')}>
        <Loading what="the duties" />
      </Page>
    );
  const record = data.att.duties.filter((d) => d.schoolYear === year).pop();
  return (
    <Page title="Attendance duties" backTo={to('/attendance')}>
      <p className="intro">
        Since August 2024 <em>Working together to improve school attendance</em> is statutory. Once a year the board checks the school meets
        these duties, {schoolYearLabel(year)}.
      </p>
      <DutiesForm key={record?.id ?? 'new'} record={record} year={year} me={data.me} schoolId={school.id} />
    </Page>
  );
}

function DutiesForm({ record, year, me, schoolId }: { record: AttendanceDuties | undefined; year: number; me: string; schoolId: string }) {
  const [checks, setChecks] = useState<Partial<Record<AttendanceDutyId, { met?: 'yes' | 'no'; note: string }>>>(record?.checks ?? {});
  const [status, setStatus] = useState<{ text: string; bad: boolean } | null>(null);
  const missing = attendanceDuties.filter((d) => !checks[d.id]?.met);
  const set = (id: AttendanceDutyId, patch: { met?: 'yes' | 'no'; note?: string }) =>
    setChecks((c) => ({ ...c, [id]: { note: '', ...c[id], ...patch } }));
  async function save() {
    if (missing.length > 0) {
      setStatus({ text: `Say whether each duty is met: ${missing.length} not answered yet.`, bad: true });
      return;
    }
    const confirmed: Checks = Object.fromEntries(
      attendanceDuties.map((d) => [d.id, { met: checks[d.id]!.met!, note: checks[d.id]!.note }]),
    );
    const fields = { checks: confirmed, confirmedOn: todayIso(), confirmedBy: me };
    try {
      if (record) await updateRecord('attendanceDuties', record.id, fields);
      else await createRecord('attendanceDuties', schoolId, { schoolYear: year, ...fields });
      setStatus({ text: `Saved on this device: duties confirmed for ${schoolYearLabel(year)}.`, bad: false });
    } catch (e) {
      setStatus({ text: problemText(e), bad: true });
    }
  }
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {record?.confirmedOn && (
        <p className="muted">
          Last confirmed {ukDate(record.confirmedOn)}
          {record.confirmedBy ? ` by ${record.confirmedBy}` : ''}.
        </p>
      )}
      {attendanceDuties.map((d) => (
        <fieldset key={d.id} className="choice-native duty">
          <legend>{d.text}</legend>
          {(['yes', 'no'] as const).map((v) => (
            <label key={v}>
              <input type="radio" name={`duty-${d.id}`} checked={checks[d.id]?.met === v} onChange={() => set(d.id, { met: v })} />{' '}
              {v === 'yes' ? 'Met' : 'Not met'}
            </label>
          ))}
          <label className="field-native">
            <span>Evidence seen or what is missing</span>
            <input value={checks[d.id]?.note ?? ''} maxLength={1000} onChange={(e) => set(d.id, { note: e.target.value })} />
          </label>
        </fieldset>
      ))}
      <div className="button-row">
        <button type="submit" className="native-button primary">
          Confirm the duties for {schoolYearLabel(year)}
        </button>
      </div>
      <p role={status?.bad ? 'alert' : 'status'} className={status?.bad ? 'error' : 'saved-line'}>
        {status?.text ?? ''}
      </p>
    </form>
  );
}
