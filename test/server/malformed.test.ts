// S16: whatever a client sends, the API answers a 4xx with a JSON error (or, for a well-formed push,
// a per-mutation answer): never a 5xx. Property tests with fast-check, on PGlite.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordKindNames, type Role } from '../../src/domain';
import type { SqlClient } from '../../src/server/db';
import { openFresh } from './helpers/databases';
import { makeBoard, type Board } from './helpers/board';

let db: SqlClient;
let drop: () => Promise<void>;
let b: Board;

beforeAll(async () => {
  ({ db, drop } = await openFresh('pglite', true));
}, 60_000);
afterAll(async () => {
  await drop?.();
});

const runs = { numRuns: 60 };

function expectClientError(res: { statusCode: number; headers: Record<string, unknown>; body: string }, what: string) {
  expect(res.statusCode, `${what}: ${res.body}`).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, `${what}: ${res.body}`).toBeLessThan(500);
  expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
  const body = JSON.parse(res.body) as { error?: unknown; problems?: unknown };
  expect(typeof body.error).toBe('string');
  if (res.statusCode === 400) expect(Array.isArray(body.problems)).toBe(true);
}

const routes = (board: Board) => [
  { method: 'POST' as const, url: '/api/sync/push' },
  { method: 'POST' as const, url: '/api/auth/login' },
  { method: 'POST' as const, url: '/api/invites/accept' },
  { method: 'POST' as const, url: `/api/schools/${board.schoolId}/invites` },
  { method: 'PATCH' as const, url: `/api/schools/${board.schoolId}/members/${board.personIds.governor}` },
];

it('S16 any JSON body that is not what a route takes gets a 4xx JSON answer with its problems', async () => {
  b = await makeBoard(db);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...routes(b)), fc.jsonValue(), fc.constantFrom<Role>('chair', 'governor'), async (route, body, role) => {
      const res = await b.app.inject({ ...route, payload: JSON.stringify(body), headers: { ...b.auth(role), 'content-type': 'application/json' } });
      if (res.statusCode === 200 || res.statusCode === 201) return; // by chance a valid request (e.g. a role change to a valid role)
      expectClientError(res, `${route.method} ${route.url} ${JSON.stringify(body)}`);
    }),
    runs,
  );
});

it('S16 bytes that are not JSON, or not JSON at all, get a 4xx JSON answer', async () => {
  b = await makeBoard(db);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...routes(b)), fc.string(), fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'), async (route, text, type) => {
      const res = await b.app.inject({ ...route, payload: text, headers: { ...b.auth('chair'), 'content-type': type } });
      if (res.statusCode < 300) return; // "123" or "null" parse as JSON values some routes may answer
      expectClientError(res, `${route.url} ${type} ${JSON.stringify(text)}`);
    }),
    runs,
  );
});

it('S16 pushes of well-formed mutations with any fields get an answer per mutation, never a 5xx', async () => {
  b = await makeBoard(db);
  const field = fc.oneof(fc.constantFrom('id', 'schoolId', 'createdAt', 'updatedAt', 'deleted', 'visibility', 'title', 'status', 'reviewId', 'meetingId', 'finish'), fc.string());
  const mutation = fc.record({
    mutationId: fc.uuid({ version: 7 }),
    kind: fc.oneof(fc.constantFrom(...recordKindNames), fc.string({ minLength: 1, maxLength: 64 })),
    recordId: fc.oneof(fc.constant(b.schoolId), fc.uuid({ version: 7 })),
    op: fc.constantFrom('create', 'update', 'delete'),
    fields: fc.dictionary(field, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }),
    hlc: fc.integer({ min: 0, max: Date.now() + 3_600_000 }).map((ms) => `${String(ms).padStart(15, '0')}-000000-fuzz`),
  });
  await fc.assert(
    fc.asyncProperty(fc.array(mutation, { maxLength: 5 }), fc.constantFrom<Role>('chair', 'headteacher'), async (mutations, role) => {
      const res = await b.push(role, mutations as never);
      expect(res.statusCode, res.body).toBe(200);
      const results = res.json().results as { status: string; reason?: string }[];
      expect(results).toHaveLength(mutations.length);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toEqual(expect.any(String));
    }),
    runs,
  );
});

it('S16 any pull query gets a page or a 4xx JSON answer', async () => {
  b = await makeBoard(db);
  const value = fc.oneof(fc.string(), fc.integer().map(String), fc.constant(b.schoolId));
  await fc.assert(
    fc.asyncProperty(fc.dictionary(fc.constantFrom('schoolId', 'since', 'limit', 'other'), value), async (query) => {
      const res = await b.app.inject({ method: 'GET', url: '/api/sync/pull', query, headers: b.auth('governor') });
      if (res.statusCode === 200) expect(res.json()).toHaveProperty('cursor');
      else expectClientError(res, JSON.stringify(query));
    }),
    runs,
  );
});
