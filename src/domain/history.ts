import { format, isValid, parseISO } from 'date-fns';
import type { RecordKind } from './kinds';
import { optionalText } from './record';
import { ukDate } from './dates';
import { actionStatusLabels, type ActionStatus } from './plan';

/** The name the person using a device gives, shown in the board's history. Blank: not given. */
export const DeviceUserNameSchema = optionalText('Your name', 120);

/** Who a change is shown as made by when the device's user has not given a name. */
export const SOMEONE_ON_DEVICE = 'someone on this device';
export const whoChanged = (by: string): string => by.trim() || SOMEONE_ON_DEVICE;

/** An ISO instant → "23/11/2026 09:05", in the device's time zone. */
export function ukDateTime(instant: string): string {
  const d = parseISO(instant);
  return isValid(d) ? format(d, 'dd/MM/yyyy HH:mm') : instant;
}

/** A change as history keeps it (see HistoryEntry in src/data): what it did, to which kind, which fields. */
export interface ChangeLike {
  kind: RecordKind;
  op: 'create' | 'update' | 'delete';
  fields: Record<string, unknown>;
}

const common: Record<string, string> = {
  title: 'title',
  description: 'description',
  lead: 'lead',
  resources: 'resources',
  start: 'start',
  finish: 'finish',
  successCriteria: 'success criteria',
  status: 'status',
  targets: 'targets',
  priorities: 'priorities',
  startDate: 'start date',
  endDate: 'end date',
  date: 'date',
  who: 'who',
  what: 'what',
  when: 'when',
  kind: 'kind',
  scope: 'internal or external',
  group: 'group',
  measure: 'measure',
  higherIsBetter: 'direction',
  schoolLastYear: 'school figure last year',
  nationalLastYear: 'national figure last year',
  targetThisYear: 'target this year',
  schoolThisYear: 'school figure this year',
  nationalThisYear: 'national figure this year',
  targetNextYear: 'target next year',
  visibility: 'who can see it',
};
const byKind: Partial<Record<RecordKind, Record<string, string>>> = {
  plans: { title: 'plan title' },
  areas: { title: 'area title', number: 'number' },
  needs: { description: 'improvement needed', position: 'order' },
  actions: { description: 'action', position: 'order' },
  milestones: { description: 'milestone', number: 'number' },
  strategies: { kind: 'monitoring or evaluation' },
  performanceRows: { position: 'order' },
};
/** Fields a person never changes directly; history does not list them. */
const hidden = new Set(['id', 'schoolId', 'createdAt', 'updatedAt', 'planId', 'areaId', 'needId', 'deleted', 'archived', 'metOn']);

/** The words for a field of a kind of record ("successCriteria" → "success criteria"). */
export function fieldLabel(kind: RecordKind, field: string): string {
  return byKind[kind]?.[field] ?? common[field] ?? field.replace(/([A-Z])/g, ' $1').toLowerCase();
}

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** A new value in words, or '' when it is too long to repeat (the field's name is enough). */
function valueWords(kind: RecordKind, field: string, value: unknown): string {
  if (value === null || value === '') return 'blank';
  if (kind === 'actions' && field === 'status') return actionStatusLabels[value as ActionStatus] ?? String(value);
  if (field === 'higherIsBetter') return value ? 'higher is better' : 'lower is better';
  if (isDate(value)) return ukDate(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' && value.length <= 60) return `“${value}”`;
  return '';
}

/** "a", "a and b", "a, b and c". */
export function listInWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * What a change did, in words: "Added", "Archived", "Marked met on 01/12/2026",
 * "Changed the lead to “Mrs Patel” and the success criteria".
 */
export function describeChange(change: ChangeLike): string {
  const { kind, op, fields } = change;
  if (op === 'create') return 'Added';
  if (op === 'delete') return 'Deleted';
  const said: string[] = [];
  if (fields.deleted === false) said.push('Restored');
  if (fields.archived === true) said.push('Archived');
  if (fields.archived === false) said.push('Brought back from the archive');
  if ('metOn' in fields) said.push(isDate(fields.metOn) ? `Marked met on ${ukDate(fields.metOn)}` : 'Marked not met');
  const changed = Object.keys(fields).filter((f) => !hidden.has(f));
  const moves = changed.filter((f) => f === 'position' || (f === 'number' && kind === 'areas'));
  if (moves.length > 0) said.push(`Moved to place ${String(fields[moves[0]!])}`);
  const rest = changed
    .filter((f) => !moves.includes(f))
    .map((f) => {
      const words = valueWords(kind, f, fields[f]);
      return words ? `the ${fieldLabel(kind, f)} to ${words}` : `the ${fieldLabel(kind, f)}`;
    });
  if (rest.length > 0) said.push(`Changed ${listInWords(rest)}`);
  if (said.length === 0) return 'Saved with no visible change';
  return said.map((s, i) => (i === 0 ? s : s.charAt(0).toLowerCase() + s.slice(1))).join('; ');
}
