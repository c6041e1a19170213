// PGlite templates for the server tests: a saved data directory, empty or migrated.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { loadMigrations, migrate } from '../../../src/server/db';
import { pgliteClient, pgliteParsers } from '../../../src/server/db/pglite';

/**
 * PGlite's first start (initdb) takes seconds; loading a saved data directory takes a fraction of
 * that. The server project's global setup (or else the first suite) saves one, empty and migrated,
 * under the temp folder, keyed by the PGlite version and the migrations; every suite starts from it.
 */
export async function pgliteTemplate(migrated: boolean): Promise<Blob> {
  const key = createHash('sha256')
    .update(readFileSync(new URL('../../../node_modules/@electric-sql/pglite/package.json', import.meta.url)))
    .update(migrated ? JSON.stringify(loadMigrations()) : 'empty')
    .digest('hex')
    .slice(0, 16);
  const dir = path.join(tmpdir(), 'steward-pglite-templates');
  const file = path.join(dir, `${key}.tar`);
  if (!existsSync(file)) {
    // Only the empty one runs initdb; the migrated one starts from it.
    const pglite = new PGlite({ parsers: pgliteParsers, loadDataDir: migrated ? await pgliteTemplate(false) : undefined });
    await pglite.waitReady;
    if (migrated) await migrate(pgliteClient(pglite));
    const dump = await pglite.dumpDataDir('none');
    await pglite.close();
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  }
  return new Blob([readFileSync(file)]);
}
