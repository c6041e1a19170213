// Before an events stream passes on news (S18), its session and membership are checked again. When a
// school's version moves, every stream of that school on this server asks in the same turn of the
// event loop: one statement answers them all, instead of one statement per stream.
import type { Queryable } from '../db';

type Answer = (stillMember: boolean) => void;

export class MemberChecks {
  /** Per school, the token hashes asked about in this turn, and who is waiting for each. */
  private readonly asked = new Map<string, Map<string, Answer[]>>();

  constructor(private readonly db: Queryable) {}

  /**
   * Is the session with this token hash open (not revoked, not expired) and its person a member of
   * the school, not removed? False when the check could not be made either: the caller then asks in
   * full, which says why.
   */
  stillMember(schoolId: string, tokenHash: string): Promise<boolean> {
    let school = this.asked.get(schoolId);
    if (!school) {
      const mine = new Map<string, Answer[]>();
      school = mine;
      this.asked.set(schoolId, mine);
      setImmediate(() => void this.answer(schoolId, mine));
    }
    const waiting = school.get(tokenHash) ?? [];
    school.set(tokenHash, waiting);
    return new Promise((resolve) => waiting.push(resolve));
  }

  private async answer(schoolId: string, school: Map<string, Answer[]>): Promise<void> {
    this.asked.delete(schoolId);
    const open = await this.db
      .query<{ token_hash: string }>(
        `SELECT s.token_hash FROM sessions s
           JOIN memberships m ON m.school_id = $1 AND m.person_id = s.person_id AND m.removed_at IS NULL
          WHERE s.token_hash = ANY ($2::text[]) AND s.revoked_at IS NULL AND s.expires_at > now()`,
        [schoolId, [...school.keys()]],
      )
      .then(
        (rows) => new Set(rows.map((r) => r.token_hash)),
        () => new Set<string>(),
      );
    for (const [hash, waiting] of school) for (const resolve of waiting) resolve(open.has(hash));
  }
}

/**
 * One keep-alive clock per school on this server: every open stream of the school is ticked in the
 * same turn, so their checks go together in one statement (above), not one statement per stream at
 * the moment each happened to open. A stream's first tick comes at most `everyMs` after it joins.
 */
export class SchoolTicks {
  private readonly clocks = new Map<string, { timer: ReturnType<typeof setInterval>; streams: Set<() => void> }>();

  constructor(private readonly everyMs: number) {}

  /** Calls `tick` at each of the school's ticks until the returned function is called. */
  every(schoolId: string, tick: () => void): () => void {
    let clock = this.clocks.get(schoolId);
    if (!clock) {
      const streams = new Set<() => void>();
      const timer = setInterval(() => {
        for (const fn of [...streams]) fn();
      }, this.everyMs);
      timer.unref?.();
      clock = { timer, streams };
      this.clocks.set(schoolId, clock);
    }
    const mine = clock;
    mine.streams.add(tick);
    return () => {
      mine.streams.delete(tick);
      if (mine.streams.size === 0 && this.clocks.get(schoolId) === mine) {
        clearInterval(mine.timer);
        this.clocks.delete(schoolId);
      }
    };
  }

  /** How many schools have a clock running (for tests). */
  get schools(): number {
    return this.clocks.size;
  }
}
