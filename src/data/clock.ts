import { v7 } from 'uuid';
import { receiveHlc, tickHlcMany, type HlcStamp } from '../domain/hlc';
import type { StewardDb } from './db';

/**
 * This device's id, made once and kept. It is the node id of the device's clock. Call inside a
 * transaction that includes `meta`, or on its own.
 */
export async function deviceIdOf(store: StewardDb): Promise<string> {
  return store.transaction('rw', store.meta, async () => {
    const row = await store.meta.get('deviceId');
    if (row) return row.value;
    const deviceId = v7();
    await store.meta.put({ key: 'deviceId', value: deviceId });
    return deviceId;
  });
}

/**
 * The next `count` stamps of the device's clock, in order, saving the clock. Call inside the
 * transaction that writes the changes (it must include `meta`), so two tabs never share a stamp.
 */
export async function nextStamps(store: StewardDb, count: number, nowMs: number = Date.now()): Promise<HlcStamp[]> {
  const [device, clock] = await store.meta.bulkGet(['deviceId', 'clock']);
  const deviceId = device?.value ?? (await deviceIdOf(store));
  const stamps = tickHlcMany(clock?.value ?? null, count, nowMs, deviceId);
  if (count > 0) await store.meta.put({ key: 'clock', value: stamps[count - 1]! });
  return stamps;
}

/** Move the device's clock past a stamp seen from elsewhere (for sync, on pulling changes). */
export async function receiveStamp(store: StewardDb, remote: HlcStamp, nowMs: number = Date.now()): Promise<HlcStamp> {
  return store.transaction('rw', store.meta, async () => {
    const deviceId = await deviceIdOf(store);
    const row = await store.meta.get('clock');
    const clock = receiveHlc(row?.value ?? null, remote, nowMs, deviceId);
    await store.meta.put({ key: 'clock', value: clock });
    return clock;
  });
}
