import type { ActionPlan, PerformanceRow, Strategy } from '../plan';
import { ukDate } from '../dates';
import { base, type DemoContext } from './context';
import { DEMO_SCHOOL_NAME } from './school';

export function demoPlan(ctx: DemoContext, ofstedDate: string): ActionPlan {
  const endDate = ctx.day(210);
  return {
    ...base(ctx),
    title: `${DEMO_SCHOOL_NAME} — School of Concern action plan`,
    startDate: ctx.day(-350),
    endDate,
    priorities: [
      `Help the school carry out its action plan on time, so that by ${ukDate(endDate)} the weaknesses found at the inspection of ${ukDate(ofstedDate)} have been dealt with.`,
      'Help the school make rapid progress on the three areas for improvement below, and build firm foundations for improvement that lasts.',
      'Check that the actions are carried out, and judge their impact against the agreed success criteria.',
    ],
  };
}

type StrategyFields = Pick<Strategy, 'kind' | 'scope' | 'who' | 'what' | 'when'>;
const strategies: StrategyFields[] = [
  {
    kind: 'monitoring',
    scope: 'internal',
    who: 'Headteacher and senior leaders',
    what: 'Lesson visits, book looks and phonics assessments against the plan’s success criteria',
    when: 'Weekly, summarised each half term',
  },
  {
    kind: 'monitoring',
    scope: 'internal',
    who: 'Governors (School Improvement Committee)',
    what: 'Learning walks and monitoring visits on each area for improvement',
    when: 'At least one visit per area each term',
  },
  {
    kind: 'evaluation',
    scope: 'internal',
    who: 'School Improvement Committee',
    what: 'Review of every action and milestone: the school’s evidence, governors’ challenge and a judgement of progress',
    when: 'Every half term',
  },
  {
    kind: 'monitoring',
    scope: 'external',
    who: 'Local authority officer (Priya Raman)',
    what: 'Monitoring visits with the headteacher; attendance and phonics data checked',
    when: 'Twice each half term',
  },
  {
    kind: 'evaluation',
    scope: 'external',
    who: 'Head of Service, senior officer, headteacher and chair of governors',
    what: 'Formal judgement of progress on each area at the School of Concern meeting',
    when: 'Termly',
  },
];

export const demoStrategies = (ctx: DemoContext, planId: string): Strategy[] => strategies.map((s) => ({ ...base(ctx), planId, ...s }));

type Figures = [number | null, number | null, number | null, number | null, number | null, number | null];
const rows: [PerformanceRow['group'], string, Figures, boolean?][] = [
  ['EYFS', 'Good level of development', [58, 67.7, 64, 61, 68.3, 67]],
  ['Phonics', 'Year 1 phonics screening check: expected standard', [61, 80, 72, 70, 80, 78]],
  ['Phonics', 'Year 2 phonics: expected standard by the end of Year 2', [78, 89, 84, 83, 89, 88]],
  ['KS2', 'Reading: expected standard', [66, 74, 71, null, 75, 75]],
  ['KS2', 'Writing: expected standard', [63, 72, 68, null, 72, 72]],
  ['KS2', 'Mathematics: expected standard', [64, 73, 69, null, 74, 74]],
  ['Attendance', 'Attendance (all pupils)', [93.4, 94.5, 95, 93.3, 94.5, 95.5]],
  ['Attendance', 'Persistent absence (missing 10% or more of sessions)', [18.2, 16, 14, 17.8, 16, 12], false],
  ['Quality of teaching', '% of teaching judged good or better', [55, null, 70, 68, null, 85]],
];

export function demoPerformanceRows(ctx: DemoContext, planId: string): PerformanceRow[] {
  return rows.map(([group, measure, f, higherIsBetter = true], i) => ({
    ...base(ctx),
    planId,
    group,
    measure,
    position: i + 1,
    higherIsBetter,
    schoolLastYear: f[0],
    nationalLastYear: f[1],
    targetThisYear: f[2],
    schoolThisYear: f[3],
    nationalThisYear: f[4],
    targetNextYear: f[5],
  }));
}
