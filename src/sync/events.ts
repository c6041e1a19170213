// Listening for "something to pull" (S18): the server's event stream, read with fetch so the session
// goes in the Authorization header (EventSource cannot send it). Reconnects with back-off.
import { wire } from '../domain';
import { SyncError, type SyncApi } from './api';
import { backoffMs } from './backoff';

export interface ServerEvent {
  event: string;
  data: string;
}

/** Split a Server-Sent Events text into events; returns the events and the unfinished rest. */
export function parseEvents(buffer: string): { events: ServerEvent[]; rest: string } {
  const events: ServerEvent[] = [];
  const blocks = buffer.replace(/\r\n/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue; // a comment: the keep-alive
      const colon = line.indexOf(':');
      const name = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (name === 'event') event = value;
      else if (name === 'data') data.push(value);
    }
    if (data.length > 0 || event !== 'message') events.push({ event, data: data.join('\n') });
  }
  return { events, rest };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export interface ListenOptions {
  api: SyncApi;
  schoolId: string;
  /** Told on `hello` and on each `changed`, with the school's version. */
  onVersion: (version: number) => void;
  /** Told when the stream cannot go on without the person (signed out, removed). */
  onStopped: (error: SyncError) => void;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** Listen until `signal` aborts. Never throws. */
export async function listenForChanges(opts: ListenOptions, signal: AbortSignal): Promise<void> {
  let failures = 0;
  while (!signal.aborted) {
    try {
      const res = await opts.api.send('GET', '/api/sync/events', { query: { schoolId: opts.schoolId }, signal, timeoutMs: null });
      failures = 0;
      await readStream(res, opts.onVersion, signal);
    } catch (err) {
      if (signal.aborted) return;
      if (err instanceof SyncError && !err.retryable) {
        opts.onStopped(err);
        return;
      }
      failures += 1;
    }
    if (signal.aborted) return;
    await opts.sleep(backoffMs(failures, opts.random), signal);
  }
}

async function readStream(res: Response, onVersion: (version: number) => void, signal: AbortSignal): Promise<void> {
  if (!res.body) return;
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const stop = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', stop, { once: true });
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      const parsed = parseEvents(buffer + decoder.decode(value, { stream: true }));
      buffer = parsed.rest;
      for (const e of parsed.events) {
        if (e.event !== 'hello' && e.event !== 'changed') continue;
        const message = wire.StreamMessage.safeParse(parseJson(e.data));
        if (message.success) onVersion(message.data.version);
      }
    }
  } finally {
    signal.removeEventListener('abort', stop);
  }
}
