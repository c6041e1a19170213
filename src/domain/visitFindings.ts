import type { Evidence, FileRef } from './evidence';
import type { ChecklistItem, Visit, VisitResponse } from './visit';
import { answerText, responsePhotos } from './visitRules';
import { ukDate } from './dates';

/** Evidence a finding should make, before it is saved (the command adds the record fields). */
export interface EvidenceDraft {
  kind: 'note' | 'photo';
  title: string;
  text: string;
  file?: FileRef;
  recordedBy: string;
  recordedAt: string;
  supports: string[];
  visitId: string;
}

/**
 * A finding tied to actions becomes evidence for them: one photo record per photo, or one note when
 * there is no photo. Nothing when the finding is tied to no action.
 */
export function findingEvidence(visit: Visit, item: ChecklistItem, response: VisitResponse): EvidenceDraft[] {
  if (response.deleted || response.actionIds.length === 0) return [];
  const said = answerText(response.answer);
  const answer = response.answer?.type === 'text' || response.answer?.type === 'photo' ? '' : said && `Answer: ${said}.`;
  const written = response.answer?.type === 'text' ? said : '';
  const text = [answer, written, response.note.trim()].filter(Boolean).join(' ') || item.prompt;
  const common = {
    title: `${visit.kind.charAt(0).toUpperCase()}${visit.kind.slice(1)}, ${ukDate(visit.date)}: ${item.prompt}`.slice(0, 300),
    text: text.slice(0, 8000),
    recordedBy: visit.governor,
    recordedAt: response.answeredAt,
    supports: [...response.actionIds],
    visitId: visit.id,
  };
  const photos = responsePhotos(response);
  if (photos.length === 0) return [{ kind: 'note', ...common }];
  return photos.map((file) => ({ kind: 'photo', ...common, file }));
}

const key = (e: Pick<EvidenceDraft, 'kind' | 'title' | 'text' | 'supports' | 'visitId'> & { file?: FileRef }) =>
  JSON.stringify([e.kind, e.title, e.text, e.file?.sha256 ?? '', [...e.supports].sort(), e.visitId]);

/** Does the evidence already saved for a finding say what the finding says now? */
export function sameEvidence(saved: Evidence[], drafts: EvidenceDraft[]): boolean {
  const live = saved.filter((e) => !e.deleted);
  if (live.length !== drafts.length) return false;
  const want = drafts.map(key).sort();
  return live
    .map((e) => key({ ...e, kind: e.kind as 'note' | 'photo', visitId: e.visitId ?? '' }))
    .sort()
    .every((k, i) => k === want[i]);
}
