import { useState } from 'react';
import { attendances, quorumOf, type Attendance, type Meeting } from '../../domain';
import { markMinutesStarted, setAttendance, updateRecord } from '../../data';
import { Section, problemText, useAutosave } from '../../ui';
import { SaveLine, TextBox } from './fields';

const attendanceLabels: Record<Attendance, string> = {
  expected: 'Not yet recorded',
  present: 'Present',
  'apologies accepted': 'Apologies, accepted',
  'apologies not accepted': 'Apologies, not accepted',
  absent: 'Absent without apologies',
};

type State = { tone: 'ok' | 'bad' | 'idle'; text: string };

/** Who is present, apologies (accepted or not), the quorum as it stands, and declarations of interest. */
export function AttendanceCard({ meeting }: { meeting: Meeting }) {
  const [state, setState] = useState<State>({ tone: 'idle', text: '' });
  const quorum = quorumOf(meeting);

  async function write(patch: Partial<Meeting>): Promise<boolean> {
    return saving(async () => {
      await updateRecord('meetings', meeting.id, patch);
      await markMinutesStarted({ ...meeting, ...patch });
    });
  }
  async function saving(work: () => Promise<unknown>): Promise<boolean> {
    try {
      await work();
      setState({ tone: 'ok', text: 'Saved on this device.' });
      return true;
    } catch (e) {
      setState({ tone: 'bad', text: `Not saved: ${problemText(e)}` });
      return false;
    }
  }
  const { draft, change, flush } = useAutosave(
    () => ({ declarations: meeting.declarations }),
    (d) => (d.declarations === meeting.declarations ? Promise.resolve(true) : write({ declarations: d.declarations })),
    true,
    700,
  );

  return (
    <Section title="Apologies, attendance and declarations" id="attendance">
      <table className="m-table">
        <caption className="visually-hidden">Who was present</caption>
        <thead>
          <tr>
            <th scope="col">Invited</th>
            <th scope="col">Attendance</th>
          </tr>
        </thead>
        <tbody>
          {meeting.attendees.map((a, i) => (
            <tr key={`${a.name}-${i}`}>
              <th scope="row">
                {a.name}
                {a.office && (
                  <span className="muted">
                    {' '}
                    ({a.office}
                    {a.member ? '' : ', not counted for the quorum'})
                  </span>
                )}
              </th>
              <td>
                <select
                  aria-label={`Attendance of ${a.name}`}
                  value={a.attendance}
                  onChange={(e) => void saving(() => setAttendance(meeting.id, i, e.target.value as Attendance))}
                >
                  {attendances.map((v) => (
                    <option key={v} value={v}>
                      {attendanceLabels[v]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={quorum.quorate ? '' : 'error'} role="status" aria-live="polite">
        {quorum.text}
      </p>
      <TextBox
        label="Declarations of interest"
        value={draft.declarations}
        onChange={(declarations) => change({ declarations })}
        onBlur={() => void flush()}
        hint="Who declared an interest, in which item. Leave blank if none."
        maxLength={4000}
      />
      <SaveLine {...state} />
    </Section>
  );
}
