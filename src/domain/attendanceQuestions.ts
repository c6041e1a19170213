// The attendance challenge questions with their words, and the rules that choose them
// (attendanceRaising.ts, attendanceAsking.ts) applied to the whole bank.
import type { AttendanceFigure, ChallengeQuestion, ChallengeRecord } from './attendance';
import { attendanceQuestions } from './attendanceBank';
import { orderToAsk, type QuestionToAsk } from './attendanceAsking';
import { raiseQuestions, type RaisedQuestion } from './attendanceRaising';
import type { HalfTermRef } from './halfTerms';

export { attendanceQuestions };
export { attendanceThresholds, raiseQuestions, type RaisedQuestion } from './attendanceRaising';

export const attendanceQuestionById = (id: string): ChallengeQuestion | undefined => attendanceQuestions.find((x) => x.id === id);

/** The questions the figures and the plan raise, with their words (raiseQuestions over the bank). */
export const questionsRaisedBy = (
  figures: AttendanceFigure[],
  current: HalfTermRef,
  slipping: readonly { action: { description: string }; because: string }[] = [],
): RaisedQuestion[] => raiseQuestions(attendanceQuestions, figures, current, slipping);

/** The whole bank in the order to offer it (orderToAsk over the bank). */
export const questionsToAsk = (raised: RaisedQuestion[], challenges: ChallengeRecord[], current: HalfTermRef): QuestionToAsk[] =>
  orderToAsk(attendanceQuestions, raised, challenges, current);
