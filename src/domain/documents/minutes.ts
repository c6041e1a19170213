// The minutes of a meeting as a document: Part A (what the whole board, and the public, may see)
// and Part B (confidential) are always separate documents; "DRAFT" until the minutes are approved.
import { ukDate, ukDateLong, compareIso } from '../dates';
import { roleLabels } from '../people';
import { attendeeName, inAgendaOrder, quorumOf } from '../meetingRules';
import type { Attendance, Meeting } from '../meeting';
import type { Visibility } from '../record';
import {
  audienceSees,
  challengeVisibility,
  meetingActionVisibility,
  minuteItemVisibility,
  narrowest,
  type Audience,
  type BoardRecords,
} from './board';
import { slug, type Block, type DocumentModel } from './model';

export type MinutesPart = 'A' | 'B';

export const partMarking = 'Part B: confidential, not for publication';

const statusWords = { open: 'Open', done: 'Done', 'carried forward': 'Carried forward' } as const;

/** The minute items, challenges, actions and corrections of one part of a meeting that this audience may see. */
export function minutesParts(board: BoardRecords, meeting: Meeting, part: MinutesPart, audience: Audience) {
  const inPart = (v: Visibility) => (part === 'A' ? v === 'board' : v !== 'board' && audienceSees(audience, v));
  const items = inAgendaOrder(board.minuteItems.filter((i) => i.meetingId === meeting.id && inPart(minuteItemVisibility(board, i))));
  const ids = new Set(items.map((i) => i.id));
  const challenges = board.challengeRecords
    .filter((c) => c.meetingId === meeting.id && inPart(challengeVisibility(board, c)))
    .sort((a, b) => compareIso(a.askedAt, b.askedAt));
  const actions = board.meetingActions
    .filter((a) => a.meetingId === meeting.id && inPart(meetingActionVisibility(board, a)))
    .sort((a, b) => compareIso(a.due, b.due));
  const errata = board.minuteErrata
    .filter((e) => {
      const item = e.minuteItemId ? board.minuteItems.find((i) => i.id === e.minuteItemId) : undefined;
      return (
        e.meetingId === meeting.id && inPart(narrowest(e.visibility, item?.visibility, meeting.visibility)) && (!item || ids.has(item.id))
      );
    })
    .sort((a, b) => compareIso(a.recordedAt, b.recordedAt));
  const partBCount = board.minuteItems.filter((i) => i.meetingId === meeting.id && minuteItemVisibility(board, i) !== 'board').length;
  return { items, challenges, actions, errata, partBCount };
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

const names = (meeting: Meeting, ...as: Attendance[]) => meeting.attendees.filter((a) => as.includes(a.attendance));

/** Who came, who sent apologies, and whether the meeting was quorate. */
function attendance(meeting: Meeting): Block[] {
  const list = (people: Meeting['attendees'], none: string): Block =>
    people.length ? { kind: 'list', items: people.map(attendeeName) } : { kind: 'paragraph', text: none, muted: true };
  const present = names(meeting, 'present');
  const blocks: Block[] = [
    { kind: 'heading', text: 'Present', level: 2 },
    list(
      present.filter((a) => a.member),
      'Not recorded.',
    ),
  ];
  const visitors = present.filter((a) => !a.member);
  if (visitors.length) blocks.push({ kind: 'heading', text: 'In attendance', level: 3 }, list(visitors, ''));
  blocks.push({ kind: 'heading', text: 'Apologies', level: 2 });
  const accepted = names(meeting, 'apologies accepted');
  const notAccepted = names(meeting, 'apologies not accepted');
  const absent = names(meeting, 'absent');
  blocks.push(list(accepted, 'None.'));
  if (notAccepted.length)
    blocks.push({ kind: 'paragraph', label: 'Apologies not accepted', text: notAccepted.map(attendeeName).join(', ') });
  if (absent.length) blocks.push({ kind: 'paragraph', label: 'Absent', text: absent.map(attendeeName).join(', ') });
  if (meeting.attendees.length) blocks.push({ kind: 'paragraph', text: quorumOf(meeting).text, muted: true });
  return blocks;
}

/** The approval and signature block: who approved the minutes and when, or that they are still a draft. */
function approval(meeting: Meeting): Block[] {
  const approved = meeting.minutesStatus === 'approved';
  return [
    { kind: 'heading', text: 'Approval', level: 2 },
    {
      kind: 'paragraph',
      text: approved
        ? `Approved as a correct record and signed${meeting.approvedBy ? ` by ${meeting.approvedBy}` : ''}${meeting.approvedAt ? ` on ${ukDate(meeting.approvedAt.slice(0, 10))}` : ''}.`
        : 'Draft: these minutes have not yet been approved by the committee.',
    },
    { kind: 'signature', label: 'Signed (chair)' },
  ];
}

/** The minutes of one meeting, one part, for one audience. Check minutesRefusal first. */
export function minutesDocument(board: BoardRecords, meeting: Meeting, part: MinutesPart, audience: Audience): DocumentModel {
  const school = board.schools[0];
  const { items, challenges, actions, errata, partBCount } = minutesParts(board, meeting, part, audience);
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
    ...attendance(meeting),
  ];
  if (part === 'A' && meeting.declarations)
    blocks.push({ kind: 'heading', text: 'Declarations of interest', level: 2 }, { kind: 'paragraph', text: meeting.declarations });
  blocks.push({ kind: 'heading', text: part === 'A' ? 'Minutes' : 'Part B minutes', level: 2 });
  if (items.length === 0) blocks.push({ kind: 'paragraph', text: 'No items were minuted.', muted: true });
  for (const [n, item] of items.entries()) {
    blocks.push({ kind: 'heading', text: `${n + 1}. ${item.title}`, level: 3 });
    if (item.discussion) blocks.push({ kind: 'paragraph', text: item.discussion });
    for (const c of challenges.filter((x) => x.minuteItemId === item.id)) {
      blocks.push({ kind: 'paragraph', label: 'Challenge', text: `${c.question}${c.askedBy ? ` (${c.askedBy})` : ''}` });
      if (c.answer) blocks.push({ kind: 'paragraph', label: 'Response', text: c.answer });
    }
    if (item.decision) blocks.push({ kind: 'paragraph', label: 'Decision', text: item.decision });
  }
  const loose = challenges.filter((c) => !c.minuteItemId || !itemNo.has(c.minuteItemId));
  if (loose.length)
    blocks.push({ kind: 'heading', text: 'Other challenge', level: 3 }, { kind: 'list', items: loose.map((c) => c.question) });
  if (part === 'A' && partBCount > 0)
    blocks.push({
      kind: 'paragraph',
      text: `${partBCount === 1 ? 'One confidential item was' : `${partBCount} confidential items were`} discussed and minuted separately (Part B).`,
      muted: true,
    });
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
  if (errata.length)
    blocks.push(
      { kind: 'heading', text: 'Corrections recorded after approval', level: 2 },
      { kind: 'list', items: errata.map((e) => `${ukDate(e.recordedAt.slice(0, 10))}, ${e.recordedBy}: ${e.correction}`) },
    );
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
