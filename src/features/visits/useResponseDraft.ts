import { useCallback, useEffect, useRef, useState } from 'react';
import { findingEvidence, type Answer, type ChecklistItem, type FileRef, type Visit, type VisitResponse } from '../../domain';
import { createRecord, newId, replaceFindingEvidence, updateRecord } from '../../data';
import { problemText } from '../../ui';
import { idle, useRegisterFlush, type SaveState } from './saveState';

export interface ResponseDraft {
  answer: Answer | undefined;
  note: string;
  photos: FileRef[];
  actionIds: string[];
}

const fromResponse = (r: VisitResponse | undefined): ResponseDraft => ({
  answer: r?.answer,
  note: r?.note ?? '',
  photos: r?.photos ?? [],
  actionIds: r?.actionIds ?? [],
});
const same = (a: ResponseDraft, b: ResponseDraft) => JSON.stringify(a) === JSON.stringify(b);

/** Typing waits this long before it is saved; a tap is saved at once. */
export const TYPING_DELAY_MS = 600;

/**
 * One checklist item while the governor fills it in. Each change is written to the device through
 * the commands (taps at once, typing shortly after it stops, and whatever is left when the item goes
 * away), one write after another so the first answer creates the record and later ones update it.
 * Once the visit is finished, a change to a finding tied to actions also replaces its evidence.
 */
export function useResponseDraft(visit: Visit, item: ChecklistItem, response: VisitResponse | undefined, onFirstSave: () => Promise<void>) {
  const [draft, setDraft] = useState<ResponseDraft>(() => fromResponse(response));
  const [state, setState] = useState<SaveState>(idle);
  const latest = useRef(draft);
  const stored = useRef(fromResponse(response));
  const responseId = useRef(response?.id);
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const context = useRef({ visit, item, onFirstSave });
  context.current = { visit, item, onFirstSave };

  // Another device (or another screen) changed the answer: show it, unless something here is unsaved.
  useEffect(() => {
    if (!response || timer.current !== undefined) return;
    const incoming = fromResponse(response);
    responseId.current = response.id;
    if (!same(incoming, stored.current) && same(latest.current, stored.current)) {
      stored.current = incoming;
      latest.current = incoming;
      setDraft(incoming);
    }
  }, [response]);

  const save = useCallback(async (d: ResponseDraft): Promise<boolean> => {
    if (same(d, stored.current)) return true;
    const { visit: v, item: it, onFirstSave: first } = context.current;
    setState({ tone: 'busy', text: 'Saving…' });
    const fields = { answer: d.answer, note: d.note, photos: d.photos, actionIds: d.actionIds, answeredAt: new Date().toISOString() };
    try {
      let saved: VisitResponse;
      if (responseId.current) saved = await updateRecord('visitResponses', responseId.current, fields);
      else {
        const id = newId();
        saved = await createRecord('visitResponses', v.schoolId, { id, visitId: v.id, itemId: it.id, ...fields });
        responseId.current = id;
        await first();
      }
      stored.current = d;
      if (v.status === 'complete' && (saved.actionIds.length > 0 || saved.evidenceIds.length > 0)) {
        await replaceFindingEvidence(saved, findingEvidence(v, it, saved));
      }
      setState({ tone: 'ok', text: 'Saved on this device' });
      return true;
    } catch (e) {
      setState({ tone: 'bad', text: `Not saved: ${problemText(e)}` });
      return false;
    }
  }, []);

  /** Save what is there now; resolves true once it is stored. */
  const flush = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const d = latest.current;
    chain.current = chain.current.then(() => save(d));
    return chain.current;
  }, [save]);
  useRegisterFlush(flush);

  const change = useCallback(
    (patch: Partial<ResponseDraft>, now = false) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setDraft(next);
      clearTimeout(timer.current);
      timer.current = undefined;
      if (now) void flush();
      else timer.current = setTimeout(() => void flush(), TYPING_DELAY_MS);
    },
    [flush],
  );

  // Leaving the screen saves what was typed; so does the app going to the background.
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
