import { describe, expect, test } from 'vitest';
import { actionLogRows, boardRecords, everyAction, evidencePack, socPack, socSections } from '../../../src/domain/documents';
import { writePdf } from '../../../src/features/exports/writers/pdf';
import { actionLogCsv, actionLogXlsx } from '../../../src/features/exports/writers/sheets';
import { buildExportsBoard } from '../../bench/exports-board';
import { demo, readCsvBlob, readPdf, readXlsxBlob, TODAY } from './read';

const board = demo();
const titles = (items: { title: string; items: unknown[] }[]): string[] => items.flatMap((i) => [i.title, ...titles(i.items as never)]);

describe('the packs, read back from the PDF', () => {
  test('the SoC meeting pack: contents page listing every section with its page, bookmarks, page numbers, Part A only', async () => {
    const { pages, outline } = await readPdf(await writePdf(socPack(board, { role: 'chair' }, TODAY)));
    expect(pages[0]).toContain('School of Concern meeting pack');
    expect(pages[0]).toContain('Contents');
    for (const [i, s] of socSections.entries()) {
      expect(pages[0]).toMatch(new RegExp(`${i + 1}\\. ${s.replace(/[()]/g, '.')} \\d+`));
      expect(outline.map((o) => o.title)).toContain(`${i + 1}. ${s}`);
    }
    expect(titles(outline.find((o) => o.title.startsWith('2. '))!.items as never)[0]).toMatch(/^Area 1: /);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
    const all = pages.join(' ');
    expect(all).toContain('Category 4: School of Concern');
    expect(all).toContain('Insufficient progress');
    expect(all).toContain('Approved as a correct record');
    expect(all).not.toContain('individual pupil’s reduced timetable');
    expect(all).not.toContain('The SENCo explained');
  });

  test('the evidence pack: contents, bookmarks with areas under sections, Part B items by title only', async () => {
    const doc = evidencePack(board, { role: 'clerk' }, { from: '2025-09-01', to: TODAY }, TODAY);
    const { pages, outline } = await readPdf(await writePdf(doc));
    expect(pages[0]).toContain('Contents');
    expect(outline.map((o) => o.title)).toEqual(doc.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : [])));
    expect(outline.find((o) => o.title.includes('The plan'))!.items.length).toBeGreaterThan(0);
    const all = pages.join(' ');
    expect(all).toContain('How the board is organised');
    expect(all).toContain('Part B items (listed by title only)');
    expect(all).toContain('Part B: an individual pupil’s reduced timetable');
    expect(all).not.toContain('The SENCo explained');
    const forHead = evidencePack(board, { role: 'headteacher' }, { from: '2025-09-01', to: TODAY }, TODAY);
    expect((await readPdf(await writePdf(forHead))).pages.join(' ')).not.toContain('individual pupil’s reduced timetable');
  });

  test('a generated board makes an evidence pack of at least 100 pages', async () => {
    const big = boardRecords(buildExportsBoard(TODAY));
    const { pages } = await readPdf(await writePdf(evidencePack(big, { role: null }, { from: '2024-09-01', to: TODAY }, TODAY)));
    expect(pages.length).toBeGreaterThanOrEqual(100);
    expect(pages[pages.length - 1]).toContain(`Page ${pages.length} of ${pages.length}`);
  }, 120_000);
});

describe('the action log, read back', () => {
  const evil = {
    ...board,
    meetingActions: board.meetingActions.map((a, i) => (i === 0 ? { ...a, description: '=HYPERLINK("http://x","y")', owner: '+44 0' } : a)),
  };

  test('CSV: the heading row, every row, and formulae written as text', async () => {
    const rows = actionLogRows(evil, everyAction, { role: 'clerk' }, TODAY);
    const cells = await readCsvBlob(await actionLogCsv(rows));
    expect(cells[0]).toEqual(['Meeting date', 'Meeting', 'Minute item', 'Action', 'Owner', 'Due', 'Status', 'Overdue', 'Part']);
    expect(cells).toHaveLength(rows.length + 1);
    expect(cells.flat()).toContain(`'=HYPERLINK("http://x","y")`);
    expect(cells.flat()).toContain(`'+44 0`);
    expect(cells.flat().some((c) => /^[=+\-@]/.test(c))).toBe(false);
  });

  test('Excel: real dates, the filter applied, and no Part B unless asked for', async () => {
    const open = actionLogRows(board, { ...everyAction, status: 'open' }, { role: 'clerk' }, TODAY);
    const cells = await readXlsxBlob(await actionLogXlsx(open));
    expect(cells).toHaveLength(open.length + 1);
    expect(cells.slice(1).every((r) => r[6] === 'Open')).toBe(true);
    expect(cells[1]![5]).toBeInstanceOf(Date);
    const owner = board.meetingActions[0]!.owner;
    expect(actionLogRows(board, { ...everyAction, owner: 'Nobody' }, { role: 'clerk' }, TODAY)).toHaveLength(0);
    expect(actionLogRows(board, { ...everyAction, owner }, { role: 'clerk' }, TODAY).every((r) => r[4] === owner)).toBe(true);
  });
});
