import { useId, useState } from 'react';
import { IonButton } from '@ionic/react';
import { ukDate, compareIso } from '../../domain';
import { minutesRefusal, type Audience, type BoardRecords, type MinutesPart } from '../../domain/documents';
import { Section } from '../../ui';
import { makeMinutes, type DocumentFormat, type MadeFile } from './make';
import type { WriteControl } from './writers/progress';

interface Props {
  board: BoardRecords;
  audience: Audience;
  busy: boolean;
  run: (what: string, make: (c: WriteControl) => Promise<MadeFile>) => Promise<void>;
}

/** Minutes of one meeting as PDF or Word: Part A, or Part B on its own for those who may see it. */
export function MinutesSection({ board, audience, busy, run }: Props) {
  const id = useId();
  const meetings = board.meetings.filter((m) => m.minutesStatus !== 'not-started').sort((a, b) => compareIso(b.date, a.date));
  const [meetingId, setMeetingId] = useState(meetings[0]?.id ?? '');
  const [part, setPart] = useState<MinutesPart>('A');
  const meeting = meetings.find((m) => m.id === meetingId);
  const refusalA = meeting ? minutesRefusal(board, meeting, 'A', audience) : null;
  const refusalB = meeting ? minutesRefusal(board, meeting, 'B', audience) : null;
  const chosen: MinutesPart = (part === 'B' && refusalB) || (part === 'A' && refusalA && !refusalB) ? (part === 'A' ? 'B' : 'A') : part;
  const make = (format: DocumentFormat) =>
    void run(`the minutes (${format === 'pdf' ? 'PDF' : 'Word'})`, (c) => makeMinutes(board.schools[0]!.id, meetingId, chosen, format, c));
  return (
    <Section title="Minutes" id="minutes">
      {meetings.length === 0 ? (
        <p>No meeting on this board has minutes yet.</p>
      ) : (
        <div className="stack">
          <div className="export-field">
            <label htmlFor={`${id}-meeting`}>Meeting</label>
            <select id={`${id}-meeting`} value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {ukDate(m.date)}: {m.kind} ({m.minutesStatus === 'approved' ? 'approved' : 'draft'})
                </option>
              ))}
            </select>
          </div>
          <fieldset className="export-field">
            <legend>Which part</legend>
            <label className="export-choice">
              <input type="radio" name={`${id}-part`} checked={chosen === 'A'} disabled={refusalA !== null} onChange={() => setPart('A')} />{' '}
              Part A: the minutes the board publishes
            </label>
            <label className="export-choice">
              <input type="radio" name={`${id}-part`} checked={chosen === 'B'} disabled={refusalB !== null} onChange={() => setPart('B')} />{' '}
              Part B: confidential items, a separate document
            </label>
            {refusalA && <p className="muted">{refusalA}</p>}
            {refusalB && <p className="muted">{refusalB}</p>}
          </fieldset>
          {meeting && meeting.minutesStatus !== 'approved' && (
            <p className="muted">These minutes are not yet approved: every page will say DRAFT.</p>
          )}
          <div className="button-row">
            <IonButton disabled={busy || !meeting} onClick={() => make('pdf')}>
              Minutes as PDF
            </IonButton>
            <IonButton disabled={busy || !meeting} onClick={() => make('docx')}>
              Minutes as Word (.docx)
            </IonButton>
          </div>
        </div>
      )}
    </Section>
  );
}
