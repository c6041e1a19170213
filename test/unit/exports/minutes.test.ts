import { describe, expect, test } from 'vitest';
import { minutesDocument, minutesRefusal } from '../../../src/domain/documents';
import { writePdf } from '../../../src/features/exports/writers/pdf';
import { writeWord } from '../../../src/features/exports/writers/word';
import { demo, readDocx, readPdf } from './read';

const board = demo();
const past = board.meetings.find((m) => m.minutesStatus === 'approved')!;
const partBItem = board.minuteItems.find((i) => i.visibility === 'partB')!;
const draftOf = { ...past, minutesStatus: 'draft' as const, approvedAt: undefined, approvedBy: '' };

describe('minutes, read back from the files', () => {
  test('approved Part A minutes as PDF: the meeting, present, items, challenge, actions and approval, no DRAFT and no Part B', async () => {
    const doc = minutesDocument(board, past, 'A', { role: 'clerk' });
    const { pages } = await readPdf(await writePdf(doc));
    const all = pages.join(' ');
    expect(all).toContain('Minutes: School Improvement Committee');
    expect(all).toContain('Northgate Primary School');
    expect(all).toContain('Present');
    expect(all).toContain('Apologies');
    expect(all).toContain('Area for improvement 2: attendance of disadvantaged pupils');
    expect(all).toContain('Challenge:');
    expect(all).toContain('Agree interim cover for third-day home visits');
    expect(all).toContain('Approved as a correct record and signed by');
    expect(all).toContain('One confidential item was discussed and minuted separately (Part B).');
    expect(all).toContain('Quorate:');
    expect(all).toContain('Signed (chair)');
    expect(all).toMatch(/Page 1 of \d/);
    for (const p of pages) expect(p).not.toContain('DRAFT');
    expect(all).not.toContain(partBItem.title);
    expect(all).not.toContain(partBItem.discussion.slice(0, 40));
  });

  test('draft minutes have DRAFT on every page, PDF and Word', async () => {
    const long = { ...board, minuteItems: board.minuteItems.map((i) => ({ ...i, discussion: `${i.discussion} `.repeat(30) })) };
    const doc = minutesDocument(long, draftOf, 'A', { role: null });
    const { pages } = await readPdf(await writePdf(doc));
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p).toContain('DRAFT');
    const word = await readDocx(await writeWord(doc));
    expect(word.sectionHeaders).toBeGreaterThan(0);
    expect(word.headers.join(' ')).toContain('DRAFT');
    expect(word.body).toContain('Draft: these minutes have not yet been approved');
  });

  test('approved minutes as Word: the content, page numbers, and neither DRAFT nor Part B', async () => {
    const word = await readDocx(await writeWord(minutesDocument(board, past, 'A', { role: 'clerk' })));
    expect(word.body).toContain('Area for improvement 1: early reading and phonics');
    expect(word.body).toContain('Decision:');
    expect(word.body).toContain('Bring punctuality figures');
    expect(word.headers.join(' ')).not.toContain('DRAFT');
    expect(word.body).not.toContain('DRAFT');
    expect(word.body).not.toContain(partBItem.title);
    expect(word.footers.join(' ')).toContain('Page');
  });

  test('Part B is its own document, marked confidential on every page, for those who may see it only', async () => {
    expect(minutesRefusal(board, past, 'B', { role: 'headteacher' })).toMatch(/confidential: the headteacher cannot see them/);
    expect(minutesRefusal(board, past, 'B', { role: 'officer' })).not.toBeNull();
    expect(minutesRefusal(board, past, 'B', { role: 'clerk' })).toBeNull();
    const doc = minutesDocument(board, past, 'B', { role: 'clerk' });
    const { pages } = await readPdf(await writePdf(doc));
    expect(pages.join(' ')).toContain(partBItem.title);
    expect(pages.join(' ')).not.toContain('Area for improvement 1: early reading');
    for (const p of pages) expect(p).toContain('Part B: confidential, not for publication');
    const word = await readDocx(await writeWord(doc));
    expect(word.headers.join(' ')).toContain('Part B: confidential');
    expect(word.body).toContain(partBItem.discussion.slice(0, 30));
  });
});
