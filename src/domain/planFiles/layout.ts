import type { PlanPart } from './types';

/** One column of a sheet: the key the code uses, its heading, and what goes in it. */
export interface ColumnDef {
  key: string;
  header: string;
  /** Must the sheet have this column? (A cell may still be empty where the rules allow.) */
  required: boolean;
  /** What to write, for the template's "How to fill this in" sheet. */
  help: string;
  /** Other headings taken to mean this column. */
  aliases?: string[];
}

export interface SheetDef {
  name: string;
  /** The part of the plan it carries; null for sheets that are exported but not imported. */
  part: PlanPart | null;
  /** Its name as one CSV file. */
  csvName: string;
  help: string;
  columns: ColumnDef[];
}

const col = (key: string, header: string, required: boolean, help: string, aliases?: string[]): ColumnDef => ({
  key,
  header,
  required,
  help,
  aliases,
});
const date = 'dd/mm/yyyy, e.g. 01/09/2026 (or a date cell)';
const figure = (what: string) =>
  col(
    what,
    what.replace(/^./, (c) => c.toUpperCase()),
    true,
    'A percentage from 0 to 100, or empty when not known',
  );

export const planSheet: SheetDef = {
  name: 'Plan',
  part: 'plan',
  csvName: 'plan.csv',
  help: 'One row per field: Title, Start and End once each, then one Priority row for each priority of the local authority or trust, in order.',
  columns: [
    col('field', 'Field', true, 'Title, Start, End or Priority'),
    col('value', 'Value', true, `The plan's title; its start and end dates (${date}); or one priority`),
  ],
};

export const actionsSheet: SheetDef = {
  name: 'Actions',
  part: 'actions',
  csvName: 'actions.csv',
  help: 'One row per action. Write the area title, its targets and the improvement needed on the first row of each; later rows may leave them empty.',
  columns: [
    col('area', 'Area', true, 'The number of the area for improvement: 1, 2, 3…', ['Area number', 'AFI']),
    col('areaTitle', 'Area title', true, 'What the area is about (on its first row at least)'),
    col('areaTargets', 'Area targets', false, 'The area’s targets, one per line (on its first row)', ['Targets']),
    col('need', 'Need code', true, 'The improvement needed: 1a, 1b… (the number is the area’s)', ['Need']),
    col('needText', 'Improvement needed', true, 'What needs to improve (on the first row of each need code at least)'),
    col('action', 'Action code', true, '(i), (ii), (iii)… within the need'),
    col('actionText', 'Action', true, 'What will be done'),
    col('lead', 'Lead', false, 'Who leads it', ['Lead person']),
    col('resources', 'Resources', false, 'Time, money or people it needs'),
    col('start', 'Start', true, date, ['Start date']),
    col('finish', 'Finish', true, `${date}; on or after the start`, ['Finish date', 'End']),
    col('successCriteria', 'Success criteria', false, 'How the committee will know it worked'),
    col('status', 'Status', false, 'Not started, In progress, Complete or Stalled (empty: Not started)'),
  ],
};

export const milestonesSheet: SheetDef = {
  name: 'Milestones',
  part: 'milestones',
  csvName: 'milestones.csv',
  help: 'Up to five dated milestones for each area, numbered 1 to 5.',
  columns: [
    col('area', 'Area', true, 'The area’s number (it must be on the Actions sheet, or already in the plan)', ['Area number']),
    col('number', 'Number', true, '1 to 5', ['Milestone number']),
    col('date', 'Date', true, date),
    col('milestone', 'Milestone', true, 'What will be true by then'),
    col('metOn', 'Met on', false, `The date it was confirmed as met (${date}), or empty`),
  ],
};

export const strategiesSheet: SheetDef = {
  name: 'Strategies',
  part: 'strategies',
  csvName: 'strategies.csv',
  help: 'Monitoring and evaluation strategies, internal and external: who, what, when.',
  columns: [
    col('kind', 'Kind', true, 'Monitoring or Evaluation'),
    col('scope', 'Scope', true, 'Internal or External'),
    col('who', 'Who', true, 'Who does it'),
    col('what', 'What', true, 'What they do'),
    col('when', 'When', true, 'How often, or when'),
  ],
};

export const performanceSheet: SheetDef = {
  name: 'Performance',
  part: 'performance',
  csvName: 'performance.csv',
  help: 'The performance-and-targets table: one row per measure, with last year’s, this year’s and next year’s figures.',
  columns: [
    col('group', 'Group', true, 'EYFS, Phonics, KS1, KS2, Attendance, Quality of teaching or Other'),
    col('measure', 'Measure', true, 'e.g. Good level of development'),
    col('higherIsBetter', 'Higher is better', false, 'Yes, or No for measures such as persistent absence (empty: Yes)'),
    figure('school last year'),
    figure('national last year'),
    figure('target this year'),
    figure('school this year'),
    figure('national this year'),
    figure('target next year'),
  ].map((c, i) => (i >= 3 ? { ...c, key: camel(c.header) } : c)),
};

export const reviewsSheet: SheetDef = {
  name: 'Reviews',
  part: null,
  csvName: 'reviews.csv',
  help: 'Exported for reading: each half-termly review’s rating of each action. Not read back on import (use the .json file to move reviews).',
  columns: [
    col('schoolYear', 'School year', true, 'e.g. 2026/27'),
    col('halfTerm', 'Half term', true, 'Autumn 1 … Summer 2'),
    col('heldOn', 'Held on', true, date),
    col('status', 'Review status', true, 'Draft or Final'),
    col('action', 'Action code', true, 'e.g. 1a(ii)'),
    col('actionText', 'Action', true, 'What will be done'),
    col('rating', 'Rating', true, 'Red, Amber, Green or Complete'),
    col('note', 'Note', false, 'Why'),
    col('challenge', 'Challenge', false, 'The governors’ challenge'),
    col('response', 'School’s response', false, 'The school’s answer'),
    col('nextSteps', 'Next steps', false, 'What happens next'),
  ],
};

export const judgementsSheet: SheetDef = {
  name: 'Judgements',
  part: null,
  csvName: 'judgements.csv',
  help: 'Exported for reading: the committee’s judgement of progress on each area at each review.',
  columns: [
    col('schoolYear', 'School year', true, 'e.g. 2026/27'),
    col('halfTerm', 'Half term', true, 'Autumn 1 … Summer 2'),
    col('area', 'Area', true, 'The area’s number'),
    col('areaTitle', 'Area title', true, 'What the area is about'),
    col('judgement', 'Judgement', true, 'Insufficient, Some or Good progress'),
    col('reason', 'Reason', false, 'Why'),
  ],
};

function camel(header: string): string {
  return header.toLowerCase().replace(/ (\w)/g, (_, c: string) => c.toUpperCase());
}

/** The sheets read on import, in the order a workbook has them. */
export const importSheets = [planSheet, actionsSheet, milestonesSheet, strategiesSheet, performanceSheet];
/** Every sheet an export writes. */
export const exportSheets = [...importSheets, reviewsSheet, judgementsSheet];
/** The first sheet of the blank template, which says how to fill it in (never read on import). */
export const HELP_SHEET = 'How to fill this in';
