// The minutes of a meeting as a document: Part A (what the whole board, and the public, may see)
// and Part B (confidential) are always separate documents; "DRAFT" until the minutes are approved.
import { ukDate, ukDateLong } from '../dates';
import { roleLabels } from '../people';
import type { Meeting } from '../meeting';
import { audienceSees, meetingActionVisibility, minuteItemVisibility, type Audience, type BoardRecords } from './board';
import { slug, type Block, type DocumentModel } from './model';

export type MinutesPart = 'A' | 'B';

export const partMarking = 'Part B: confidential, not for publication';

const statusWords = { open: 'Open', done: 'Done', 'carried forward': 'Carried forward' } as const;

/** The minute items and actions of one part of a meeting that this audience may see. */
export function minutesParts(board: BoardRecords, meeting: Meeting, part: MinutesPart, audience: Audience) {
  const inPart = (v: ReturnType<typeof minuteItemVisibility>) =>
    part === 'A' ? v === 'board' : v !== 'board' && audienceSees(audience, v);
  const items = board.minuteItems
    .filter((i) => i.meetingId === meeting.id && inPart(minuteItemVisibility(board, i)))
    .sort((a, b) => a.position - b.position);
  const actions = board.meetingActions
    .filter((a) => a.meetingId === meeting.id && inPart(meetingActionVisibility(board, a)))
    .sort((a, b) => a.due.localeCompare(b.due));
  return { items, actions };
}

/** Why these minutes cannot be made for this audience, or null when they can. */
export function minutesRefusal(board: BoardRecords, meeting: Meeting, part: MinutesPart, audience: Audience): string | null {
  if (!audienceSees(audience, meeting.visibility)) return 'There is no meeting with this id that you can see.';
  if (part === 'A') return meeting.visibility === 'board' ? null : 'This meeting is confidential: all its minutes are Part B.';
  if (!audienceSees(audience, 'partB'))
    return `Part B minutes are confidential: ${audience.role ? `the ${roleLabels[audience.role].toLowerCase()}` : 'this person'} cannot see them.`;
  if (minutesParts(board, meeting, 'B', audience).items.length === 0) return 'This meeting has no Part B items.';
  return null;
}

/** The approval and signature block: who approved the minutes and when, or that they are still a draft. */
function approval(meeting: Meeting): Block[] {
  const approved = meeting.minutesStatus === 'approved';
  return [
    { kind: 'heading', text: 'Approval', level: 2 },
    {
      kind: 'paragraph',
      text: approved
        ? `Approved as a correct record${meeting.approvedBy ? ` by ${meeting.approvedBy}` : ''}${meeting.approvedAt ? ` on ${ukDate(meeting.approvedAt.slice(0, 10))}` : ''}.`
        : 'Draft: these minutes have not yet been approved by the committee.',
    },
    { kind: 'signature', label: 'Signed (chair)' },
  ];
}

/** The minutes of one meeting, one part, for one audience. Check minutesRefusal first. */
export function minutesDocument(board: BoardRecords, meeting: Meeting, part: MinutesPart, audience: Audience): DocumentModel {
  const school = board.schools[0];
  const { items, actions } = minutesParts(board, meeting, part, audience);
  const itemNo = new Map(items.map((i, n) => [i.id, n + 1]));
  const blocks: Block[] = [
    {
      kind: 'fields',
      pairs: [
        ['School', school?.name ?? ''],
        ['Meeting', meeting.kind],
        ['Date', `${ukDateLong(meeting.date)}${meeting.time ? ` at ${meeting.time}` : ''}`],
        ['Venue', meeting.venue || 'Not recorded'],
      ],
    },
    { kind: 'heading', text: 'Present', level: 2 },
    meeting.present.length ? { kind: 'list', items: meeting.present } : { kind: 'paragraph', text: 'Not recorded.', muted: true },
    { kind: 'heading', text: 'Apologies', level: 2 },
    meeting.apologies.length ? { kind: 'list', items: meeting.apologies } : { kind: 'paragraph', text: 'None.', muted: true },
    { kind: 'heading', text: part === 'A' ? 'Minutes' : 'Part B minutes', level: 2 },
  ];
  if (items.length === 0) blocks.push({ kind: 'paragraph', text: 'No items were minuted.', muted: true });
  for (const [n, item] of items.entries()) {
    blocks.push({ kind: 'heading', text: `${n + 1}. ${item.title}`, level: 3 });
    if (item.discussion) blocks.push({ kind: 'paragraph', text: item.discussion });
    if (item.challenge) blocks.push({ kind: 'paragraph', label: 'Challenge', text: item.challenge });
    if (item.decision) blocks.push({ kind: 'paragraph', label: 'Decision', text: item.decision });
  }
  blocks.push({ kind: 'heading', text: 'Actions', level: 2 });
  if (actions.length === 0) blocks.push({ kind: 'paragraph', text: 'No actions were agreed.', muted: true });
  else
    blocks.push({
      kind: 'table',
      columns: ['Item', 'Action', 'Owner', 'Due', 'Status'],
      rows: actions.map((a) => [
        a.minuteItemId && itemNo.has(a.minuteItemId) ? String(itemNo.get(a.minuteItemId)) : '',
        a.description,
        a.owner,
        ukDate(a.due),
        statusWords[a.status],
      ]),
    });
  blocks.push(...approval(meeting));
  const partName = part === 'A' ? 'Part A' : 'Part B';
  const doc: DocumentModel = {
    title: `Minutes: ${meeting.kind}, ${ukDate(meeting.date)} (${partName})`,
    subtitle: school?.name ?? '',
    fileName: `${slug(school?.name ?? '')}-minutes-${meeting.date}-part-${part.toLowerCase()}`,
    draft: meeting.minutesStatus !== 'approved',
    contents: false,
    blocks,
  };
  if (part === 'B') doc.marking = partMarking;
  return doc;
}
