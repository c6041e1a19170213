// The sync bench's pushing devices (test/bench/sync.ts): each sends its outbox to the server over
// real HTTP, in batches of creates and updates of plans.
import { randomBytes } from 'node:crypto';
import { v7 } from 'uuid';
import { protocolHeader } from './sync-setup';
import { tickHlc, type HlcStamp } from '../../src/domain';

/** A device sending its outbox: creates of plans, and updates to plans it made earlier. */
export class PushClient {
  private clock: HlcStamp | null = null;
  private readonly mine: string[] = [];
  private readonly nodeId = `bench${randomBytes(4).toString('hex')}`;
  constructor(
    readonly schoolId: string,
    readonly token: string,
  ) {}
  batch(size: number) {
    const now = Date.now();
    const at = new Date(now).toISOString();
    return Array.from({ length: size }, (_, i) => {
      const hlc = (this.clock = tickHlc(this.clock, now, this.nodeId));
      // One in five is an update of a plan this device made in an earlier batch.
      if (i % 5 === 4 && this.mine.length > size) {
        const recordId = this.mine[(i * 7919 + this.mine.length) % (this.mine.length - size)]!;
        return {
          mutationId: v7(),
          schoolId: this.schoolId,
          kind: 'plans',
          recordId,
          op: 'update',
          fields: { title: `Edited ${i}`, updatedAt: at },
          hlc,
        };
      }
      const id = v7();
      this.mine.push(id);
      const record = {
        id,
        schoolId: this.schoolId,
        createdAt: at,
        updatedAt: at,
        deleted: false,
        visibility: 'board',
        title: `Plan ${i}`,
        startDate: '2026-09-01',
        endDate: '2027-07-20',
        priorities: ['Reading'],
      };
      return { mutationId: v7(), schoolId: this.schoolId, kind: 'plans', recordId: id, op: 'create', fields: record, hlc };
    });
  }
}

export async function push(base: string, client: PushClient, size: number): Promise<void> {
  const res = await fetch(`${base}/api/sync/push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${client.token}`, 'content-type': 'application/json', ...protocolHeader },
    body: JSON.stringify({ schoolId: client.schoolId, mutations: client.batch(size) }),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`push answered ${res.status}: ${text.slice(0, 300)}`);
  const rejected = (JSON.parse(text) as { results: { status: string; reason?: string }[] }).results.find((r) => r.status !== 'applied');
  if (rejected) throw new Error(`a benchmark mutation was rejected: ${rejected.reason}`);
}

/** Every client sends `pushes` batches one after another, all clients at once: mutations per second. */
export async function pushRun(base: string, clients: PushClient[], pushes: number, size: number): Promise<number> {
  const t0 = performance.now();
  await Promise.all(
    clients.map(async (c) => {
      for (let i = 0; i < pushes; i += 1) await push(base, c, size);
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return (clients.length * pushes * size) / seconds;
}
