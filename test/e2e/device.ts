// What a device holds, read from inside the page: every record of a table of its IndexedDB ("steward").
import type { Page } from 'playwright-core';

/** Every row of one of the device's tables (records, outbox, meta…), as stored. */
export function recordsOnDevice<T = { id: string; [k: string]: unknown }>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const open = indexedDB.open('steward');
    const db = await new Promise<IDBDatabase>(
      (res, rej) => ((open.onsuccess = () => res(open.result)), (open.onerror = () => rej(open.error))),
    );
    const rows = await new Promise<unknown[]>((res, rej) => {
      const r = db.transaction(name).objectStore(name).getAll();
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    db.close();
    return rows;
  }, table) as Promise<T[]>;
}
