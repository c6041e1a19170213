// S16 for the file routes (F1): an upload with any one thing wrong — the address, the school, the
// offset, the size, the media type, the content type, or bytes that do not hash to the address — gets
// a 4xx JSON answer, and every table is as it was (a mismatched upload's bytes are thrown away).
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { v7 } from 'uuid';
import { expect, it } from 'vitest';
import { roles, type Role } from '../../src/domain';
import { describeEachDatabase } from './helpers/databases';
import { makeBoard } from './helpers/board';
import { anyText, expectClientError, runs, snapshot, timeout } from './helpers/junk';

const flaws = ['sha256', 'school', 'offset', 'size', 'past-size', 'type', 'content-type', 'mismatch'] as const;
const HEX64 = /^[0-9a-f]{64}$/;
/** Any text as an address segment: its UTF-8 bytes, percent-encoded (lone surrogates too). */
const pct = (s: string) => [...Buffer.from(s, 'utf8')].map((x) => `%${x.toString(16).padStart(2, '0').toUpperCase()}`).join('') || 'x';

describeEachDatabase('malformed file requests', (get) => {
  it(
    'S16 F1 an upload with one thing wrong gets a 4xx JSON answer and writes nothing',
    async () => {
      const b = await makeBoard(get().db);
      const upload = fc.record({
        flaw: fc.constantFrom(...flaws),
        body: fc.uint8Array({ minLength: 1, maxLength: 300 }).map((a) => Buffer.from(a)),
        extra: fc.nat({ max: 1000 }),
        junk: anyText(70),
        number: fc.oneof(
          fc.integer({ min: 1, max: 2 ** 40 }).map(String),
          anyText(12).filter((t) => !/^\d{1,15}$/.test(t)),
        ),
        contentType: fc.oneof(
          fc.constantFrom('application/json', 'text/plain', 'image/jpeg', 'multipart/form-data; boundary=x', ''),
          fc.string({ maxLength: 30 }),
        ),
        role: fc.constantFrom<Role>(...roles),
      });
      await fc.assert(
        fc.asyncProperty(upload, async ({ flaw, body, extra, junk, number, contentType, role }) => {
          let sha256 = createHash('sha256').update(body).digest('hex');
          const query: Record<string, string> = {
            schoolId: b.schoolId,
            offset: '0',
            bytes: String(body.length + extra),
            type: 'image/jpeg',
          };
          let type = 'application/octet-stream';
          if (flaw === 'sha256') sha256 = HEX64.test(junk) ? 'x' : pct(junk);
          if (flaw === 'school') query.schoolId = number.length % 2 ? v7() : junk;
          if (flaw === 'offset') query.offset = number; // nothing received yet: only 0 is right
          if (flaw === 'size') query.bytes = /^\d+$/.test(number) ? String(25 * 1024 * 1024 + Number(number)) : number;
          if (flaw === 'past-size') query.bytes = String(body.length - 1);
          if (flaw === 'type') query.type = junk.includes('/') ? `${junk}/` : junk || '/';
          if (flaw === 'content-type') {
            if (contentType.split(';')[0]!.trim().toLowerCase() === 'application/octet-stream') return;
            type = contentType;
          }
          if (flaw === 'mismatch') {
            sha256 = createHash('sha256').update(`not the content ${junk}`).update(body).digest('hex');
            query.bytes = String(body.length);
          }
          const before = await snapshot(b.db);
          const res = await b.app.inject({
            method: 'PUT',
            url: `/api/sync/files/${sha256}`,
            query,
            headers: { ...b.auth(role), ...(type ? { 'content-type': type } : {}) },
            payload: body,
          });
          const what = `${flaw}: PUT ${sha256.slice(0, 80)} ${JSON.stringify(query).slice(0, 200)} ${type} <${body.length} bytes>`;
          expectClientError(res, what);
          expect(await snapshot(b.db), `${what}: the database changed`).toEqual(before);
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'S16 F1 a status or download request for any address or school gets a 4xx JSON answer and writes nothing',
    async () => {
      const b = await makeBoard(get().db);
      const address = fc.oneof(fc.constant('ab'.repeat(32)), anyText(70).map(pct), fc.constant('%'), fc.constant('%E0%A4%A'));
      const school = fc.oneof(fc.constant(v7()), anyText(40), fc.constant(b.schoolId));
      await fc.assert(
        fc.asyncProperty(address, school, fc.boolean(), fc.constantFrom<Role>(...roles), async (sha256, schoolId, asStatus, role) => {
          if (asStatus && schoolId === b.schoolId && HEX64.test(sha256)) return; // a fair question: answered 200
          const before = await snapshot(b.db);
          const url = `/api/sync/files/${sha256}${asStatus ? '/status' : ''}`;
          const res = await b.app.inject({ method: 'GET', url, query: { schoolId }, headers: b.auth(role) });
          expectClientError(res, `GET ${url}?schoolId=${schoolId}`);
          expect(await snapshot(b.db)).toEqual(before);
        }),
        runs,
      );
    },
    timeout,
  );
});
