// The push load of the streams bench: chairs push one change each, and every listening device of that
// board notes when it heard `changed`; the time from the push being sent to each hearing, by the
// server process the device's stream is on.
import { Pusher, type Board, type Server } from './streams-kit';

export interface Deliveries {
  /** Every delivery's time, ms, from the push sent to the device hearing of it. */
  ms: number[];
  byPort: Map<number, number[]>;
  /** Devices that had not heard within 10 s of the last push. */
  missing: number;
  pushes: number;
  /** Each push's answer time, ms. */
  answered: number[];
  /** Each delivery's time after its push was answered, ms (negative when heard before the answer). */
  afterAnswer: number[];
}

export interface Listening {
  /** Forget the streams counted so far (they were closed). */
  reset(): void;
  /** A stream of the board opened on the server at `port`: the handler for what it hears. */
  heard(schoolId: string, port: number): (version: number, atMs: number) => void;
  /** `rate` pushes a second for `seconds`, to the boards in turn, each taken by `server`. */
  paced(server: Server, rate: number, seconds: number): Promise<Deliveries>;
  /** One push to every board at once. */
  burst(server: Server): Promise<Deliveries>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function measureDeliveries(boards: Board[]): Listening {
  const pushers = new Map(boards.map((b) => [b.schoolId, new Pusher(b)]));
  const listeners = new Map<string, number>();
  interface Push {
    t0: number;
    got: number;
    answeredAt?: number;
    heardAt: number[];
  }
  let pending = new Map<string, Push>();
  let all: Push[] = [];
  let ms: number[] = [];
  let byPort = new Map<number, number[]>();
  let answered: number[] = [];

  const start = (server: Server, schoolId: string): Promise<void> => {
    const p: Push = { t0: performance.now(), got: 0, heardAt: [] };
    pending.set(schoolId, p);
    all.push(p);
    return pushers
      .get(schoolId)!
      .push(server.base)
      .then(() => {
        p.answeredAt = performance.now();
        answered.push(p.answeredAt - p.t0);
      });
  };

  const finish = async (pushes: Promise<void>[]): Promise<Deliveries> => {
    await Promise.all(pushes);
    const waitUntil = performance.now() + 10_000;
    const short = () => [...pending].reduce((n, [id, p]) => n + Math.max(0, (listeners.get(id) ?? 0) - p.got), 0);
    while (short() > 0 && performance.now() < waitUntil) await sleep(20);
    const afterAnswer = all.flatMap((p) => p.heardAt.map((at) => at - p.answeredAt!));
    const result = { ms, byPort, missing: short(), pushes: pushes.length, answered, afterAnswer };
    pending = new Map();
    all = [];
    answered = [];
    ms = [];
    byPort = new Map();
    return result;
  };

  return {
    reset: () => listeners.clear(),
    heard(schoolId, port) {
      listeners.set(schoolId, (listeners.get(schoolId) ?? 0) + 1);
      return (_version, at) => {
        const p = pending.get(schoolId);
        if (!p) return;
        p.got += 1;
        p.heardAt.push(at);
        const took = at - p.t0;
        ms.push(took);
        byPort.set(port, [...(byPort.get(port) ?? []), took]);
      };
    },
    async paced(server, rate, seconds) {
      const pushes: Promise<void>[] = [];
      const t0 = performance.now();
      const total = Math.round(rate * seconds);
      for (let i = 0; i < total; i += 1) {
        const due = t0 + (i * 1000) / rate;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        const board = boards[i % boards.length]!;
        const last = pending.get(board.schoolId);
        if (last && last.got < (listeners.get(board.schoolId) ?? 0)) continue; // still being heard: skip this turn
        pushes.push(start(server, board.schoolId));
      }
      return finish(pushes);
    },
    burst: (server) => finish(boards.map((b) => start(server, b.schoolId))),
  };
}
