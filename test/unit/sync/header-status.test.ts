import { describe, expect, it } from 'vitest';
import { headerStatus, headerStatusName, type SyncStatus } from '../../../src/sync';

const idle: SyncStatus = { state: 'idle', message: '' };
const base = { engine: idle, waiting: 0, refused: 0, hasToken: true, everSynced: true };

describe('the sync status in the header', () => {
  it('says up to date when nothing waits and the last sync finished', () => {
    expect(headerStatus(base)).toMatchObject({ label: 'Up to date', tone: 'ok' });
  });

  it('says not synced yet before the first sync has finished', () => {
    expect(headerStatus({ ...base, everSynced: false })).toMatchObject({ label: 'Not synced yet', tone: 'waiting' });
  });

  it('C5 a board kept on this device only, shown while signed in, says so rather than counting changes that are never sent', () => {
    expect(headerStatus({ ...base, waiting: 4, deviceOnly: true })).toMatchObject({ label: 'This device only', tone: 'offline' });
  });

  it('counts the changes waiting, in words', () => {
    expect(headerStatus({ ...base, waiting: 3 })).toMatchObject({
      label: '3 waiting',
      detail: '3 changes made on this device are waiting to be sent.',
    });
    expect(headerStatus({ ...base, waiting: 1 }).detail).toBe('1 change made on this device is waiting to be sent.');
  });

  it('shows progress while syncing: sent of waiting, then fetched so far', () => {
    expect(
      headerStatus({ ...base, engine: { state: 'syncing', message: '', progress: { phase: 'sending', done: 200, total: 600 } } }),
    ).toMatchObject({ label: 'Sending 200 of 600', tone: 'busy' });
    expect(headerStatus({ ...base, engine: { state: 'syncing', message: '', progress: { phase: 'fetching', done: 500 } } }).label).toBe(
      'Fetching 500',
    );
    expect(headerStatus({ ...base, engine: { state: 'syncing', message: '' } }).label).toBe('Syncing');
  });

  it('says offline with what is waiting', () => {
    const status = headerStatus({ ...base, waiting: 2, engine: { state: 'offline', message: 'offline' } });
    expect(status).toMatchObject({ label: 'Offline · 2 waiting', tone: 'offline' });
    expect(status.detail).toContain('2 changes waiting to be sent');
  });

  it('puts refused changes before everything else, even offline', () => {
    const status = headerStatus({ ...base, refused: 1, waiting: 4, engine: { state: 'offline', message: '' } });
    expect(status).toMatchObject({ label: 'Needs attention', tone: 'problem' });
    expect(status.detail).toBe('The server refused 1 change; it is kept on this device. 4 changes waiting to be sent.');
  });

  it('asks to sign in again when the session has ended', () => {
    expect(headerStatus({ ...base, hasToken: false })).toMatchObject({ label: 'Signed out', tone: 'problem' });
  });

  it('passes on the engine’s words when a sync failed', () => {
    const status = headerStatus({ ...base, engine: { state: 'retrying', message: 'The server did not answer. Trying again shortly.' } });
    expect(status).toMatchObject({ label: 'Not synced', detail: 'The server did not answer. Trying again shortly.' });
  });

  it('names the button with the words shown first (WCAG 2.5.3, label in name)', () => {
    const status = headerStatus({ ...base, waiting: 2, engine: { state: 'offline', message: '' } });
    expect(headerStatusName(status).startsWith(`Sync status: ${status.label}.`)).toBe(true);
  });
});
