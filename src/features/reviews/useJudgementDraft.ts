import { useCallback, useEffect, useRef, useState } from 'react';
import type { AreaJudgement, Judgement, Review } from '../../domain';
import { createRecord, newId, updateRecord } from '../../data';
import { problemText } from '../../ui';
import type { Flushed, SaveState } from './useEntryDraft';

interface Draft {
  judgement: Judgement | null;
  reason: string;
}

/** The committee's judgement of an area while it is written: saved shortly after typing stops, at once when chosen. */
export function useJudgementDraft(review: Pick<Review, 'id' | 'schoolId'>, areaId: string, existing: AreaJudgement | null) {
  const [draft, setDraft] = useState<Draft>({ judgement: existing?.judgement ?? null, reason: existing?.reason ?? '' });
  const [state, setState] = useState<SaveState>({ tone: 'idle', text: existing ? '' : 'Choose a judgement: it is saved as soon as you do.' });
  const latest = useRef(draft);
  const stored = useRef<Draft | null>(existing ? { ...draft } : null);
  const judgementId = useRef(existing?.id);
  const chain = useRef<Promise<Flushed>>(Promise.resolve({ ok: true, saved: false }));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = useCallback(
    async (d: Draft): Promise<Flushed> => {
      if (stored.current && stored.current.judgement === d.judgement && stored.current.reason === d.reason) return { ok: true, saved: false };
      if (!d.judgement) {
        const lost = d.reason.trim().length > 0;
        setState({ tone: lost ? 'bad' : 'idle', text: lost ? 'Not saved yet: choose a judgement first.' : 'Choose a judgement: it is saved as soon as you do.' });
        return { ok: !lost, saved: false };
      }
      try {
        const fields = { judgement: d.judgement, reason: d.reason };
        if (judgementId.current) await updateRecord('areaJudgements', judgementId.current, fields);
        else {
          const id = newId();
          await createRecord('areaJudgements', review.schoolId, { id, reviewId: review.id, areaId, ...fields });
          judgementId.current = id;
        }
        stored.current = d;
        setState({ tone: 'ok', text: d.reason.trim() ? 'Saved on this device.' : 'Saved on this device. Give a reason before the review is finalised.' });
        return { ok: true, saved: true };
      } catch (e) {
        setState({ tone: 'bad', text: `Not saved: ${problemText(e)}` });
        return { ok: false, saved: false };
      }
    },
    [review.id, review.schoolId, areaId],
  );

  const flush = useCallback((): Promise<Flushed> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const d = latest.current;
    chain.current = chain.current.then(() => save(d));
    return chain.current;
  }, [save]);

  const change = useCallback(
    (patch: Partial<Draft>, now = false) => {
      latest.current = { ...latest.current, ...patch };
      setDraft(latest.current);
      clearTimeout(timer.current);
      if (now) void flush();
      else timer.current = setTimeout(() => void flush(), 700);
    },
    [flush],
  );

  useEffect(
    () => () => {
      if (timer.current !== undefined) void flush();
    },
    [flush],
  );

  return { draft, state, change, flush };
}
