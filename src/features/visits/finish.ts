import { findingEvidence, templateItems } from '../../domain';
import { replaceFindingEvidence, updateRecord, visitDetail } from '../../data';

/**
 * Finish a visit: every finding tied to an action becomes evidence for it (replacing what an
 * earlier finish made, if the finding has changed since), then the visit is marked done.
 * Returns how many pieces of evidence the visit's findings now make.
 */
export async function finishVisit(visitId: string): Promise<number> {
  const detail = await visitDetail(visitId);
  if (!detail) throw new Error('This visit is no longer on this device.');
  const { visit, template, responses } = detail;
  const items = new Map(template ? templateItems(template).map(({ item }) => [item.id, item]) : []);
  let made = 0;
  for (const r of responses) {
    const item = items.get(r.itemId);
    if (!item || (r.actionIds.length === 0 && r.evidenceIds.length === 0)) continue;
    made += (await replaceFindingEvidence(r, findingEvidence(visit, item, r))).length;
  }
  if (visit.status !== 'complete') await updateRecord('visits', visit.id, { status: 'complete', finishedAt: new Date().toISOString() });
  return made;
}

/** Mark a planned visit as started (the first answer does this too). */
export async function startVisit(visitId: string, status: string): Promise<void> {
  if (status === 'planned') await updateRecord('visits', visitId, { status: 'in-progress' });
}
