// Makes each document from the local store, offline: reads the board, keeps to what the person's
// role may see, builds the model (src/domain/documents) and hands it to a writer loaded only now.
import { todayIso } from '../../domain';
import {
  actionLogName,
  actionLogRows,
  evidencePack,
  minutesDocument,
  minutesRefusal,
  photosIn,
  slug,
  socPack,
  type ActionLogFilter,
  type Audience,
  type BoardRecords,
  type DocumentModel,
  type MinutesPart,
  type PackRange,
} from '../../domain/documents';
import { boardForDocuments, db, fileBlobs } from '../../data';
import { myRole } from '../../sync';
import { compressPhoto } from '../../platform';
import { stopIfCancelled, type PdfPhoto, type WriteControl } from './writers/progress';

export interface MadeFile {
  name: string;
  blob: Blob;
}

export type DocumentFormat = 'pdf' | 'docx';
export type SheetFormat = 'csv' | 'xlsx';

/** The board and who it is made for (null role: a board kept on this device only). */
export async function readBoard(schoolId: string): Promise<{ board: BoardRecords; audience: Audience }> {
  const [board, role] = await Promise.all([boardForDocuments(schoolId), myRole(db, schoolId)]);
  return { board, audience: { role } };
}

/** Photos downscaled for a document (long edge 900 px): big enough to read, small enough to send. */
async function photosFor(doc: DocumentModel, control: WriteControl): Promise<Map<string, PdfPhoto>> {
  const blobs = await fileBlobs(photosIn(doc));
  const out = new Map<string, PdfPhoto>();
  let done = 0;
  for (const [sha, blob] of blobs) {
    stopIfCancelled(control.signal);
    try {
      const small = await compressPhoto(blob, { maxEdge: 900, quality: 0.6 });
      out.set(sha, { bytes: new Uint8Array(await small.blob.arrayBuffer()), width: small.width, height: small.height });
    } catch (err) {
      console.warn('a photo could not be included', err); // the document says it is not on this device
    }
    control.onProgress?.((0.3 * ++done) / blobs.size);
  }
  return out;
}

export async function writeDocument(doc: DocumentModel, format: DocumentFormat, control: WriteControl = {}): Promise<MadeFile> {
  stopIfCancelled(control.signal);
  const photos = await photosFor(doc, control);
  const scaled: WriteControl = { ...control, onProgress: (f) => control.onProgress?.(0.3 + 0.7 * f) };
  if (format === 'pdf') {
    const { writePdf } = await import('./writers/pdf');
    return { name: `${doc.fileName}.pdf`, blob: await writePdf(doc, photos, scaled) };
  }
  const { writeWord } = await import('./writers/word');
  return { name: `${doc.fileName}.docx`, blob: await writeWord(doc, photos, scaled) };
}

export async function makeMinutes(
  schoolId: string,
  meetingId: string,
  part: MinutesPart,
  format: DocumentFormat,
  control: WriteControl,
): Promise<MadeFile> {
  const { board, audience } = await readBoard(schoolId);
  const meeting = board.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new Error('This meeting is not on this device');
  const refusal = minutesRefusal(board, meeting, part, audience);
  if (refusal) throw new Error(refusal.replace(/\.$/, ''));
  return writeDocument(minutesDocument(board, meeting, part, audience), format, control);
}

export async function makeActionLog(schoolId: string, filter: ActionLogFilter, format: SheetFormat): Promise<MadeFile> {
  const { board, audience } = await readBoard(schoolId);
  const today = todayIso();
  const rows = actionLogRows(board, filter, audience, today);
  const sheets = await import('./writers/sheets');
  const name = `${actionLogName(slug(board.schools[0]?.name ?? ''), today)}.${format}`;
  return { name, blob: format === 'csv' ? await sheets.actionLogCsv(rows) : await sheets.actionLogXlsx(rows) };
}

export async function makeSocPack(schoolId: string, control: WriteControl): Promise<MadeFile> {
  const { board, audience } = await readBoard(schoolId);
  return writeDocument(socPack(board, audience, todayIso()), 'pdf', control);
}

export async function makeEvidencePack(schoolId: string, range: PackRange, control: WriteControl): Promise<MadeFile> {
  const { board, audience } = await readBoard(schoolId);
  return writeDocument(evidencePack(board, audience, range, todayIso()), 'pdf', control);
}
