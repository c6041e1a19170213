// The action log: every action agreed at a meeting, filtered by status and owner before export.
import { ukDate, compareIso } from '../dates';
import type { meetingActionStatuses, MeetingAction } from '../meeting';
import { audienceSees, meetingActionVisibility, type Audience, type BoardRecords } from './board';

export type ActionLogStatus = (typeof meetingActionStatuses)[number];

export interface ActionLogFilter {
  /** Only actions with this status; 'all' for every one. */
  status: ActionLogStatus | 'all';
  /** Only actions owned by this person (as written on the action); 'all' for everyone. */
  owner: string;
  /** Take in actions agreed under Part B (only for someone who may see Part B; always marked). */
  includePartB: boolean;
}

export const everyAction: ActionLogFilter = { status: 'all', owner: 'all', includePartB: false };

export const actionLogColumns = ['Meeting date', 'Meeting', 'Minute item', 'Action', 'Owner', 'Due', 'Status', 'Overdue', 'Part'] as const;

const statusWords: Record<ActionLogStatus, string> = { open: 'Open', done: 'Done', 'carried forward': 'Carried forward' };

/** The actions this audience may have in a log: Part A, and Part B only when asked for and they may see it. */
function visibleActions(board: BoardRecords, audience: Audience, includePartB: boolean): MeetingAction[] {
  return board.meetingActions.filter((a) => {
    const v = meetingActionVisibility(board, a);
    return v === 'board' || (includePartB && audienceSees(audience, v));
  });
}

/** The owners named on the actions this audience may see, A to Z: the choices of the owner filter. */
export function actionLogOwners(board: BoardRecords, audience: Audience, includePartB = false): string[] {
  return [...new Set(visibleActions(board, audience, includePartB).map((a) => a.owner))].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/** The log's rows as text (dates dd/mm/yyyy), soonest due first; the heading row is actionLogColumns. */
export function actionLogRows(board: BoardRecords, filter: ActionLogFilter, audience: Audience, today: string): string[][] {
  return visibleActions(board, audience, filter.includePartB)
    .filter((a) => (filter.status === 'all' || a.status === filter.status) && (filter.owner === 'all' || a.owner === filter.owner))
    .sort((a, b) => compareIso(a.due, b.due) || compareIso(a.createdAt, b.createdAt))
    .map((a) => {
      const meeting = board.meetings.find((m) => m.id === a.meetingId);
      const item = a.minuteItemId ? board.minuteItems.find((i) => i.id === a.minuteItemId) : undefined;
      const partB = meetingActionVisibility(board, a) !== 'board';
      return [
        meeting ? ukDate(meeting.date) : '',
        meeting?.kind ?? '',
        item?.title ?? '',
        a.description,
        a.owner,
        ukDate(a.due),
        statusWords[a.status],
        a.status !== 'done' && a.due < today ? 'Yes' : 'No',
        partB ? 'Part B' : 'Part A',
      ];
    });
}

/** The log's file name: "northgate-primary-school-action-log-2026-11-23". */
export const actionLogName = (schoolSlug: string, today: string) => `${schoolSlug}-action-log-${today}`;
