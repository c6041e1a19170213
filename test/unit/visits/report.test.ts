import { describe, expect, it } from 'vitest';
import { draftReport, fillEmptyParts, reportReadyProblems, reportText, type Visit } from '../../../src/domain';
import { aResponse, aTemplate, aVisit, photoRef, testId } from './helpers';

const actionA = testId();
const actionB = testId();
const codes = new Map([
  [actionA, '1a(i)'],
  [actionB, '2b(ii)'],
]);

function walk(): { visit: Visit; draft: ReturnType<typeof draftReport> } {
  const visit = aVisit({ walkingWith: 'the English lead', focusActionIds: [actionA], purposeAgreed: true });
  const template = aTemplate();
  const responses = [
    aResponse(visit, {
      itemId: 'yes',
      answer: { type: 'yes-partly-no', value: 'yes' },
      note: 'Same words in every class.',
      actionIds: [actionB],
    }),
    aResponse(visit, { itemId: 'partly', answer: { type: 'yes-partly-no', value: 'partly' }, note: 'Two of five bags' }),
    aResponse(visit, { itemId: 'rate', answer: { type: 'rating', value: 2 } }),
    aResponse(visit, { itemId: 'count', answer: { type: 'number', value: 6 } }),
    aResponse(visit, { itemId: 'snap', answer: { type: 'photo', value: [photoRef()] } }),
  ];
  return { visit, draft: draftReport({ visit, template, responses, actionCode: (id) => codes.get(id) ?? '' }) };
}

describe('drafting the report from the visit', () => {
  const { draft } = walk();
  it('states the purpose with the focus actions and that the head agreed it', () => {
    expect(draft.purpose).toBe('Phonics Actions looked at: 1a(i). The purpose was agreed with the headteacher beforehand.');
  });
  it('says what was seen, item by item, with the checklist and its version', () => {
    expect(draft.seen.split('\n')).toEqual([
      'Learning walk by Aisha Begum, with the English lead. Checklist: Reading (version 1), 5 of 5 items recorded.',
      '• Same routines (Yes): Same words in every class.',
      '• Books matched (Partly): Two of five bags',
      '• Reading culture (2: Developing)',
      '• Pupils heard (6)',
      '• Reading corner (1 photo)',
    ]);
  });
  it('takes strengths from "yes" and high ratings, questions from "no", "partly" and low ratings', () => {
    expect(draft.strengths).toBe('• Same routines: Same words in every class.');
    expect(draft.questions.split('\n')).toEqual([
      '• Only partly in place: Books matched: Two of five bags. How will it become consistent?',
      '• Rated 2: Developing: Reading culture. What will change, and by when?',
    ]);
  });
  it('follows up findings tied to actions at the next review', () => {
    expect(draft.followUps).toBe('• Evidence for action 2b(ii) at the next review: Same routines');
  });
  it('fills only the parts still empty, so nothing written is lost', () => {
    expect(fillEmptyParts({ purpose: 'Mine', seen: ' ', strengths: '', questions: 'Q', followUps: '' }, draft)).toEqual({
      seen: draft.seen,
      strengths: draft.strengths,
      followUps: draft.followUps,
    });
  });
});

describe('sending the report', () => {
  it('needs the visit finished and what was seen written, and says so', () => {
    const { visit } = walk();
    expect(reportReadyProblems(visit).map((p) => p.field)).toEqual(['status', 'seen']);
    expect(reportReadyProblems({ status: 'complete', report: { ...visit.report, seen: 'All seen' } })).toEqual([]);
  });
  it('shares as plain text with every part, saying when a part is empty', () => {
    const { visit } = walk();
    const text = reportText({ ...visit, report: { ...visit.report, seen: 'Calm corridors' } }, 'Northgate Primary School', '23/11/2026');
    expect(text).toContain('Learning walk at Northgate Primary School, 23/11/2026');
    expect(text).toContain('What was seen\nCalm corridors');
    expect(text).toContain('Strengths\nNothing recorded.');
    expect(text).toContain('Purpose\nPhonics');
  });
});
