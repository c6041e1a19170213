// S16: bodies nested too deep, too wide, or too large, to every route: always a 4xx JSON answer,
// never a 5xx, and no table changes but the sign-in counter (a sign-in try is counted before its
// body's password is checked, A2). Property tests with fast-check, on PGlite and on PostgreSQL, in
// the style of malformed.test.ts; FUZZ_RUNS sets the runs per property.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { wire, type Role } from '../../src/domain';
import { describeEachDatabase } from './helpers/databases';
import { makeBoard, type Board } from './helpers/board';
import { anyJson, expectClientError, routesOf, RUNS, snapshot, timeout, type Route } from './helpers/junk';

/** Every table but the sign-in counter. */
const tablesBut = async (b: Board) => (await snapshot(b.db)).filter((t) => !t.startsWith('login_attempts:'));

const keys = fc.constantFrom('email', 'password', 'schoolId', 'mutations', 'fields', 'name', 'token', 'role', 'x');

/** JSON text nested `depth` levels around a value, through arrays and objects. */
const nestedBody = fc
  .record({
    depth: fc.integer({ min: wire.MAX_JSON_DEPTH + 1, max: wire.MAX_JSON_DEPTH * 300 }),
    inner: anyJson,
    wrappers: fc.array(fc.oneof(fc.constant<null>(null), keys), { minLength: 1, maxLength: 8 }),
  })
  .map(({ depth, inner, wrappers }) => {
    let open = '';
    let close = '';
    for (let i = 0; i < depth; i++) {
      const key = wrappers[i % wrappers.length];
      open += key === null ? '[' : `{"${key}":`;
      close = (key === null ? ']' : '}') + close;
    }
    return `${open}${JSON.stringify(inner) ?? 'null'}${close}`;
  });

/** An array or object wider than the limit, at the top or inside a field. */
const wideBody = fc
  .record({ extra: fc.integer({ min: 1, max: 2000 }), asObject: fc.boolean(), under: fc.option(keys, { nil: undefined }) })
  .map(({ extra, asObject, under }) => {
    const n = wire.MAX_JSON_WIDTH + extra;
    const wide = asObject ? `{${Array.from({ length: n }, (_, i) => `"k${i}":0`).join(',')}}` : `[${Array(n).fill('0').join(',')}]`;
    return under ? `{"${under}":${wide}}` : wide;
  });

describeEachDatabase('bounded bodies', (get) => {
  async function sendShape(b: Board, route: Route, role: Role, payload: string, what: string): Promise<void> {
    const before = await tablesBut(b);
    const res = await b.app.inject({
      method: route.method,
      url: route.url,
      payload,
      headers: { ...(route.auth === 'member' ? b.auth(role) : {}), 'content-type': 'application/json' },
    });
    expectClientError(res, `${what} → ${route.method} ${route.url}`);
    expect(await tablesBut(b), `${what}: a table changed`).toEqual(before);
  }
  const bodyRoutes = (b: Board) => routesOf(b).filter((r) => r.method !== 'GET');

  it(
    'S16 JSON nested past the limit, to every route, gets a 4xx before anything walks it, and writes nothing',
    async () => {
      const b = await makeBoard(get().db);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...bodyRoutes(b)),
          nestedBody,
          fc.constantFrom<Role>('chair', 'governor'),
          async (route, body, role) => {
            await sendShape(b, route, role, body, `nested ${body.length} characters`);
          },
        ),
        { numRuns: RUNS },
      );
    },
    timeout,
  );

  it(
    'S16 a list or object wider than the limit, to every route, gets a 4xx and writes nothing',
    async () => {
      const b = await makeBoard(get().db);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...bodyRoutes(b)), wideBody, async (route, body) => {
          await sendShape(b, route, 'chair', body, `wide ${body.length} characters`);
        }),
        { numRuns: Math.max(10, Math.round(RUNS / 4)) },
      );
    },
    timeout,
  );

  it(
    'S16 a body over its route’s limit, to every route, gets a 413 and writes nothing',
    async () => {
      const b = await makeBoard(get().db);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...bodyRoutes(b)), fc.integer({ min: 1, max: 4096 }), async (route, over) => {
          const limit = route.url === '/api/sync/push' ? wire.PUSH_BODY_LIMIT : wire.JSON_BODY_LIMIT;
          const body = `{"email":"${'x'.repeat(limit + over)}"}`;
          const res = await b.app.inject({
            method: route.method,
            url: route.url,
            payload: body,
            headers: { 'content-type': 'application/json' },
          });
          expectClientError(res, `${body.length} characters → ${route.method} ${route.url}`);
          expect(res.statusCode).toBe(413);
        }),
        { numRuns: Math.max(5, Math.round(RUNS / 10)) },
      );
    },
    timeout,
  );
});
