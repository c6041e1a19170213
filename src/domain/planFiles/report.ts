import type { KindCounts, MergeSummary } from './merge';
import { planKinds, type FileProblem, type PlanKind } from './types';

/** Where a problem is, in words: "Actions sheet, row 7, column J (Start)". */
export function problemPlace(p: FileProblem): string {
  const parts: string[] = [];
  if (p.sheet) parts.push(/\.\w+$/.test(p.sheet) ? p.sheet : `${p.sheet} sheet`);
  if (p.table !== undefined) parts.push(`table ${p.table}`);
  if (p.row !== undefined) parts.push(`row ${p.row}`);
  if (p.column) parts.push(p.column.letter ? `column ${p.column.letter} (${p.column.header})` : `column “${p.column.header}”`);
  if (p.path) parts.push(`at ${p.path}`);
  return parts.length > 0 ? parts.join(', ') : 'The file';
}

const names: Record<PlanKind, [string, string]> = {
  plans: ['the plan’s title, dates and priorities', 'the plan’s title, dates and priorities'],
  areas: ['area for improvement', 'areas for improvement'],
  needs: ['improvement needed', 'improvements needed'],
  actions: ['action', 'actions'],
  milestones: ['milestone', 'milestones'],
  strategies: ['monitoring or evaluation strategy', 'monitoring and evaluation strategies'],
  performanceRows: ['row of performance figures', 'rows of performance figures'],
  reviews: ['review', 'reviews'],
  reviewEntries: ['rating of an action', 'ratings of actions'],
  areaJudgements: ['judgement of progress', 'judgements of progress'],
};

const counted = (kind: PlanKind, n: number) => (kind === 'plans' ? names.plans[0] : `${n} ${names[kind][n === 1 ? 0 : 1]}`);

/** What an import will do, in sentences: "Add 3 areas for improvement, 20 actions." */
export function summaryLines(summary: MergeSummary): string[] {
  const line = (verb: string, field: keyof KindCounts, tail = '') => {
    const items = planKinds.filter((k) => summary[k][field] > 0).map((k) => counted(k, summary[k][field]));
    return items.length > 0 ? [`${verb} ${items.join(', ')}${tail}.`] : [];
  };
  const lines = [
    ...line('Add', 'added'),
    ...line('Change', 'changed'),
    ...line('Archive', 'archived', ' that the file no longer has (kept with their reviews, hidden from the plan)'),
    ...line('Remove', 'removed', ' that the file no longer has'),
    ...line('Keep', 'kept', ' already on this board as they are'),
  ];
  return lines.length > 0 ? lines : ['Nothing to change: the plan on this board already matches the file.'];
}
