import { useId, useState } from 'react';
import { IonButton } from '@ionic/react';
import { shiftDate, todayIso, ukDate } from '../../domain';
import { packRangeProblem, socMeetings, type BoardRecords } from '../../domain/documents';
import { Section } from '../../ui';
import { makeEvidencePack, makeSocPack, type MadeFile } from './make';
import type { WriteControl } from './writers/progress';

interface Props {
  board: BoardRecords;
  busy: boolean;
  run: (what: string, make: (c: WriteControl) => Promise<MadeFile>) => Promise<void>;
}

/** The SoC meeting pack and the evidence pack: one PDF each, with contents, bookmarks and page numbers. */
export function PacksSection({ board, busy, run }: Props) {
  const id = useId();
  const today = todayIso();
  const schoolId = board.schools[0]!.id;
  const { next } = socMeetings(board, today);
  const [from, setFrom] = useState(
    board.plans[0]?.startDate && board.plans[0].startDate < today ? board.plans[0].startDate : shiftDate(today, -365),
  );
  const [to, setTo] = useState(today);
  const [problem, setProblem] = useState<string | null>(null);
  function evidence() {
    const found = packRangeProblem({ from, to });
    setProblem(found);
    if (!found) void run('the evidence pack', (c) => makeEvidencePack(schoolId, { from, to }, c));
  }
  return (
    <>
      <Section title="School of Concern meeting pack" id="soc-pack">
        <p>
          For the chair to take to {next ? `the School of Concern meeting on ${ukDate(next.date)}` : 'the next School of Concern meeting'}:
          the issues of concern, the plan with its latest ratings and evidence, judgements of progress, targets against actuals, attendance,
          visit reports and the committee’s approved Part A minutes since the last meeting.
        </p>
        <IonButton disabled={busy} onClick={() => void run('the SoC meeting pack', (c) => makeSocPack(schoolId, c))}>
          Make the SoC meeting pack (PDF)
        </IonButton>
      </Section>
      <Section title="Evidence pack" id="evidence-pack">
        <p>
          For a monitoring inspection or review: how the board is organised, the plan with ratings and evidence each half term, approved
          Part A minutes, the action log, the challenge asked, visit reports with photos, and attendance.
        </p>
        <div className="export-dates">
          <div className="export-field">
            <label htmlFor={`${id}-from`}>From</label>
            <input
              id={`${id}-from`}
              type="date"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              aria-describedby={problem ? `${id}-problem` : undefined}
            />
          </div>
          <div className="export-field">
            <label htmlFor={`${id}-to`}>To</label>
            <input
              id={`${id}-to`}
              type="date"
              value={to}
              onChange={(e) => setTo(e.target.value)}
              aria-describedby={problem ? `${id}-problem` : undefined}
            />
          </div>
        </div>
        {problem && (
          <p id={`${id}-problem`} className="error">
            {problem}
          </p>
        )}
        <IonButton disabled={busy} onClick={evidence}>
          Make the evidence pack (PDF)
        </IonButton>
      </Section>
    </>
  );
}
