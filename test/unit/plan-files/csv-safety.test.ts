// Issue 15 (9): every CSV the app writes neutralises formulas (OWASP: a leading =, +, -, @, tab or
// carriage return gets an apostrophe), in every column it exports; reading it back takes that off.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { csvSafe, csvUnescape, FORMULA_START } from '../../../src/domain/csv';
import { cellText, exportSheets, type Cell } from '../../../src/domain/planFiles';
import { readCsv, writeCsv } from '../../../src/features/plan-files/codec';
import { exportPlanFile } from '../../../src/features/plan-files/exportPlan';
import { currentPlanData } from '../../../src/features/plan-files/importPlan';
import { demoStore } from './helpers';

const attacks = ['=HYPERLINK("http://evil.example","x")', '+SUM(1,2)', "-2+3+cmd|' /C calc'!A0", '@SUM(1)', '\t=1+1', '\r=1+1'];
const dangerous = /^[=+\-@\t\r]/;

describe('CSV cells never start a formula', () => {
  it('the rule, at its edges: each of the six starts, apostrophes already there, and ordinary text', () => {
    for (const a of attacks) expect(csvSafe(a)).toBe(`'${a}`);
    expect(csvSafe("'=1")).toBe("''=1");
    expect(csvSafe('Termly')).toBe('Termly');
    expect(csvSafe("Head's review")).toBe("Head's review");
    expect(csvSafe('1a(ii) - phonics')).toBe('1a(ii) - phonics');
    for (const t of [...attacks, "'=1", "''@x", 'plain', "'quoted'"]) expect(csvUnescape(csvSafe(t))).toBe(t);
    expect(FORMULA_START.test('=')).toBe(true);
  });

  it('in every column of every sheet the export writes, and reads back as it was', () => {
    for (const def of exportSheets) {
      const headings: Cell[] = def.columns.filter((c) => !c.importOnly).map((c) => c.header);
      const rows: Cell[][] = attacks.map((a, r) => headings.map((_, c) => `${attacks[(r + c) % attacks.length]!.slice(0, 1)}${a}`));
      const text = writeCsv([headings, ...rows]);
      const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.slice(1);
      expect(parsed).toHaveLength(rows.length);
      for (const row of parsed) {
        expect(row).toHaveLength(headings.length);
        for (const cell of row) expect(cell, `${def.name}: ${JSON.stringify(cell)}`).not.toMatch(dangerous);
      }
      // Read back as written (cells are written trimmed, as cellText gives them).
      expect(readCsv(text).slice(1)).toEqual(rows.map((r) => r.map(cellText)));
    }
  });

  it('a real export of a plan whose words start like formulas: no cell of any file starts one', async () => {
    const { store, schoolId } = await demoStore();
    const data = (await currentPlanData(schoolId, store))!;
    data.plan = { ...data.plan, title: attacks[0]! };
    data.areas = data.areas.map((a, i) => ({ ...a, title: attacks[i % 6]!, targets: [attacks[(i + 1) % 6]!] }));
    data.needs = data.needs.map((n, i) => ({ ...n, description: attacks[i % 6]! }));
    data.actions = data.actions.map((a, i) => ({
      ...a,
      description: attacks[i % 6]!,
      lead: attacks[(i + 1) % 6]!,
      resources: attacks[(i + 2) % 6]!,
      successCriteria: attacks[(i + 3) % 6]!,
      when: attacks[(i + 4) % 6]!,
      notes: attacks[(i + 5) % 6]!,
    }));
    data.milestones = data.milestones.map((m, i) => ({ ...m, description: attacks[i % 6]!, when: attacks[(i + 1) % 6]! }));
    data.strategies = data.strategies.map((s, i) => ({
      ...s,
      who: attacks[i % 6]!,
      what: attacks[(i + 1) % 6]!,
      when: attacks[(i + 2) % 6]!,
    }));
    data.reviewEntries = data.reviewEntries.map((e, i) => ({ ...e, note: attacks[i % 6]!, challenge: attacks[(i + 1) % 6]! }));
    const { blob } = await exportPlanFile(data, 'csv', 'Northgate');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    let checked = 0;
    for (const [name, bytes] of Object.entries(files)) {
      const rows = Papa.parse<string[]>(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      for (const cell of rows.flat()) {
        expect(cell, `${name}: ${JSON.stringify(cell)}`).not.toMatch(dangerous);
        checked++;
      }
      if (name === 'actions.csv') expect(readCsv(new TextDecoder().decode(bytes)).flat()).toContain(attacks[0]);
    }
    expect(checked).toBeGreaterThan(500);
  });
});
