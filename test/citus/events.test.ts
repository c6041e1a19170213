// S18 on Citus (npm run test:citus): a push's transaction runs on the worker that holds its school,
// and the NOTIFY that announces it is sent on the coordinator, where every server LISTENs. Two server
// processes on the cluster: a stream on one hears of pushes and membership changes taken by the other.
import { describe, expect, it, onTestFinished } from 'vitest';
import { Device, records } from '../server/helpers/board';
import { noCluster, workersOf, citusUrl } from './cluster';
import { citusBoard, nodeOf, serverProcess } from './server-processes';

/** An open event stream: `take(n)` reads until n more events have come. */
function eventsOf(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    async take(count: number): Promise<{ event: string; data: unknown }[]> {
      const events: { event: string; data: unknown }[] = [];
      while (events.length < count) {
        let end: number;
        while (events.length < count && (end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
        if (events.length === count) break;
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
      }
      return events;
    },
    close: () => reader.cancel(),
  };
}

describe.skipIf(noCluster)('events across nodes on Citus', () => {
  it('S18 a stream on one server process hears of pushes and membership changes taken by another, the school on a worker', async () => {
    const { b, db, url, drop } = await citusBoard('events');
    const stops: (() => Promise<unknown>)[] = [];
    // Streams, then servers, then the database (dropping it ends every connection to it).
    onTestFinished(async () => {
      for (const stop of stops.reverse()) await stop();
      await drop();
    });
    const workers = (await workersOf(citusUrl)).map((w) => w.port);
    expect(workers).toHaveLength(2);
    // The school's rows (and so the push's transaction) are on a worker, not on the coordinator.
    expect(workers).toContain((await nodeOf(db, 'school_versions', b.schoolId)).port);
    expect(workers).toContain((await nodeOf(db, 'records', b.schoolId)).port);

    const one = await serverProcess(url);
    stops.push(one.stop);
    const two = await serverProcess(url);
    stops.push(two.stop);
    const listen = async (base: string) => {
      const res = await fetch(`${base}/api/sync/events?schoolId=${b.schoolId}`, { headers: b.auth('governor') });
      expect(res.status).toBe(200);
      const stream = eventsOf(res.body!);
      stops.push(() => stream.close());
      // Its first event (hello) says the stream is open before anything changes.
      expect(await stream.take(1)).toEqual([{ event: 'hello', data: { schoolId: b.schoolId, version: 0 } }]);
      return stream;
    };
    const onOne = await listen(one.base);
    const onTwo = await listen(two.base);
    const push = (base: string, mutations: unknown[]) =>
      fetch(`${base}/api/sync/push`, {
        method: 'POST',
        headers: { ...b.auth('chair'), 'content-type': 'application/json' },
        body: JSON.stringify({ schoolId: b.schoolId, mutations }),
      });
    const dev = new Device(b.schoolId);
    const plan = dev.create('plans', records.plan(b.schoolId));
    expect((await push(two.base, [plan])).status).toBe(200);
    expect((await push(two.base, [plan])).status).toBe(200); // the same again changes nothing: no news
    const role = await fetch(`${two.base}/api/schools/${b.schoolId}/members/${b.personIds.clerk}`, {
      method: 'PATCH',
      headers: { ...b.auth('chair'), 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'governor' }),
    });
    expect(role.status).toBe(200);
    // A push whose records go in two statements (1,000 mutations: parts of 500), taken by the first server.
    const many = Array.from({ length: 1000 }, () => dev.create('plans', records.plan(b.schoolId)));
    expect((await push(one.base, many)).status).toBe(200);
    const expected = [
      { event: 'changed', data: { schoolId: b.schoolId, version: 1 } },
      { event: 'changed', data: { schoolId: b.schoolId, version: 2 } },
      { event: 'changed', data: { schoolId: b.schoolId, version: 1002 } },
    ];
    expect(await onOne.take(3)).toEqual(expected);
    expect(await onTwo.take(3)).toEqual(expected);
  });
});
