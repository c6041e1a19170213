import {
  actionCodeOf,
  reportsForPapers,
  type Action,
  type Area,
  type ChecklistTemplate,
  type Evidence,
  type IsoDate,
  type TermDates,
  type Visit,
  type VisitResponse,
  compareIso,
} from '../../domain';
import { db as appDb, type StewardDb } from '../db';
import { byAnyOf, bySchool, liveById, sortBy } from './common';
import { planOf } from './plan';

/** An action of the current plan with its code ("1a(ii)") and its area. */
export interface PlanAction {
  action: Action;
  code: string;
  area: Area;
}

export interface PlanActions {
  /** By number. */
  areas: Area[];
  /** In plan order. */
  actions: PlanAction[];
}

/** The current plan's areas and actions, with each action's code: what a visit can focus on or a finding be tied to. */
export async function planActions(schoolId: string, store: StewardDb = appDb): Promise<PlanActions> {
  const plan = await planOf(schoolId, store);
  if (!plan) return { areas: [], actions: [] };
  const areas = new Map(plan.areas.map((a) => [a.id, a]));
  const needs = new Map(plan.needs.map((n) => [n.id, n]));
  const actions = plan.actions.flatMap((action) => {
    const area = areas.get(action.areaId);
    const need = needs.get(action.needId);
    return area && need ? [{ action, area, code: actionCodeOf(area, need, action) }] : [];
  });
  return { areas: plan.areas, actions };
}

export interface VisitDetail extends PlanActions {
  visit: Visit;
  /** The exact version of the checklist the visit was made with (undefined: none chosen, or not on this device). */
  template: ChecklistTemplate | undefined;
  responses: VisitResponse[];
  /** Evidence that came from this visit, oldest first. */
  evidence: Evidence[];
}

/** One visit with its checklist version, answers, the plan's actions and the evidence it made; undefined if not on the device. */
export async function visitDetail(visitId: string, store: StewardDb = appDb): Promise<VisitDetail | undefined> {
  const visit = await liveById(store, 'visits', visitId);
  if (!visit) return undefined;
  const [template, responses, evidence, plan] = await Promise.all([
    liveById(store, 'checklistTemplates', visit.templateId),
    byAnyOf(store, 'visitResponses', 'visitId', [visitId]),
    byAnyOf(store, 'evidence', 'visitId', [visitId]),
    planActions(visit.schoolId, store),
  ]);
  return {
    visit,
    template,
    responses: sortBy(responses, (r) => r.createdAt),
    evidence: sortBy(
      evidence,
      (e) => e.recordedAt,
      (e) => e.createdAt,
    ),
    ...plan,
  };
}

/** Every live version of every checklist template of a school. */
export async function checklistTemplatesFor(schoolId: string, store: StewardDb = appDb): Promise<ChecklistTemplate[]> {
  return bySchool(store, 'checklistTemplates', schoolId);
}

/** One version of a template and every version of it, newest first; undefined if not on the device. */
export async function checklistTemplateDetail(
  templateId: string,
  store: StewardDb = appDb,
): Promise<{ template: ChecklistTemplate; versions: ChecklistTemplate[]; visits: Visit[] } | undefined> {
  const template = await liveById(store, 'checklistTemplates', templateId);
  if (!template) return undefined;
  const versions = (await store.checklistTemplates.where('templateKey').equals(template.templateKey).toArray()).filter(
    (t) => !t.deleted && t.schoolId === template.schoolId,
  );
  const ids = new Set(versions.map((v) => v.id));
  const visits = (await bySchool(store, 'visits', template.schoolId)).filter((v) => v.templateId && ids.has(v.templateId));
  return {
    template,
    versions: versions.sort((a, b) => b.version - a.version || compareIso(b.createdAt, a.createdAt)),
    visits: sortBy(visits, (v) => v.date).reverse(),
  };
}

export interface VisitSchedule extends PlanActions {
  visits: Visit[];
  termDates: TermDates[];
}

/** Everything the board's visit schedule needs: visits (by date), the board's term dates and its plan. */
export async function visitSchedule(schoolId: string, store: StewardDb = appDb): Promise<VisitSchedule> {
  const [visits, termDates, plan] = await Promise.all([
    bySchool(store, 'visits', schoolId),
    bySchool(store, 'termDates', schoolId),
    planActions(schoolId, store),
  ]);
  return {
    visits: sortBy(
      visits,
      (v) => v.date,
      (v) => v.createdAt,
    ),
    termDates,
    ...plan,
  };
}

/** The bytes of a stored photo or document, or undefined if this device does not have them (yet). */
export async function fileBlob(sha256: string, store: StewardDb = appDb): Promise<Blob | undefined> {
  return (await store.files.get(sha256))?.blob;
}

/** Visit reports for the papers of a review or meeting on `until`: agreed or filed, from visits after `since`. */
export async function visitReportsForPapers(
  schoolId: string,
  since: IsoDate | undefined,
  until: IsoDate,
  store: StewardDb = appDb,
): Promise<Visit[]> {
  return reportsForPapers(await bySchool(store, 'visits', schoolId), since, until);
}

/** One visit as stored now, or undefined if it is not on this device. */
export async function visitById(visitId: string, store: StewardDb = appDb): Promise<Visit | undefined> {
  return liveById(store, 'visits', visitId);
}
