import type { HistoryEntry } from '../../data';
import { Changes } from './Changes';
import type { AreaView } from './planView';

/** The changes to an area, its improvement-needed rows, their actions and its milestones. */
export function AreaChanges({ entry }: { entry: AreaView }) {
  const names = new Map<string, string>([[entry.area.id, `Area ${entry.area.number}`]]);
  for (const n of entry.needs) {
    names.set(n.need.id, n.code);
    for (const a of n.actions) names.set(a.action.id, `Action ${a.code}`);
  }
  for (const { milestone } of entry.milestones) names.set(milestone.id, `Milestone ${milestone.number}`);
  const nameOf = (e: HistoryEntry) => names.get(e.recordId) ?? 'A record since removed';
  return <Changes recordIds={[...names.keys()]} nameOf={nameOf} />;
}
