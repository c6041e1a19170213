// Plan files: import a plan from a spreadsheet (.xlsx, .csv) or a Steward .json plan file, and export it
// back. Pure: the screens read files into rows and bytes; this checks them, says what to fix, and says
// what to save. See docs/plan-format.md.
export * from './types';
export { columnLetter, cellText, cellDate, sizeText } from './cells';
export { importSheets, exportSheets, HELP_SHEET, type SheetDef, type ColumnDef } from './layout';
export { readPlanSheets, type ReadContext, type ReadResult } from './readWorkbook';
export { planToSheets, blankTemplateSheets } from './writeWorkbook';
export { planToJson, readPlanJson, PLAN_FORMAT, PLAN_FORMAT_VERSION } from './json';
export { mergePlan, sameData, type PlanWrites, type MergeSummary, type KindCounts, type MergeOptions } from './merge';
export { checkSize, sniffFile, decodeText, isJsonText, zipKind, NOT_A_PLAN, type FileKind } from './sniff';
export { problemPlace, summaryLines } from './report';
export { columnDateOrder, bothReadings, type DateOrder } from './dateOrder';
export type { AmbiguousDates } from './rows';
export { readPlanWord, NO_ACTIONS_TABLE } from './readWord';
export type { DocBlock } from './wordTables';
