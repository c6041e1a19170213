import type { Action, Area } from './plan';
import type { Visit } from './visit';
import { halfTermOf, halfTerms, schoolYearOf, type HalfTerm, type TermDates } from './calendar';
import { compareIso } from './dates';

export interface ScheduleHalfTerm<V> {
  halfTerm: HalfTerm;
  /** By date. */
  visits: V[];
}

export interface AreaCoverage {
  area: Area;
  /** Visits this year (not cancelled) that look at the area or one of its actions. */
  visits: number;
}

/** The areas a visit looks at: those chosen as a whole, and those of its focus actions. */
export function areasOfVisit(visit: Pick<Visit, 'focusAreaIds' | 'focusActionIds'>, actions: Pick<Action, 'id' | 'areaId'>[]): Set<string> {
  const areaOf = new Map(actions.map((a) => [a.id, a.areaId]));
  return new Set([...visit.focusAreaIds, ...visit.focusActionIds.flatMap((id) => areaOf.get(id) ?? [])]);
}

/**
 * The board's visit schedule for one school year: its visits by half term (the board's own term
 * dates where given), and how many visits look at each area for improvement, so a priority nobody
 * is visiting stands out.
 */
export function visitScheduleFor<V extends Visit>(
  visits: V[],
  plan: { areas: Area[]; actions: Pick<Action, 'id' | 'areaId'>[] },
  schoolYear: number,
  termDates?: TermDates[],
): { halfTerms: ScheduleHalfTerm<V>[]; coverage: AreaCoverage[] } {
  const inYear = visits.filter((v) => schoolYearOf(v.date, termDates) === schoolYear).sort((a, b) => compareIso(a.date, b.date));
  const byTerm = halfTerms.map((halfTerm) => ({
    halfTerm,
    visits: inYear.filter((v) => halfTermOf(v.date, termDates).halfTerm === halfTerm),
  }));
  const counted = inYear.filter((v) => v.status !== 'cancelled').map((v) => areasOfVisit(v, plan.actions));
  const coverage = plan.areas.map((area) => ({ area, visits: counted.filter((s) => s.has(area.id)).length }));
  return { halfTerms: byTerm, coverage };
}
