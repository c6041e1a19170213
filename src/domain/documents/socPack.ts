// The School of Concern meeting pack the chair takes to the termly meeting (seed 003, Appendix 3).
import { ukDate, ukDateLong, compareIso } from '../dates';
import type { Meeting } from '../meeting';
import { inAgendaOrder } from '../meetingRules';
import { isPartA, minuteItemVisibility, type Audience, type BoardRecords } from './board';
import { slug, type Block, type DocumentModel } from './model';
import { attendanceSummary, issuesOfConcern, judgementsOfProgress, planWithRatings, targetsAgainstActuals } from './packParts';
import { approvedMinutes, visitReports } from './packRecords';

const SOC = 'School of Concern meeting';

/** The next School of Concern meeting (on or after today) and the last one held before today. */
export function socMeetings(board: BoardRecords, today: string): { next?: Meeting; last?: Meeting } {
  const soc = board.meetings.filter((m) => m.kind === SOC && isPartA(m)).sort((a, b) => compareIso(a.date, b.date));
  return { next: soc.find((m) => m.date >= today), last: soc.filter((m) => m.date < today).pop() };
}

/** The sections of the pack, in the order of the meeting's agenda. */
export const socSections = [
  'Summary of the issues of concern',
  'The plan: latest ratings and evidence',
  'Judgements of progress',
  'Targets against actuals',
  'Attendance',
  'Visit reports since the last meeting',
  'Approved minutes of the committee since the last meeting',
] as const;

/** The pack: one document with a contents page; Part A records only, whoever makes it. */
export function socPack(board: BoardRecords, audience: Audience, today: string): DocumentModel {
  const school = board.schools[0];
  const { next, last } = socMeetings(board, today);
  const since = last?.date ?? board.plans[0]?.startDate ?? '0000-01-01';
  const sinceWords = last ? `since the last School of Concern meeting on ${ukDate(last.date)}` : `since the plan began on ${ukDate(since)}`;
  // The meeting's own agenda where the clerk has written it (Part A items only); else the pack's sections.
  const agenda = next
    ? inAgendaOrder(board.minuteItems.filter((i) => i.meetingId === next.id && minuteItemVisibility(board, i) === 'board')).map(
        (i, n) => `${n + 1}. ${i.title}`,
      )
    : [];
  const parts: Block[][] = [
    issuesOfConcern(board),
    planWithRatings(board, since, today),
    judgementsOfProgress(board, today),
    targetsAgainstActuals(board),
    attendanceSummary(board),
    visitReports(board, since, today, false),
    approvedMinutes(board, since, today, audience, { kinds: ['School Improvement Committee'] }),
  ];
  const blocks: Block[] = [
    { kind: 'heading', text: 'Agenda', level: 1 },
    {
      kind: 'fields',
      pairs: next
        ? [
            ['Meeting', `${SOC}, ${ukDateLong(next.date)}${next.time ? ` at ${next.time}` : ''}`],
            ['Venue', next.venue || 'To be confirmed'],
          ]
        : [['Meeting', 'The next School of Concern meeting (no date is set on this board)']],
    },
    { kind: 'list', items: agenda.length ? agenda : socSections.map((s, i) => `${i + 1}. ${s}`) },
    { kind: 'paragraph', text: `Evidence, visits and minutes are those ${sinceWords}.`, muted: true },
  ];
  socSections.forEach((title, i) => blocks.push({ kind: 'heading', text: `${i + 1}. ${title}`, level: 1, newPage: true }, ...parts[i]!));
  return {
    title: 'School of Concern meeting pack',
    subtitle: `${school?.name ?? ''}${next ? `, for the meeting on ${ukDate(next.date)}` : ''}. Made on ${ukDate(today)}.`,
    fileName: `${slug(school?.name ?? '')}-soc-meeting-pack-${today}`,
    draft: false,
    contents: true,
    blocks,
  };
}
