// S18: an online device is told when there is something to pull (Server-Sent Events), on both databases.
import type { AddressInfo } from 'node:net';
import { expect, it, onTestFinished } from 'vitest';
import { buildServer } from '../../src/server/app';
import { describeEachDatabase } from './helpers/databases';
import { Device, distDir, makeBoard, protocol, records, speaksProtocol } from './helpers/board';

/** Read SSE events from a response body until `count` have come. */
async function readEvents(body: ReadableStream<Uint8Array>, count: number): Promise<{ event: string; data: unknown }[]> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const events: { event: string; data: unknown }[] = [];
  let buffer = '';
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      if (event && data) events.push({ event, data: JSON.parse(data) });
    }
  }
  await reader.cancel();
  return events;
}

describeEachDatabase('events', (get) => {
  it('S18 an open stream hears of each push that changed something, with the new version', async () => {
    const b = await makeBoard(get().db);
    await b.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = b.app.server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const refused = await fetch(`${base}/api/sync/events?schoolId=${b.schoolId}`, { headers: protocol });
    expect(refused.status).toBe(401);
    const res = await fetch(`${base}/api/sync/events?schoolId=${b.schoolId}`, { headers: b.auth('headteacher') });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const heard = readEvents(res.body!, 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await b.push('chair', [new Device(b.schoolId).create('plans', records.plan(b.schoolId))]);
    expect(await heard).toEqual([
      { event: 'hello', data: { schoolId: b.schoolId, version: 0 } },
      { event: 'changed', data: { schoolId: b.schoolId, version: 1 } },
    ]);
  });

  /** A second server on the same database, listening; the base URL of its HTTP API. */
  async function anotherServer(db: Parameters<typeof makeBoard>[0]): Promise<string> {
    const other = speaksProtocol(await buildServer({ distDir, db }));
    onTestFinished(() => other.close());
    await other.listen({ port: 0, host: '127.0.0.1' });
    return `http://127.0.0.1:${(other.server.address() as AddressInfo).port}`;
  }

  it('S18 a stream on one server hears of pushes and membership changes taken by another server on the same database', async () => {
    const b = await makeBoard(get().db);
    const base = await anotherServer(get().db);
    const res = await fetch(`${base}/api/sync/events?schoolId=${b.schoolId}`, { headers: b.auth('governor') });
    const heard = readEvents(res.body!, 4);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const plan = new Device(b.schoolId).create('plans', records.plan(b.schoolId));
    expect((await b.push('chair', [plan])).statusCode).toBe(200);
    expect((await b.push('chair', [plan])).statusCode).toBe(200); // the same push again changes nothing: no news
    const role = await b.app.inject({
      method: 'PATCH',
      url: `/api/schools/${b.schoolId}/members/${b.personIds.clerk}`,
      payload: { role: 'governor' },
      headers: b.auth('chair'),
    });
    expect(role.statusCode).toBe(200);
    await b.push('chair', [new Device(b.schoolId).create('plans', records.plan(b.schoolId))]);
    expect(await heard).toEqual([
      { event: 'hello', data: { schoolId: b.schoolId, version: 0 } },
      { event: 'changed', data: { schoolId: b.schoolId, version: 1 } },
      { event: 'changed', data: { schoolId: b.schoolId, version: 2 } },
      { event: 'changed', data: { schoolId: b.schoolId, version: 3 } },
    ]);
  });

  it('S18 when the database drops the connection a server listens on, it listens again and tells its streams to pull', async () => {
    if (get().name !== 'postgres') return; // the embedded database is in the process: its connection cannot drop
    const b = await makeBoard(get().db);
    const base = await anotherServer(get().db);
    const res = await fetch(`${base}/api/sync/events?schoolId=${b.schoolId}`, { headers: b.auth('governor') });
    const heard = readEvents(res.body!, 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Drop every LISTEN connection (other suites' servers listen again too), then push while they are down.
    const listening = `SELECT pid FROM pg_stat_activity WHERE query = 'LISTEN steward_school_changed' AND datname = current_database()`;
    await get().db.query(`SELECT pg_terminate_backend(pid) FROM (${listening}) AS l`);
    await expect.poll(async () => (await get().db.query(listening)).length, { interval: 20 }).toBe(0);
    await b.push('chair', [new Device(b.schoolId).create('plans', records.plan(b.schoolId))]);
    expect(await heard).toEqual([
      { event: 'hello', data: { schoolId: b.schoolId, version: 0 } },
      { event: 'changed', data: { schoolId: b.schoolId, version: 1 } },
    ]);
  });
});
