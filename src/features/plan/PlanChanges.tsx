import type { HistoryEntry } from '../../data';
import { Changes } from './Changes';
import type { PlanView } from './planView';

/** Changes to the plan itself, its areas, its performance table and its strategies (each area's own screen shows the rest). */
export function PlanChanges({ view }: { view: PlanView }) {
  const names = new Map<string, string>([[view.plan.id, 'The plan']]);
  for (const { area } of view.areas) names.set(area.id, `Area ${area.number}`);
  for (const r of view.performanceRows) names.set(r.id, r.measure);
  for (const s of view.strategies) names.set(s.id, `Strategy (${s.kind}, ${s.scope})`);
  const nameOf = (e: HistoryEntry) => names.get(e.recordId) ?? 'A record since removed';
  return <Changes recordIds={[...names.keys()]} nameOf={nameOf} title="Changes to the plan" id="plan-changes" />;
}
