import { actionCode, actionCodeOf, needCode } from '../../../src/domain';
import type { PlanData } from '../../../src/domain/planFiles';

/** What a person sees of a plan (codes, not ids): two plans with the same content look the same here. */
export function planContent(d: PlanData) {
  const areas = d.areas.filter((a) => !a.archived);
  const areaNo = new Map(d.areas.map((a) => [a.id, a.number]));
  const needPos = new Map(d.needs.map((n) => [n.id, n.position]));
  const areaOf = new Map(d.areas.map((a) => [a.id, a]));
  const needOf = new Map(d.needs.map((n) => [n.id, n]));
  const shownCode = (actionId: string) => {
    const a = d.actions.find((x) => x.id === actionId)!;
    return actionCodeOf(areaOf.get(a.areaId)!, needOf.get(a.needId)!, a);
  };
  const byKey = <T>(list: T[], key: (t: T) => string) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    plan: { title: d.plan.title, startDate: d.plan.startDate, endDate: d.plan.endDate, priorities: d.plan.priorities },
    areas: byKey(
      areas.map((a) => ({ number: a.number, code: a.code || undefined, title: a.title, targets: a.targets })),
      (a) => String(a.number).padStart(3, '0'),
    ),
    needs: byKey(
      d.needs
        .filter((n) => !n.archived)
        .map((n) => ({ code: needCode(areaNo.get(n.areaId)!, n.position), own: n.code || undefined, description: n.description })),
      (n) => n.code,
    ),
    actions: byKey(
      d.actions
        .filter((a) => !a.archived)
        .map(({ description, lead, resources, start, finish, successCriteria, status, when, notes, ...a }) => ({
          code: actionCode(areaNo.get(a.areaId)!, needPos.get(a.needId)!, a.position),
          own: a.code || undefined,
          description,
          lead,
          resources,
          when: when || undefined,
          notes: notes || undefined,
          start,
          finish,
          successCriteria,
          status,
        })),
      (a) => a.code,
    ),
    milestones: byKey(
      d.milestones.map((m) => ({
        area: areaNo.get(m.areaId),
        number: m.number,
        date: m.date,
        when: m.when || undefined,
        action: m.actionId ? shownCode(m.actionId) : undefined,
        description: m.description,
        metOn: m.metOn,
      })),
      (m) => `${m.area}.${m.number}`,
    ),
    strategies: d.strategies.map(({ kind, scope, who, what, when }) => ({ kind, scope, who, what, when })),
    performance: [...d.performanceRows]
      .sort((a, b) => a.position - b.position)
      .map(({ id: _i, schoolId: _s, createdAt: _c, updatedAt: _u, planId: _p, deleted: _d, visibility: _v, ...r }) => r),
  };
}
