// The school's standing with the authority, without zod: labels, deadlines counting down, and the
// summary the School of Concern meeting's first item carries. The schema is in escalation.ts.
import type { EscalationRecord } from './escalation';
import type { IsoDate } from './record';
import { daysBetween, ukDate, compareIso } from './dates';
import { DUE_SOON_DAYS } from './rules';
import { riskCategoryLabel, type RiskCategory } from './schoolValues';

export const escalationTypes = ['risk-category', 'warning-letter', 'warning-notice', 'intervention'] as const;
export type EscalationType = (typeof escalationTypes)[number];
export const escalationTypeLabels: Record<EscalationType, string> = {
  'risk-category': 'Risk category changed',
  'warning-letter': 'Letter of concern (warning letter)',
  'warning-notice': 'Warning notice',
  intervention: 'Intervention',
};

export const interventions = ['Additional governors', 'Interim executive board', 'Other intervention'] as const;

/** What the deadline of each type means. */
export const deadlineLabels: Record<EscalationType, string> = {
  'risk-category': 'Next review of the category',
  'warning-letter': 'Improvement expected by',
  'warning-notice': 'Representations due by',
  intervention: 'Timescale ends',
};

export type DeadlineState = 'overdue' | 'due-soon' | 'upcoming';
export interface EscalationDeadline {
  record: EscalationRecord;
  label: string;
  days: number;
  state: DeadlineState;
}

/** "due today", "3 days left", "1 day overdue". */
export function daysLeftText(days: number): string {
  if (days === 0) return 'due today';
  if (days > 0) return `${days} ${days === 1 ? 'day' : 'days'} left`;
  return `${-days} ${days === -1 ? 'day' : 'days'} overdue`;
}

/**
 * Deadlines still running: each record with a deadline and no outcome yet, overdue first then the
 * soonest. Due soon is today to 14 days ahead; a deadline passed yesterday is overdue.
 */
export function escalationDeadlines(records: EscalationRecord[], today: IsoDate): EscalationDeadline[] {
  return records
    .filter((r) => !r.deleted && r.deadline && !r.outcome.trim())
    .map((record) => {
      const days = daysBetween(today, record.deadline!);
      const state: DeadlineState = days < 0 ? 'overdue' : days <= DUE_SOON_DAYS ? 'due-soon' : 'upcoming';
      return { record, label: deadlineLabels[record.type], days, state };
    })
    .sort((a, b) => a.days - b.days);
}

/** The newest first. */
const newest = (rs: EscalationRecord[]) => [...rs].filter((r) => !r.deleted).sort((a, b) => compareIso(b.date, a.date));

/** One line per record, for the School of Concern meeting's "summary of the issues of concern". */
export function describeEscalation(r: EscalationRecord): string {
  const when = ukDate(r.date);
  const parts: string[] = [];
  if (r.type === 'risk-category')
    parts.push(`${when}: risk category ${r.category ? riskCategoryLabel(r.category as RiskCategory) : ''}`.trim());
  else if (r.type === 'intervention') parts.push(`${when}: intervention: ${r.intervention ?? ''}`.trim());
  else parts.push(`${when}: ${escalationTypeLabels[r.type].toLowerCase()} given`);
  if (r.reason.trim()) parts.push(r.reason.trim());
  if (r.deadline) parts.push(`${deadlineLabels[r.type].toLowerCase()} ${ukDate(r.deadline)}`);
  parts.push(r.outcome.trim() ? `outcome: ${r.outcome.trim()}` : r.deadline ? 'outcome not yet known' : '');
  return parts.filter(Boolean).join('; ') + '.';
}

/** The school's standing in words: the current category first, then every step, newest first. */
export function standingSummary(records: EscalationRecord[]): string {
  const all = newest(records);
  if (all.length === 0) return 'No risk category, warning or intervention is recorded for the school.';
  const category = all.find((r) => r.type === 'risk-category');
  const head = category
    ? `Current risk category: ${riskCategoryLabel(category.category as RiskCategory)} (since ${ukDate(category.date)}).`
    : '';
  return [head, ...all.map(describeEscalation)].filter(Boolean).join('\n');
}
