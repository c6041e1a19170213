// Bench "plan-import": reading a 5,000-action plan (50 areas × 4 needs × 25 actions, 500 undated
// milestones on actions, words for timing on half the actions) from an .xlsx workbook and from a
// Word document, as the import screen does: unpack and read the file, check every row, and work out
// the writes for a board with an empty plan. In Node, at full speed; median of RUNS. Opening the
// timeline and an area of a plan this size is measured by large-plan (test/bench/big-plan.ts).
// @ts-expect-error jsdom ships no types here; only its DOMParser is used.
import { JSDOM } from 'jsdom';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { mergePlan, readPlanSheets, readPlanWord, type Cell } from '../../src/domain/planFiles';
import { readWorkbook, writeWorkbook } from '../../src/features/plan-files/codec';
import { median, type Bench, type Figure } from './shared';

const RUNS = Number(process.env.PLAN_IMPORT_RUNS ?? 5);
const AREAS = 50;
const NEEDS = 4;
const PER_NEED = 25;

function actionRows(): Cell[][] {
  const rows: Cell[][] = [['Area', 'Area title', 'Need code', 'Improvement needed', 'Action', 'Lead', 'When', 'Start', 'Finish']];
  for (let a = 1; a <= AREAS; a++)
    for (let n = 1; n <= NEEDS; n++)
      for (let i = 1; i <= PER_NEED; i++) {
        const first = n === 1 && i === 1;
        const dated = i % 2 === 0;
        rows.push([
          a,
          first ? `Area ${a}` : null,
          `${a}${'abcd'[n - 1]}`,
          i === 1 ? `Need ${n} of area ${a}` : null,
          `Action ${i} of need ${n}, area ${a}`,
          'Head',
          dated ? null : 'Termly',
          dated ? '01/09/2026' : null,
          dated ? '16/07/2027' : null,
        ]);
      }
  return rows;
}

const ctx = () => ({
  schoolId: 'bench',
  now: new Date().toISOString(),
  makeId: (() => {
    let n = 0;
    return () => `id-${++n}`;
  })(),
});
const plan: Cell[][] = [
  ['Field', 'Value'],
  ['Title', 'Big plan'],
];

async function timed(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const bench: Bench = {
  name: 'plan-import',
  description: 'Import of a 5,000-action plan from .xlsx and from Word (read, check, work out the writes), in Node',
  async run(): Promise<Figure[]> {
    const rows = actionRows();
    const xlsx = new Uint8Array(
      await (
        await writeWorkbook([
          { name: 'Plan', rows: plan },
          { name: 'Actions', rows },
        ])
      ).arrayBuffer(),
    );
    const docRows = rows.map(
      (r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c === null ? '' : String(c))] })) }),
    );
    const docx = new Uint8Array(
      await Packer.toBuffer(
        new Document({ sections: [{ children: [new Paragraph({ text: 'Big plan' }), new Table({ rows: docRows })] }] }),
      ),
    );
    // The app reads Word with the browser's DOMParser; Node has none, so jsdom's stands in (slower than Chromium's).
    globalThis.DOMParser ??= new JSDOM().window.DOMParser;
    const { readDocxBlocks } = await import('../../src/features/plan-files/docx');
    const xlsxTimes: number[] = [];
    const wordTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      xlsxTimes.push(
        await timed(async () => {
          const read = readPlanSheets(await readWorkbook(xlsx), false, ctx());
          if (read.problems.length || read.incoming!.actions.length !== 5000) throw new Error(`xlsx: ${read.problems[0]?.message}`);
          mergePlan(undefined, read.incoming!, { ...ctx(), taken: new Set(), removeMissing: true, keepVisibility: true });
        }),
      );
      wordTimes.push(
        await timed(async () => {
          const read = readPlanWord(readDocxBlocks(docx), 'big.docx', ctx());
          if (read.problems.length || read.incoming!.actions.length !== 5000) throw new Error(`docx: ${read.problems[0]?.message}`);
          mergePlan(undefined, read.incoming!, { ...ctx(), taken: new Set(), removeMissing: true, keepVisibility: true });
        }),
      );
    }
    return [
      { measure: '5,000 actions from .xlsx (median)', value: Math.round(median(xlsxTimes)), unit: 'ms' },
      { measure: '5,000 actions from .docx (median)', value: Math.round(median(wordTimes)), unit: 'ms' },
      { measure: '.xlsx size', value: Math.round(xlsx.byteLength / 1024), unit: 'KB' },
      { measure: '.docx size', value: Math.round(docx.byteLength / 1024), unit: 'KB' },
    ];
  },
};
export default bench;
