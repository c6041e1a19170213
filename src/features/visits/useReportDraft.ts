import { useEffect, useRef, useState } from 'react';
import type { ReportParts, Visit, VisitReport } from '../../domain';
import { updateRecord, visitById } from '../../data';
import { problemText, useAutosave } from '../../ui';
import { idle, type SaveState } from './saveState';
import { TYPING_DELAY_MS } from './useResponseDraft';

export type ReportDraft = ReportParts & Pick<VisitReport, 'headComments'>;
const fromReport = (r: VisitReport): ReportDraft => ({
  purpose: r.purpose,
  seen: r.seen,
  strengths: r.strengths,
  questions: r.questions,
  followUps: r.followUps,
  headComments: r.headComments,
});
const same = (a: ReportDraft, b: ReportDraft) => JSON.stringify(a) === JSON.stringify(b);

/** The report while it is written: saved shortly after typing stops, one write after another. */
export function useReportDraft(visit: Visit) {
  const [state, setState] = useState<SaveState>(idle);
  const stored = useRef(fromReport(visit.report));

  async function save(d: ReportDraft): Promise<boolean> {
    if (same(d, stored.current)) return true;
    setState({ tone: 'busy', text: 'Saving…' });
    try {
      const fresh = (await visitById(visit.id)) ?? visit;
      await updateRecord('visits', fresh.id, { report: { ...fresh.report, ...d } });
      stored.current = d;
      setState({ tone: 'ok', text: 'Saved on this device' });
      return true;
    } catch (e) {
      setState({ tone: 'bad', text: `Not saved: ${problemText(e)}` });
      return false;
    }
  }

  const { draft, change, flush, replace, latest, waiting } = useAutosave(() => fromReport(visit.report), save, true, TYPING_DELAY_MS);

  // A change made elsewhere (another screen, or the status moving on) shows here unless typing is unsaved.
  useEffect(() => {
    const incoming = fromReport(visit.report);
    if (!waiting() && !same(incoming, stored.current) && same(latest(), stored.current)) {
      stored.current = incoming;
      replace(incoming);
    }
  }, [visit.report, waiting, latest, replace]);

  return { draft, state, change, flush };
}
