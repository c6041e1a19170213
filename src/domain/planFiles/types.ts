import type { Action, ActionPlan, Area, ImprovementNeed, Milestone, PerformanceRow, Strategy } from '../plan';
import type { AreaJudgement, Review, ReviewEntry } from '../review';

/** One cell as a spreadsheet reader gives it: text, a number, a true/false, a real date, or nothing. */
export type Cell = string | number | boolean | Date | null | undefined;

/** One sheet of a workbook (or one CSV file): its name and its rows, row 1 first. */
export interface SheetRows {
  name: string;
  rows: Cell[][];
}

/** Where a problem is, as the person sees it in their spreadsheet. */
export interface FileProblem {
  /** The sheet ("Actions") or, for CSV and JSON, the file name; empty for the file as a whole. */
  sheet: string;
  /** For Word documents: the table, counted from 1 in the document's order. */
  table?: number;
  /** The row as the spreadsheet numbers it (1 is the heading row); absent when the problem is not in one row. */
  row?: number;
  /** The column: its letter and heading, e.g. { letter: 'J', header: 'Start' }. */
  column?: { letter: string; header: string };
  /** For JSON files: the place in the file, e.g. "actions[3].finish". */
  path?: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** An action plan with everything in it and its reviews: what the plan files carry. */
export interface PlanData {
  plan: ActionPlan;
  areas: Area[];
  needs: ImprovementNeed[];
  actions: Action[];
  milestones: Milestone[];
  strategies: Strategy[];
  performanceRows: PerformanceRow[];
  reviews: Review[];
  reviewEntries: ReviewEntry[];
  areaJudgements: AreaJudgement[];
}

/** The kinds a plan file holds, in the order they are written (each after the records it refers to). */
export const planKinds = [
  'plans',
  'areas',
  'needs',
  'actions',
  'milestones',
  'strategies',
  'performanceRows',
  'reviews',
  'reviewEntries',
  'areaJudgements',
] as const;
export type PlanKind = (typeof planKinds)[number];

/** The parts of a plan a file can carry; a part the file leaves out is left as it is on the board. */
export type PlanPart = 'plan' | 'actions' | 'milestones' | 'strategies' | 'performance' | 'reviews';
export const partKinds: Record<PlanPart, PlanKind[]> = {
  plan: ['plans'],
  actions: ['areas', 'needs', 'actions'],
  milestones: ['milestones'],
  strategies: ['strategies'],
  performance: ['performanceRows'],
  reviews: ['reviews', 'reviewEntries', 'areaJudgements'],
};

/** What a file brought: the parts it carries (others stay as they are on the board), and their records. */
export type IncomingPlan = Omit<PlanData, 'plan'> & { plan?: ActionPlan; parts: PlanPart[] };

/** The largest plan file Steward reads (checked before reading it). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
