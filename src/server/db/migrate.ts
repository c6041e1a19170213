// Versioned migrations: numbered SQL files in ./migrations, applied in order at start, each once.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SqlClient } from './client';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;
export const migrationsDir = path.join(import.meta.dirname, 'migrations');

/** The migrations in a folder, in version order. File names: 0001_init.sql, 0002_files.sql… (each number once). */
export function loadMigrations(dir = migrationsDir): Migration[] {
  const found = readdirSync(dir)
    .map((file) => ({ file, m: FILE.exec(file) }))
    .filter((x): x is { file: string; m: RegExpExecArray } => x.m !== null)
    .map(({ file, m }) => ({ version: Number(m[1]), name: m[2]!, sql: readFileSync(path.join(dir, file), 'utf8') }))
    .sort((a, b) => a.version - b.version);
  // Numbers are handed out ahead of time to work done side by side, so a number may be missing for a
  // while; each may be used once.
  found.forEach((m, i) => {
    if (i > 0 && m.version === found[i - 1]!.version) throw new Error(`Two migrations are numbered ${m.version}: renumber one.`);
  });
  return found;
}

const checksum = (sql: string) => createHash('sha256').update(sql).digest('hex');

/**
 * Bring the database up to date: apply, in one transaction, every migration not yet applied, and
 * refuse to start when one already applied has been edited since. Several servers starting at once
 * wait for each other (an advisory lock). Returns the versions applied now.
 */
export async function migrate(db: SqlClient, migrations: Migration[] = loadMigrations()): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('steward:migrations'))");
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const rows = await tx.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    );
    const applied = new Map(rows.map((r) => [r.version, r]));
    const known = new Set(migrations.map((m) => m.version));
    const unknown = rows.find((r) => !known.has(r.version));
    if (unknown)
      throw new Error(
        `The database has migration ${unknown.version} (${unknown.name}), which this server does not know: it is newer than this code.`,
      );
    const done: number[] = [];
    for (const m of migrations) {
      const before = applied.get(m.version);
      if (before) {
        if (before.checksum !== checksum(m.sql))
          throw new Error(`Migration ${m.version} (${m.name}) was changed after it was applied: add a new migration instead.`);
        continue;
      }
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [m.version, m.name, checksum(m.sql)]);
      done.push(m.version);
    }
    return done;
  });
}
