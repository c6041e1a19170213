// The 5,000-action plan of issue 15 as board records (the plan-import bench reads the same size of
// plan from files): 20 areas × 5 needs × 50 actions, so 250 actions an area; every other action
// has dates (a bar), the rest only words ("Termly", a row of their own); each area has 5 dated
// milestones and 25 undated ones on actions; two reviews rate every action. About 15,800 records.
import { v7 } from 'uuid';
import type { LargeBoard } from './large-board';

export const BIG_AREAS = 20;
export const BIG_NEEDS = 5;
export const BIG_PER_NEED = 50;

export function buildBigPlanBoard(): LargeBoard {
  const schoolId = v7();
  const at = '2026-09-01T09:00:00.000Z';
  const base = () => ({ id: v7(), schoolId, createdAt: at, updatedAt: at, deleted: false, visibility: 'board' as const });
  const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
  const plan = { ...base(), title: 'Big plan 2026/27', startDate: '2026-09-01', endDate: '2027-07-20', priorities: ['Reading'] };
  const areas = range(BIG_AREAS, (i) => ({
    ...base(),
    planId: plan.id,
    number: i + 1,
    title: `Area ${i + 1}`,
    targets: ['A target'],
    archived: false,
  }));
  const needs = areas.flatMap((a) =>
    range(BIG_NEEDS, (i) => ({
      ...base(),
      areaId: a.id,
      position: i + 1,
      description: `Need ${i + 1} of area ${a.number}`,
      archived: false,
    })),
  );
  const actions = needs.flatMap((n) =>
    range(BIG_PER_NEED, (i) => {
      const dated = i % 2 === 1;
      const month = String(9 + (i % 4)).padStart(2, '0');
      return {
        ...base(),
        needId: n.id,
        areaId: n.areaId,
        position: i + 1,
        description: `Action ${i + 1} of ${n.description.toLowerCase()}`,
        lead: 'Head',
        resources: '',
        ...(dated ? { start: `2026-${month}-01`, finish: '2027-07-16' } : { when: 'Termly' }),
        successCriteria: 'Seen in books',
        status: 'in-progress' as const,
        archived: false,
      };
    }),
  );
  const milestones = areas.flatMap((a) => {
    const own = actions.filter((x) => x.areaId === a.id);
    return [
      ...range(5, (i) => ({ ...base(), areaId: a.id, number: i + 1, date: `2027-0${i + 1}-15`, description: `Milestone ${i + 1}` })),
      ...range(25, (i) => ({
        ...base(),
        areaId: a.id,
        actionId: own[i * 10]!.id,
        number: i + 6,
        when: 'Termly',
        description: `Milestone ${i + 6}`,
      })),
    ];
  });
  const reviews = range(2, (i) => ({
    ...base(),
    planId: plan.id,
    schoolYear: 2026,
    halfTerm: (['Autumn 1', 'Autumn 2'] as const)[i]!,
    heldOn: `2026-1${i}-15`,
    status: 'final' as const,
    finalisedBy: 'Chair',
  }));
  // Each review rates an action differently (no action is red at both: Today lists those, and would list 1,250).
  const reviewEntries = reviews.flatMap((r, k) =>
    actions.map((a, i) => ({
      ...base(),
      reviewId: r.id,
      actionId: a.id,
      rating: (['green', 'amber', 'red', 'complete'] as const)[(i + k) % 4]!,
      note: 'Because',
      evidenceIds: [],
      challenge: '',
      response: '',
      nextSteps: '',
    })),
  );
  const school = {
    ...base(),
    id: schoolId,
    name: 'Big Plan School',
    urn: '',
    educationPhase: 'Primary' as const,
    authority: '',
    riskCategory: 4 as const,
    improvementPhase: 'Repair' as const,
  };
  return { schools: [school], plans: [plan], areas, needs, actions, milestones, reviews, reviewEntries };
}
