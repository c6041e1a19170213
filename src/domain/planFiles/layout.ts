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
  /** Read on import but never written (its text goes to another column, e.g. RAG into the notes). */
  importOnly?: boolean;
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
  help: 'One row per field: Title once, Start and End once each if the plan has dates, then one Priority row for each priority of the local authority or trust, in order.',
  columns: [
    col('field', 'Field', true, 'Title, Start, End or Priority'),
    col('value', 'Value', true, `The plan's title; its start and end dates (${date}); or one priority`),
  ],
};

export const actionsSheet: SheetDef = {
  name: 'Actions',
  part: 'actions',
  csvName: 'actions.csv',
  help: 'One row per action. Write the area title, its targets and the improvement needed on the first row of each; later rows may leave them empty (a row with no need code belongs to the need above it). Columns Steward has no place for are kept in each action’s notes.',
  columns: [
    col('area', 'Area', true, 'The number of the area for improvement: 1, 2, 3…', [
      'Area number',
      'AFI',
      'Area for improvement',
      'Priority number',
    ]),
    col('areaTitle', 'Area title', true, 'What the area is about (on its first row at least)', ['Area for improvement title', 'Priority']),
    col('areaTargets', 'Area targets', false, 'The area’s targets, one per line (on its first row)', ['Targets', 'Target']),
    col('need', 'Need code', false, 'The improvement needed: 1a, 1b… or the plan’s own code; leave the column out if the plan has none', [
      'Need',
    ]),
    col('needText', 'Improvement needed', false, 'What needs to improve (on the first row of each need at least)', ['Improvement need']),
    col('action', 'Action code', false, '(i), (ii)… within the need, or the plan’s own code (1.1, 7…); empty: numbered in order', [
      'Ref',
      'Reference',
      'Action number',
      'Action no',
      'No',
    ]),
    col('actionText', 'Action', true, 'What will be done', ['Actions', 'Action to be taken', 'What']),
    col('lead', 'Lead', false, 'Who leads it', ['Lead person', 'By whom', 'Who', 'Responsible', 'Owner']),
    col('resources', 'Resources', false, 'Time, money or people it needs', ['Cost', 'Resources needed']),
    col('start', 'Start', false, `${date}; may be empty`, ['Start date']),
    col('finish', 'Finish', false, `${date}; on or after the start; may be empty`, ['Finish date', 'End', 'End date', 'Deadline']),
    col('successCriteria', 'Success criteria', false, 'How the committee will know it worked', [
      'Success criterion',
      'Measures of success',
      'Impact',
      'Outcomes',
    ]),
    col('status', 'Status', false, 'Not started, In progress, Complete or Stalled (empty: Not started)'),
    col('when', 'When', false, 'When, in the plan’s words: Termly, From May 2026, By the February board…', [
      'Timescale',
      'Timescales',
      'Timing',
      'By when',
      'Timeframe',
    ]),
    col('areaCode', 'Area code', false, 'The plan’s own code for the area, when it is not simply its number'),
    {
      ...col(
        'rag',
        'RAG',
        false,
        'A red, amber or green rating the plan gives; kept in the action’s notes (reviews rate actions in Steward)',
        ['RAG rating', 'RAG status'],
      ),
      importOnly: true,
    },
    {
      ...col('evidence', 'Evidence', false, 'Evidence the plan lists; kept in the action’s notes', [
        'Monitoring evidence',
        'Evidence of impact',
      ]),
      importOnly: true,
    },
    col('notes', 'Notes', false, 'Anything else about the action, one item per line', ['Comments']),
  ],
};

export const milestonesSheet: SheetDef = {
  name: 'Milestones',
  part: 'milestones',
  csvName: 'milestones.csv',
  help: 'Any number of milestones for each area, each on one action (give its code) or on the area as a whole, dated or not.',
  columns: [
    col('area', 'Area', true, 'The area’s number (it must be on the Actions sheet, or already in the plan)', ['Area number']),
    col('number', 'Number', false, '1, 2, 3… within the area (empty: numbered in order)', ['Milestone number']),
    col('date', 'Date', false, `${date}; may be empty when When says it in words`, ['Milestone date']),
    col('milestone', 'Milestone', true, 'What will be true by then', ['Milestones', 'Description']),
    col('metOn', 'Met on', false, `The date it was confirmed as met (${date}), or empty`),
    col('action', 'Action code', false, 'The code of the action it belongs to (1a(ii), 1.1…), or empty for the area as a whole', [
      'Action',
    ]),
    col('when', 'When', false, 'When, in the plan’s words, e.g. By the February Standards Board', ['Timescale', 'By when']),
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
