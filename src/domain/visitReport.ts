import type { ChecklistTemplate, Visit, VisitReport, VisitResponse } from './visit';
import { answerText, isAnswered, responsePhotos, templateItems } from './visitRules';

export type ReportParts = Pick<VisitReport, 'purpose' | 'seen' | 'strengths' | 'questions' | 'followUps'>;
export const reportPartNames = ['purpose', 'seen', 'strengths', 'questions', 'followUps'] as const;
export const reportPartLabels: Record<keyof ReportParts, string> = {
  purpose: 'Purpose',
  seen: 'What was seen',
  strengths: 'Strengths',
  questions: 'Questions for the board',
  followUps: 'Follow-ups',
};

interface DraftFrom {
  visit: Visit;
  template: ChecklistTemplate | undefined;
  responses: VisitResponse[];
  /** An action's code, e.g. "1a(ii)", by its id. */
  actionCode: (actionId: string) => string;
}

const bullet = (lines: string[]) => lines.map((l) => `• ${l}`).join('\n');
const withNote = (text: string, note: string) => (note.trim() ? `${text}: ${note.trim()}` : text);
const codes = (ids: string[], code: (id: string) => string) => ids.map(code).filter(Boolean).join(', ');

/**
 * A first draft of the visit report from the plan and the checklist: the governor edits it before
 * it goes to the headteacher. Strengths come from "yes" and ratings of 3 or 4; questions from "no",
 * "partly" and ratings of 1 or 2; follow-ups from what was not seen and from findings tied to actions.
 */
export function draftReport({ visit, template, responses, actionCode }: DraftFrom): ReportParts {
  const focus = codes(visit.focusActionIds, actionCode);
  const purpose = [
    visit.purpose.trim(),
    focus && `Actions looked at: ${focus}.`,
    visit.purposeAgreed ? 'The purpose was agreed with the headteacher beforehand.' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const byItem = new Map(responses.filter((r) => !r.deleted).map((r) => [r.itemId, r]));
  const answered = template ? templateItems(template).filter(({ item }) => isAnswered(byItem.get(item.id))) : [];
  const seen: string[] = [];
  const strengths: string[] = [];
  const questions: string[] = [];
  const followUps: string[] = [];
  for (const { item } of answered) {
    const r = byItem.get(item.id)!;
    const a = r.answer;
    const photos = responsePhotos(r).length;
    const said = answerText(a);
    seen.push(
      withNote(
        `${item.prompt}${said && a?.type !== 'text' ? ` (${said})` : ''}${photos && a?.type !== 'photo' ? ` [${photos} photo${photos > 1 ? 's' : ''}]` : ''}`,
        a?.type === 'text' ? a.value : r.note,
      ),
    );
    if ((a?.type === 'yes-partly-no' && a.value === 'yes') || (a?.type === 'rating' && a.value >= 3))
      strengths.push(withNote(item.prompt, r.note));
    if (a?.type === 'yes-partly-no' && a.value === 'no')
      questions.push(`${withNote(`Not seen to be in place: ${item.prompt}`, r.note)}. What is the school doing about it?`);
    if (a?.type === 'yes-partly-no' && a.value === 'partly')
      questions.push(`${withNote(`Only partly in place: ${item.prompt}`, r.note)}. How will it become consistent?`);
    if (a?.type === 'rating' && a.value <= 2)
      questions.push(`${withNote(`Rated ${said}: ${item.prompt}`, r.note)}. What will change, and by when?`);
    if (a?.type === 'yes-partly-no' && a.value === 'not-seen') followUps.push(`Look for this on the next visit: ${item.prompt}`);
    const tied = codes(r.actionIds, actionCode);
    if (tied) followUps.push(`Evidence for action ${tied} at the next review: ${item.prompt}`);
  }
  const intro = [
    `${capitalise(visit.kind)} by ${visit.governor}${visit.walkingWith ? `, with ${visit.walkingWith}` : ''}.`,
    template
      ? `Checklist: ${template.title} (version ${template.version}), ${answered.length} of ${templateItems(template).length} items recorded.`
      : '',
  ].filter(Boolean);
  return {
    purpose,
    seen: [intro.join(' '), bullet(seen)].filter(Boolean).join('\n'),
    strengths: bullet(strengths),
    questions: bullet(questions),
    followUps: bullet(followUps),
  };
}

/** Fill only the parts of a report still empty, so nothing the governor wrote is lost. */
export function fillEmptyParts(report: ReportParts, draft: ReportParts): Partial<ReportParts> {
  const out: Partial<ReportParts> = {};
  for (const k of reportPartNames) if (!report[k].trim() && draft[k].trim()) out[k] = draft[k];
  return out;
}

/** Can the report be sent to the headteacher? Returns what to fix, by part. */
export function reportReadyProblems(visit: Pick<Visit, 'status' | 'report'>): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (visit.status !== 'complete') problems.push({ field: 'status', message: 'Finish the visit before sending the report.' });
  if (!visit.report.seen.trim()) problems.push({ field: 'seen', message: 'Write what was seen before sending the report.' });
  return problems;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The whole report as plain text, to share or save. */
export function reportText(visit: Visit, schoolName: string, date: string): string {
  const parts = reportPartNames.map(
    (k) => `${reportPartLabels[k]}\n${(k === 'purpose' ? visit.report.purpose || visit.purpose : visit.report[k]) || 'Nothing recorded.'}`,
  );
  return [
    `${capitalise(visit.kind)} at ${schoolName}, ${date}`,
    `${visit.governor}${visit.walkingWith ? ` with ${visit.walkingWith}` : ''}`,
    ...parts,
  ].join('\n\n');
}
