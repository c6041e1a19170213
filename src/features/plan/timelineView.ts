import {
  dateRange,
  isRealNeed,
  pointIn,
  spanIn,
  timelineMonths,
  timingText,
  todayIso,
  ukDate,
  type IsoDate,
  type MilestoneState,
  type TimelineMonth,
  type TimelinePoint,
  type TimelineSpan,
} from '../../domain';
import type { PlanView } from './planView';

/** Where a bar or marker sits across the whole row of months, as fractions of its width (0 = the first month begins). */
export interface Across {
  left: number;
  right: number;
}

export interface TimelineRow {
  id: string;
  /** The action's code as the plan shows it: "1a(i)", "1.1". */
  code: string;
  text: string;
  /** When, in the plan's words and dates. */
  when: string;
  start?: IsoDate;
  finish?: IsoDate;
  span: TimelineSpan | null;
  bar: Across | null;
}

export interface TimelineMarker {
  id: string;
  number: number;
  date: IsoDate;
  state: MilestoneState;
  point: TimelinePoint;
  at: number;
}

export interface UndatedMilestone {
  id: string;
  number: number;
  text: string;
  when: string;
  state: MilestoneState;
}

export interface AreaTimeline {
  id: string;
  number: number;
  /** The area's code as the plan shows it. */
  code: string;
  title: string;
  /** Real "improvement needed" rows have a heading; a plan without them has one group with none. */
  needs: { need: { id: string; code: string; text: string } | null; actions: TimelineRow[] }[];
  /** Actions without both a start and a finish: listed in a row of their own, never given a made-up bar. */
  undated: TimelineRow[];
  milestones: TimelineMarker[];
  undatedMilestones: UndatedMilestone[];
}

const across = (months: number, span: TimelineSpan): Across => ({
  left: (span.first + span.startAt) / months,
  right: (span.last + span.endAt) / months,
});

/**
 * The timeline of the plan's live areas, needs and actions (archived ones left out): the months
 * from the plan's start (or its earliest action or milestone) to its end (or its latest), and
 * where today falls. Actions without dates go in an area's "undated" row.
 */
export function timelineView(view: PlanView, today: IsoDate) {
  const areas = view.areas.filter((a) => !a.area.archived);
  const dates: (IsoDate | undefined)[] = [view.plan.startDate, view.plan.endDate];
  for (const a of areas) {
    for (const n of a.needs)
      if (!n.need.archived) for (const x of n.actions) if (!x.action.archived) dates.push(x.action.start, x.action.finish);
    for (const m of a.milestones) dates.push(m.milestone.date);
  }
  const range = dateRange(dates) ?? { from: todayIso(), to: todayIso() };
  const { months, clipped } = timelineMonths(range.from, range.to);
  const rows: AreaTimeline[] = areas.map(({ area, code, needs: ns, milestones }) => {
    const undated: TimelineRow[] = [];
    const needs = ns
      .filter((n) => !n.need.archived)
      .map((n) => {
        const actions: TimelineRow[] = [];
        for (const { action, code: actionCode } of n.actions) {
          if (action.archived) continue;
          const span = action.start && action.finish ? spanIn(months, action.start, action.finish) : null;
          const row: TimelineRow = {
            id: action.id,
            code: actionCode,
            text: action.description,
            when: timingText(action, ukDate),
            start: action.start,
            finish: action.finish,
            span,
            bar: span ? across(months.length, span) : null,
          };
          if (action.start && action.finish) actions.push(row);
          else undated.push(row);
        }
        return { need: isRealNeed(n.need) ? { id: n.need.id, code: n.code, text: n.need.description } : null, actions };
      });
    const dated: TimelineMarker[] = [];
    const undatedMilestones: UndatedMilestone[] = [];
    for (const { milestone, state } of milestones) {
      const point = milestone.date ? pointIn(months, milestone.date) : null;
      if (milestone.date && point)
        dated.push({
          id: milestone.id,
          number: milestone.number,
          date: milestone.date,
          state,
          point,
          at: (point.index + point.at) / months.length,
        });
      else if (!milestone.date)
        undatedMilestones.push({
          id: milestone.id,
          number: milestone.number,
          text: milestone.description,
          when: milestone.when || 'No date set',
          state,
        });
    }
    return { id: area.id, number: area.number, code, title: area.title, needs, undated, milestones: dated, undatedMilestones };
  });
  const point = pointIn(months, today);
  return { months, clipped, areas: rows, today: point, todayAt: point ? (point.index + point.at) / months.length : null };
}
export type TimelineView = ReturnType<typeof timelineView>;
export type { TimelineMonth };
