// Reads what a visit left in the device's IndexedDB, from inside the page (for the visits e2e).
import type { Page } from 'playwright-core';

export interface StoredVisit {
  responses: number;
  evidence: { kind: string; supports: string[] }[];
  /** The photo evidence's file: its reference, and the stored bytes (size, type, pixel size). */
  photo?: { ref: { sha256: string; bytes: number }; bytes: number; type: string; width: number; height: number };
  /** The kinds with changes waiting in the outbox. */
  outboxKinds: string[];
}

// Sent as source text so the page runs it as written.
const read = `async (visitId) => {
  const open = indexedDB.open('steward');
  const db = await new Promise((res, rej) => { open.onsuccess = () => res(open.result); open.onerror = () => rej(open.error); });
  const all = (store) => new Promise((res) => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => res(r.result); });
  const get = (store, key) => new Promise((res) => { const r = db.transaction(store).objectStore(store).get(key); r.onsuccess = () => res(r.result); });
  const responses = (await all('visitResponses')).filter((r) => r.visitId === visitId && !r.deleted);
  const evidence = (await all('evidence')).filter((e) => e.visitId === visitId && !e.deleted);
  const outbox = await all('outbox');
  const withFile = evidence.find((e) => e.kind === 'photo');
  let photo;
  if (withFile) {
    const file = await get('files', withFile.file.sha256);
    const bitmap = await createImageBitmap(file.blob);
    photo = { ref: withFile.file, bytes: file.blob.size, type: file.blob.type, width: bitmap.width, height: bitmap.height };
  }
  db.close();
  return { responses: responses.length, evidence: evidence.map((e) => ({ kind: e.kind, supports: e.supports })), photo, outboxKinds: [...new Set(outbox.map((o) => o.kind))] };
}`;

export function storedVisit(page: Page, visitId: string): Promise<StoredVisit> {
  return page.evaluate<StoredVisit>(`(${read})(${JSON.stringify(visitId)})`);
}
