import { describe, expect, it } from 'vitest';
import { recordKindNames } from '../../../src/domain';
import { latestStores, latestVersion, versions, applyVersions } from '../../../src/data';
import Dexie from 'dexie';
import { freshDb } from './fixtures';

describe('schema', () => {
  it('has a table for every kind of record, keyed by id and looked up by school', () => {
    const stores = latestStores();
    for (const kind of recordKindNames) {
      const [primary, ...indexes] = (stores[kind] ?? '').split(',').map((s) => s.trim());
      expect(primary, kind).toBe('id');
      expect(indexes, kind).toContain('schoolId');
    }
    for (const table of ['outbox', 'meta', 'files', 'people']) expect(stores[table]).toBeDefined();
  });

  it('opens at the latest version with every table', async () => {
    const store = freshDb();
    await store.open();
    expect(store.verno).toBe(latestVersion());
    expect(store.tables.map((t) => t.name).sort()).toEqual(Object.keys(latestStores()).sort());
    expect(store.outbox.schema.primKey.auto).toBe(true);
    expect(store.evidence.schema.idxByName.supports?.multi).toBe(true);
  });

  it('refuses versions out of order', () => {
    expect(() => applyVersions(new Dexie('never-opened'), [...versions, { version: 1, stores: {} }])).toThrow(/going up/);
  });
});
