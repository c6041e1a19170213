// S18: an online device is told when there is something to pull (Server-Sent Events), on both databases.
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases';
import { Device, makeBoard, records } from './helpers/board';

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
    const refused = await fetch(`${base}/api/sync/events?schoolId=${b.schoolId}`);
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
});
