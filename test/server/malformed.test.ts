// S16: whatever a client sends — any JSON, any bytes, any query, any header, any path — every API
// route answers a 4xx with a JSON error (and `problems` when it is a validation failure), never a
// 5xx, and the database is left exactly as it was (every table's rows compared before and after
// each request). Property tests with fast-check, on PGlite and on PostgreSQL. FUZZ_RUNS sets the
// runs per property (default 100: a couple of thousand requests per database in well under a
// minute on two cores); e.g. FUZZ_RUNS=2000 for a long run. Counterexamples found are kept below as
// named regression tests.
import type { InjectOptions } from 'fastify';
import fc from 'fast-check';
import { v7 } from 'uuid';
import { expect, it } from 'vitest';
import { recordKindNames, roles, type Role } from '../../src/domain';
import { describeEachDatabase } from './helpers/databases';
import { Device, makeBoard, records, type Board } from './helpers/board';
import {
  anyJson,
  anyText,
  badAuth,
  expectClientError,
  fits,
  routesOf,
  runs,
  snapshot,
  timeout,
  type Method,
  type Route,
} from './helpers/junk';

describeEachDatabase('malformed requests', (get) => {
  /** Send, then check the answer is a clean 4xx and that no table changed. */
  async function sendJunk(b: Board, req: InjectOptions, what: string): Promise<void> {
    const before = await snapshot(b.db);
    const res = await b.app.inject(req);
    expectClientError(res, what);
    expect(await snapshot(b.db), `${what}: the database changed`).toEqual(before);
  }

  const headersFor = (b: Board, route: Route, role: Role, auth: string | undefined) =>
    route.auth === 'member' ? b.auth(role) : auth === undefined ? {} : { authorization: auth };

  it(
    'S16 any JSON body, to every route, gets a 4xx JSON answer and writes nothing',
    async () => {
      const b = await makeBoard(get().db);
      const all = routesOf(b);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...all),
          anyJson,
          fc.constantFrom<Role>('chair', 'governor', 'officer'),
          badAuth,
          async (route, body, role, auth) => {
            const payload = JSON.stringify(body) ?? 'null';
            const headers = { ...headersFor(b, route, role, auth), 'content-type': 'application/json' };
            await sendJunk(
              b,
              { method: route.method, url: route.url, payload, headers },
              `${route.method} ${route.url} as ${route.auth === 'member' ? role : String(auth)}: ${payload.slice(0, 200)}`,
            );
          },
        ),
        runs,
      );
    },
    timeout,
  );

  it(
    'S16 bytes that are not JSON, under any content type, get a 4xx JSON answer and write nothing',
    async () => {
      const b = await makeBoard(get().db);
      const all = routesOf(b);
      const type = fc.oneof(
        fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/octet-stream',
        ),
        fc.string({ maxLength: 30 }).filter((s) => s.trim() !== ''),
      );
      const bytes = fc.oneof(
        anyText(200),
        fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...all.filter((r) => r.method !== 'GET')),
          bytes,
          type,
          fc.constantFrom<Role>('chair', 'clerk'),
          async (route, payload, contentType, role) => {
            const headers = { ...headersFor(b, route, role, undefined), 'content-type': contentType };
            const shown = typeof payload === 'string' ? JSON.stringify(payload) : `<${payload.length} bytes>`;
            // Text that happens to be JSON goes through the JSON property above; here it must not be.
            if (typeof payload === 'string' && contentType.startsWith('application/json')) {
              try {
                JSON.parse(payload);
                return;
              } catch {
                /* not JSON: send it */
              }
            }
            await sendJunk(
              b,
              { method: route.method, url: route.url, payload, headers },
              `${route.method} ${route.url} ${contentType} ${shown}`,
            );
          },
        ),
        runs,
      );
    },
    timeout,
  );

  it(
    'S16 any query string, to every route, gets a 4xx JSON answer and writes nothing',
    async () => {
      const b = await makeBoard(get().db);
      const all = routesOf(b);
      const value = fc.oneof(
        anyText(30),
        fc.integer().map(String),
        fc.constant(v7()),
        fc.constant('9'.repeat(30)),
        fc.constant('-1'),
        fc.constant('1e3'),
        fc.constant('0x10'),
      );
      const key = fc.oneof(fc.constantFrom('schoolId', 'since', 'limit', 'other', '__proto__', 'constructor'), anyText(10));
      // A query made of these can never be a valid pull: the school is never the board's.
      const query = fc.dictionary(key, fc.oneof(value, fc.array(value, { minLength: 2, maxLength: 3 })), { maxKeys: 5 });
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...all), query, fc.constantFrom<Role>('governor', 'headteacher'), async (route, q, role) => {
          const headers = route.method === 'GET' || route.auth === 'member' ? b.auth(role) : {};
          // Sign-out routes with a real session would (rightly) sign out: send them without one.
          // /api/me takes no query, so with a real session any query would be answered 200: send it without one.
          const safe = route.url.includes('logout') || route.url.includes('/members/') || route.url === '/api/me' ? {} : headers;
          await sendJunk(
            b,
            {
              method: route.method,
              url: route.url,
              query: q as Record<string, string>,
              headers: safe,
              ...(route.method === 'GET' ? {} : { payload: '{}', headers: { ...safe, 'content-type': 'application/json' } }),
            },
            `${route.method} ${route.url}?${new URLSearchParams(q as Record<string, string>)}`,
          );
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'S16 A4 any Authorization header that is not a live session gets 401 JSON on every signed-in route, and writes nothing',
    async () => {
      const b = await makeBoard(get().db);
      const signedIn = routesOf(b).filter((r) => !r.url.endsWith('/login') && !r.url.endsWith('/accept'));
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...signedIn), badAuth, async (route, auth) => {
          const headers: Record<string, string> = auth === undefined ? {} : { authorization: auth };
          const url = route.url.endsWith('/pull') || route.url.endsWith('/events') ? `${route.url}?schoolId=${b.schoolId}` : route.url;
          const payload = route.url.endsWith('/push')
            ? JSON.stringify({ schoolId: b.schoolId, mutations: [] })
            : route.url.includes('/members/')
              ? '{"role":"clerk"}'
              : undefined;
          const before = await snapshot(b.db);
          const res = await b.app.inject({
            method: route.method,
            url,
            headers: { ...headers, ...(payload ? { 'content-type': 'application/json' } : {}) },
            ...(payload ? { payload } : {}),
          });
          expectClientError(res, `${route.method} ${url} with ${JSON.stringify(auth)}`);
          expect(res.statusCode).toBe(401);
          expect(res.json()).toMatchObject({ code: 'signed-out' });
          expect(await snapshot(b.db)).toEqual(before);
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'S16 any school or person id in the path gets a 4xx JSON answer and writes nothing',
    async () => {
      const b = await makeBoard(get().db);
      // Percent-encoded text of every sort (its UTF-8 bytes), raw broken escapes, real and random ids.
      const pct = (s: string) => [...Buffer.from(s, 'utf8')].map((x) => `%${x.toString(16).padStart(2, '0').toUpperCase()}`).join('');
      const segment = fc.oneof(
        anyText(40)
          .filter((s) => s !== '')
          .map(pct),
        fc.constantFrom('%', '%ZZ', '%E0%A4%A', '%FF', '%C0%AF', '..', '%2F', '%00', 'a%20b'),
        fc.constant(v7()),
        fc.constant(b.schoolId),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('invites', 'patch', 'delete'),
          segment,
          segment,
          fc.constantFrom<Role>('chair', 'clerk', 'governor'),
          anyJson,
          async (which, school, person, role, body) => {
            if (school === b.schoolId && Object.values(b.personIds).includes(person)) return; // never a real member
            const url = which === 'invites' ? `/api/schools/${school}/invites` : `/api/schools/${school}/members/${person}`;
            const method: Method = which === 'invites' ? 'POST' : which === 'patch' ? 'PATCH' : 'DELETE';
            // The body is junk too (a valid invite to the real board would rightly be made).
            const payload =
              which === 'invites' && school === b.schoolId ? JSON.stringify({ junk: body }) : (JSON.stringify(body) ?? 'null');
            await sendJunk(
              b,
              { method, url, payload, headers: { ...b.auth(role), 'content-type': 'application/json' } },
              `${method} ${url} ${payload.slice(0, 100)}`,
            );
          },
        ),
        runs,
      );
    },
    timeout,
  );

  it(
    'S16 pushes of malformed mutations are refused whole with a 400 naming each problem, and write nothing',
    async () => {
      const b = await makeBoard(get().db);
      const good = () => new Device(b.schoolId).create('plans', records.plan(b.schoolId)) as unknown as Record<string, unknown>;
      const field = fc.constantFrom('mutationId', 'schoolId', 'kind', 'recordId', 'op', 'fields', 'hlc');
      // A valid mutation with one field broken (or removed), among valid ones: the whole push is refused.
      const broken = fc.tuple(field, fc.oneof(anyJson, fc.constant(undefined))).map(([f, v]) => ({ f, v }));
      await fc.assert(
        fc.asyncProperty(
          fc.array(broken, { minLength: 1, maxLength: 3 }),
          fc.nat({ max: 3 }),
          fc.constantFrom<Role>('chair', 'governor'),
          async (breaks, goodOnes, role) => {
            const mutations = Array.from({ length: goodOnes }, good);
            for (const { f, v } of breaks) {
              const m = good();
              if (v === undefined) delete m[f];
              else m[f] = v;
              mutations.push(m);
            }
            const payload = JSON.stringify({ schoolId: b.schoolId, mutations });
            // Only when every broken field still fits the shape would this be a valid push: skip those.
            if (breaks.every(({ f, v }) => fits(f, v))) return;
            await sendJunk(
              b,
              { method: 'POST', url: '/api/sync/push', payload, headers: { ...b.auth(role), 'content-type': 'application/json' } },
              `push ${payload.slice(0, 300)}`,
            );
          },
        ),
        runs,
      );
    },
    timeout,
  );

  it(
    'A6 S16 uploading a board with any body gets a 4xx JSON answer and writes nothing (a board already there: 409)',
    async () => {
      const b = await makeBoard(get().db);
      const id = fc.oneof(fc.constant(b.schoolId), anyText(40), anyJson);
      const body = fc.oneof(
        anyJson,
        fc.record(
          {
            schoolId: id,
            name: fc.oneof(anyText(250), anyJson),
            role: fc.oneof(fc.constantFrom('chair', 'clerk', 'governor', 'officer'), anyJson),
          },
          { requiredKeys: [] },
        ),
      );
      await fc.assert(
        fc.asyncProperty(body, fc.constantFrom<Role>('chair', 'governor', 'officer'), async (value, role) => {
          const payload = JSON.stringify(value) ?? 'null';
          await sendJunk(
            b,
            { method: 'POST', url: '/api/schools', payload, headers: { ...b.auth(role), 'content-type': 'application/json' } },
            `POST /api/schools ${payload.slice(0, 200)}`,
          );
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'S3 S16 well-formed mutations with any fields get an answer per mutation, and the rejected ones write nothing',
    async () => {
      const b = await makeBoard(get().db);
      const field = fc.oneof(
        fc.constantFrom(
          'id',
          'schoolId',
          'createdAt',
          'updatedAt',
          'deleted',
          'visibility',
          'title',
          'status',
          'reviewId',
          'meetingId',
          'finish',
        ),
        anyText(12),
      );
      const mutation = fc.record({
        mutationId: fc.uuid({ version: 7 }),
        kind: fc.oneof(fc.constantFrom(...recordKindNames), fc.string({ minLength: 1, maxLength: 64 })),
        recordId: fc.oneof(fc.constant(b.schoolId), fc.uuid({ version: 7 })),
        op: fc.constantFrom('create', 'update', 'delete'),
        fields: fc.dictionary(fc.oneof(field, fc.constant('__proto__')), anyJson, { maxKeys: 6 }),
        hlc: fc.integer({ min: 0, max: Date.now() + 3_600_000 }).map((ms) => `${String(ms).padStart(15, '0')}-000000-fuzz`),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { maxLength: 5 }), fc.constantFrom<Role>(...roles), async (mutations, role) => {
          const before = await snapshot(b.db);
          const res = await b.push(role, mutations as never);
          if (mutations.some((m) => Object.hasOwn(m.fields, '__proto__'))) {
            // S16: a name that could pollute prototypes is refused at the door, with a reason, and nothing is written.
            expect(res.statusCode, res.body).toBe(400);
            expect(res.json().error).toBe('No field may be named "__proto__": rename or remove it.');
            expect(await snapshot(b.db)).toEqual(before);
            return;
          }
          expect(res.statusCode, res.body).toBe(200);
          const results = res.json().results as { status: string; reason?: string; version?: number | null }[];
          expect(results).toHaveLength(mutations.length);
          for (const r of results) if (r.status === 'rejected') expect(r.reason).toEqual(expect.any(String));
          if (results.every((r) => r.status === 'rejected')) expect(await snapshot(b.db)).toEqual(before);
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'S3 S16 valid records with any text in a text field get an answer per mutation; text the database cannot hold is rejected and writes nothing',
    async () => {
      const b = await makeBoard(get().db);
      const dev = new Device(b.schoolId);
      const kinds = [
        { kind: 'plans', make: () => records.plan(b.schoolId), fields: ['title'] },
        { kind: 'actions', make: () => records.action(b.schoolId), fields: ['description', 'lead', 'resources', 'successCriteria'] },
        { kind: 'evidence', make: () => records.evidence(b.schoolId), fields: ['title', 'text', 'recordedBy'] },
        { kind: 'meetings', make: () => records.meeting(b.schoolId), fields: ['venue', 'kind'] },
      ] as const;
      // Text the database cannot store: a null character, or half of a surrogate pair.
      const unstorable = (t: string) =>
        t.includes('\u0000') || /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(t);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...kinds), fc.nat(), anyText(30), fc.boolean(), async (k, which, text, asKey) => {
          const record: Record<string, unknown> = k.make();
          const field = k.fields[which % k.fields.length]!;
          if (asKey) record[`${field}${text}`] = 'x';
          else record[field] = text;
          const before = await snapshot(b.db);
          const res = await b.push('chair', [dev.create(k.kind, record)]);
          expect(res.statusCode, res.body).toBe(200);
          const [result] = res.json().results as { status: string; reason?: string; problems?: unknown[] }[];
          if (unstorable(text)) {
            expect(result!.status, res.body).toBe('rejected');
            expect(result!.reason, res.body).toMatch(/was not saved: .*must not contain/i);
          }
          if (result!.status === 'rejected') expect(await snapshot(b.db)).toEqual(before);
        }),
        runs,
      );
    },
    timeout,
  );
});
