// Files travel with sync (F1, F2), on PGlite and on PostgreSQL: uploaded in chunks by SHA-256,
// resumed from the bytes received, verified whole, limited in size, downloaded only by a role that may
// see a record referring to them; a record never points at a file the server does not have.
import { createHash, randomBytes } from 'node:crypto';
import { v7 } from 'uuid';
import { expect, it } from 'vitest';
import type { Role } from '../../src/domain';
import { createSession } from '../../src/server/auth/sessions';
import { describeEachDatabase } from './helpers/databases';
import { Device, makeBoard, records, type Board } from './helpers/board';

const MB = 1024 * 1024;
const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const refOf = (bytes: Buffer, name = 'walk.jpg') => ({ sha256: hashOf(bytes), name, type: 'image/jpeg', bytes: bytes.length });

function put(b: Board, role: Role, sha256: string, total: number, offset: number, chunk: Buffer, type = 'image/jpeg') {
  return b.app.inject({
    method: 'PUT',
    url: `/api/sync/files/${sha256}`,
    query: { schoolId: b.schoolId, offset: String(offset), bytes: String(total), type },
    headers: { ...b.auth(role), 'content-type': 'application/octet-stream' },
    payload: chunk,
  });
}
const status = (b: Board, role: Role, sha256: string) =>
  b.app.inject({ method: 'GET', url: `/api/sync/files/${sha256}/status`, query: { schoolId: b.schoolId }, headers: b.auth(role) });
const download = (b: Board, role: Role, sha256: string) =>
  b.app.inject({ method: 'GET', url: `/api/sync/files/${sha256}`, query: { schoolId: b.schoolId }, headers: b.auth(role) });

/** Upload the whole file in chunks; the last answer. */
async function upload(b: Board, role: Role, bytes: Buffer, chunk = MB) {
  let res = await put(b, role, hashOf(bytes), bytes.length, 0, bytes.subarray(0, chunk));
  for (let at = chunk; at < bytes.length; at += chunk)
    res = await put(b, role, hashOf(bytes), bytes.length, at, bytes.subarray(at, at + chunk));
  return res;
}

const photoEvidence = (b: Board, file: ReturnType<typeof refOf>, visibility = 'board') =>
  records.evidence(b.schoolId, { kind: 'photo', text: '', file, visibility });

describeEachDatabase('files', (get) => {
  it('F1 a file uploaded in chunks is complete once its last byte arrives, and a member who may see its record downloads it', async () => {
    const b = await makeBoard(get().db);
    const bytes = randomBytes(2 * MB + 12_345);
    const first = await put(b, 'governor', hashOf(bytes), bytes.length, 0, bytes.subarray(0, MB));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ sha256: hashOf(bytes), bytes: bytes.length, received: MB, complete: false });
    const last = await upload(b, 'governor', bytes);
    expect(last.json()).toMatchObject({ received: bytes.length, complete: true });
    // No record refers to it yet: nobody may download it.
    expect((await download(b, 'governor', hashOf(bytes))).statusCode).toBe(404);
    const res = await b.push('governor', [new Device(b.schoolId).create('evidence', photoEvidence(b, refOf(bytes)))]);
    expect(res.json().results[0]).toMatchObject({ status: 'applied' });
    const got = await download(b, 'headteacher', hashOf(bytes));
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/octet-stream');
    expect(got.headers['x-file-type']).toBe('image/jpeg');
    expect(hashOf(got.rawPayload)).toBe(hashOf(bytes));
    // Sending a chunk of a complete file again changes nothing.
    expect((await put(b, 'chair', hashOf(bytes), bytes.length, 0, bytes.subarray(0, MB))).json()).toMatchObject({
      complete: true,
      received: bytes.length,
    });
  });

  it('F1 an interrupted upload resumes from the received offset; a chunk at the wrong offset is 409 with the right one', async () => {
    const b = await makeBoard(get().db);
    const bytes = randomBytes(300_000);
    const sha = hashOf(bytes);
    expect((await status(b, 'clerk', sha)).json()).toEqual({ sha256: sha, bytes: null, received: 0, complete: false });
    expect((await put(b, 'clerk', sha, bytes.length, 100_000, bytes.subarray(100_000, 200_000))).statusCode).toBe(409);
    await put(b, 'clerk', sha, bytes.length, 0, bytes.subarray(0, 100_000));
    // The connection drops; later (another member, even) asks how far it got and carries on.
    expect((await status(b, 'governor', sha)).json()).toEqual({ sha256: sha, bytes: bytes.length, received: 100_000, complete: false });
    const again = await put(b, 'clerk', sha, bytes.length, 0, bytes.subarray(0, 100_000));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'wrong-offset',
      received: 100_000,
      error: expect.stringContaining('send from byte 100000'),
    });
    expect((await put(b, 'governor', sha, bytes.length, 100_000, bytes.subarray(100_000))).json()).toMatchObject({ complete: true });
    const chunks = await b.db.query<{ n: number }>('SELECT count(*)::int AS n FROM file_chunks WHERE sha256 = $1', [sha]);
    expect(chunks[0]!.n).toBe(2);
  });

  it('F1 content that does not match its SHA-256 is thrown away with a 422 in words', async () => {
    const b = await makeBoard(get().db);
    const bytes = randomBytes(200_000);
    const claimed = hashOf(randomBytes(10));
    expect((await put(b, 'governor', claimed, bytes.length, 0, bytes.subarray(0, 150_000))).statusCode).toBe(200);
    const res = await put(b, 'governor', claimed, bytes.length, 150_000, bytes.subarray(150_000));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'hash-mismatch',
      error: expect.stringMatching(/does not match its SHA-256, so it was thrown away/),
    });
    expect((await status(b, 'governor', claimed)).json()).toMatchObject({ received: 0, complete: false });
    expect(await b.db.query('SELECT 1 FROM file_chunks')).toEqual([]);
  });

  it('F1 a file over 25 MB is 413, a chunk over 1 MB is 413, and bytes past the declared size are 400', async () => {
    const b = await makeBoard(get().db);
    const sha = hashOf(Buffer.from('x'));
    const big = await put(b, 'governor', sha, 25 * MB + 1, 0, Buffer.from('x'));
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatch(/files of up to 25 MB can be shared/);
    expect((await put(b, 'governor', sha, 3 * MB, 0, randomBytes(MB + 1))).statusCode).toBe(413);
    const past = await put(b, 'governor', sha, 2, 0, Buffer.from('xyz'));
    expect(past.statusCode).toBe(400);
    expect(past.json().problems).toEqual([{ field: 'bytes', message: 'Smaller than the bytes sent' }]);
    expect(await b.db.query('SELECT 1 FROM files')).toEqual([]);
  });

  it('F1 only members upload or ask; a file referred to only by a chairs-only record never reaches the headteacher', async () => {
    const b = await makeBoard(get().db);
    const bytes = randomBytes(5000);
    const signedOut = await b.app.inject({
      method: 'GET',
      url: `/api/sync/files/${hashOf(bytes)}/status`,
      query: { schoolId: b.schoolId },
    });
    expect(signedOut.statusCode).toBe(401);
    // Signed in, but not on this board: 403 to every file route, and nothing written.
    const outsider = v7();
    await b.db.query('INSERT INTO people (person_id, email, name) VALUES ($1, $2, $3)', [outsider, 'outsider@test.example', 'An outsider']);
    const headers = { authorization: `Bearer ${(await createSession(b.db, outsider)).token}` };
    const url = `/api/sync/files/${hashOf(bytes)}`;
    for (const req of [
      { method: 'GET' as const, url: `${url}/status` },
      { method: 'GET' as const, url },
      {
        method: 'PUT' as const,
        url,
        payload: bytes,
        headers: { ...headers, 'content-type': 'application/octet-stream' },
        query: { schoolId: b.schoolId, offset: '0', bytes: String(bytes.length) },
      },
    ]) {
      const res = await b.app.inject({ query: { schoolId: b.schoolId }, headers, ...req });
      expect(res.statusCode, `${req.method} ${req.url}`).toBe(403);
      expect(res.json()).toMatchObject({ code: 'not-a-member' });
    }
    expect(await b.db.query('SELECT 1 FROM files')).toEqual([]);
    await upload(b, 'chair', bytes);
    const chairs = photoEvidence(b, refOf(bytes), 'chairs');
    expect((await b.push('chair', [new Device(b.schoolId).create('evidence', chairs)])).json().results[0]).toMatchObject({
      status: 'applied',
    });
    expect((await download(b, 'vice-chair', hashOf(bytes))).statusCode).toBe(200);
    for (const role of ['headteacher', 'governor', 'officer'] as const) {
      const res = await download(b, role, hashOf(bytes));
      expect(res.statusCode, role).toBe(404);
      expect(res.json()).toEqual({
        error: 'There is no such file on this board that you can see: it may not have been uploaded yet.',
        code: 'no-file',
      });
    }
    // Once a board record refers to it too, every member may fetch it; deleted again, only the chairs.
    const board = photoEvidence(b, refOf(bytes));
    const dev = new Device(b.schoolId);
    await b.push('governor', [dev.create('evidence', board)]);
    expect((await download(b, 'headteacher', hashOf(bytes))).statusCode).toBe(200);
    await b.push('governor', [dev.delete('evidence', board.id)]);
    expect((await download(b, 'headteacher', hashOf(bytes))).statusCode).toBe(404);
  });

  it('F2 a change whose record refers to a file the server does not have is refused as file-missing, and lands once it is uploaded', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const bytes = randomBytes(40_000);
    const evidence = photoEvidence(b, refOf(bytes));
    const create = dev.create('evidence', evidence);
    const refused = (await b.push('governor', [create])).json().results[0];
    expect(refused).toEqual({
      mutationId: create.mutationId,
      status: 'rejected',
      code: 'file-missing',
      files: [hashOf(bytes)],
      reason:
        'The evidence was not saved yet: the photo “walk.jpg” has not reached the server. The device sends the files first, then this change again.',
    });
    expect(await b.db.query('SELECT 1 FROM records')).toEqual([]);
    // Half uploaded is not there either.
    await put(b, 'governor', hashOf(bytes), bytes.length, 0, bytes.subarray(0, 20_000));
    expect((await b.push('governor', [create])).json().results[0]).toMatchObject({ code: 'file-missing' });
    await put(b, 'governor', hashOf(bytes), bytes.length, 20_000, bytes.subarray(20_000));
    expect((await b.push('governor', [create])).json().results[0]).toMatchObject({ status: 'applied', version: 1 });
  });

  it('F2 a checklist answer gaining a photo is checked as it would be after the change; a deletion never is', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const have = randomBytes(1000);
    const lack = randomBytes(1000);
    await upload(b, 'governor', have);
    const now = new Date().toISOString();
    const response = {
      ...{ id: v7(), schoolId: b.schoolId, createdAt: now, updatedAt: now, deleted: false, visibility: 'board' },
      ...{ visitId: v7(), itemId: 'sign-in', note: '', photos: [refOf(have, 'a.jpg')], actionIds: [], evidenceIds: [], answeredAt: now },
    };
    expect((await b.push('governor', [dev.create('visitResponses', response)])).json().results[0]).toMatchObject({ status: 'applied' });
    const gain = dev.update('visitResponses', response.id, { answer: { type: 'photo', value: [refOf(lack, 'b.jpg')] } });
    expect((await b.push('governor', [gain])).json().results[0]).toMatchObject({ code: 'file-missing', files: [hashOf(lack)] });
    await b.db.query('DELETE FROM files WHERE sha256 = $1', [hashOf(have)]); // lost meanwhile
    expect((await b.push('governor', [dev.delete('visitResponses', response.id)])).json().results[0]).toMatchObject({ status: 'applied' });
  });
});
