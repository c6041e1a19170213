import { todayIso } from '../../domain';
import { blankTemplateSheets, exportSheets, planToJson, planToSheets, type PlanData } from '../../domain/planFiles';

export type ExportFormat = 'xlsx' | 'csv' | 'json';

/** A file name from the school's name and today's date: "northgate-primary-school-plan-2026-11-23.xlsx". */
export function exportName(schoolName: string, ext: string, today = todayIso()): string {
  const slug =
    schoolName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'steward';
  return `${slug}-plan-${today}.${ext}`;
}

/** The plan and all its reviews as a file: an .xlsx workbook, a .zip of one CSV file per sheet, or a .json plan file. */
export async function exportPlanFile(data: PlanData, format: ExportFormat, schoolName: string): Promise<{ name: string; blob: Blob }> {
  if (format === 'json') return { name: exportName(schoolName, 'json'), blob: new Blob([planToJson(data)], { type: 'application/json' }) };
  const codec = await import('./codec');
  const sheets = planToSheets(data);
  if (format === 'xlsx') return { name: exportName(schoolName, 'xlsx'), blob: await codec.writeWorkbook(sheets) };
  const files = sheets.map((s) => ({ name: exportSheets.find((d) => d.name === s.name)!.csvName, text: codec.writeCsv(s.rows) }));
  return { name: exportName(schoolName, 'zip'), blob: codec.zip(files) };
}

/** The blank template: a workbook with the headings of every sheet the import reads, and how to fill them in. */
export async function blankTemplate(): Promise<{ name: string; blob: Blob }> {
  const codec = await import('./codec');
  return { name: 'steward-plan-template.xlsx', blob: await codec.writeWorkbook(blankTemplateSheets()) };
}
