import { v7 } from 'uuid';
import { buildDemoBoard, type RecordKind } from '../../../src/domain';
import type { Cell, SheetRows } from '../../../src/domain/planFiles';
import { importBoard, createRecord, type StewardDb } from '../../../src/data';
import { freshDb, schoolInput, snapshot } from '../data/fixtures';
import { writeWorkbook, writeCsv, zip } from '../../../src/features/plan-files/codec';
import type { ChosenFile } from '../../../src/features/plan-files/readFiles';

export { freshDb, snapshot };

/** A store holding the demo board (Northgate Primary School); returns its school id. */
export async function demoStore(): Promise<{ store: StewardDb; schoolId: string }> {
  const store = freshDb();
  const board = buildDemoBoard('2026-11-23', v7);
  await importBoard(board, store);
  return { store, schoolId: board.schools![0]!.id };
}

/** A store with a board that has no plan yet. */
export async function emptyBoard(store: StewardDb = freshDb()): Promise<{ store: StewardDb; schoolId: string }> {
  const schoolId = v7();
  await createRecord('schools', schoolId, { ...schoolInput(schoolId), name: 'Southfield Primary School' }, store);
  return { store, schoolId };
}

export const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
export const textFile = (name: string, text: string): ChosenFile => ({ name, bytes: new TextEncoder().encode(text) });
export const xlsxFile = async (name: string, sheets: SheetRows[]): Promise<ChosenFile> => ({
  name,
  bytes: await bytesOf(await writeWorkbook(sheets)),
});
export const csvFile = (name: string, rows: Cell[][]): ChosenFile => textFile(name, writeCsv(rows));
export const zipFile = async (name: string, files: { name: string; text: string }[]): Promise<ChosenFile> => ({
  name,
  bytes: await bytesOf(zip(files)),
});

/** Change one sheet of a workbook's rows (a copy). */
export function editSheet(sheets: SheetRows[], name: string, edit: (rows: Cell[][]) => Cell[][]): SheetRows[] {
  return sheets.map((s) => (s.name === name ? { name, rows: edit(s.rows.map((r) => [...r])) } : s));
}

/** Live records of a kind for a school, without the fields every import sets afresh. */
export async function liveCount(store: StewardDb, kind: RecordKind, schoolId: string) {
  return (await store.records(kind).where('schoolId').equals(schoolId).toArray()).filter((r) => !r.deleted).length;
}
