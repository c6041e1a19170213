// Pull: the changes to a school since a cursor, in version order, in pages, with every row filtered
// by what the caller's role may see; records they may no longer see come as withdrawals.
import { maySee, visibilitiesFor, type FieldClocks, type HlcStamp, type RecordKind, type Role, type Visibility } from '../../domain';
import type { Queryable } from '../db';
import type { PullQuery } from './schemas';

export type Change =
  /** clocks: the stamp of the last write to each field, so a device can lay its unsent changes on top exactly (C2). */
  /** authors: who made the last write to each field, by name (when asked for; fields the server wrote are absent). */
  | {
      kind: RecordKind;
      id: string;
      version: number;
      hlc: HlcStamp;
      clocks: FieldClocks;
      data: Record<string, unknown>;
      authors?: Record<string, string>;
    }
  | { kind: RecordKind; id: string; version: number; withdrawn: true };

export interface PullAnswer {
  changes: Change[];
  /** Pull again from here. */
  cursor: number;
  /** True when there are more changes after this page. */
  more: boolean;
  /** When true, the device must drop its copy of this board (keeping its unsent changes) and pull again from 0. */
  reset?: true;
  reason?: string;
  /**
   * Which access this answer was made under (it changes with the caller's role, S14). The device sends
   * it back with the next pull, so a pull from 0 in pages is never mistaken for a copy made under
   * the old role.
   */
  access: number;
}

interface Row {
  school_version: number;
  kind: RecordKind | null;
  id: string | null;
  data: Record<string, unknown> | null;
  visibility: Visibility | null;
  version: number | null;
  hlc: string | null;
  field_clocks: FieldClocks | null;
  field_authors: Record<string, string> | null;
}

/**
 * One page of changes. Runs as ONE statement, so the page and the school's version come from the
 * same snapshot: when there are no more changes the cursor jumps to the school's version (past
 * changes this role may not see), never past a change not yet visible to the snapshot. `school_id =
 * $1` is said inside the LATERAL subquery too: that is what lets Citus send the statement to the one
 * shard holding the school (without it, to every shard).
 */
export async function pullPage(db: Queryable, member: { role: Role; accessVersion: number }, q: PullQuery): Promise<PullAnswer> {
  const stale = q.access !== undefined ? q.access !== member.accessVersion : q.since < member.accessVersion;
  if (q.since > 0 && stale) {
    return {
      access: member.accessVersion,
      changes: [],
      cursor: 0,
      more: true,
      reset: true,
      reason: 'Your role on this board has changed since this device last synced, so the board is being fetched again.',
    };
  }
  const mine = JSON.stringify(visibilitiesFor(member.role));
  const rows = await db.query<Row>(
    `SELECT sv.version AS school_version, r.kind, r.id, r.data, r.visibility, r.version, r.hlc, r.field_clocks, r.field_authors
       FROM school_versions sv
       LEFT JOIN LATERAL (
         SELECT kind, id, data, visibility, version, hlc, field_clocks, field_authors FROM records
          WHERE school_id = sv.school_id AND school_id = $1 AND version > $2
            AND (visibility IN (SELECT jsonb_array_elements_text($4::jsonb))
                 OR ($2 > 0 AND widest_visibility IN (SELECT jsonb_array_elements_text($4::jsonb))))
          ORDER BY version
          LIMIT $3
       ) r ON true
      WHERE sv.school_id = $1
      ORDER BY r.version`,
    [q.schoolId, q.since, q.limit + 1, mine],
  );
  const schoolVersion = rows[0]?.school_version ?? 0;
  if (q.since > schoolVersion) {
    return {
      access: member.accessVersion,
      changes: [],
      cursor: 0,
      more: true,
      reset: true,
      reason:
        'This device has seen changes the server no longer has (its data was restored from a backup), so the board is being fetched again.',
    };
  }
  const found = rows.filter((r) => r.version !== null);
  const more = found.length > q.limit;
  const page = found.slice(0, q.limit);
  const changes: Change[] = page.map((r) =>
    maySee(member.role, r.visibility!)
      ? {
          kind: r.kind!,
          id: r.id!,
          version: r.version!,
          hlc: r.hlc!,
          clocks: r.field_clocks ?? {},
          data: r.data!,
          ...(q.authors === '1' && r.field_authors ? { authors: r.field_authors } : {}),
        }
      : { kind: r.kind!, id: r.id!, version: r.version!, withdrawn: true as const },
  );
  const cursor = more ? page[page.length - 1]!.version! : schoolVersion;
  return { changes, cursor, more, access: member.accessVersion };
}
