import type { ChecklistItem, ChecklistSection, ChecklistTemplate, ResponseType } from '../visit';

/** A checklist that ships with Steward: the content of a template, without the record fields. */
export type BuiltInChecklist = Pick<ChecklistTemplate, 'templateKey' | 'version' | 'title' | 'purpose' | 'sections'>;

const item =
  (type: ResponseType) =>
  (id: string, prompt: string, hint = ''): ChecklistItem => ({ id, prompt, hint, type });

/** Answered yes / partly / no / not seen. */
export const seen = item('yes-partly-no');
/** Rated 1 to 4 (not in place … embedded). */
export const rated = item('rating');
export const counted = item('number');
export const written = item('text');
export const photographed = item('photo');

export const section = (id: string, title: string, items: ChecklistItem[]): ChecklistSection => ({ id, title, items });
