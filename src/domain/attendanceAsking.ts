// Choosing which questions to ask and keeping each question's history across half terms.
import type { ChallengeQuestion, ChallengeRecord } from './attendance';
import type { QuestionKey } from './attendanceBankKeys';
import type { RaisedQuestion } from './attendanceRaising';
import { assuranceLabels } from './attendanceValues';
import { halfTermIndex, halfTermLabel, halfTermOf, type HalfTermRef } from './halfTerms';
import { compareIso } from './dates';

/** The half term a challenge was asked in: the one recorded, or the one its date falls in. */
export const askedIn = (c: Pick<ChallengeRecord, 'schoolYear' | 'halfTerm' | 'askedAt'>): HalfTermRef =>
  c.schoolYear !== undefined && c.halfTerm ? { schoolYear: c.schoolYear, halfTerm: c.halfTerm } : halfTermOf(c.askedAt.slice(0, 10));

/** The times a question was asked, oldest first. */
export const timesAsked = (challenges: ChallengeRecord[], questionId: string) =>
  challenges.filter((c) => !c.deleted && c.questionId === questionId).sort((a, b) => compareIso(a.askedAt, b.askedAt));

/** "Asked Autumn 1 2026/27: Breakfast club… (assured); asked again Spring 1 2027/28: no answer recorded yet". */
export function historyLine(asked: ChallengeRecord[]): string {
  return asked
    .map((c, i) => {
      const when = `${i === 0 ? 'Asked' : 'asked again'} ${halfTermLabel(askedIn(c))}`;
      const answer = c.answer.trim() ? c.answer.trim() : 'no answer recorded yet';
      return `${when}: ${answer}${c.assurance ? ` (${assuranceLabels[c.assurance].toLowerCase()})` : ''}`;
    })
    .join('; ');
}

export interface QuestionToAsk<Q extends QuestionKey = ChallengeQuestion> {
  question: Q;
  /** What raised it, when the figures or the plan did. */
  raisedBy?: string;
  /** When it was last asked, if ever. */
  lastAsked?: HalfTermRef;
  /** Asked already in the current half term. */
  askedThisHalfTerm: boolean;
}

/**
 * The whole bank in the order to offer it: questions raised by the figures or the plan first, then
 * those never asked, then the ones not asked for longest; any already asked this half term last.
 */
export function orderToAsk<Q extends QuestionKey>(
  bank: readonly Q[],
  raised: RaisedQuestion<Q>[],
  challenges: ChallengeRecord[],
  current: HalfTermRef,
): QuestionToAsk<Q>[] {
  const reason = new Map(raised.filter((r) => r.question.trigger !== 'always').map((r) => [r.question.id, r.because]));
  const list = bank.map((question, bankOrder) => {
    const asked = timesAsked(challenges, question.id);
    const last = asked.length > 0 ? askedIn(asked[asked.length - 1]!) : undefined;
    const item: QuestionToAsk<Q> = {
      question,
      askedThisHalfTerm: last !== undefined && halfTermIndex(last) >= halfTermIndex(current),
      ...(reason.has(question.id) ? { raisedBy: reason.get(question.id)! } : {}),
      ...(last ? { lastAsked: last } : {}),
    };
    return { item, bankOrder };
  });
  const rank = ({ item }: (typeof list)[number]) => [
    item.askedThisHalfTerm ? 1 : 0,
    item.raisedBy ? 0 : 1,
    item.lastAsked ? halfTermIndex(item.lastAsked) + 1 : 0,
  ];
  return list
    .sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
      return a.bankOrder - b.bankOrder;
    })
    .map((x) => x.item);
}
