import { useRef, useState } from 'react';
import { ratingNeedsNote, type Rating, type Review, type ReviewEntry } from '../../domain';
import { createRecord, newId, updateRecord } from '../../data';
import { problemText, useAutosave } from '../../ui';

export interface Draft {
  rating: Rating | null;
  note: string;
  evidenceIds: string[];
  challenge: string;
  response: string;
  nextSteps: string;
}
export interface SaveState {
  tone: 'ok' | 'bad' | 'idle';
  text: string;
}
/** What a save came to: ok when everything typed is stored (or there was nothing to store). */
export interface Flushed {
  ok: boolean;
  saved: boolean;
}

const fromEntry = (e: ReviewEntry | null): Draft =>
  e
    ? { rating: e.rating, note: e.note, evidenceIds: e.evidenceIds, challenge: e.challenge, response: e.response, nextSteps: e.nextSteps }
    : { rating: null, note: '', evidenceIds: [], challenge: '', response: '', nextSteps: '' };

/** Typing waits this long before it is saved; a choice is saved at once. */
export const TYPING_DELAY_MS = 700;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const sameDraft = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);
const hasText = (d: Draft) => [d.note, d.challenge, d.response].some((t) => t.trim()) || d.evidenceIds.length > 0;

/**
 * The committee's view of one action while it is being written: every change is saved to the
 * device shortly after typing stops (and at once for a rating, a tick, or leaving the card).
 * A rating is needed before anything can be stored, and the entry's rule between fields (a red or
 * amber rating needs a note, src/domain/review.ts) is asked before saving.
 */
export function useEntryDraft(review: Pick<Review, 'id' | 'schoolId'>, actionId: string, entry: ReviewEntry | null) {
  const [state, setState] = useState<SaveState>(() =>
    entry ? { tone: 'idle', text: '' } : { tone: 'idle', text: 'Choose a rating: this action’s record is saved as soon as it has one.' },
  );
  const stored = useRef<Draft | null>(entry ? fromEntry(entry) : null);
  const entryId = useRef(entry?.id);

  async function save(d: Draft): Promise<Flushed> {
    if (stored.current && sameDraft(stored.current, d)) return { ok: true, saved: false };
    if (!d.rating) {
      const lost = hasText(d);
      setState({
        tone: lost ? 'bad' : 'idle',
        text: lost ? 'Not saved yet: choose a rating first.' : 'Choose a rating: this action’s record is saved as soon as it has one.',
      });
      return { ok: !lost, saved: false };
    }
    const noNote = ratingNeedsNote.problem(d);
    if (noNote) {
      setState({ tone: 'bad', text: `Not saved yet: ${lowerFirst(noNote)}.` });
      return { ok: false, saved: false };
    }
    const fields = {
      rating: d.rating,
      note: d.note,
      evidenceIds: d.evidenceIds,
      challenge: d.challenge,
      response: d.response,
      nextSteps: d.nextSteps,
    };
    try {
      if (entryId.current) await updateRecord('reviewEntries', entryId.current, fields);
      else {
        const id = newId();
        await createRecord('reviewEntries', review.schoolId, { id, reviewId: review.id, actionId, ...fields });
        entryId.current = id;
      }
      stored.current = d;
      setState({ tone: 'ok', text: 'Saved on this device.' });
      return { ok: true, saved: true };
    } catch (e) {
      setState({ tone: 'bad', text: `Not saved: ${problemText(e)}` });
      return { ok: false, saved: false };
    }
  }

  const { draft, change, flush } = useAutosave(() => fromEntry(entry), save, { ok: true, saved: false }, TYPING_DELAY_MS);
  return { draft, state, change, flush, isStored: () => entryId.current !== undefined };
}
