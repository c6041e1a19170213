import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';

// A screen opened again shows at once what it showed last time, when nothing on the device has
// changed since: each named live query's last answer is remembered (the newest few), and every
// answer is forgotten the moment a write to the device's database commits (by this device, by
// sync, or by another tab), so a remembered answer is never out of date. An answer whose read
// spanned a commit is not kept: it may have read what was there before. A screen whose answer is
// not remembered shows its loading line while it reads, as before.

/** How many answers are remembered (the most recently used are kept). */
export const REMEMBERED_MOST = 40;

/** The parts of a query's key: the values the query depends on. */
export type QueryDeps = readonly (string | number | boolean | null | undefined)[];

const remembered = new Map<string, unknown>();
/** Counts the commits seen: an answer read while one happened is not kept (it may predate it). */
let writes = 0;

function forgetAll(): void {
  writes++;
  remembered.clear();
}
Dexie.on('storagemutated', forgetAll);

function remember(key: string, answer: unknown): void {
  remembered.delete(key);
  remembered.set(key, answer);
  if (remembered.size > REMEMBERED_MOST) remembered.delete(remembered.keys().next().value!);
}

/** The remembered answer for a name and deps, if any (what the tests read). */
export function rememberedAnswer(name: string, deps: QueryDeps): unknown {
  return remembered.get(keyOf(name, deps));
}

const keyOf = (name: string, deps: QueryDeps) => `${name}\u0000${JSON.stringify(deps)}`;

/**
 * As dexie-react-hooks' useLiveQuery, for a screen's main read: `name` says which query it is (one
 * name per query function and its options), `deps` the values it reads with. Returns the answer for
 * these deps (never the answer for earlier deps), the remembered one until the live one arrives, or
 * undefined while it is read.
 */
export function useRememberedQuery<T>(name: string, deps: QueryDeps, query: () => Promise<T>): T | undefined {
  const key = keyOf(name, deps);
  const live = useLiveQuery(async () => {
    const before = writes;
    const answer = await query();
    if (writes === before) remember(key, answer);
    return { key, answer };
  }, [key]);
  if (live?.key === key) return live.answer;
  return remembered.get(key) as T | undefined;
}

/** What a screen's read ahead is given: the board shown and today's date. */
export interface ReadAheadContext {
  schoolId: string;
  today: string;
}

/** A screen's way to read its main query ahead of need, while the app is idle (see app/routes.ts). */
export type ReadAhead = (context: ReadAheadContext) => Promise<unknown>;

/**
 * Reads a query once, now, and remembers its answer as useRememberedQuery would, so the screen's
 * first opening shows it at once. Nothing is read if the answer is remembered already; nothing is
 * kept if a write commits meanwhile. Returns the answer (remembered or read), for a read ahead that
 * goes on to the screen this one opens.
 */
export async function rememberAhead<T>(name: string, deps: QueryDeps, query: () => Promise<T>): Promise<T> {
  const key = keyOf(name, deps);
  if (remembered.has(key)) return remembered.get(key) as T;
  const before = writes;
  const answer = await query();
  if (writes === before) remember(key, answer);
  return answer;
}
