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
