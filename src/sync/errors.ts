// What went wrong talking to the board's server, in words, with what the app should do (see api.ts).
// No zod here: the welcome screen's sign-in form reads these without loading the wire contract.
import type { Problem } from '../domain';

/** What went wrong, so the engine knows whether to try again, sign out or take the board off. */
export type SyncErrorKind =
  | 'offline' // no answer at all: try again later
  | 'server' // 5xx: try again later
  | 'signed-out' // A4: the session has ended
  | 'removed' // S14: no longer a member of this board
  | 'rate-limited' // A2
  | 'bad-credentials' // A1
  | 'update-needed' // S19: this app is too old for the server (or its answers): update it; unsent changes are kept
  | 'too-large' // S16: the request is over the server's limit (413): sending it again will not help
  | 'refused'; // any other 4xx: a mistake that trying again will not fix

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status = 0,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'SyncError';
  }
  /** Worth trying again later without anyone doing anything. */
  get retryable(): boolean {
    return this.kind === 'offline' || this.kind === 'server';
  }
}
