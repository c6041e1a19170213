// The evidence pack for a monitoring inspection or review, for a date range: how the board is
// organised, the plan with ratings and evidence each half term, approved Part A minutes, the
// action log, the challenge asked by action, visit reports with photos, attendance.
import { ukDate, daysBetween } from '../dates';
import { halfTermLabel } from '../halfTerms';
import { roleLabels, roles } from '../people';
import { ratingLabels } from '../reviewValues';
import type { ChallengeRecord } from '../attendance';
import {
  actionCodes,
  audienceSees,
  challengeVisibility,
  isPartA,
  meetingsBetween,
  planActionsInOrder,
  type Audience,
  type BoardRecords,
} from './board';
import { actionLogColumns, actionLogRows, everyAction } from './actionLog';
import { slug, type Block, type DocumentModel } from './model';
import { attendanceSummary, planWithRatings, reviewsInOrder, targetsAgainstActuals } from './packParts';
import { approvedMinutes, visitReports } from './packRecords';

export interface PackRange {
  from: string;
  to: string;
}

/** What is wrong with a date range for a pack, or null when it is fine. */
export function packRangeProblem({ from, to }: PackRange): string | null {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (!iso.test(from) || !iso.test(to)) return 'Give both dates, as dd/mm/yyyy.';
  if (to < from) return 'The end date must be on or after the start date.';
  if (daysBetween(from, to) > 3 * 366) return 'Choose at most three years.';
  return null;
}

function boardOrganisation(board: BoardRecords, range: PackRange): Block[] {
  const school = board.schools[0];
  const members = board.memberships.filter(isPartA).sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role));
  const meetings = meetingsBetween(board, range.from, range.to).filter(isPartA);
  const kinds = [...new Set(meetings.map((m) => m.kind))].map((k) => `${k}: ${meetings.filter((m) => m.kind === k).length} held`);
  const strategies = board.strategies
    .filter(isPartA)
    .map((s) => `${s.kind === 'monitoring' ? 'Monitoring' : 'Evaluation'} (${s.scope}): ${s.who}, ${s.what}, ${s.when}`);
  return [
    {
      kind: 'paragraph',
      text: `${school?.name ?? 'The school'} is governed by its board, which reviews the action plan every half term through its School Improvement Committee and reports to the termly School of Concern meeting.`,
    },
    { kind: 'heading', text: 'Members of the board', level: 3 },
    members.length
      ? { kind: 'table', columns: ['Name', 'Role'], rows: members.map((m) => [m.displayName, roleLabels[m.role]]) }
      : { kind: 'paragraph', text: 'The members are not recorded on this device.', muted: true },
    { kind: 'heading', text: 'Meetings in this period', level: 3 },
    kinds.length ? { kind: 'list', items: kinds } : { kind: 'paragraph', text: 'No meeting in this period.', muted: true },
    { kind: 'heading', text: 'Monitoring and evaluation', level: 3 },
    strategies.length ? { kind: 'list', items: strategies } : { kind: 'paragraph', text: 'No strategies recorded.', muted: true },
  ];
}

function ratingsByHalfTerm(board: BoardRecords, range: PackRange): Block[] {
  const codes = actionCodes(board);
  const order = new Map(planActionsInOrder(board).map((a, i) => [a.id, i]));
  const reviews = reviewsInOrder(board).filter((r) => r.heldOn >= range.from && r.heldOn <= range.to);
  if (reviews.length === 0) return [{ kind: 'paragraph', text: 'No review was held in this period.', muted: true }];
  const evidence = new Map(board.evidence.filter(isPartA).map((e) => [e.id, e]));
  return reviews.flatMap((r): Block[] => [
    { kind: 'heading', text: `${halfTermLabel(r)} review, ${ukDate(r.heldOn)}`, level: 2 },
    {
      kind: 'table',
      columns: ['Action', 'Rating', 'Why', 'Evidence seen'],
      rows: board.reviewEntries
        .filter((e) => e.reviewId === r.id && isPartA(e) && order.has(e.actionId))
        .sort((a, b) => order.get(a.actionId)! - order.get(b.actionId)!)
        .map((e) => [
          codes.get(e.actionId) ?? '',
          ratingLabels[e.rating],
          e.note,
          e.evidenceIds
            .map((id) => evidence.get(id))
            .filter((x) => x !== undefined)
            .map((x) => x.title || x.text.slice(0, 120))
            .join('\n'),
        ]),
    },
  ]);
}

function challengeByAction(board: BoardRecords, range: PackRange): Block[] {
  const codes = actionCodes(board);
  const inRange = (d: string) => d >= range.from && d <= range.to;
  const reviews = new Map(reviewsInOrder(board).map((r) => [r.id, r]));
  const partA = (c: ChallengeRecord) => challengeVisibility(board, c) === 'board';
  const blocks: Block[] = [];
  for (const a of planActionsInOrder(board)) {
    const lines = [
      ...board.reviewEntries
        .filter(
          (e) => e.actionId === a.id && e.challenge && isPartA(e) && reviews.has(e.reviewId) && inRange(reviews.get(e.reviewId)!.heldOn),
        )
        .map((e) => {
          const r = reviews.get(e.reviewId)!;
          return `${ukDate(r.heldOn)} (${halfTermLabel(r)} review): ${e.challenge}${e.response ? ` School’s response: ${e.response}` : ''}`;
        }),
      ...board.challengeRecords
        .filter((c) => c.relatedId === a.id && partA(c) && inRange(c.askedAt.slice(0, 10)))
        .map((c) => `${ukDate(c.askedAt.slice(0, 10))}: ${c.question}${c.answer ? ` Answer: ${c.answer}` : ''}`),
    ];
    if (lines.length)
      blocks.push({ kind: 'heading', text: `${codes.get(a.id) ?? ''} ${a.description}`.trim(), level: 3 }, { kind: 'list', items: lines });
  }
  const meetingOf = new Map(board.meetings.map((m) => [m.id, m]));
  const minuted = board.challengeRecords
    .filter((c) => c.meetingId && !c.relatedId && c.topic !== 'attendance' && partA(c) && inRange(c.askedAt.slice(0, 10)))
    .map((c) => {
      const m = meetingOf.get(c.meetingId!);
      return `${ukDate(c.askedAt.slice(0, 10))}${m ? ` (${m.kind})` : ''}: ${c.question}${c.answer ? ` Response: ${c.answer}` : ''}`;
    });
  if (minuted.length)
    blocks.push({ kind: 'heading', text: 'Other challenge minuted at meetings', level: 3 }, { kind: 'list', items: minuted });
  const attendance = board.challengeRecords
    .filter((c) => c.topic === 'attendance' && partA(c) && inRange(c.askedAt.slice(0, 10)))
    .map((c) => `${ukDate(c.askedAt.slice(0, 10))}: ${c.question}${c.answer ? ` Answer: ${c.answer}` : ''}`);
  if (attendance.length)
    blocks.push({ kind: 'heading', text: 'Challenge about attendance', level: 3 }, { kind: 'list', items: attendance });
  return blocks.length ? blocks : [{ kind: 'paragraph', text: 'No challenge was recorded in this period.', muted: true }];
}

/** The evidence pack: one document with a contents page; Part A records only (Part B items by title, for those who may see them). */
export function evidencePack(board: BoardRecords, audience: Audience, range: PackRange, today: string): DocumentModel {
  const school = board.schools[0];
  const ids = new Set(meetingsBetween(board, range.from, range.to).map((m) => m.id));
  const log = { ...board, meetingActions: board.meetingActions.filter((a) => ids.has(a.meetingId)) };
  const logRows = actionLogRows(log, everyAction, audience, today);
  const sections: [string, Block[]][] = [
    ['How the board is organised', boardOrganisation(board, range)],
    [
      'The plan with ratings and evidence',
      [
        ...planWithRatings(board, range.from, range.to),
        { kind: 'heading', text: 'Targets against actuals', level: 2 },
        ...targetsAgainstActuals(board),
      ],
    ],
    ['Ratings and evidence by half term', ratingsByHalfTerm(board, range)],
    ['Approved minutes (Part A)', approvedMinutes(board, range.from, range.to, audience, { partBTitles: audienceSees(audience, 'partB') })],
    [
      'Action log',
      logRows.length
        ? [{ kind: 'table', columns: [...actionLogColumns].slice(0, 8), rows: logRows.map((r) => r.slice(0, 8)) }]
        : [{ kind: 'paragraph', text: 'No actions were agreed in this period.', muted: true }],
    ],
    ['Challenge, by the action it concerns', challengeByAction(board, range)],
    ['Visit reports, by the plan’s priorities', visitReports(board, range.from, range.to, true)],
    ['Attendance', attendanceSummary(board)],
  ];
  return {
    title: 'Evidence pack',
    subtitle: `${school?.name ?? ''}: ${ukDate(range.from)} to ${ukDate(range.to)}. Made on ${ukDate(today)}.`,
    fileName: `${slug(school?.name ?? '')}-evidence-pack-${range.from}-to-${range.to}`,
    draft: false,
    contents: true,
    blocks: sections.flatMap(([title, blocks], i): Block[] => [
      { kind: 'heading', text: `${i + 1}. ${title}`, level: 1, newPage: true },
      ...blocks,
    ]),
  };
}
