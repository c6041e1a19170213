import { actionCodeOf, areaCodeOf, timingText, ukDate } from '../../domain';
import type { IncomingPlan } from '../../domain/planFiles';

/** How many actions of each area the preview lists. */
const FIRST = 3;

/** A first import, before anything is saved: the plan's areas and the first actions of each, as they will be. */
export function PlanPreview({ incoming }: { incoming: IncomingPlan }) {
  const needs = new Map(incoming.needs.map((n) => [n.id, n]));
  const areas = [...incoming.areas].sort((a, b) => a.number - b.number);
  return (
    <div className="plan-preview">
      {incoming.plan && <p className="lead">{incoming.plan.title}</p>}
      <p>
        {areas.length} {areas.length === 1 ? 'area' : 'areas'} for improvement, {incoming.actions.length}{' '}
        {incoming.actions.length === 1 ? 'action' : 'actions'} and {incoming.milestones.length}{' '}
        {incoming.milestones.length === 1 ? 'milestone' : 'milestones'}:
      </p>
      <ol className="plain-list">
        {areas.map((area) => {
          const actions = incoming.actions
            .filter((a) => a.areaId === area.id)
            .sort((a, b) => (needs.get(a.needId)?.position ?? 0) - (needs.get(b.needId)?.position ?? 0) || a.position - b.position);
          return (
            <li key={area.id}>
              <strong>
                Area {areaCodeOf(area)}: {area.title}
              </strong>{' '}
              ({actions.length} {actions.length === 1 ? 'action' : 'actions'})
              <ul>
                {actions.slice(0, FIRST).map((a) => (
                  <li key={a.id}>
                    <span className="code">{actionCodeOf(area, needs.get(a.needId)!, a)}</span> {a.description} ·{' '}
                    <span className="muted">{timingText(a, ukDate)}</span>
                  </li>
                ))}
                {actions.length > FIRST && <li className="muted">…and {actions.length - FIRST} more</li>}
              </ul>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
