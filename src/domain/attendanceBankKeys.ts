// The attendance challenge questions by id, with their theme and what raises each: all that the rules
// that choose questions need (attendanceQuestions.ts, attendanceAsking.ts), and all that Today loads.
// The words of each question are in attendanceBank.ts. Ids are stable: challenge records keep them.
import type { ChallengeQuestion } from './attendance';

export type QuestionKey = Pick<ChallengeQuestion, 'id' | 'theme' | 'trigger'>;

export const questionKeys: readonly QuestionKey[] = [
  // Data and trends
  { id: 'att-national-gap', theme: 'data', trigger: 'below-national' },
  { id: 'att-national-where', theme: 'data', trigger: 'below-national' },
  { id: 'att-target-missed', theme: 'data', trigger: 'below-target' },
  { id: 'att-pa-repeat', theme: 'data', trigger: 'pa-above-national' },
  { id: 'att-falling-why', theme: 'data', trigger: 'falling' },
  { id: 'att-falling-next', theme: 'data', trigger: 'falling' },
  { id: 'att-last-year', theme: 'data', trigger: 'always' },
  // Groups of pupils
  { id: 'att-dis-gap', theme: 'groups', trigger: 'gap-disadvantaged' },
  { id: 'att-dis-premium', theme: 'groups', trigger: 'gap-disadvantaged' },
  { id: 'att-send-reasons', theme: 'groups', trigger: 'gap-send' },
  { id: 'att-social-worker', theme: 'groups', trigger: 'always' },
  // Procedures and compliance
  { id: 'att-severe-la', theme: 'procedures', trigger: 'severe' },
  { id: 'att-unauth-follow', theme: 'procedures', trigger: 'unauthorised-high' },
  { id: 'att-unauth-holidays', theme: 'procedures', trigger: 'unauthorised-high' },
  { id: 'att-first-day', theme: 'procedures', trigger: 'always' },
  { id: 'att-part-time', theme: 'procedures', trigger: 'always' },
  { id: 'att-punctuality', theme: 'procedures', trigger: 'always' },
  // Support and strategy
  { id: 'att-pa-named', theme: 'support', trigger: 'pa-above-national' },
  { id: 'att-severe-plans', theme: 'support', trigger: 'severe' },
  { id: 'att-send-plans', theme: 'support', trigger: 'gap-send' },
  { id: 'att-early-help', theme: 'support', trigger: 'always' },
  // Families, pupils and staff
  { id: 'att-pa-families', theme: 'families', trigger: 'pa-above-national' },
  { id: 'att-dis-barriers', theme: 'families', trigger: 'gap-disadvantaged' },
  { id: 'att-eal', theme: 'families', trigger: 'always' },
  { id: 'att-pupil-voice', theme: 'families', trigger: 'always' },
  { id: 'att-staff', theme: 'families', trigger: 'always' },
  // Plan and governance
  { id: 'att-target-actions', theme: 'governance', trigger: 'below-target' },
  { id: 'att-plan-slipping', theme: 'governance', trigger: 'plan-slipping' },
  { id: 'att-plan-milestone', theme: 'governance', trigger: 'plan-slipping' },
  { id: 'att-leadership', theme: 'governance', trigger: 'always' },
];
