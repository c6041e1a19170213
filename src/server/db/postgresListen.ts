// LISTEN on a real PostgreSQL: one connection of its own (a pooled one would be handed to other
// queries), opened again with growing waits if the database drops it.
import pg from 'pg';

const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface ListenOptions {
  connectionString: string;
  channel: string;
  onMessage: (payload: string) => void;
  /** Called when a lost connection is listening again: news may have been missed meanwhile. */
  onResumed?: () => void;
}

/** Listen until the returned function is called. Resolves once the first LISTEN has taken. */
export async function listenOnPostgres(opts: ListenOptions): Promise<() => Promise<void>> {
  if (!CHANNEL_NAME.test(opts.channel)) throw new Error(`Not a channel name: "${opts.channel}"`);
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: opts.connectionString, connectionTimeoutMillis: 5_000 });
    next.on('notification', (n) => {
      if (n.channel === opts.channel && n.payload !== undefined) opts.onMessage(n.payload);
    });
    next.on('error', (err) => console.error('steward: the LISTEN connection to PostgreSQL failed', err.message));
    next.on('end', () => {
      if (stopped || client !== next) return;
      client = null;
      again(1_000);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${opts.channel}`);
    } catch (err) {
      await next.end().catch(() => undefined);
      throw err;
    }
    client = next;
  };
  const again = (waitMs: number) => {
    retry = setTimeout(() => {
      retry = null;
      if (stopped) return;
      connect().then(
        () => opts.onResumed?.(),
        () => again(Math.min(waitMs * 2, 30_000)),
      );
    }, waitMs);
  };

  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const last = client;
    client = null;
    await last?.end().catch(() => undefined);
  };
}
