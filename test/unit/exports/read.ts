// Reading exported files back, as a person's PDF reader, Word or spreadsheet would.
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import Papa from 'papaparse';
import { buildDemoBoard } from '../../../src/domain';
import { boardRecords, type BoardRecords } from '../../../src/domain/documents';
import { idMaker } from '../domain/helpers';

export const TODAY = '2026-11-23';
export const demo = (): BoardRecords => boardRecords(buildDemoBoard(TODAY, idMaker('e')));

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

export interface OutlineItem {
  title: string;
  items: OutlineItem[];
}

/** Each page's text (pdf.js), and the bookmarks. */
export async function readPdf(blob: Blob): Promise<{ pages: string[]; outline: OutlineItem[] }> {
  const pdf = await getDocumentProxy(await bytesOf(blob));
  const { text } = await extractText(pdf, { mergePages: false });
  const outline = ((await pdf.getOutline()) ?? []) as OutlineItem[];
  return { pages: text.map((t) => t.replace(/\s+/g, ' ')), outline };
}

/** The text of a .docx: its body and each header, from the XML (w:t runs). */
export async function readDocx(blob: Blob): Promise<{ body: string; headers: string[]; footers: string[]; sectionHeaders: number }> {
  const files = unzipSync(await bytesOf(blob));
  const text = (name: string) =>
    [...strFromU8(files[name]!).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&apos;/g, '’')).join(' ');
  const names = Object.keys(files);
  const document = strFromU8(files['word/document.xml']!);
  return {
    body: text('word/document.xml'),
    headers: names.filter((n) => /^word\/header\d+\.xml$/.test(n)).map(text),
    footers: names.filter((n) => /^word\/footer\d+\.xml$/.test(n)).map(text),
    sectionHeaders: (document.match(/<w:headerReference /g) ?? []).length,
  };
}

export async function readCsvBlob(blob: Blob): Promise<string[][]> {
  const text = (await blob.text()).replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text.trimEnd(), {}).data;
}

export async function readXlsxBlob(blob: Blob): Promise<unknown[][]> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const buffer = await blob.arrayBuffer();
  const sheets = await readXlsxFile(buffer);
  return sheets[0]!.data as unknown[][];
}
