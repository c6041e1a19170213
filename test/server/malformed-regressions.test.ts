// S16 regressions: the requests fast-check found that once got a 500 (a failed SQL statement) or
// the framework's own error shape; each is now a clean 4xx, or a rejection of just that mutation.
import type { InjectOptions } from 'fastify';
import { v7 } from 'uuid';
import { expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases';
import { Device, makeBoard, records, type Board } from './helpers/board';
import { expectClientError, snapshot } from './helpers/junk';

describeEachDatabase('malformed requests: regressions', (get) => {
  /** Send, then check the answer is a clean 4xx and that no table changed. */
  async function sendJunk(b: Board, req: InjectOptions, what: string): Promise<void> {
    const before = await snapshot(b.db);
    const res = await b.app.inject(req);
    expectClientError(res, what);
    expect(await snapshot(b.db), `${what}: the database changed`).toEqual(before);
  }

  const json = { 'content-type': 'application/json' };

  it('S16 regression: a sign-in email holding U+0000 or an unpaired surrogate is a 400, not a 500', async () => {
    const b = await makeBoard(get().db);
    for (const email of ['a\u0000@x.example', 'a\ud800@x.example']) {
      await sendJunk(
        b,
        { method: 'POST', url: '/api/auth/login', payload: JSON.stringify({ email, password: 'long enough password' }), headers: json },
        `login ${JSON.stringify(email)}`,
      );
    }
    const res = await b.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: JSON.stringify({ email: 'a\u0000@x.example', password: 'long enough password' }),
      headers: json,
    });
    expect(res.json()).toEqual({
      error: 'The request was not valid: email: Must not contain the null character (U+0000).',
      problems: [{ field: 'email', message: 'Must not contain the null character (U+0000)' }],
    });
  });

  it('S16 regression: accepting an invitation with a name holding U+0000 is a 400, and the invitation stays unused', async () => {
    const b = await makeBoard(get().db);
    const invite = await b.app.inject({
      method: 'POST',
      url: `/api/schools/${b.schoolId}/invites`,
      payload: { email: 'new@test.example', role: 'governor' },
      headers: b.auth('chair'),
    });
    expect(invite.statusCode).toBe(201);
    const token = invite.json().token as string;
    await sendJunk(
      b,
      {
        method: 'POST',
        url: '/api/invites/accept',
        payload: JSON.stringify({ token, name: 'New\u0000Governor', password: 'long enough password' }),
        headers: json,
      },
      'accept',
    );
    const accepted = await b.app.inject({
      method: 'POST',
      url: '/api/invites/accept',
      payload: { token, name: 'New Governor', password: 'long enough password' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
  });

  it("S16 regression: an address with a broken %-escape gets a 400 in the API's JSON shape, with its problem", async () => {
    const b = await makeBoard(get().db);
    for (const url of [`/api/schools/${b.schoolId}/members/%`, '/api/sync/pull/%E0%A4%A', `/api/schools/%ZZ/invites`]) {
      await sendJunk(b, { method: 'DELETE', url, headers: b.auth('chair') }, url);
      const res = await b.app.inject({ method: 'DELETE', url, headers: b.auth('chair') });
      expect(res.json()).toEqual({
        error: 'The address was not valid: it holds a broken %-escape.',
        problems: [{ field: '', message: 'The address was not valid: it holds a broken %-escape.' }],
      });
    }
  });

  it('S3 S16 regression: a record whose parent id is not a UUID (an area judgement with reviewId "") is rejected, not a 500', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    // fast-check's shrunk counterexample, and the same for the other kinds locked with a parent.
    const pushes = [
      { kind: 'areaJudgements', fields: { reviewId: '' } },
      { kind: 'reviewEntries', fields: { reviewId: 'not-a-uuid' } },
      { kind: 'minuteItems', fields: { meetingId: '12345' } },
    ];
    for (const { kind, fields } of pushes) {
      const before = await snapshot(b.db);
      const res = await b.push('chair', [dev.mutation(kind, v7(), 'create', fields)]);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().results[0]).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/was not saved/) });
      expect(await snapshot(b.db)).toEqual(before);
    }
  });

  it('S3 S16 regression: a record whose text or field name holds U+0000 or an unpaired surrogate is rejected alone; the rest of the push lands', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const fine = records.plan(b.schoolId, { title: 'Fine' });
    const body = JSON.stringify({
      schoolId: b.schoolId,
      mutations: [
        dev.create('plans', records.plan(b.schoolId, { title: 'a\u0000b' })),
        dev.create('plans', { ...records.plan(b.schoolId), 'x\u0000': 1 }),
        dev.create('plans', records.plan(b.schoolId, { priorities: ['\u0000'] })),
        dev.create('plans', records.plan(b.schoolId, { title: 'SURROGATE' })),
        dev.create('plans', fine),
      ],
    }).replace('"title":"SURROGATE"', '"title":"\\ud800"');
    const res = await b.app.inject({ method: 'POST', url: '/api/sync/push', payload: body, headers: { ...b.auth('chair'), ...json } });
    expect(res.statusCode, res.body).toBe(200);
    const results = res.json().results as { status: string; reason?: string; problems?: unknown }[];
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected', 'applied']);
    expect(results[0]).toMatchObject({
      reason: 'The action plan was not saved: title: Must not contain the null character (U+0000).',
      problems: [{ field: 'title', message: 'Must not contain the null character (U+0000)' }],
    });
    expect(results[1]!.reason).toBe('The action plan was not saved: Field names must not contain the null character (U+0000).');
    expect(results[2]!.reason).toBe('The action plan was not saved: priorities.0: Must not contain the null character (U+0000).');
    expect(results[3]!.reason).toBe(
      'The action plan was not saved: title: Must not contain a broken character (an unpaired UTF-16 surrogate).',
    );
    const pulled = await b.pullAll('chair');
    expect(pulled.changes.map((c) => c.id)).toEqual([fine.id]);
  });

  // --- Fixed examples at the edges -------------------------------------------------------------

  it('S16 a push over 8 MB gets 413, another route over 1 MB gets 413, 1,001 mutations get 400; nothing is written', async () => {
    const b = await makeBoard(get().db);
    const big = 'x'.repeat(8 * 1024 * 1024);
    await sendJunk(
      b,
      {
        method: 'POST',
        url: '/api/sync/push',
        payload: JSON.stringify({ schoolId: b.schoolId, mutations: [], pad: big }),
        headers: { ...b.auth('chair'), 'content-type': 'application/json' },
      },
      'push of 8 MB',
    );
    expect(
      (
        await b.app.inject({
          method: 'POST',
          url: '/api/sync/push',
          payload: JSON.stringify({ schoolId: b.schoolId, mutations: [], pad: big }),
          headers: { ...b.auth('chair'), 'content-type': 'application/json' },
        })
      ).statusCode,
    ).toBe(413);
    const login = await b.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: JSON.stringify({ email: 'a@b.example', password: 'y'.repeat(1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(login.statusCode).toBe(413);
    const dev = new Device(b.schoolId);
    const many = Array.from({ length: 1001 }, () => dev.create('plans', records.plan(b.schoolId)));
    await sendJunk(
      b,
      {
        method: 'POST',
        url: '/api/sync/push',
        payload: JSON.stringify({ schoolId: b.schoolId, mutations: many }),
        headers: { ...b.auth('chair'), 'content-type': 'application/json' },
      },
      '1,001 mutations',
    );
  });
});
