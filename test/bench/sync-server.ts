// The sync bench's server, in its own process (so the clients' work does not share its event loop):
// the real Fastify app on PostgreSQL, listening on a free loopback port. Started by
// test/bench/sync-setup.ts with fork(); sends {port} when listening, {cpuMs} when sent 'cpu', and closes on 'close' or when
// the parent goes away.
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildServer } from '../../src/server/app';
import { openPostgres } from '../../src/server/db/postgres';

const url = process.env.BENCH_SYNC_DATABASE_URL;
if (!url) throw new Error('BENCH_SYNC_DATABASE_URL is not set');
const db = await openPostgres({ connectionString: url, max: Number(process.env.BENCH_SYNC_POOL ?? 10) });
const app = await buildServer({ distDir: mkdtempSync(path.join(tmpdir(), 'steward-bench-dist-')), db });
await app.listen({ port: 0, host: '127.0.0.1' });

async function close(): Promise<void> {
  await app.close();
  await db.close();
  process.exit(0);
}
process.on('message', (m) => {
  if (m === 'close') void close();
  // The server process's own CPU time so far (ms), so the bench can say what each request cost it.
  if (m === 'cpu') {
    const used = process.cpuUsage();
    process.send?.({ cpuMs: (used.user + used.system) / 1000 });
  }
});
process.on('disconnect', () => void close());
process.send?.({ port: (app.server.address() as AddressInfo).port });
