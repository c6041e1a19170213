// The parts the SoC meeting pack and the evidence pack share: the plan with its ratings and
// evidence, judgements of progress, targets against actuals, attendance. Part A records only:
// a pack goes to people who may not see Part B.
import { halfTermIndex, halfTermLabel } from '../halfTerms';
import { ukDate, compareIso } from '../dates';
import { judgementLabels, ratingLabels } from '../reviewValues';
import { riskCategoryLabel } from '../schoolValues';
import { describeEscalation, standingSummary } from '../escalationRules';
import { pupilGroupLabels } from '../attendanceValues';
import type { Review } from '../review';
import { actionCodes, isPartA, planActionsInOrder, type BoardRecords } from './board';
import type { Block } from './model';

const pc = (n: number | null | undefined) => (n === null || n === undefined ? '' : `${n}%`);

/** The board's reviews, oldest first (by half term, then the day held). */
export const reviewsInOrder = (board: BoardRecords): Review[] =>
  board.reviews.filter(isPartA).sort((a, b) => halfTermIndex(a) - halfTermIndex(b) || compareIso(a.heldOn, b.heldOn));

/** The evidence of an action, as one line each: "dd/mm/yyyy title". */
export function evidenceLines(board: BoardRecords, actionId: string, from = '', to = '9999-12-31'): string[] {
  return board.evidence
    .filter((e) => isPartA(e) && e.supports.includes(actionId) && e.recordedAt.slice(0, 10) >= from && e.recordedAt.slice(0, 10) <= to)
    .sort((a, b) => compareIso(a.recordedAt, b.recordedAt))
    .map((e) => `${ukDate(e.recordedAt.slice(0, 10))} ${e.title || e.text.slice(0, 120)}`);
}

/** The summary of the issues of concern: category, phase, areas for improvement, warning notice. */
export function issuesOfConcern(board: BoardRecords): Block[] {
  const school = board.schools[0];
  const areas = board.areas.filter((a) => isPartA(a) && !a.archived).sort((a, b) => a.number - b.number);
  const notice = board.escalationRecords
    .filter((e) => isPartA(e) && e.type === 'warning-notice')
    .sort((a, b) => compareIso(a.date, b.date))
    .pop();
  const pairs: [string, string][] = school
    ? [
        ['School', school.name],
        ['Category', riskCategoryLabel(school.riskCategory)],
        ['Improvement phase', school.improvementPhase],
        [
          'Ofsted',
          [school.ofstedJudgement, school.ofstedDate && `(${ukDate(school.ofstedDate)})`].filter(Boolean).join(' ') || 'Not recorded',
        ],
        ['Of concern since', school.concernSince ? ukDate(school.concernSince) : 'Not recorded'],
        ['Warning notice', notice ? describeEscalation(notice) : 'None recorded on this board'],
      ]
    : [];
  const steps = board.escalationRecords.filter(isPartA);
  return [
    { kind: 'fields', pairs },
    { kind: 'heading', text: 'Standing with the authority', level: 3 },
    { kind: 'list', items: standingSummary(steps).split('\n') },
    { kind: 'heading', text: 'Areas for improvement', level: 3 },
    areas.length
      ? { kind: 'list', items: areas.map((a) => `Area ${a.number}: ${a.title}`) }
      : { kind: 'paragraph', text: 'The plan has no areas yet.', muted: true },
  ];
}

/** The plan, area by area, with each action's latest rating and its evidence (within the dates, if given). */
export function planWithRatings(board: BoardRecords, from = '', to = '9999-12-31'): Block[] {
  const codes = actionCodes(board);
  const reviews = reviewsInOrder(board).filter((r) => r.heldOn <= to);
  const latest = (actionId: string) => {
    for (const r of [...reviews].reverse()) {
      const e = board.reviewEntries.find((x) => x.reviewId === r.id && x.actionId === actionId && isPartA(x));
      if (e) return `${ratingLabels[e.rating]} (${halfTermLabel(r)})`;
    }
    return 'Not yet rated';
  };
  const actions = planActionsInOrder(board);
  const blocks: Block[] = [];
  for (const area of board.areas.filter((a) => isPartA(a) && !a.archived).sort((a, b) => a.number - b.number)) {
    blocks.push({ kind: 'heading', text: `Area ${area.number}: ${area.title}`, level: 2 });
    if (area.targets.length) blocks.push({ kind: 'list', items: area.targets });
    const rows = actions
      .filter((a) => a.areaId === area.id)
      .map((a) => [
        codes.get(a.id) ?? '',
        a.description,
        a.lead,
        ukDate(a.finish),
        latest(a.id),
        evidenceLines(board, a.id, from, to).join('\n'),
      ]);
    blocks.push(
      rows.length
        ? { kind: 'table', columns: ['Action', 'What', 'Lead', 'Finish', 'Latest rating', 'Evidence'], rows }
        : { kind: 'paragraph', text: 'No actions yet.', muted: true },
    );
  }
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', text: 'There is no plan on this board yet.', muted: true });
  return blocks;
}

/** The committee's judgement of progress on each area at each review (the latest four). */
export function judgementsOfProgress(board: BoardRecords, to = '9999-12-31'): Block[] {
  const reviews = reviewsInOrder(board)
    .filter((r) => r.heldOn <= to)
    .slice(-4);
  if (reviews.length === 0) return [{ kind: 'paragraph', text: 'No review has been held yet.', muted: true }];
  const areas = board.areas.filter((a) => isPartA(a) && !a.archived).sort((a, b) => a.number - b.number);
  return [
    {
      kind: 'table',
      columns: ['Area', ...reviews.map((r) => halfTermLabel(r))],
      rows: areas.map((a) => [
        `Area ${a.number}: ${a.title}`,
        ...reviews.map((r) => {
          const j = board.areaJudgements.find((x) => x.reviewId === r.id && x.areaId === a.id && isPartA(x));
          return j ? `${judgementLabels[j.judgement]}${j.reason ? `: ${j.reason}` : ''}` : '';
        }),
      ]),
    },
  ];
}

/** The performance and targets table: last year, this year's target and actual, against national. */
export function targetsAgainstActuals(board: BoardRecords): Block[] {
  const rows = board.performanceRows.filter(isPartA).sort((a, b) => a.group.localeCompare(b.group, 'en-GB') || a.position - b.position);
  if (rows.length === 0) return [{ kind: 'paragraph', text: 'The plan has no performance targets yet.', muted: true }];
  return [
    {
      kind: 'table',
      columns: ['Measure', 'Last year', 'Target', 'This year', 'National', 'Met'],
      rows: rows.map((r) => {
        const met =
          r.schoolThisYear === null || r.targetThisYear === null
            ? ''
            : (r.higherIsBetter ? r.schoolThisYear >= r.targetThisYear : r.schoolThisYear <= r.targetThisYear)
              ? 'Yes'
              : 'No';
        return [`${r.group}: ${r.measure}`, pc(r.schoolLastYear), pc(r.targetThisYear), pc(r.schoolThisYear), pc(r.nationalThisYear), met];
      }),
    },
  ];
}

/** Attendance by group for the latest half terms (at most three), against target and national. */
export function attendanceSummary(board: BoardRecords): Block[] {
  const figures = board.attendanceFigures.filter(isPartA);
  const terms = [...new Map(figures.map((f) => [halfTermIndex(f), f])).values()]
    .sort((a, b) => halfTermIndex(a) - halfTermIndex(b))
    .slice(-3);
  if (terms.length === 0) return [{ kind: 'paragraph', text: 'No attendance figures have been entered.', muted: true }];
  const shown = new Set(terms.map(halfTermIndex));
  return [
    {
      kind: 'table',
      columns: ['Half term', 'Group', 'Attendance', 'Target', 'National', 'Persistent absence', 'Severe absence'],
      rows: figures
        .filter((f) => shown.has(halfTermIndex(f)))
        .sort((a, b) => halfTermIndex(a) - halfTermIndex(b))
        .map((f) => [
          halfTermLabel(f),
          pupilGroupLabels[f.group],
          pc(f.attendance),
          pc(f.targetAttendance),
          pc(f.nationalAttendance),
          pc(f.persistentAbsence),
          pc(f.severeAbsence),
        ]),
    },
  ];
}
