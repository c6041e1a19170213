// Which photos and documents a record refers to. Shared by the server (F2: no record points at a
// file it does not have; who may download a file) and the device (what to upload and fetch).
import { FileRefSchema, type FileRef } from './evidence';
import type { RecordKind } from './kinds';

/** The kinds whose records may refer to files. */
export const kindsWithFiles: readonly RecordKind[] = ['evidence', 'visitResponses'];

/**
 * The files a record (or a mutation's fields: a merge patch of it) of this kind refers to, each once,
 * in the order found: evidence's `file`; a checklist answer's `photos` and the photos of a photo
 * answer. Anything that is not a valid file reference is left out (the record's schema says why).
 */
export function fileRefsOf(kind: string, data: Record<string, unknown>): FileRef[] {
  const found: unknown[] = [];
  if (kind === 'evidence') found.push(data.file);
  if (kind === 'visitResponses') {
    if (Array.isArray(data.photos)) found.push(...(data.photos as unknown[]));
    const answer = data.answer as { type?: unknown; value?: unknown } | null | undefined;
    if (answer && typeof answer === 'object' && answer.type === 'photo' && Array.isArray(answer.value))
      found.push(...(answer.value as unknown[]));
  }
  const refs = new Map<string, FileRef>();
  for (const item of found) {
    const parsed = FileRefSchema.safeParse(item);
    if (parsed.success && !refs.has(parsed.data.sha256)) refs.set(parsed.data.sha256, parsed.data);
  }
  return [...refs.values()];
}

/** "the photo “walk.jpg”", "the document “minutes.pdf”": for messages in words. */
export const describeFile = (ref: Pick<FileRef, 'name' | 'type'>) =>
  `the ${ref.type.startsWith('image/') ? 'photo' : 'document'} “${ref.name || 'untitled'}”`;

/**
 * The SHA-256 of some bytes as 64 lower-case hex characters: a file's name in the files table and on
 * the server (F1). Web Crypto, which browsers and Node both have.
 */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  // A view (not the buffer itself): some test environments' buffers come from another realm.
  const digest = await crypto.subtle.digest('SHA-256', bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
