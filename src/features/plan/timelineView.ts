import {
  dateRange,
  pointIn,
  spanIn,
  timelineMonths,
  type IsoDate,
  type MilestoneState,
  type TimelineMonth,
  type TimelinePoint,
  type TimelineSpan,
} from '../../domain';
import type { PlanView } from './planView';

export interface TimelineRow {
  id: string;
  /** "(i)" for an action; "1a" for a need. */
  code: string;
  text: string;
  start?: IsoDate;
  finish?: IsoDate;
  span: TimelineSpan | null;
}

export interface TimelineMarker {
  id: string;
  number: number;
  date: IsoDate;
  state: MilestoneState;
  point: TimelinePoint;
}

export interface AreaTimeline {
  id: string;
  number: number;
  title: string;
  needs: { need: TimelineRow; actions: TimelineRow[] }[];
  milestones: TimelineMarker[];
}

/**
 * The timeline of the plan's live areas, needs and actions (archived ones left out): the months
 * from the plan's start (or its earliest action or milestone) to its end (or its latest), and
 * where today falls.
 */
export function timelineView(view: PlanView, today: IsoDate) {
  const areas = view.areas.filter((a) => !a.area.archived);
  const needs = areas.flatMap((a) => a.needs.filter((n) => !n.need.archived));
  const actions = needs.flatMap((n) => n.actions.filter((a) => !a.action.archived).map((a) => a.action));
  const dates = [
    view.plan.startDate,
    view.plan.endDate,
    ...actions.flatMap((a) => [a.start, a.finish]),
    ...areas.flatMap((a) => a.milestones.map((m) => m.milestone.date)),
  ];
  const range = dateRange(dates)!;
  const { months, clipped } = timelineMonths(range.from, range.to);
  const rows: AreaTimeline[] = areas.map(({ area, needs: ns, milestones }) => ({
    id: area.id,
    number: area.number,
    title: area.title,
    needs: ns
      .filter((n) => !n.need.archived)
      .map((n) => ({
        need: { id: n.need.id, code: n.code, text: n.need.description, span: null },
        actions: n.actions
          .filter((a) => !a.action.archived)
          .map(({ action, code }) => ({
            id: action.id,
            code: code.slice(n.code.length),
            text: action.description,
            start: action.start,
            finish: action.finish,
            span: spanIn(months, action.start, action.finish),
          })),
      })),
    milestones: milestones.flatMap(({ milestone, state }) => {
      const point = pointIn(months, milestone.date);
      return point ? [{ id: milestone.id, number: milestone.number, date: milestone.date, state, point }] : [];
    }),
  }));
  return { months, clipped, areas: rows, today: pointIn(months, today) };
}
export type TimelineView = ReturnType<typeof timelineView>;
export type { TimelineMonth };
