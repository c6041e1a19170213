import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { reportReadyProblems, reportStatusLabels, reportText, ukDate, type Visit, type VisitReport } from '../../domain';
import { updateRecord, visitById } from '../../data';
import { platform } from '../../platform';
import { problemText, useSchool } from '../../ui';

const day = (instant: string | undefined) => (instant ? ukDate(instant.slice(0, 10)) : '');

/**
 * Where the report is on its way: draft → with the headteacher (for factual accuracy) → agreed →
 * filed for the next review and the meeting papers. `flush` saves what is being typed first.
 */
export function ReportStatusPanel({ visit, flush }: { visit: Visit; flush: () => Promise<boolean> }) {
  const school = useSchool();
  const [message, setMessage] = useState<{ bad: boolean; text: string } | null>(null);
  const r = visit.report;
  async function move(patch: Partial<VisitReport>, done: string) {
    try {
      if (!(await flush())) throw new Error('What you typed could not be saved, so the report was not moved on.');
      const fresh = (await visitById(visit.id)) ?? visit;
      const problems = patch.status === 'with-head' ? reportReadyProblems(fresh) : [];
      if (problems.length) throw new Error(problems.map((p) => p.message).join(' '));
      await updateRecord('visits', visit.id, { report: { ...fresh.report, ...patch } });
      setMessage({ bad: false, text: done });
    } catch (e) {
      setMessage({ bad: true, text: problemText(e) });
    }
  }
  async function share() {
    const text = reportText(visit, school.name, ukDate(visit.date));
    const title = `Visit report, ${ukDate(visit.date)}`;
    const shared = await platform.share({ title, text });
    if (shared === 'unsupported') await platform.saveFile(`visit-report-${visit.date}.txt`, new Blob([text], { type: 'text/plain' }));
  }
  const now = () => new Date().toISOString();
  return (
    <section className="walk-card" aria-labelledby="report-status">
      <h2 id="report-status">{reportStatusLabels[r.status]}</h2>
      {r.status === 'draft' && (
        <>
          <p>When it is ready, send it to the headteacher to check it is factually accurate.</p>
          {r.headComments && <p className="prewrap">Corrections asked for: {r.headComments}</p>}
          <IonButton onClick={() => void move({ status: 'with-head', sentToHeadAt: now() }, 'Sent to the headteacher.')}>
            Send to the headteacher
          </IonButton>
        </>
      )}
      {r.status === 'with-head' && (
        <>
          <p>Sent to the headteacher on {day(r.sentToHeadAt)} to check it is factually accurate.</p>
          <div className="button-row walk-row">
            <IonButton onClick={() => void move({ status: 'agreed', agreedAt: now() }, 'Recorded: the headteacher agrees it is accurate.')}>
              The headteacher agrees it is accurate
            </IonButton>
            <IonButton
              fill="outline"
              onClick={() => void move({ status: 'draft' }, 'Back to draft: make the corrections, then send it again.')}
            >
              Back to draft for corrections
            </IonButton>
          </div>
        </>
      )}
      {r.status === 'agreed' && (
        <>
          <p>Agreed with the headteacher on {day(r.agreedAt)}.</p>
          <IonButton
            onClick={() =>
              void move({ status: 'filed', filedAt: now() }, 'Filed: it will be in the papers for the next review and committee meeting.')
            }
          >
            File it for the next review and meeting
          </IonButton>
        </>
      )}
      {r.status === 'filed' && <p>Filed on {day(r.filedAt)}: it is in the papers for the next review and committee meeting.</p>}
      <IonButton fill="clear" onClick={() => void share().catch((e: unknown) => setMessage({ bad: true, text: problemText(e) }))}>
        Share a copy
      </IonButton>
      {message && (
        <p className={`walk-save ${message.bad ? 'bad' : 'ok'}`} role={message.bad ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
