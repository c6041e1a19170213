// The PouchDB baseline's server, in its own process like Steward's (test/bench/sync-server.ts):
// express-pouchdb (what pouchdb-server runs) on PouchDB's in-memory adapter, listening on a free
// loopback port (the bench's page is on this origin, as Steward's page is on Steward's). Started by
// test/bench/sync-vs-pouchdb.ts with fork(); sends {port} when listening, {cpuMs} when sent 'cpu',
// and closes on 'close' or when the parent goes away.
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

const require = createRequire(import.meta.url);
type Express = { listen: (port: number, host: string, ready: () => void) => Server; use: (fn: unknown) => void };
const PouchDB = (require('pouchdb') as { plugin: (p: unknown) => { defaults: (o: object) => unknown } }).plugin(
  require('pouchdb-adapter-memory'),
);
const expressPouchdb = require('express-pouchdb') as (db: unknown, opts: object) => Express;
const InMemory = PouchDB.defaults({ adapter: 'memory' });
const app = expressPouchdb(InMemory, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: '/dev/null' });

const server: Server = await new Promise((resolve) => {
  const s = app.listen(0, '127.0.0.1', () => resolve(s));
});

process.on('message', (m) => {
  if (m === 'close') server.close(() => process.exit(0));
  if (m === 'cpu') {
    const used = process.cpuUsage();
    process.send?.({ cpuMs: (used.user + used.system) / 1000 });
  }
});
process.on('disconnect', () => process.exit(0));
process.send?.({ port: (server.address() as AddressInfo).port });
