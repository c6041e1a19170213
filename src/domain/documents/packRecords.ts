// Visit reports and approved Part A minutes, as parts of a pack.
import { ukDate, compareIso } from '../dates';
import { reportPartLabels, reportPartNames } from '../visitReport';
import { reportStatusLabels } from '../visit';
import { responsePhotos } from '../visitRules';
import { actionCodes, isPartA, meetingsBetween, minuteItemVisibility, type Audience, type BoardRecords } from './board';
import { minutesDocument } from './minutes';
import type { Block } from './model';

const kindWords: Record<string, string> = {
  'learning walk': 'Learning walk',
  'monitoring visit': 'Monitoring visit',
  'meeting with staff': 'Meeting with staff',
  'pupil voice': 'Pupil voice',
};

/** At most this many photos of one visit go into a pack (each downscaled by the writer). */
export const PHOTOS_PER_VISIT = 6;

/**
 * The reports of visits made between two dates, each mapped to the plan's priorities (areas) and
 * actions it looked at; with its photos when `photos` is set.
 */
export function visitReports(board: BoardRecords, from: string, to: string, photos: boolean): Block[] {
  const codes = actionCodes(board);
  const visits = board.visits
    .filter((v) => isPartA(v) && v.status === 'complete' && v.date >= from && v.date <= to)
    .sort((a, b) => compareIso(a.date, b.date));
  if (visits.length === 0) return [{ kind: 'paragraph', text: 'No visit was made in this period.', muted: true }];
  const blocks: Block[] = [];
  for (const v of visits) {
    const areaIds = new Set([...v.focusAreaIds, ...board.actions.filter((a) => v.focusActionIds.includes(a.id)).map((a) => a.areaId)]);
    const areas = board.areas
      .filter((a) => areaIds.has(a.id) && isPartA(a))
      .sort((a, b) => a.number - b.number)
      .map((a) => `Area ${a.number}: ${a.title}`);
    blocks.push({ kind: 'heading', text: `${ukDate(v.date)}: ${kindWords[v.kind] ?? v.kind} by ${v.governor}`, level: 2 });
    blocks.push({
      kind: 'fields',
      pairs: [
        ['Priorities', areas.join('; ') || 'None named'],
        [
          'Actions looked at',
          v.focusActionIds
            .map((id) => codes.get(id) ?? '')
            .filter(Boolean)
            .join(', ') || 'None named',
        ],
        ['Report', reportStatusLabels[v.report.status]],
      ],
    });
    for (const part of reportPartNames) {
      const text = v.report[part];
      if (text) blocks.push({ kind: 'paragraph', label: reportPartLabels[part], text });
    }
    if (!reportPartNames.some((p) => v.report[p]))
      blocks.push({ kind: 'paragraph', text: 'The report has not been written.', muted: true });
    if (photos) {
      const refs = board.visitResponses.filter((r) => r.visitId === v.id && isPartA(r)).flatMap((r) => responsePhotos(r));
      for (const ref of refs.slice(0, PHOTOS_PER_VISIT)) blocks.push({ kind: 'photo', sha256: ref.sha256, caption: ref.name || 'Photo' });
      if (refs.length > PHOTOS_PER_VISIT)
        blocks.push({ kind: 'paragraph', text: `${refs.length - PHOTOS_PER_VISIT} more photos are kept in Steward.`, muted: true });
    }
  }
  return blocks;
}

/**
 * The approved Part A minutes of the meetings held between two dates (of the given kinds), each
 * under its own heading; with `partBTitles`, the titles of their Part B items (title only).
 */
export function approvedMinutes(
  board: BoardRecords,
  from: string,
  to: string,
  audience: Audience,
  opts: { kinds?: readonly string[]; partBTitles?: boolean } = {},
): Block[] {
  const meetings = meetingsBetween(board, from, to).filter(
    (m) => isPartA(m) && m.minutesStatus === 'approved' && (!opts.kinds || opts.kinds.includes(m.kind)),
  );
  if (meetings.length === 0) return [{ kind: 'paragraph', text: 'No approved minutes in this period.', muted: true }];
  const blocks: Block[] = [];
  for (const m of meetings) {
    blocks.push({ kind: 'heading', text: `${m.kind}, ${ukDate(m.date)}`, level: 2 });
    for (const b of minutesDocument(board, m, 'A', audience).blocks) {
      if (b.kind === 'signature') continue;
      blocks.push(b.kind === 'heading' ? { ...b, level: 3 } : b);
    }
    if (opts.partBTitles) {
      const titles = board.minuteItems
        .filter((i) => i.meetingId === m.id && minuteItemVisibility(board, i) === 'partB')
        .sort((a, b) => a.position - b.position)
        .map((i) => i.title);
      if (titles.length) {
        blocks.push({ kind: 'heading', text: 'Part B items (listed by title only)', level: 3 });
        blocks.push({ kind: 'list', items: titles });
      }
    }
  }
  return blocks;
}
