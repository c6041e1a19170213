// A board whose chosen records are restricted, each carrying a marker in its text, for the Part B
// property tests (the document model's text in part-b.test.ts, the written files in part-b-files.test.ts).
import type { Visibility } from '../../../src/domain';
import type { BoardRecords } from '../../../src/domain/documents';
import { demo } from './read';

const base = demo();
const kinds = [
  'minuteItems',
  'challengeRecords',
  'minuteErrata',
  'escalationRecords',
  'meetingActions',
  'evidence',
  'reviewEntries',
  'visits',
  'actions',
  'areas',
  'meetings',
] as const;

/** The board with each chosen record restricted and carrying a marker in its text (and, for minute items, a title marker). */
export function restricted(choices: Visibility[]): { board: BoardRecords; body: string[]; titles: { marker: string; v: Visibility }[] } {
  const board = structuredClone(base);
  const body: string[] = [];
  const titles: { marker: string; v: Visibility }[] = [];
  let n = 0;
  for (const kind of kinds) {
    for (const r of board[kind] as { visibility: Visibility; [k: string]: unknown }[]) {
      const v = choices[n++ % choices.length]!;
      if (v === 'board') continue;
      r.visibility = v;
      const m = `SECRET${n}X`;
      body.push(m);
      if (kind === 'minuteItems') {
        r.discussion = `${m} discussed`;
        r.decision = `${m} decided`;
        r.title = `TITLE${n}X item`;
        titles.push({ marker: `TITLE${n}X`, v });
      } else if (kind === 'challengeRecords') Object.assign(r, { question: `${m} asked`, answer: `${m} answered` });
      else if (kind === 'minuteErrata') r.correction = `${m} corrected`;
      else if (kind === 'escalationRecords') Object.assign(r, { reason: `${m} reason`, outcome: `${m} outcome` });
      else if (kind === 'meetingActions') r.description = `${m} to do`;
      else if (kind === 'evidence') Object.assign(r, { title: `${m} seen`, text: `${m} text` });
      else if (kind === 'reviewEntries') Object.assign(r, { note: `${m} note`, challenge: `${m} challenge` });
      else if (kind === 'visits') r.report = { ...(r.report as object), seen: `${m} seen`, strengths: `${m}` };
      else if (kind === 'actions') r.description = `${m} action`;
      else if (kind === 'areas') r.title = `${m} area`;
      else r.venue = `${m} room`;
    }
  }
  return { board, body, titles };
}
