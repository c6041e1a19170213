import type { Answer, ChecklistItem, ChecklistSection, ChecklistTemplate, ReportStatus, Visit, VisitResponse, VisitStatus } from './visit';
import type { IsoDate } from './record';
import { daysBetween, compareIso } from './dates';

export const yesNoLabels = { yes: 'Yes', partly: 'Partly', no: 'No', 'not-seen': 'Not seen' } as const;
export type YesNo = keyof typeof yesNoLabels;
export const yesNoValues = Object.keys(yesNoLabels) as YesNo[];

/** The words for a rating of 1 to 4: how far something is in place (the phase benchmarks' language). */
export const ratingScale: Record<1 | 2 | 3 | 4, string> = { 1: 'Not in place', 2: 'Developing', 3: 'Mostly in place', 4: 'Embedded' };

export const responseTypeLabels = {
  'yes-partly-no': 'Yes, partly, no or not seen',
  rating: 'A rating from 1 to 4',
  number: 'A number',
  text: 'Written notes',
  photo: 'A photo',
} as const;

export const visitStatusLabels: Record<VisitStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  complete: 'Done',
  cancelled: 'Cancelled',
};

/** Every item of a template in order, with its section. */
export function templateItems(template: Pick<ChecklistTemplate, 'sections'>): { section: ChecklistSection; item: ChecklistItem }[] {
  return template.sections.flatMap((section) => section.items.map((item) => ({ section, item })));
}

/** Newest version first; the same version twice (two devices) goes by the later record. */
const newestFirst = (a: ChecklistTemplate, b: ChecklistTemplate) =>
  b.version - a.version || compareIso(b.createdAt, a.createdAt) || compareIso(b.id, a.id);

/** Every version of one template, newest first. */
export function templateVersions(templates: ChecklistTemplate[], templateKey: string): ChecklistTemplate[] {
  return templates.filter((t) => t.templateKey === templateKey && !t.deleted).sort(newestFirst);
}

/** The newest version of each template: built-in ones first, then the board's own, by title. Retired ones only if asked. */
export function latestTemplates(templates: ChecklistTemplate[], includeRetired = false): ChecklistTemplate[] {
  const latest = new Map<string, ChecklistTemplate>();
  for (const t of [...templates].filter((t) => !t.deleted).sort(newestFirst)) if (!latest.has(t.templateKey)) latest.set(t.templateKey, t);
  return [...latest.values()]
    .filter((t) => includeRetired || !t.retired)
    .sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || a.title.localeCompare(b.title, 'en-GB'));
}

/** The text of an answer as a person reads it: "Partly", "3: Mostly in place", "12", "2 photos". */
export function answerText(answer: Answer | undefined): string {
  if (!answer) return '';
  switch (answer.type) {
    case 'yes-partly-no':
      return yesNoLabels[answer.value];
    case 'rating':
      return `${answer.value}: ${ratingScale[answer.value as 1 | 2 | 3 | 4]}`;
    case 'number':
      return String(answer.value);
    case 'text':
      return answer.value.trim();
    case 'photo':
      return answer.value.length === 1 ? '1 photo' : `${answer.value.length} photos`;
  }
}

/** Has the governor recorded anything against this item (an answer, a note or a photo)? */
export function isAnswered(response: VisitResponse | undefined): boolean {
  if (!response || response.deleted) return false;
  const empty =
    !response.answer ||
    (response.answer.type === 'text' && !response.answer.value.trim()) ||
    (response.answer.type === 'photo' && response.answer.value.length === 0);
  return !empty || response.note.trim() !== '' || response.photos.length > 0;
}

/** Every photo on a response: a photo item's answer and the photos added to any item. */
export const responsePhotos = (r: VisitResponse | undefined) => [
  ...(r?.answer?.type === 'photo' ? r.answer.value : []),
  ...(r?.photos ?? []),
];

/** How much of a checklist has been filled in. */
export function checklistProgress(
  template: Pick<ChecklistTemplate, 'sections'>,
  responses: VisitResponse[],
): { answered: number; total: number } {
  const byItem = new Map(responses.map((r) => [r.itemId, r]));
  const items = templateItems(template);
  return { answered: items.filter(({ item }) => isAnswered(byItem.get(item.id))).length, total: items.length };
}

/** How many days ahead a planned visit counts as due. */
export const VISIT_DUE_DAYS = 7;
export type VisitAttention = 'overdue' | 'due';

/** Overdue: its date has passed and it has not been finished. Due: today or within the next 7 days. */
export function visitAttention(visit: Pick<Visit, 'date' | 'status'>, today: IsoDate): VisitAttention | null {
  if (visit.status === 'complete' || visit.status === 'cancelled') return null;
  const days = daysBetween(today, visit.date);
  if (days < 0) return 'overdue';
  return days <= VISIT_DUE_DAYS ? 'due' : null;
}

/** Visits needing attention: overdue first (oldest first), then due (soonest first). */
export function visitsNeedingAttention<V extends Pick<Visit, 'date' | 'status'>>(
  visits: V[],
  today: IsoDate,
): { visit: V; state: VisitAttention }[] {
  const marked = visits.flatMap((visit) => {
    const state = visitAttention(visit, today);
    return state ? [{ visit, state }] : [];
  });
  return marked.sort((a, b) => (a.state === b.state ? 0 : a.state === 'overdue' ? -1 : 1) || compareIso(a.visit.date, b.visit.date));
}

/** The report's path: draft → with the headteacher → agreed → filed; the head may send it back to draft. */
export const reportNext: Record<ReportStatus, ReportStatus[]> = {
  draft: ['with-head'],
  'with-head': ['agreed', 'draft'],
  agreed: ['filed'],
  filed: [],
};

/** Reports that belong in the papers for a review or meeting held on `until`: agreed or filed, from visits after `since`. */
export function reportsForPapers<V extends Pick<Visit, 'date' | 'status' | 'report'>>(
  visits: V[],
  since: IsoDate | undefined,
  until: IsoDate,
): V[] {
  return visits
    .filter((v) => v.status === 'complete' && (v.report.status === 'agreed' || v.report.status === 'filed'))
    .filter((v) => v.date <= until && (!since || v.date > since))
    .sort((a, b) => compareIso(a.date, b.date));
}
