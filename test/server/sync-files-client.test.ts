// Files with the app's sync engine (src/sync/files.ts) against the real server on PGlite: uploaded
// before the change that refers to them, resumed after a cut-off, fetched by the other devices after
// their pull, and a change whose file has gone from the device held for "Needs attention".
import 'fake-indexeddb/auto';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import type { Role } from '../../src/domain';
import { createRecord, openDb, storeFile, updateRecord, type StewardDb } from '../../src/data';
import { sha256Hex } from '../../src/domain';
import { openPglite } from '../../src/server/db/pglite';
import type { SqlClient } from '../../src/server/db';
import { alwaysOnline, changesNeedingAttention, SyncEngine, type FetchLike } from '../../src/sync';
import { saveSession } from '../../src/sync/session';
import { pgliteTemplate } from './helpers/pgliteTemplate';
import { makeBoard, type Board } from './helpers/board';
import { injectFetch } from './helpers/sim';

const MB = 1024 * 1024;
let db: SqlClient;
beforeAll(async () => {
  db = await openPglite(undefined, await pgliteTemplate(true));
});
afterAll(async () => {
  await db?.close();
});

interface Dev {
  store: StewardDb;
  engine: SyncEngine;
}

async function device(b: Board, role: Role, fetch: FetchLike = injectFetch(() => b.app), attempts = 4): Promise<Dev> {
  const store = openDb(`files-${role}-${v7()}`);
  const engine = new SyncEngine({ store, network: alwaysOnline, fetch, sleep: async () => undefined, attempts });
  await saveSession(store, {
    serverUrl: 'http://test.invalid',
    token: b.tokens[role],
    expiresAt: '2099-01-01T00:00:00.000Z',
    person: { id: b.personIds[role], name: `The ${role}`, email: `${role}@test.example` },
    boards: [{ schoolId: b.schoolId, schoolName: 'Test Primary School', role: role }],
  });
  return { store, engine };
}

/** A photo kept on the device and a piece of evidence referring to it, as the visit screens make them. */
async function photoEvidence(d: Dev, b: Board, bytes: Buffer, name = 'corridor.jpg') {
  const file = await storeFile(new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), name, d.store);
  const evidence = await createRecord(
    'evidence',
    b.schoolId,
    { kind: 'photo', title: 'Corridor display', file, recordedBy: 'The governor', recordedAt: new Date().toISOString(), supports: [] },
    d.store,
  );
  return { file, evidence };
}

const sync = async (d: Dev) => d.engine.syncNow();
const put = (init?: RequestInit) => init?.method === 'PUT';

describe('files with the sync engine', () => {
  it('F1 C4 an interrupted upload resumes from the received offset, and the chair’s device fetches the file after its pull', async () => {
    const b = await makeBoard(db);
    const inject = injectFetch(() => b.app);
    const offsets: number[] = [];
    let cutOff = true;
    const flaky: FetchLike = async (url, init) => {
      if (put(init)) offsets.push(Number(new URL(url).searchParams.get('offset')));
      const res = await inject(url, init);
      // The second chunk reaches the server, but the connection drops before its answer comes back.
      if (put(init) && offsets.length === 2 && cutOff) {
        cutOff = false;
        throw new TypeError('network connection lost');
      }
      return res;
    };
    const governor = await device(b, 'governor', flaky, 1);
    const bytes = randomBytes(2 * MB + 500_000);
    const { file, evidence } = await photoEvidence(governor, b, bytes);

    const first = await sync(governor);
    expect(first).toMatchObject({ ok: false, error: { kind: 'offline' } });
    const half = await db.query<{ received: number }>('SELECT received FROM files WHERE sha256 = $1', [file.sha256]);
    expect(half[0]!.received).toBe(2 * MB);
    expect(await db.query('SELECT 1 FROM records WHERE id = $1', [evidence.id])).toEqual([]); // F2: not before its file

    expect(await sync(governor)).toMatchObject({ ok: true, pushed: 1, rejected: 0 });
    expect(offsets).toEqual([0, MB, 2 * MB]); // went on from 2 MB, never from 0 again
    expect(await governor.store.outbox.count()).toBe(0);

    const chair = await device(b, 'chair');
    expect(await sync(chair)).toMatchObject({ ok: true });
    expect(await chair.store.records('evidence').get(evidence.id)).toMatchObject({ file });
    const fetched = await chair.store.files.get(file.sha256);
    expect(fetched).toMatchObject({ sha256: file.sha256, type: 'image/jpeg', bytes: bytes.length });
    expect(await sha256Hex(await fetched!.blob.arrayBuffer())).toBe(file.sha256);
  });

  it('F1 C4 a file that fails to download never holds up the pull, and arrives at the next sync', async () => {
    const b = await makeBoard(db);
    const governor = await device(b, 'governor');
    const { file, evidence } = await photoEvidence(governor, b, randomBytes(50_000));
    expect(await sync(governor)).toMatchObject({ ok: true, pushed: 1 });
    const inject = injectFetch(() => b.app);
    let filesDown = true;
    const chair = await device(b, 'chair', (url, init) =>
      filesDown && url.includes('/api/sync/files/') ? Promise.reject(new TypeError('offline')) : inject(url, init),
    );
    expect(await sync(chair)).toMatchObject({ ok: true });
    expect(await chair.store.records('evidence').get(evidence.id)).toBeDefined();
    expect(await chair.store.files.get(file.sha256)).toBeUndefined();
    filesDown = false;
    expect(await sync(chair)).toMatchObject({ ok: true });
    expect(await chair.store.files.get(file.sha256)).toMatchObject({ bytes: 50_000 });
  });

  it('F2 C4 a file-missing answer while the device still has the file is not "Needs attention": it uploads and sends again', async () => {
    const b = await makeBoard(db);
    const inject = injectFetch(() => b.app);
    let lie = true;
    const answers: unknown[] = [];
    // A status answer that is wrong (the server lost the file since): the device skips the upload.
    const fetch: FetchLike = async (url, init) => {
      if (url.includes('/push')) {
        const res = await inject(url, init);
        answers.push(...((await res.clone().json()) as { results: unknown[] }).results);
        return res;
      }
      if (lie && url.includes('/status')) {
        lie = false;
        return new Response(JSON.stringify({ sha256: '', bytes: 1, received: 1, complete: true }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      }
      return inject(url, init);
    };
    const governor = await device(b, 'governor', fetch);
    // A checklist answer with a photo, then its note: the second change depends on the first.
    const file = await storeFile(
      new Blob([new Uint8Array(randomBytes(10_000))], { type: 'image/jpeg' }),
      'sign-in desk.jpg',
      governor.store,
    );
    const response = await createRecord(
      'visitResponses',
      b.schoolId,
      { visitId: v7(), itemId: 'sign-in', photos: [file], answeredAt: new Date().toISOString() },
      governor.store,
    );
    await updateRecord('visitResponses', response.id, { note: 'Signed in at reception.' }, governor.store);
    expect(await sync(governor)).toMatchObject({ ok: true, pushed: 2, rejected: 0 });
    // First push: the photo's record is refused for want of the file, so its note has no record yet;
    // after the upload both are sent again, in order, and land.
    expect(answers).toEqual([
      expect.objectContaining({ status: 'rejected', code: 'file-missing' }),
      expect.objectContaining({ status: 'rejected', reason: expect.stringMatching(/^There is no checklist answer with this id/) }),
      expect.objectContaining({ status: 'applied', version: 1 }),
      expect.objectContaining({ status: 'applied', version: 2 }),
    ]);
    expect(await changesNeedingAttention(governor.store, b.schoolId)).toEqual([]);
    const stored = await db.query<{ data: { note: string; photos: unknown[] } }>('SELECT data FROM records WHERE id = $1', [response.id]);
    expect(stored[0]!.data).toMatchObject({ note: 'Signed in at reception.', photos: [file] });
  });

  it('F2 C1 C4 a change whose file has gone from the device and never reached the server goes to "Needs attention" with the reason', async () => {
    const b = await makeBoard(db);
    const governor = await device(b, 'governor');
    const { file } = await photoEvidence(governor, b, randomBytes(3000), 'reading corner.jpg');
    await governor.store.files.delete(file.sha256);
    expect(await sync(governor)).toMatchObject({ ok: true, pushed: 0, rejected: 1 });
    const attention = await changesNeedingAttention(governor.store, b.schoolId);
    expect(attention).toEqual([
      expect.objectContaining({
        what: 'New evidence “Corridor display”',
        reason:
          'The photo “reading corner.jpg” is no longer on this device and has not reached the server, so this change cannot be shared. Discard it, then add the file again.',
      }),
    ]);
    expect(await db.query('SELECT 1 FROM files')).toEqual([]);
  });
});
