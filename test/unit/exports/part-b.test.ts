// No Part B text in any Part A document, in any pack, or in any export by a role that may not see
// it: a property test in the style of the sync tests (random visibilities and roles, every document).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { maySee, roles, visibilities, type Role, type Visibility } from '../../../src/domain';
import { actionLogRows, documentText, evidencePack, minutesDocument, minutesRefusal, socPack } from '../../../src/domain/documents';
import { TODAY } from './read';
import { restricted } from './restricted';

const role = fc.constantFrom<Role | null>(null, ...roles);

describe('Part B never leaks', () => {
  test('Part A minutes, both packs and the Part A action log hold no Part B or chairs-only text, for every role', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...visibilities), { minLength: 1, maxLength: 12 }), role, (choices, r) => {
        const { board, body, titles } = restricted(choices);
        const audience = { role: r };
        const docs = [
          ...board.meetings
            .filter((m) => minutesRefusal(board, m, 'A', audience) === null)
            .map((m) => minutesDocument(board, m, 'A', audience)),
          socPack(board, audience, TODAY),
          evidencePack(board, audience, { from: '2020-01-01', to: TODAY }, TODAY),
        ].map(documentText);
        const log = actionLogRows(board, { status: 'all', owner: 'all', includePartB: false }, audience, TODAY).flat().join('\n');
        for (const text of [...docs, log]) for (const m of body) expect(text).not.toContain(m);
        const evidence = docs[docs.length - 1]!;
        for (const t of titles) {
          for (const text of docs.slice(0, -1)) expect(text).not.toContain(t.marker);
          // The evidence pack lists Part B items by title only, and only for those who may see Part B.
          if (t.v === 'chairs' || (r !== null && !maySee(r, 'partB'))) expect(evidence).not.toContain(t.marker);
        }
      }),
      { numRuns: 60 },
    );
  });

  test('Part B minutes and a log with Part B hold only what the role may see, and are refused to roles that see no Part B', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...visibilities), { minLength: 1, maxLength: 12 }), role, (choices, r) => {
        const { board } = restricted(choices);
        const audience = { role: r };
        const unseen = (v: Visibility) => r !== null && !maySee(r, v);
        const hidden = [
          ...board.minuteItems.filter((i) => unseen(i.visibility)).map((i) => i.discussion),
          ...board.meetingActions.filter((a) => unseen(a.visibility)).map((a) => a.description),
        ];
        for (const m of board.meetings) {
          const refusal = minutesRefusal(board, m, 'B', audience);
          if (r !== null && !maySee(r, 'partB')) expect(refusal).not.toBeNull();
          if (refusal) continue;
          const text = documentText(minutesDocument(board, m, 'B', audience));
          for (const h of hidden) expect(text).not.toContain(h);
        }
        const log = actionLogRows(board, { status: 'all', owner: 'all', includePartB: true }, audience, TODAY).flat().join('\n');
        for (const h of hidden) expect(log).not.toContain(h);
      }),
      { numRuns: 60 },
    );
  });
});
