// The sync bench's pulling devices (test/bench/sync.ts): one pull over real HTTP, many devices
// pulling at once (closed loop or paced), and a fresh device's first sync, optionally written into
// a Dexie StewardDb on fake-indexeddb.
import 'fake-indexeddb/auto';
import { v7 } from 'uuid';
import { protocolHeader } from './sync-setup';
import { openDb } from '../../src/data';
import { recordKinds, type RecordKind } from '../../src/domain';

interface Page {
  changes: { kind: RecordKind; id: string; data?: Record<string, unknown>; withdrawn?: true }[];
  cursor: number;
  more: boolean;
}

export async function pullOnce(
  base: string,
  token: string,
  schoolId: string,
  since: number,
  limit = 1000,
): Promise<{ page: Page; bytes: number }> {
  const q = new URLSearchParams({ schoolId, since: String(since), limit: String(limit) });
  const res = await fetch(`${base}/api/sync/pull?${q}`, { headers: { authorization: `Bearer ${token}`, ...protocolHeader } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`pull answered ${res.status}: ${text.slice(0, 300)}`);
  return { page: JSON.parse(text) as Page, bytes: Buffer.byteLength(text) };
}

/** `clients` devices at once, each pulling `pulls` times in a row since `since`: each request's time, ms. */
export async function pullLoad(
  base: string,
  tokens: string[],
  schoolId: string,
  since: number,
  clients: number,
  pulls: number,
): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const token = tokens[i % tokens.length]!;
      for (let n = 0; n < pulls; n += 1) {
        const t0 = performance.now();
        const { page } = await pullOnce(base, token, schoolId, since, 500);
        times.push(performance.now() - t0);
        if (page.changes.length === 0) throw new Error('the pull load expected a few changes in each answer');
      }
    }),
  );
  return times;
}

/**
 * `clients` devices each pulling on average once every `gapMs` (random gaps, so they do not pull in
 * step) for `seconds`: the offered load is clients × 1000 / gapMs pulls a second, whatever the
 * answers' speed. Each request's time, ms.
 */
export async function pacedPullLoad(
  base: string,
  tokens: string[],
  schoolId: string,
  since: number,
  clients: number,
  gapMs: number,
  seconds: number,
): Promise<number[]> {
  const times: number[] = [];
  const end = performance.now() + seconds * 1000;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const token = tokens[i % tokens.length]!;
      await sleep(Math.random() * gapMs);
      while (performance.now() < end) {
        const t0 = performance.now();
        await pullOnce(base, token, schoolId, since, 500);
        const took = performance.now() - t0;
        times.push(took);
        await sleep(Math.max(0, gapMs * 2 * Math.random() - took));
      }
    }),
  );
  return times;
}

/** A fresh device's first sync: every page from 0; with `apply`, each page written into a new Dexie StewardDb. */
export async function firstSync(
  base: string,
  token: string,
  schoolId: string,
  apply: boolean,
): Promise<{ ms: number; records: number; pages: number; bytes: number }> {
  const store = apply ? openDb(`bench-sync-${v7()}`) : null;
  await store?.open();
  try {
    const t0 = performance.now();
    let cursor = 0;
    let records = 0;
    let pages = 0;
    let bytes = 0;
    for (;;) {
      const { page, bytes: b } = await pullOnce(base, token, schoolId, cursor);
      pages += 1;
      bytes += b;
      records += page.changes.length;
      if (store) {
        const byKind = new Map<RecordKind, Record<string, unknown>[]>();
        const gone = new Map<RecordKind, string[]>();
        for (const c of page.changes) {
          if (c.withdrawn) gone.set(c.kind, [...(gone.get(c.kind) ?? []), c.id]);
          else byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c.data!]);
        }
        const kinds = [...new Set([...byKind.keys(), ...gone.keys()])];
        await store.transaction(
          'rw',
          kinds.map((k) => store.table(k)),
          async () => {
            for (const [kind, rows] of byKind) await store.table(kind).bulkPut(rows);
            for (const [kind, ids] of gone) await store.table(kind).bulkDelete(ids);
          },
        );
      }
      cursor = page.cursor;
      if (!page.more) break;
    }
    const ms = performance.now() - t0;
    if (store) {
      const held = (await Promise.all(Object.keys(recordKinds).map((k) => store.table(k).count()))).reduce((a, b) => a + b, 0);
      if (held !== records) throw new Error(`the device holds ${held} records after pulling ${records}`);
    }
    return { ms, records, pages, bytes };
  } finally {
    await store?.delete();
  }
}
