import { sha256Hex, type FileRef } from '../../domain';
import { db as appDb, type StewardDb } from '../db';

/**
 * Keep a photo or document on this device, once however many records point at it, and return the
 * reference a record stores (never the bytes themselves). Sync uploads the bytes separately, by hash.
 */
export async function storeFile(blob: Blob, name: string, store: StewardDb = appDb): Promise<FileRef> {
  const sha256 = await sha256Hex(await blob.arrayBuffer());
  const type = blob.type || 'application/octet-stream';
  const ref: FileRef = { sha256, name: name.slice(0, 255), type: type.slice(0, 100), bytes: blob.size };
  await store.transaction('rw', store.files, async () => {
    if (!(await store.files.get(sha256)))
      await store.files.add({ sha256, blob, type, bytes: blob.size, createdAt: new Date().toISOString() });
  });
  return ref;
}
