import { useEffect, useRef, useState } from 'react';
import { findingEvidence, type Answer, type ChecklistItem, type FileRef, type Visit, type VisitResponse } from '../../domain';
import { createRecord, newId, replaceFindingEvidence, updateRecord } from '../../data';
import { problemText, useAutosave } from '../../ui';
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
  const [state, setState] = useState<SaveState>(idle);
  const stored = useRef(fromResponse(response));
  const responseId = useRef(response?.id);

  async function save(d: ResponseDraft): Promise<boolean> {
    if (same(d, stored.current)) return true;
    setState({ tone: 'busy', text: 'Saving…' });
    const fields = { answer: d.answer, note: d.note, photos: d.photos, actionIds: d.actionIds, answeredAt: new Date().toISOString() };
    try {
      let saved: VisitResponse;
      if (responseId.current) saved = await updateRecord('visitResponses', responseId.current, fields);
      else {
        const id = newId();
        saved = await createRecord('visitResponses', visit.schoolId, { id, visitId: visit.id, itemId: item.id, ...fields });
        responseId.current = id;
        await onFirstSave();
      }
      stored.current = d;
      if (visit.status === 'complete' && (saved.actionIds.length > 0 || saved.evidenceIds.length > 0)) {
        await replaceFindingEvidence(saved, findingEvidence(visit, item, saved));
      }
      setState({ tone: 'ok', text: 'Saved on this device' });
      return true;
    } catch (e) {
      setState({ tone: 'bad', text: `Not saved: ${problemText(e)}` });
      return false;
    }
  }

  const { draft, change, flush, replace, latest, waiting } = useAutosave(() => fromResponse(response), save, true, TYPING_DELAY_MS);
  useRegisterFlush(flush);

  // Another device (or another screen) changed the answer: show it, unless something here is unsaved.
  useEffect(() => {
    if (!response || waiting()) return;
    const incoming = fromResponse(response);
    responseId.current = response.id;
    if (!same(incoming, stored.current) && same(latest(), stored.current)) {
      stored.current = incoming;
      replace(incoming);
    }
  }, [response, waiting, latest, replace]);

  return { draft, state, change, flush };
}
