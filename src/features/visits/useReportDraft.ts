import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportParts, Visit, VisitReport } from '../../domain';
import { updateRecord, visitById } from '../../data';
import { problemText } from '../../ui';
import { idle, type SaveState } from './saveState';
import { TYPING_DELAY_MS } from './useResponseDraft';

export type ReportDraft = ReportParts & Pick<VisitReport, 'headComments'>;
const fromReport = (r: VisitReport): ReportDraft => ({ purpose: r.purpose, seen: r.seen, strengths: r.strengths, questions: r.questions, followUps: r.followUps, headComments: r.headComments });
const same = (a: ReportDraft, b: ReportDraft) => JSON.stringify(a) === JSON.stringify(b);

/** The report while it is written: saved shortly after typing stops, one write after another. */
export function useReportDraft(visit: Visit) {
  const [draft, setDraft] = useState(() => fromReport(visit.report));
  const [state, setState] = useState<SaveState>(idle);
  const latest = useRef(draft);
  const stored = useRef(fromReport(visit.report));
  const current = useRef(visit);
  current.current = visit;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));

  // A change made elsewhere (another screen, or the status moving on) shows here unless typing is unsaved.
  useEffect(() => {
    const incoming = fromReport(visit.report);
    if (timer.current === undefined && !same(incoming, stored.current) && same(latest.current, stored.current)) {
      stored.current = incoming;
      latest.current = incoming;
      setDraft(incoming);
    }
  }, [visit.report]);

  const save = useCallback(async (d: ReportDraft): Promise<boolean> => {
    if (same(d, stored.current)) return true;
    setState({ tone: 'busy', text: 'Saving…' });
    try {
      const fresh = (await visitById(current.current.id)) ?? current.current;
      await updateRecord('visits', fresh.id, { report: { ...fresh.report, ...d } });
      stored.current = d;
      setState({ tone: 'ok', text: 'Saved on this device' });
      return true;
    } catch (e) {
      setState({ tone: 'bad', text: `Not saved: ${problemText(e)}` });
      return false;
    }
  }, []);

  const flush = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const d = latest.current;
    chain.current = chain.current.then(() => save(d));
    return chain.current;
  }, [save]);

  const change = useCallback(
    (patch: Partial<ReportDraft>, now = false) => {
      latest.current = { ...latest.current, ...patch };
      setDraft(latest.current);
      clearTimeout(timer.current);
      timer.current = now ? undefined : setTimeout(() => void flush(), TYPING_DELAY_MS);
      if (now) void flush();
    },
    [flush],
  );

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden' && timer.current !== undefined) void flush();
    };
    document.addEventListener('visibilitychange', hidden);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      if (timer.current !== undefined) void flush();
    };
  }, [flush]);

  return { draft, state, change, flush };
}
