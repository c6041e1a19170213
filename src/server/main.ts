// `npm start`: serve the built app from dist/ and the API on PORT (8080) and HOST (0.0.0.0).
// Database: PostgreSQL at DATABASE_URL, else the embedded PGlite in PGLITE_DIR (default .data/pglite).
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { buildServer } from './app';
import { openDatabase, type SqlClient } from './db';
import { DEMO_PASSWORD, demoEmails, demoWanted, seedDemo } from './demo';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const distDir = path.join(repoRoot, 'dist');

function fail(message: string): never {
  console.error(`steward: ${message}`);
  process.exit(1);
}

if (!existsSync(path.join(distDir, 'index.html'))) {
  fail('dist/index.html is missing: run `npm run build` first (`npm start` builds for you).');
}

const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  fail(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`);
}
const host = process.env.HOST ?? '0.0.0.0';

const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = path.resolve(repoRoot, process.env.PGLITE_DIR ?? path.join('.data', 'pglite'));
let db: SqlClient;
try {
  db = await openDatabase({ databaseUrl, dataDir });
} catch (err) {
  fail(`could not open the database ${databaseUrl ? '(DATABASE_URL)' : `in ${dataDir}`}: ${(err as Error).message}`);
}
const seeded = demoWanted(process.env) ? await seedDemo(db) : null;

const app = await buildServer({ distDir, logger: true, db });
app.log.info({ database: db.dialect }, databaseUrl ? 'using PostgreSQL from DATABASE_URL' : `using the embedded database in ${dataDir}`);
if (seeded) app.log.info(`demo board added: sign in as ${demoEmails.map((d) => d.email).join(', ')} with the password "${DEMO_PASSWORD}"`);

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  // If open connections keep us waiting, give up after 10 s rather than hang the deploy.
  setTimeout(() => process.exit(1), 10_000).unref();
  try {
    await app.close();
    await db.close();
    process.exit(0);
  } catch (err) {
    app.log.error({ err }, 'error while shutting down');
    process.exit(1);
  }
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

try {
  const address = await app.listen({ port, host });
  const bound = app.server.address() as AddressInfo;
  const shown = host === '0.0.0.0' || host === '::' ? `http://localhost:${bound.port}` : address;
  app.log.info(`Steward is running at ${shown}`);
} catch (err) {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') fail(`port ${port} is already in use: set PORT to another port.`);
  fail(`could not start: ${(err as Error).message}`);
}
