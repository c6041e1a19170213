import { daysLeftText, papersDeadline, todayIso, ukDate, type Meeting } from '../../domain';
import { updateRecord } from '../../data';
import { Section, useSavedToast, problemText } from '../../ui';
import { daysBetween } from '../../domain';

/** The papers the school gives the LA 7 days before the School of Concern meeting, ticked off as they go. */
export function PapersChecklist({ meeting, locked }: { meeting: Meeting; locked: boolean }) {
  const { failed, toast } = useSavedToast();
  const today = todayIso();
  const deadline = papersDeadline(meeting);
  const days = daysBetween(today, deadline);
  const allSent = meeting.papers.every((p) => p.sentOn);
  async function tick(i: number, sent: boolean) {
    const papers = meeting.papers.map((p, j) => (j === i ? (sent ? { ...p, sentOn: today } : { title: p.title }) : p));
    try {
      await updateRecord('meetings', meeting.id, { papers });
    } catch (e) {
      failed(problemText(e));
    }
  }
  return (
    <Section title="Papers for the local authority" id="papers">
      <p className={`m-countdown ${days < 0 && !allSent ? 'overdue' : ''}`}>
        Due by {ukDate(deadline)}, 7 days before the meeting{allSent ? ': all sent.' : ` (${daysLeftText(days)}).`}
      </p>
      <ul className="plain-list">
        {meeting.papers.map((p, i) => (
          <li key={p.title}>
            <label className="check-row">
              <input type="checkbox" checked={!!p.sentOn} disabled={locked} onChange={(e) => void tick(i, e.target.checked)} /> {p.title}
              {p.sentOn && <span className="muted"> (sent {ukDate(p.sentOn)})</span>}
            </label>
          </li>
        ))}
      </ul>
      {toast}
    </Section>
  );
}
