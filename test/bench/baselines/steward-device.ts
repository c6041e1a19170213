// A Steward device in the browser for the side-by-side bench (test/bench/sync-vs-pouchdb.ts): the
// app's own sync code (src/sync/cycle.ts pullAll, src/sync/api.ts, src/data openDb on the browser's
// IndexedDB), bundled by the bench and run in a page on the Steward server's origin. Sets
// `window.stewardDevice`.
import { openDb } from '../../../src/data';
import { recordKindNames } from '../../../src/domain';
import { SyncApi } from '../../../src/sync/api';
import { pullAll } from '../../../src/sync/cycle';

/**
 * A fresh device's first sync of one board, as the app does it (pages of 500): ms until every record
 * is in IndexedDB, and of those the ms spent fetching, parsing and checking pages (the rest is storing them).
 */
async function firstSync(token: string, schoolId: string): Promise<{ ms: number; fetchMs: number; records: number }> {
  const store = openDb(`bench-first-sync-${crypto.randomUUID()}`);
  await store.open();
  const api = new SyncApi(
    location.origin,
    (url, init) => fetch(url, init),
    () => token,
  );
  let fetchMs = 0;
  const timed = Object.assign(Object.create(api) as SyncApi, {
    pull: async (...args: Parameters<SyncApi['pull']>) => {
      const t = performance.now();
      const page = await api.pull(...args);
      fetchMs += performance.now() - t;
      return page;
    },
  });
  const t0 = performance.now();
  const pulled = await pullAll(store, timed, schoolId, { batchSize: 100, pageSize: 500, now: () => Date.now() });
  const ms = performance.now() - t0;
  const counts = await Promise.all(recordKindNames.map((k) => store.table(k).count()));
  const records = counts.reduce((a, b) => a + b, 0);
  if (records !== pulled) throw new Error(`the device holds ${records} records after pulling ${pulled}`);
  store.close();
  return { ms, fetchMs, records };
}

(window as unknown as { stewardDevice: unknown }).stewardDevice = { firstSync };
