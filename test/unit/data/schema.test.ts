import { describe, expect, it } from 'vitest';
import { recordKindNames } from '../../../src/domain';
import { latestStores, latestVersion, openDb, versions, applyVersions } from '../../../src/data';
import Dexie from 'dexie';
import { v7 } from 'uuid';
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

  /** The object stores and indexes IndexedDB itself holds for a database, read without Dexie. */
  async function storesOnDevice(name: string): Promise<string[]> {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = idb.transaction([...idb.objectStoreNames], 'readonly');
    const out = [...idb.objectStoreNames].map((store) => {
      const os = tx.objectStore(store);
      const indexes = [...os.indexNames].map((i) => {
        const index = os.index(i);
        return `${i}:${String(index.keyPath)}${index.unique ? ' unique' : ''}${index.multiEntry ? ' multi' : ''}`;
      });
      return `${store} key ${String(os.keyPath)}${os.autoIncrement ? ' auto' : ''} [${indexes.sort().join(', ')}]`;
    });
    idb.close();
    return out.sort();
  }

  it('a device at any earlier version upgrades to exactly the tables and indexes of a new device', async () => {
    const fresh = `schema-new-${v7()}`;
    const created = openDb(fresh);
    await created.open();
    created.close();
    const expected = await storesOnDevice(fresh);
    for (let k = 1; k < versions.length; k++) {
      const name = `schema-from-${versions[k - 1]!.version}-${v7()}`;
      const before = openDb(name, versions.slice(0, k));
      await before.open();
      before.close();
      const after = openDb(name);
      await after.open();
      expect(after.verno).toBe(latestVersion());
      after.close();
      expect(await storesOnDevice(name), `from version ${versions[k - 1]!.version}`).toEqual(expected);
      await openDb(name, []).delete();
    }
    await openDb(fresh, []).delete();
  });

  it('refuses versions out of order', () => {
    expect(() => applyVersions(new Dexie('never-opened'), [...versions, { version: 1, stores: {} }])).toThrow(/going up/);
  });
});
