import type { Action, Area, ImprovementNeed, Milestone } from '../plan';
import { actionCode } from '../plan';
import { base, type DemoContext } from './context';
import type { ActionSpec, AreaSpec } from './specs';
import { readingArea } from './areaReading';
import { attendanceArea } from './areaAttendance';
import { leadershipArea } from './areaLeadership';

/** The three areas for improvement, in order. */
export const demoAreaSpecs: AreaSpec[] = [readingArea, attendanceArea, leadershipArea];

/** An action as built, with the spec it came from (the reviews need its scripted ratings). */
export interface BuiltAction {
  record: Action;
  spec: ActionSpec;
  code: string;
}

export interface BuiltAreas {
  areas: Area[];
  needs: ImprovementNeed[];
  actions: Action[];
  milestones: Milestone[];
  /** Every action with its code ("2b(i)"), in plan order. */
  built: BuiltAction[];
  /** Action ids by code, e.g. "1a(ii)". */
  actionId: (code: string) => string;
  /** Area ids by number. */
  areaId: (n: number) => string;
}

export function demoAreas(ctx: DemoContext, planId: string): BuiltAreas {
  const out: BuiltAreas = { areas: [], needs: [], actions: [], milestones: [], built: [], actionId: () => '', areaId: () => '' };
  for (const spec of demoAreaSpecs) {
    const area: Area = { ...base(ctx), planId, number: spec.number, title: spec.title, targets: spec.targets, archived: false };
    out.areas.push(area);
    spec.needs.forEach((needSpec, i) => {
      const need: ImprovementNeed = { ...base(ctx), areaId: area.id, position: i + 1, description: needSpec.description, archived: false };
      out.needs.push(need);
      needSpec.actions.forEach((a, j) => {
        const record: Action = {
          ...base(ctx),
          needId: need.id,
          areaId: area.id,
          position: j + 1,
          description: a.description,
          lead: a.lead,
          resources: a.resources,
          start: ctx.day(a.start),
          finish: ctx.day(a.finish),
          successCriteria: a.successCriteria,
          status: a.status,
          archived: false,
        };
        out.actions.push(record);
        out.built.push({ record, spec: a, code: actionCode(spec.number, i + 1, j + 1) });
      });
    });
    spec.milestones.forEach((m, i) => {
      const milestone: Milestone = { ...base(ctx), areaId: area.id, number: i + 1, date: ctx.day(m.offset), description: m.description };
      if (m.metOffset !== undefined) milestone.metOn = ctx.day(m.metOffset);
      out.milestones.push(milestone);
    });
  }
  const byCode = new Map(out.built.map((b) => [b.code, b.record.id]));
  out.actionId = (code) => {
    const id = byCode.get(code);
    if (!id) throw new Error(`The demo plan has no action ${code}`);
    return id;
  };
  out.areaId = (n) => out.areas.find((a) => a.number === n)!.id;
  return out;
}
