// The demo board on the embedded database: added once, one account per role, Part B kept from the
// headteacher and the officer.
import { expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildServer } from '../../src/server/app';
import { DEMO_PASSWORD, demoEmails, demoWanted, seedDemo } from '../../src/server/demo';
import { describeEachDatabase, truncateAll } from './helpers/databases';
import { speaksProtocol } from './helpers/board';

describeEachDatabase('demo board', (get) => {
  it('is added once, with a sign-in for every role, and each role pulls what it may see', async () => {
    const { db } = get();
    await truncateAll(db);
    const schoolId = await seedDemo(db);
    expect(schoolId).toEqual(expect.any(String));
    expect(await seedDemo(db)).toBeNull();
    const app = speaksProtocol(await buildServer({ distDir: mkdtempSync(path.join(tmpdir(), 'steward-demo-')), db }));
    try {
      const pullAs = async (email: string) => {
        const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD } });
        expect(login.statusCode, email).toBe(200);
        const res = await app.inject({
          url: '/api/sync/pull',
          query: { schoolId: schoolId!, limit: '1000' },
          headers: { authorization: `Bearer ${login.json().token}` },
        });
        return res.json() as { changes: { kind: string; data: { visibility: string; role?: string } }[]; more: boolean };
      };
      const roles = new Set<string>();
      for (const { email, role } of demoEmails) {
        const page = await pullAs(email);
        expect(page.more).toBe(false);
        const partB = page.changes.filter((c) => c.data.visibility === 'partB').length;
        if (role === 'headteacher' || role === 'officer') expect(partB, email).toBe(0);
        else expect(partB, email).toBeGreaterThan(0);
        roles.add(role);
        expect(page.changes.find((c) => c.kind === 'schools')).toBeDefined();
      }
      expect([...roles].sort()).toEqual(['chair', 'clerk', 'governor', 'headteacher', 'officer', 'vice-chair']);
    } finally {
      await app.close();
    }
  });
});

it('the demo is on for the embedded database, and on PostgreSQL only with DEMO=1', () => {
  expect(demoWanted({})).toBe(true);
  expect(demoWanted({ DATABASE_URL: 'postgres://x/y' })).toBe(false);
  expect(demoWanted({ DATABASE_URL: 'postgres://x/y', DEMO: '1' })).toBe(true);
});
