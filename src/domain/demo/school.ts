import type { School } from '../school';
import type { Membership } from '../people';
import type { Role } from '../people';
import { base, type DemoContext } from './context';

export const DEMO_SCHOOL_NAME = 'Northgate Primary School';

/** The people on the demo board. All invented. */
export const demoPeople = {
  chair: 'Helen Whitfield',
  viceChair: 'Tariq Hussain',
  governorA: 'Aisha Begum',
  governorB: 'Gareth Llewellyn',
  clerk: 'Sandra Kowalski',
  head: 'David Ashworth',
  officer: 'Priya Raman',
  englishLead: 'Claire Donnelly',
  senco: 'Marcus Adeyemi',
} as const;

export function demoSchool(ctx: DemoContext): School {
  return {
    ...base(ctx),
    id: ctx.schoolId,
    name: DEMO_SCHOOL_NAME,
    urn: '184312',
    educationPhase: 'Primary',
    authority: 'Northgate Borough Council',
    riskCategory: 4,
    improvementPhase: 'Repair',
    ofstedJudgement: 'Requires improvement',
    ofstedDate: ctx.day(-425),
    concernSince: ctx.day(-365),
  };
}

export function demoMembers(ctx: DemoContext): Membership[] {
  const p = demoPeople;
  const members: [Role, string][] = [
    ['chair', p.chair],
    ['vice-chair', p.viceChair],
    ['governor', p.governorA],
    ['governor', p.governorB],
    ['clerk', p.clerk],
    ['headteacher', p.head],
    ['officer', p.officer],
  ];
  return members.map(([role, displayName]) => ({ ...base(ctx), personId: ctx.makeId(), role, displayName }));
}
