// The board's records as the documents read them (src/domain/documents): every live record of
// every kind, read from the local store in one go, so a document is made offline from the device.
import { recordKindNames, type RecordKind, type RecordOf } from '../../domain';
import { boardRecords, type BoardRecords } from '../../domain/documents';
import { db as appDb, type StewardDb } from '../db';
import { bySchool } from './common';

export async function boardForDocuments(schoolId: string, store: StewardDb = appDb): Promise<BoardRecords> {
  const tables = await store.transaction(
    'r',
    recordKindNames.map((k) => store.records(k)),
    () => Promise.all(recordKindNames.map(async (kind) => [kind, await bySchool(store, kind, schoolId)] as const)),
  );
  return boardRecords(Object.fromEntries(tables) as { [K in RecordKind]?: RecordOf<K>[] });
}

/** The bytes of the files (photos) a document shows, by SHA-256; those not on this device are left out. */
export async function fileBlobs(shas: string[], store: StewardDb = appDb): Promise<Map<string, Blob>> {
  const rows = await store.files.bulkGet(shas);
  return new Map(rows.flatMap((r, i) => (r?.blob ? [[shas[i]!, r.blob] as const] : [])));
}
