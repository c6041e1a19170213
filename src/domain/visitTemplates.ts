import type { ChecklistItem, ChecklistSection, ChecklistTemplate } from './visit';
import type { Problem } from './validation';

/** What a board writes in a template; the record fields and the version are added when it is saved. */
export type TemplateContent = Pick<ChecklistTemplate, 'title' | 'purpose' | 'sections'>;
/** The fields a new template version is saved with (the command adds id, school and dates). */
export type TemplateVersionInput = Pick<
  ChecklistTemplate,
  'templateKey' | 'version' | 'title' | 'purpose' | 'sections' | 'builtIn' | 'retired'
>;

/**
 * A change to a template, saved as its next version. Items keep their ids, so answers given with
 * one version can be read against the next; a visit keeps the version it was made with.
 */
export function nextTemplateVersion(latest: ChecklistTemplate, content: TemplateContent, retired = latest.retired): TemplateVersionInput {
  if (latest.builtIn) throw new Error('A built-in checklist cannot be changed: adapt a copy of it instead.');
  return { templateKey: latest.templateKey, version: latest.version + 1, ...trimmed(content), builtIn: false, retired };
}

/** The first version of a board's own template, e.g. a copy of a built-in one to adapt. */
export function firstTemplateVersion(templateKey: string, content: TemplateContent): TemplateVersionInput {
  return { templateKey, version: 1, ...trimmed(content), builtIn: false, retired: false };
}

function trimmed(content: TemplateContent): TemplateContent {
  return {
    title: content.title.trim(),
    purpose: content.purpose.trim(),
    sections: content.sections.map((s) => ({
      ...s,
      title: s.title.trim(),
      items: s.items.map((i) => ({ ...i, prompt: i.prompt.trim(), hint: i.hint.trim() })),
    })),
  };
}

/** An empty item and section for the editor; `makeId` gives each a new id. */
export const blankItem = (makeId: () => string): ChecklistItem => ({
  id: `item-${makeId()}`.slice(0, 64),
  prompt: '',
  hint: '',
  type: 'yes-partly-no',
});
export const blankSection = (makeId: () => string): ChecklistSection => ({
  id: `section-${makeId()}`.slice(0, 64),
  title: '',
  items: [blankItem(makeId)],
});

/** "sections.1.items.0.prompt" → "Section 2, item 1": where a problem in a template is, in words. */
export function templateProblemPlace(field: string): string {
  const m = /^sections\.(\d+)(?:\.items\.(\d+))?/.exec(field);
  if (!m) return field === 'title' ? 'Title' : field === 'purpose' ? 'Purpose' : '';
  return m[2] === undefined ? `Section ${Number(m[1]) + 1}` : `Section ${Number(m[1]) + 1}, item ${Number(m[2]) + 1}`;
}

/** Problems in a template, each said with its place: "Section 1, item 2: Item is required". */
export const templateProblemText = (problems: Problem[]): string[] =>
  problems.map((p) => {
    const place = templateProblemPlace(p.field);
    return place && !p.message.startsWith(place) ? `${place}: ${p.message}` : p.message;
  });
