// A change the server refused (C1) as plain text, for the person to copy and paste elsewhere.
// (Re-apply, which makes it again on the board's current version, is a store command: reapplyChange.)
import type { OutboxEntry } from '../data';

/** Fields the person did not type: ids, clocks and bookkeeping. */
const bookkeeping = new Set(['id', 'schoolId', 'createdAt', 'updatedAt', 'deleted', 'visibility']);
const looksLikeId = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
const looksLikeInstant = (v: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v);

/** "successCriteria" → "Success criteria". */
function fieldWords(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The words of a refused change as plain text, to paste elsewhere: what it was, then each field the
 * person wrote ("Title: …"), longest text kept whole.
 */
export function changeAsText(what: string, entry: Pick<OutboxEntry, 'fields'>): string {
  const lines = [what];
  for (const [field, value] of Object.entries(entry.fields)) {
    if (bookkeeping.has(field)) continue;
    if (typeof value === 'number') lines.push(`${fieldWords(field)}: ${value}`);
    if (typeof value !== 'string' || value.trim() === '' || looksLikeId(value) || looksLikeInstant(value)) continue;
    lines.push(`${fieldWords(field)}: ${value}`);
  }
  return lines.join('\n');
}
