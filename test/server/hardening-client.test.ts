// The device's side of the hardening (issue 11) and of the protocol version (S19), on the app's sync
// engine against the real server on PGlite.
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecord } from '../../src/data';
import { tickHlc, wire } from '../../src/domain';
import { openPglite } from '../../src/server/db/pglite';
import type { SqlClient } from '../../src/server/db';
import { changesNeedingAttention, changesWaiting } from '../../src/sync';
import { TOO_LARGE_REASON } from '../../src/sync/cycle';
import { pgliteTemplate } from './helpers/pgliteTemplate';
import { makeBoard } from './helpers/board';
import { injectFetch } from './helpers/sim';
import { chairWithSchool, deleteStores, device, planInput, synced } from './helpers/clientDevice';

let db: SqlClient;
beforeAll(async () => {
  db = await openPglite(undefined, await pgliteTemplate(true));
});
afterAll(async () => {
  await deleteStores();
  await db?.close();
});

describe('the device and the server’s limits', () => {
  it('S16 C1 a change too large for the server waits under Needs attention, not retried; the rest of the outbox is sent', async () => {
    const b = await makeBoard(db);
    await b.app.listen({ port: 0, host: '127.0.0.1' });
    const serverUrl = `http://127.0.0.1:${(b.app.server.address() as AddressInfo).port}`;
    await chairWithSchool(b);
    const chair = await device(b, 'chair', { fetch: (url, init) => fetch(url, init), serverUrl });
    await synced(chair);
    await createRecord('plans', b.schoolId, planInput('Before'), chair.store);
    // A change no device could make through the screens (each field has a maximum), as an older build might have stored it.
    const at = new Date().toISOString();
    await chair.store.outbox.add({
      mutationId: v7(),
      schoolId: b.schoolId,
      kind: 'plans',
      recordId: v7(),
      op: 'update',
      fields: { title: 'x'.repeat(wire.PUSH_BODY_LIMIT), updatedAt: at },
      hlc: tickHlc(null, Date.now(), 'bigdevice'),
      createdAt: at,
    });
    await createRecord('plans', b.schoolId, planInput('After'), chair.store);
    const outcome = await synced(chair);
    expect(outcome).toMatchObject({ ok: true, pushed: 2, rejected: 1 });
    const [refused] = await changesNeedingAttention(chair.store, b.schoolId);
    expect(refused!.reason).toBe(TOO_LARGE_REASON);
    expect(await changesWaiting(chair.store, b.schoolId)).toBe(0);
    const plans = await db.query<{ title: string }>("SELECT data->>'title' AS title FROM records WHERE kind = 'plans' ORDER BY version");
    expect(plans.map((p) => p.title)).toEqual(['Before', 'After']);
  });

  it('S19 a device speaking an older protocol is told to update the app and loses nothing; once updated, its changes go', async () => {
    const b = await makeBoard(db);
    await chairWithSchool(b);
    const inject = injectFetch(() => b.app);
    let updated = false;
    const old = (url: string, init: RequestInit = {}) =>
      inject(url, updated ? init : { ...init, headers: { ...(init.headers as Record<string, string>), [wire.PROTOCOL_HEADER]: '1' } });
    const chair = await device(b, 'chair', { fetch: old });
    await createRecord('plans', b.schoolId, planInput('Written on an old app'), chair.store);
    const outcome = await chair.engine.syncNow();
    expect(outcome.ok).toBe(false);
    expect(chair.engine.getStatus()).toEqual({
      state: 'update-needed',
      message:
        'This version of Steward is too old for the board’s server: update the app to sync. Your changes are kept on this device and are sent once it is updated.',
    });
    expect(await changesWaiting(chair.store, b.schoolId)).toBe(1);
    expect(await changesNeedingAttention(chair.store, b.schoolId)).toEqual([]);
    updated = true;
    expect(await synced(chair)).toMatchObject({ pushed: 1, rejected: 0 });
    expect(await changesWaiting(chair.store, b.schoolId)).toBe(0);
  });

  it('S19 an answer that does not fit the contract is not trusted: the device is told to update, and keeps its changes', async () => {
    const b = await makeBoard(db);
    await chairWithSchool(b);
    const inject = injectFetch(() => b.app);
    const garbled = async (url: string, init?: RequestInit) => {
      const res = await inject(url, init);
      if (!url.includes('/api/sync/push')) return res;
      return new Response(JSON.stringify({ results: 'all fine' }), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const chair = await device(b, 'chair', { fetch: garbled });
    await createRecord('plans', b.schoolId, planInput('Kept'), chair.store);
    const outcome = await chair.engine.syncNow();
    expect(outcome.ok || outcome.error.kind).toBe('update-needed');
    expect(await changesWaiting(chair.store, b.schoolId)).toBe(1);
  });
});
