// The streams bench's server, in its own process: the real Fastify app on PostgreSQL on a free
// loopback port, like test/bench/sync-server.ts, and it also answers {stats} when sent 'stats': its
// resident memory, heap, open file descriptors, CPU time and event-loop delay (p50/p99/max since
// the last 'stats'), so the bench can say what each open stream costs and what grows first.
import { mkdtempSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildServer } from '../../src/server/app';
import { openPostgres } from '../../src/server/db/postgres';

export interface ServerStats {
  rssMb: number;
  heapMb: number;
  fds: number;
  cpuMs: number;
  lagP50Ms: number;
  lagP99Ms: number;
  lagMaxMs: number;
}

const url = process.env.BENCH_STREAMS_DATABASE_URL;
if (!url) throw new Error('BENCH_STREAMS_DATABASE_URL is not set');
const db = await openPostgres({ connectionString: url, max: Number(process.env.BENCH_STREAMS_POOL ?? 10) });
const app = await buildServer({ distDir: mkdtempSync(path.join(tmpdir(), 'steward-bench-dist-')), db });
// Thousands of streams held open: no timeout on a request that is answered slowly, as in production.
app.server.requestTimeout = 0;
app.server.maxConnections = 0;
await app.listen({ port: 0, host: '127.0.0.1' });

const lag = monitorEventLoopDelay({ resolution: 10 });
lag.enable();

function stats(): ServerStats {
  const mem = process.memoryUsage();
  const used = process.cpuUsage();
  const ms = (ns: number) => Math.round(ns / 1e5) / 10;
  const s: ServerStats = {
    rssMb: Math.round((mem.rss / 2 ** 20) * 10) / 10,
    heapMb: Math.round((mem.heapUsed / 2 ** 20) * 10) / 10,
    fds: readdirSync('/proc/self/fd').length,
    cpuMs: (used.user + used.system) / 1000,
    lagP50Ms: ms(lag.percentile(50)),
    lagP99Ms: ms(lag.percentile(99)),
    lagMaxMs: ms(lag.max),
  };
  lag.reset();
  return s;
}

async function close(): Promise<void> {
  await app.close();
  await db.close();
  process.exit(0);
}
process.on('message', (m) => {
  if (m === 'close') void close();
  if (m === 'stats') {
    global.gc?.();
    process.send?.({ stats: stats() });
  }
});
process.on('disconnect', () => void close());
process.send?.({ port: (app.server.address() as AddressInfo).port });
