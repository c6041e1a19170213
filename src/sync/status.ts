// The one sync status the header shows (offline · syncing with progress · up to date · N changes
// waiting · needs attention), worked out from the engine's state and the device's outbox.
import type { SyncStatus } from './engine';

export type HeaderTone = 'ok' | 'busy' | 'waiting' | 'offline' | 'problem';

export interface HeaderStatus {
  /** A few words for the header, e.g. "Up to date", "3 waiting". */
  label: string;
  /** What it means, in a sentence or two (the label is not repeated). */
  detail: string;
  tone: HeaderTone;
}

export interface HeaderStatusInput {
  engine: SyncStatus;
  /** Changes of the board shown waiting to be sent (refused ones not counted). */
  waiting: number;
  /** Changes the server refused (C1). */
  refused: number;
  /** False when the session has ended (A4) and the person must sign in again. */
  hasToken: boolean;
  /** Whether this device has ever finished a sync. */
  everSynced: boolean;
  /** The board shown is kept on this device only (not one of the sign-in's boards, C5). */
  deviceOnly?: boolean;
}

const changes = (n: number) => (n === 1 ? '1 change' : `${n} changes`);

function progressText(engine: SyncStatus): { label: string; detail: string } {
  const p = engine.progress;
  if (p?.phase === 'sending' && p.total > 0)
    return { label: `Sending ${p.done} of ${p.total}`, detail: `Sent ${p.done} of ${changes(p.total)}.` };
  if (p?.phase === 'fetching' && p.done > 0)
    return { label: `Fetching ${p.done}`, detail: `Fetched ${changes(p.done)} from the board so far.` };
  return { label: 'Syncing', detail: 'Sending and fetching the board’s changes.' };
}

/** What the header says, most pressing first: refused changes, signed out, offline, syncing, waiting, up to date. */
export function headerStatus(input: HeaderStatusInput): HeaderStatus {
  const { engine, waiting, refused, hasToken } = input;
  const waitingText = waiting > 0 ? ` ${changes(waiting)} waiting to be sent.` : '';
  if (input.deviceOnly)
    return {
      label: 'This device only',
      detail: 'This board is kept on this device only and is not synced: upload it from Settings to share it.',
      tone: 'offline',
    };
  if (refused > 0)
    return {
      label: 'Needs attention',
      detail: `The server refused ${changes(refused)}; ${refused === 1 ? 'it is' : 'they are'} kept on this device.${waitingText}`,
      tone: 'problem',
    };
  if (!hasToken || engine.state === 'signed-out')
    return { label: 'Signed out', detail: `Sign in again to share your changes.${waitingText}`, tone: 'problem' };
  if (engine.state === 'update-needed') return { label: 'Update app', detail: `${engine.message}${waitingText}`, tone: 'problem' };
  if (engine.state === 'offline')
    return {
      label: waiting > 0 ? `Offline · ${waiting} waiting` : 'Offline',
      detail: `Changes are saved on this device.${waitingText}`,
      tone: 'offline',
    };
  if (engine.state === 'syncing') return { ...progressText(engine), tone: 'busy' };
  if (engine.state === 'retrying' || engine.state === 'error')
    return {
      label: waiting > 0 ? `Not synced · ${waiting} waiting` : 'Not synced',
      detail: `${engine.message}${waitingText}`,
      tone: 'problem',
    };
  if (waiting > 0)
    return {
      label: `${waiting} waiting`,
      detail: `${changes(waiting)} made on this device ${waiting === 1 ? 'is' : 'are'} waiting to be sent.`,
      tone: 'waiting',
    };
  if (!input.everSynced)
    return { label: 'Not synced yet', detail: 'This device has not finished a sync with the board yet.', tone: 'waiting' };
  return { label: 'Up to date', detail: 'This device has every change of the board.', tone: 'ok' };
}

/** The status as one name for the header's button: the words shown, then what they mean. */
export const headerStatusName = (status: HeaderStatus): string => `Sync status: ${status.label}. ${status.detail.trim()}`;
