import { v7 } from 'uuid';
import {
  mergePlan,
  planKinds,
  summaryLines,
  type FileProblem,
  type IncomingPlan,
  type MergeSummary,
  type PlanData,
  type PlanWrites,
} from '../../domain/planFiles';
import type { DateOrder } from '../../domain/planFiles/dateOrder';
import { db, importBoard, planOf, reviewsFor, type ImportSummary, type StewardDb } from '../../data';
import { failed, readChosenFiles, type ChosenFile, type ReadOutcome } from './readFiles';

/** The board's plan with everything in it (archived parts too) and its reviews; undefined when it has none. */
export async function currentPlanData(schoolId: string, store: StewardDb = db): Promise<PlanData | undefined> {
  const [plan, reviews] = await Promise.all([planOf(schoolId, store), reviewsFor(schoolId, store)]);
  if (!plan) return undefined;
  const ids = new Set(reviews.reviews.filter((r) => r.planId === plan.plan.id).map((r) => r.id));
  return {
    ...plan,
    reviews: reviews.reviews.filter((r) => ids.has(r.id)),
    reviewEntries: reviews.entries.filter((e) => ids.has(e.reviewId)),
    areaJudgements: reviews.judgements.filter((j) => ids.has(j.reviewId)),
  };
}

/** A file read and checked against the board, ready for the person to confirm. Nothing is saved yet. */
export interface PreparedImport extends ReadOutcome {
  schoolId: string;
  /** Does the board have a plan with something in it (so importing changes it, rather than starting it)? An empty plan counts as none. */
  hasPlan: boolean;
  /** The files read, so they can be read again when the person says which way round the dates are. */
  files?: ChosenFile[];
  dateOrder?: DateOrder;
  /** What importing everything would do, in sentences (only when the file has no problems). */
  allLines: string[];
  /** What importing the valid rows would do (only for a spreadsheet with problems and some valid rows). */
  validLines: string[];
}

/** A file refused before it was read (e.g. too big). */
export const refusedImport = (schoolId: string, hasPlan: boolean, problems: FileProblem[]): PreparedImport => ({
  ...failed(problems),
  schoolId,
  hasPlan,
  allLines: [],
  validLines: [],
});

/**
 * Read and check the chosen files against the board. `dateOrder` is the person's answer for date columns
 * whose dates could be either way round (day first when not given; `ambiguousDates` says when to ask).
 */
export async function prepareImport(
  files: ChosenFile[],
  schoolId: string,
  store: StewardDb = db,
  dateOrder?: DateOrder,
): Promise<PreparedImport> {
  const current = await currentPlanData(schoolId, store);
  const outcome = await readChosenFiles(files, { schoolId, now: new Date().toISOString(), makeId: v7, current, dateOrder });
  const prepared: PreparedImport = {
    ...outcome,
    schoolId,
    hasPlan: current !== undefined && (current.areas.some((a) => !a.archived) || current.actions.length > 0),
    files,
    dateOrder,
    allLines: [],
    validLines: [],
  };
  if (!outcome.incoming) return prepared;
  const plan = await writesFor(outcome, current, schoolId, outcome.problems.length === 0, store);
  if (outcome.problems.length === 0) prepared.allLines = summaryLines(plan.summary);
  else if (outcome.format !== 'json' && outcome.rows.valid > 0) prepared.validLines = summaryLines(plan.summary);
  return prepared;
}

/**
 * Save the file's plan to the board: 'all' only when the file has no problems; 'valid' saves the
 * valid rows of a spreadsheet (adding and changing, never archiving or removing). All or nothing,
 * in one transaction (importBoard). The board is read again first, so a change made meanwhile counts.
 */
export async function applyImport(
  prepared: PreparedImport,
  mode: 'all' | 'valid',
  store: StewardDb = db,
): Promise<{ saved: ImportSummary; summary: MergeSummary }> {
  if (!prepared.incoming) throw new Error('Nothing in this file can be imported: fix the problems listed, then choose the file again.');
  if (mode === 'all' && prepared.problems.length > 0)
    throw new Error('This file has problems, so nothing was imported: fix them, then choose the file again.');
  if (mode === 'valid' && (prepared.format === 'json' || prepared.rows.valid === 0))
    throw new Error('No part of this file can be imported on its own: fix the problems listed, then choose the file again.');
  const current = await currentPlanData(prepared.schoolId, store);
  const { writes, summary } = await writesFor(prepared, current, prepared.schoolId, mode === 'all', store);
  const saved = await importBoard(writes, store);
  return { saved, summary };
}

async function writesFor(
  outcome: ReadOutcome,
  current: PlanData | undefined,
  schoolId: string,
  complete: boolean,
  store: StewardDb,
): Promise<{ writes: PlanWrites; summary: MergeSummary }> {
  const incoming = outcome.incoming as IncomingPlan;
  return mergePlan(current, incoming, {
    schoolId,
    now: new Date().toISOString(),
    makeId: v7,
    taken: outcome.format === 'json' ? await idsInUse(incoming, current, store) : new Set(),
    removeMissing: complete,
    keepVisibility: outcome.format !== 'json',
  });
}

/** Ids in the file already used on this device by records other than this board's plan (e.g. the plan of another board). */
async function idsInUse(incoming: IncomingPlan, current: PlanData | undefined, store: StewardDb): Promise<Set<string>> {
  const mine = new Set(current ? planKinds.flatMap((k) => (k === 'plans' ? [current.plan] : current[k]).map((r) => r.id)) : []);
  const taken = new Set<string>();
  for (const kind of planKinds) {
    const ids = (kind === 'plans' ? (incoming.plan ? [incoming.plan] : []) : incoming[kind]).map((r) => r.id).filter((id) => !mine.has(id));
    if (ids.length === 0) continue;
    const found = await store.records(kind).bulkGet(ids);
    found.forEach((r, i) => r && taken.add(ids[i]!));
  }
  return taken;
}
