/**
 * A hybrid logical clock (Kulkarni et al., 2014): wall-clock milliseconds plus a counter, so that
 * stamps from one device always go up, even when its clock is set back, and a stamp received from
 * another device is always followed by later ones. Sync uses it for last-writer-wins per field.
 *
 * A stamp is a string that sorts in time order as plain text:
 *   "001767225600000-000000-<node id>"
 *    └ wall ms, 15 digits └ counter, 6 digits └ the device that made it (breaks ties)
 */
export type HlcStamp = string;

export interface HlcParts {
  wallMs: number;
  counter: number;
  nodeId: string;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;
/** When the counter would pass this, the clock moves on a millisecond instead. */
export const MAX_HLC_COUNTER = 10 ** COUNTER_DIGITS - 1;
const MAX_WALL_MS = 10 ** WALL_DIGITS - 1;
const NODE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const STAMP = /^(\d{15})-(\d{6})-([A-Za-z0-9_-]{1,64})$/;

/** The smallest stamp: earlier than any real one. */
export const HLC_ZERO: HlcStamp = `${'0'.repeat(WALL_DIGITS)}-${'0'.repeat(COUNTER_DIGITS)}-0`;

export function formatHlc({ wallMs, counter, nodeId }: HlcParts): HlcStamp {
  if (!Number.isInteger(wallMs) || wallMs < 0 || wallMs > MAX_WALL_MS) throw new RangeError(`Clock time out of range: ${wallMs}`);
  if (!Number.isInteger(counter) || counter < 0 || counter > MAX_HLC_COUNTER)
    throw new RangeError(`Clock counter out of range: ${counter}`);
  if (!NODE_ID.test(nodeId)) throw new RangeError(`Not a valid device id for the clock: "${nodeId}"`);
  return `${String(wallMs).padStart(WALL_DIGITS, '0')}-${String(counter).padStart(COUNTER_DIGITS, '0')}-${nodeId}`;
}

export function parseHlc(stamp: HlcStamp): HlcParts {
  const m = STAMP.exec(stamp);
  if (!m) throw new RangeError(`Not a clock stamp: "${stamp}"`);
  return { wallMs: Number(m[1]), counter: Number(m[2]), nodeId: m[3]! };
}

export const isHlcStamp = (value: unknown): value is HlcStamp => typeof value === 'string' && STAMP.test(value);

/** Negative if a is earlier, positive if later, 0 if the same stamp. */
export function compareHlc(a: HlcStamp, b: HlcStamp): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two stamps. */
export const maxHlc = (a: HlcStamp, b: HlcStamp): HlcStamp => (compareHlc(a, b) >= 0 ? a : b);

/** Wall time and counter, moving on a millisecond when the counter is full. */
function settle(wallMs: number, counter: number, nodeId: string): HlcStamp {
  return counter > MAX_HLC_COUNTER ? formatHlc({ wallMs: wallMs + 1, counter: 0, nodeId }) : formatHlc({ wallMs, counter, nodeId });
}

/**
 * The next stamp for a change made on this device. `prev` is the last stamp this device made or
 * received (null on a new device).
 */
export function tickHlc(prev: HlcStamp | null, nowMs: number, nodeId: string): HlcStamp {
  const now = Math.floor(nowMs);
  if (prev === null) return formatHlc({ wallMs: now, counter: 0, nodeId });
  const last = parseHlc(prev);
  if (now > last.wallMs) return formatHlc({ wallMs: now, counter: 0, nodeId });
  return settle(last.wallMs, last.counter + 1, nodeId);
}

/** The next `count` stamps in order, as `count` calls of tickHlc would give (for saving many changes at once). */
export function tickHlcMany(prev: HlcStamp | null, count: number, nowMs: number, nodeId: string): HlcStamp[] {
  const stamps = new Array<HlcStamp>(count);
  if (count <= 0) return [];
  const first = parseHlc(tickHlc(prev, nowMs, nodeId));
  let { wallMs, counter } = first;
  const suffix = `-${first.nodeId}`;
  for (let i = 0; i < count; i++) {
    if (counter > MAX_HLC_COUNTER) {
      wallMs += 1;
      counter = 0;
    }
    stamps[i] = `${String(wallMs).padStart(WALL_DIGITS, '0')}-${String(counter).padStart(COUNTER_DIGITS, '0')}${suffix}`;
    counter += 1;
  }
  return stamps;
}

/**
 * The device's new clock after seeing a stamp from elsewhere (e.g. a change pulled from the
 * server): later than both the local clock and the remote stamp.
 */
export function receiveHlc(local: HlcStamp | null, remote: HlcStamp, nowMs: number, nodeId: string): HlcStamp {
  const now = Math.floor(nowMs);
  const r = parseHlc(remote);
  const l = local === null ? { wallMs: -1, counter: -1 } : parseHlc(local);
  const wallMs = Math.max(now, l.wallMs, r.wallMs);
  let counter: number;
  if (wallMs === l.wallMs && wallMs === r.wallMs) counter = Math.max(l.counter, r.counter) + 1;
  else if (wallMs === l.wallMs) counter = l.counter + 1;
  else if (wallMs === r.wallMs) counter = r.counter + 1;
  else counter = 0;
  return settle(wallMs, counter, nodeId);
}
