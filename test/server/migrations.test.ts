// Versioned migrations, on PGlite and on PostgreSQL: applied once, in order; an edited or unknown
// migration stops the server; every table a school owns carries school_id first in its key.
import { expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../src/server/db';
import { describeEachDatabase, openFresh } from './helpers/databases';

describeEachDatabase(
  'migrations',
  (get) => {
    it('apply in order once, then again apply nothing', async () => {
      const { db } = get();
      const all = loadMigrations();
      expect(all.map((m) => m.version)).toEqual([...new Set(all.map((m) => m.version))].sort((a, b) => a - b));
      expect(await migrate(db)).toEqual(all.map((m) => m.version));
      expect(await migrate(db)).toEqual([]);
      const rows = await db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
      expect(rows).toEqual(all.map((m) => ({ version: m.version, name: m.name })));
    });

    it('every table a school owns has school_id leading its primary key', async () => {
      const { db } = get();
      const rows = await db.query<{ table_name: string; first_key: string | null }>(
        `SELECT t.table_name,
                (SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                  WHERE i.indrelid = (quote_ident(t.table_schema) || '.' || quote_ident(t.table_name))::regclass AND i.indisprimary) AS first_key
           FROM information_schema.tables t
          WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE' ORDER BY t.table_name`,
      );
      const global = new Set(['people', 'sessions', 'login_attempts', 'schema_migrations']);
      const owned = rows.filter((r) => !global.has(r.table_name));
      expect(owned.map((r) => r.table_name)).toEqual([
        'applied_mutations',
        'file_chunks',
        'file_refs',
        'files',
        'invites',
        'memberships',
        'records',
        'school_versions',
        'schools',
      ]);
      for (const r of owned) expect(r.first_key, r.table_name).toBe('school_id');
    });

    it('refuse to run when an applied migration was edited, or the database is newer than the code', async () => {
      const { db } = get();
      const all = loadMigrations();
      const edited = all.map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
      await expect(migrate(db, edited)).rejects.toThrow(
        'Migration 1 (init) was changed after it was applied: add a new migration instead.',
      );
      await expect(migrate(db, [])).rejects.toThrow('The database has migration 1 (init), which this server does not know');
    });

    it('F1 0002 finds the file references of records stored before it, where the app keeps them', async () => {
      const fresh = await openFresh(get().name);
      try {
        const [init, files] = loadMigrations();
        await migrate(fresh.db, [init!]);
        const school = '0199aaaa-0000-7000-8000-000000000001';
        const sha = (c: string) => c.repeat(64);
        const ref = (c: string) => ({ sha256: sha(c), name: `${c}.jpg`, type: 'image/jpeg', bytes: 10 });
        await fresh.db.query('INSERT INTO schools (school_id, name) VALUES ($1, $2)', [school, 'Old School']);
        const rows: [string, string, Record<string, unknown>, string, boolean][] = [
          ['evidence', '0199aaaa-0000-7000-8000-000000000002', { kind: 'photo', file: ref('a') }, 'chairs', false],
          [
            'visitResponses',
            '0199aaaa-0000-7000-8000-000000000003',
            { photos: [ref('b'), { sha256: 'junk' }], answer: { type: 'photo', value: [ref('c'), ref('b')] } },
            'board',
            false,
          ],
          ['evidence', '0199aaaa-0000-7000-8000-000000000004', { kind: 'photo', file: ref('d') }, 'board', true],
          ['plans', '0199aaaa-0000-7000-8000-000000000005', { file: ref('e') }, 'board', false],
        ];
        for (const [kind, id, data, visibility, deleted] of rows) {
          await fresh.db.query(
            `INSERT INTO records (school_id, kind, id, data, visibility, widest_visibility, deleted, version, field_clocks, hlc) VALUES ($1, $2, $3, $4::jsonb, $5, $5, $6, 1, '{}'::jsonb, 'x')`,
            [school, kind, id, JSON.stringify(data), visibility, deleted],
          );
        }
        await migrate(fresh.db, [init!, files!]);
        const refs = await fresh.db.query<{ sha256: string; kind: string; visibility: string }>(
          'SELECT sha256, kind, visibility FROM file_refs ORDER BY sha256',
        );
        expect(refs).toEqual([
          { sha256: sha('a'), kind: 'evidence', visibility: 'chairs' },
          { sha256: sha('b'), kind: 'visitResponses', visibility: 'board' },
          { sha256: sha('c'), kind: 'visitResponses', visibility: 'board' },
        ]);
      } finally {
        await fresh.drop();
      }
    });

    it('roll back a migration that fails, leaving nothing half done', async () => {
      const { db } = get();
      const broken = [
        ...loadMigrations(),
        { version: 99, name: 'broken', sql: 'CREATE TABLE half_done (x int); SELECT no_such_function();' },
      ];
      await expect(migrate(db, broken)).rejects.toThrow();
      const left = await db.query(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'half_done'",
      );
      expect(left).toEqual([]);
    });
  },
  { migrated: false },
);
