// The board's records as the documents read them, and who a document is made for.
import { recordKindNames, type RecordKind, type RecordOf } from '../kinds';
import { maySee } from '../access';
import type { Role } from '../people';
import type { Visibility } from '../record';
import { actionCode } from '../planValues';
import type { Action } from '../plan';
import type { Meeting, MeetingAction, MinuteItem } from '../meeting';
import type { ChallengeRecord } from '../attendance';
import { compareIso } from '../dates';

/** Every live record of one board, by table name (what src/data reads from the local store). */
export type BoardRecords = { [K in RecordKind]: RecordOf<K>[] };

/** A board with every table present (missing tables empty), deleted records left out. */
export function boardRecords(partial: { [K in RecordKind]?: RecordOf<K>[] }): BoardRecords {
  const out = {} as Record<string, unknown[]>;
  for (const kind of recordKindNames) out[kind] = ((partial[kind] ?? []) as { deleted: boolean }[]).filter((r) => !r.deleted);
  return out as unknown as BoardRecords;
}

/**
 * Who a document is made for: the role of the person making it on this board, or null on a board
 * kept on this device only (no roles: its keeper sees everything).
 */
export interface Audience {
  role: Role | null;
}

export const audienceSees = (audience: Audience, visibility: Visibility): boolean =>
  audience.role === null || maySee(audience.role, visibility);

/** Part A is what the whole board may see; everything marked Part B or chairs-only is Part B. */
export const isPartA = (r: { visibility: Visibility }): boolean => r.visibility === 'board';

/** The more restricted of several visibilities (an action agreed under a Part B item is Part B). */
export function narrowest(...vs: (Visibility | undefined)[]): Visibility {
  if (vs.includes('chairs')) return 'chairs';
  if (vs.includes('partB')) return 'partB';
  return 'board';
}

/** A meeting action's visibility, taking in its meeting's and its minute item's. */
export function meetingActionVisibility(board: BoardRecords, a: MeetingAction): Visibility {
  const item = a.minuteItemId ? board.minuteItems.find((i) => i.id === a.minuteItemId) : undefined;
  const meeting = board.meetings.find((m) => m.id === a.meetingId);
  return narrowest(a.visibility, item?.visibility, meeting?.visibility);
}

/** A challenge asked at a meeting: its own visibility, its minute item's and its meeting's. */
export function challengeVisibility(board: BoardRecords, c: ChallengeRecord): Visibility {
  const item = c.minuteItemId ? board.minuteItems.find((i) => i.id === c.minuteItemId) : undefined;
  const meeting = c.meetingId ? board.meetings.find((m) => m.id === c.meetingId) : undefined;
  return narrowest(c.visibility, item?.visibility, meeting?.visibility);
}

/** A minute item's visibility, taking in its meeting's. */
export function minuteItemVisibility(board: BoardRecords, item: MinuteItem): Visibility {
  return narrowest(item.visibility, board.meetings.find((m) => m.id === item.meetingId)?.visibility);
}

/** "1a(ii)" for each action, by id. */
export function actionCodes(board: BoardRecords): Map<string, string> {
  const codes = new Map<string, string>();
  for (const a of board.actions) {
    const area = board.areas.find((x) => x.id === a.areaId);
    const need = board.needs.find((n) => n.id === a.needId);
    if (area && need) codes.set(a.id, actionCode(area.number, need.position, a.position));
  }
  return codes;
}

/** The plan's live actions in plan order (area, need, position), Part A only. */
export function planActionsInOrder(board: BoardRecords): Action[] {
  const areaNo = new Map(board.areas.map((a) => [a.id, a.number]));
  const needPos = new Map(board.needs.map((n) => [n.id, n.position]));
  return board.actions
    .filter((a) => !a.archived && isPartA(a))
    .sort(
      (a, b) =>
        (areaNo.get(a.areaId) ?? 0) - (areaNo.get(b.areaId) ?? 0) ||
        (needPos.get(a.needId) ?? 0) - (needPos.get(b.needId) ?? 0) ||
        a.position - b.position,
    );
}

/** Meetings held between two dates (inclusive), oldest first. */
export const meetingsBetween = (board: BoardRecords, from: string, to: string): Meeting[] =>
  board.meetings.filter((m) => m.date >= from && m.date <= to).sort((a, b) => compareIso(a.date, b.date) || compareIso(a.time, b.time));
