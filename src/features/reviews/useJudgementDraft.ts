import { useRef, useState } from 'react';
import type { AreaJudgement, Judgement, Review } from '../../domain';
import { createRecord, newId, updateRecord } from '../../data';
import { problemText, useAutosave } from '../../ui';
import { TYPING_DELAY_MS, type Flushed, type SaveState } from './useEntryDraft';

interface Draft {
  judgement: Judgement | null;
  reason: string;
}

/** The committee's judgement of an area while it is written: saved shortly after typing stops, at once when chosen. */
export function useJudgementDraft(review: Pick<Review, 'id' | 'schoolId'>, areaId: string, existing: AreaJudgement | null) {
  const [state, setState] = useState<SaveState>({
    tone: 'idle',
    text: existing ? '' : 'Choose a judgement: it is saved as soon as you do.',
  });
  const stored = useRef<Draft | null>(existing ? { judgement: existing.judgement, reason: existing.reason } : null);
  const judgementId = useRef(existing?.id);

  async function save(d: Draft): Promise<Flushed> {
    if (stored.current && stored.current.judgement === d.judgement && stored.current.reason === d.reason) return { ok: true, saved: false };
    if (!d.judgement) {
      const lost = d.reason.trim().length > 0;
      setState({
        tone: lost ? 'bad' : 'idle',
        text: lost ? 'Not saved yet: choose a judgement first.' : 'Choose a judgement: it is saved as soon as you do.',
      });
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
      setState({
        tone: 'ok',
        text: d.reason.trim() ? 'Saved on this device.' : 'Saved on this device. Give a reason before the review is finalised.',
      });
      return { ok: true, saved: true };
    } catch (e) {
      setState({ tone: 'bad', text: `Not saved: ${problemText(e)}` });
      return { ok: false, saved: false };
    }
  }

  const initial = (): Draft => ({ judgement: existing?.judgement ?? null, reason: existing?.reason ?? '' });
  const { draft, change, flush } = useAutosave(initial, save, { ok: true, saved: false }, TYPING_DELAY_MS);
  return { draft, state, change, flush };
}
