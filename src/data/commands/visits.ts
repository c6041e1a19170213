import { v5 } from 'uuid';
import { builtInChecklists, sameEvidence, type Evidence, type EvidenceDraft, type VisitResponse } from '../../domain';
import { db as appDb, type StewardDb } from '../db';
import { createRecord, deleteRecord, updateRecord } from './records';
import { policyTables } from './policy';

/** Namespace for the ids of built-in checklists: the same on every device, so two devices seeding a board make one record. */
const BUILT_IN_NAMESPACE = '5b1f7a0e-3c52-4d8e-9a41-2f0c6d8e7b13';

/**
 * Give a board every built-in checklist (each version) it does not have yet. Safe to call again:
 * a board made before a checklist shipped, or imported without them, gets it the next time.
 * Returns how many were added.
 */
export async function seedBuiltInChecklists(schoolId: string, store: StewardDb = appDb): Promise<number> {
  const have = new Set(
    (await store.checklistTemplates.where('schoolId').equals(schoolId).toArray()).map((t) => `${t.templateKey}@${t.version}`),
  );
  let added = 0;
  for (const c of builtInChecklists) {
    if (have.has(`${c.templateKey}@${c.version}`)) continue;
    const id = v5(`${schoolId}/${c.templateKey}/${c.version}`, BUILT_IN_NAMESPACE);
    if (await store.checklistTemplates.get(id)) continue;
    await createRecord('checklistTemplates', schoolId, { ...structuredClone(c), id, builtIn: true, retired: false }, store);
    added++;
  }
  return added;
}

/**
 * Make a finding's evidence say what the finding says now, in one transaction: the evidence it made
 * before is marked deleted (evidence is never edited) and the new evidence saved, and the finding
 * remembers it. Does nothing when the saved evidence already matches. Returns the evidence ids.
 */
export async function replaceFindingEvidence(
  response: VisitResponse,
  drafts: EvidenceDraft[],
  store: StewardDb = appDb,
): Promise<string[]> {
  const tables = [store.evidence, store.visitResponses, ...policyTables(store, ['evidence', 'visitResponses'])];
  return store.transaction('rw', [...tables, store.outbox, store.meta, store.history], async () => {
    const current = (await store.visitResponses.get(response.id)) ?? response;
    const saved = (await store.evidence.bulkGet(current.evidenceIds)).filter((e): e is Evidence => !!e && !e.deleted);
    if (sameEvidence(saved, drafts)) return saved.map((e) => e.id);
    for (const e of saved) await deleteRecord('evidence', e.id, store);
    const ids: string[] = [];
    for (const d of drafts) ids.push((await createRecord('evidence', response.schoolId, d, store)).id);
    await updateRecord('visitResponses', response.id, { evidenceIds: ids }, store);
    return ids;
  });
}
