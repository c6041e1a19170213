// The Part B property of part-b.test.ts, on the written files: every Part A document and both packs
// are written as PDF (and the minutes as Word), the action log as .csv and .xlsx, and each file is
// read back as a reader would (pdf.js text, bookmarks and metadata; every XML part of the .docx;
// every cell). No restricted text may be in any of them, for any role.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { getDocumentProxy } from 'unpdf';
import { maySee, roles, visibilities, type Role } from '../../../src/domain';
import { actionLogRows, evidencePack, minutesDocument, minutesRefusal, socPack } from '../../../src/domain/documents';
import { writePdf } from '../../../src/features/exports/writers/pdf';
import { writeWord } from '../../../src/features/exports/writers/word';
import { actionLogCsv, actionLogXlsx } from '../../../src/features/exports/writers/sheets';
import { readCsvBlob, readPdf, readXlsxBlob, TODAY, type OutlineItem } from './read';
import { restricted } from './restricted';

const titlesOf = (items: OutlineItem[]): string[] => items.flatMap((i) => [i.title, ...titlesOf(i.items)]);

/** Everything a PDF reader shows: each page's text, the bookmarks and the document's properties. */
async function pdfWords(blob: Blob): Promise<string> {
  const { pages, outline } = await readPdf(blob);
  const pdf = await getDocumentProxy(new Uint8Array(await blob.arrayBuffer()));
  const { info } = await pdf.getMetadata();
  return [...pages, ...titlesOf(outline), JSON.stringify(info)].join('\n');
}

/** Every XML part of a .docx, as it is stored (body, headers, footers, properties). */
async function docxParts(blob: Blob): Promise<string> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.values(files)
    .map((bytes) => strFromU8(bytes))
    .join('\n');
}

const role = fc.constantFrom<Role | null>(null, ...roles);

describe('Part B never leaks into a written file', () => {
  test('Part A minutes (PDF and Word), both packs (PDF) and the Part A action log (.csv, .xlsx) hold no restricted text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...visibilities), { minLength: 1, maxLength: 12 }), role, async (choices, r) => {
        const { board, body, titles } = restricted(choices);
        const audience = { role: r };
        const minutes = board.meetings
          .filter((m) => minutesRefusal(board, m, 'A', audience) === null)
          .map((m) => minutesDocument(board, m, 'A', audience));
        const packs = [socPack(board, audience, TODAY), evidencePack(board, audience, { from: '2020-01-01', to: TODAY }, TODAY)];
        const rows = actionLogRows(board, { status: 'all', owner: 'all', includePartB: false }, audience, TODAY);
        const partA = [
          ...(await Promise.all(minutes.map(async (doc) => pdfWords(await writePdf(doc))))),
          ...(await Promise.all(minutes.map(async (doc) => docxParts(await writeWord(doc))))),
          await pdfWords(await writePdf(packs[0]!)),
          (await readCsvBlob(await actionLogCsv(rows))).flat().join('\n'),
          (await readXlsxBlob(await actionLogXlsx(rows))).flat().join('\n'),
        ];
        const evidence = await pdfWords(await writePdf(packs[1]!));
        for (const text of [...partA, evidence]) for (const m of body) expect(text).not.toContain(m);
        for (const t of titles) {
          for (const text of partA) expect(text).not.toContain(t.marker);
          // The evidence pack lists Part B items by title only, and only for those who may see Part B.
          if (t.v === 'chairs' || (r !== null && !maySee(r, 'partB'))) expect(evidence).not.toContain(t.marker);
        }
      }),
      { numRuns: 12 },
    );
  }, 180_000);

  test('the markers are found when they may be seen, so the search above can fail', async () => {
    const { board, body, titles } = restricted(['partB']);
    for (const m of board.meetings) m.visibility = 'board'; // the meetings themselves open, their items Part B
    const audience = { role: 'chair' as const };
    const meeting = board.meetings.find((m) => minutesRefusal(board, m, 'B', audience) === null)!;
    const partB = await pdfWords(await writePdf(minutesDocument(board, meeting, 'B', audience)));
    expect(body.some((m) => partB.includes(m))).toBe(true);
    const word = await docxParts(await writeWord(minutesDocument(board, meeting, 'B', audience)));
    expect(body.some((m) => word.includes(m))).toBe(true);
    const evidence = await pdfWords(await writePdf(evidencePack(board, audience, { from: '2020-01-01', to: TODAY }, TODAY)));
    expect(titles.some((t) => evidence.includes(t.marker))).toBe(true);
    const rows = actionLogRows(board, { status: 'all', owner: 'all', includePartB: true }, audience, TODAY);
    const csv = (await readCsvBlob(await actionLogCsv(rows))).flat().join('\n');
    const xlsx = (await readXlsxBlob(await actionLogXlsx(rows))).flat().join('\n');
    expect(body.some((m) => csv.includes(m) && xlsx.includes(m))).toBe(true);
  }, 60_000);
});
