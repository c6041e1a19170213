// What importing figures does to the board: each half term in the file replaces that half term's
// figures (a group the file has is changed in place, so its history shows the change; a group the
// file lacks is deleted; a new group is added). Half terms the file does not have are left alone.
import type { AttendanceFigure, FigureValues } from '../attendance';
import { pupilGroupLabels } from '../attendanceValues';
import { halfTermIndex, halfTermLabel } from '../halfTerms';

export interface FigureWrites {
  create: FigureValues[];
  update: { id: string; patch: Partial<FigureValues> }[];
  remove: string[];
  /** Per half term, in words: "Autumn 1 2025/26: add 4 groups" / "replace: 2 changed, 1 removed". */
  lines: string[];
}

const optionalKeys = [
  'pupils',
  'lateAfterRegisters',
  'nationalAttendance',
  'nationalPersistentAbsence',
  'laAttendance',
  'laPersistentAbsence',
  'targetAttendance',
  'targetPersistentAbsence',
] as const;
const requiredKeys = ['attendance', 'persistentAbsence', 'severeAbsence', 'unauthorisedAbsence'] as const;

/** The fields of `next` that differ from `before` (a figure the file leaves blank is cleared). */
function patchOf(before: AttendanceFigure, next: FigureValues): Partial<FigureValues> {
  const patch: Record<string, unknown> = {};
  for (const k of [...requiredKeys, ...optionalKeys]) if (before[k] !== next[k]) patch[k] = next[k];
  return patch as Partial<FigureValues>;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function replaceFigures(incoming: FigureValues[], existing: AttendanceFigure[]): FigureWrites {
  const out: FigureWrites = { create: [], update: [], remove: [], lines: [] };
  const terms = [...new Set(incoming.map(halfTermIndex))].sort((a, b) => a - b);
  for (const t of terms) {
    const rows = incoming.filter((f) => halfTermIndex(f) === t);
    const have = existing.filter((f) => !f.deleted && halfTermIndex(f) === t);
    let added = 0;
    let changed = 0;
    let same = 0;
    for (const r of rows) {
      const old = have.find((f) => f.group === r.group);
      if (!old) {
        out.create.push(r);
        added++;
        continue;
      }
      const patch = patchOf(old, r);
      if (Object.keys(patch).length === 0) same++;
      else {
        out.update.push({ id: old.id, patch });
        changed++;
      }
    }
    const gone = have.filter((f) => !rows.some((r) => r.group === f.group));
    out.remove.push(...gone.map((f) => f.id));
    const label = halfTermLabel(rows[0]!);
    if (have.length === 0) out.lines.push(`${label}: add ${plural(added, 'group')}.`);
    else {
      const parts = [
        added && `${added} added`,
        changed && `${changed} changed`,
        same && `${same} the same`,
        gone.length && `${gone.length} removed (${gone.map((f) => pupilGroupLabels[f.group]).join(', ')})`,
      ].filter(Boolean);
      out.lines.push(`${label}: replaces the figures already entered — ${parts.join(', ')}.`);
    }
  }
  return out;
}
