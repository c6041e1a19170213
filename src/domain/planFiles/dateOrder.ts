import type { Cell } from './types';

/** How a column writes its dates: 02/06/2018 is 2 June (day first, as in the UK) or 6 February (month first, as in the US). */
export type DateOrder = 'day-first' | 'month-first';

const SLASHED = /^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\s*$/;

/**
 * The order of a whole column's written dates (real date cells need no order): month first when one of
 * them can only be read that way (03/31/2018), day first when one can only be read that way (31/03/2018),
 * "either" when every one could be read both ways (02/06/2018), "mixed" when the column has both kinds,
 * null when it has no written dates. Examples: written dates that could be read either way.
 */
export function columnDateOrder(cells: Cell[]): { order: DateOrder | 'either' | 'mixed' | null; examples: string[] } {
  let dayFirst = false;
  let monthFirst = false;
  const examples: string[] = [];
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const m = SLASHED.exec(cell);
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) dayFirst = true;
    else if (b > 12 && a <= 12) monthFirst = true;
    else if (a !== b && a <= 12 && b <= 12 && examples.length < 2 && !examples.includes(cell.trim())) examples.push(cell.trim());
  }
  const order =
    dayFirst && monthFirst ? 'mixed' : dayFirst ? 'day-first' : monthFirst ? 'month-first' : examples.length > 0 ? 'either' : null;
  return { order, examples };
}

/** A written month-first date turned day first (03/31/2018 → 31/03/2018); any other cell as it was. */
export function dayFirst(cell: Cell): Cell {
  if (typeof cell !== 'string') return cell;
  const m = SLASHED.exec(cell);
  return m ? `${m[3]!.padStart(2, '0')}/${m[1]!.padStart(2, '0')}/${m[4]}` : cell;
}

/** Both readings of a written date, in words: "2 June 2018" and "6 February 2018". */
export function bothReadings(text: string): { dayFirst: string; monthFirst: string } | null {
  const m = SLASHED.exec(text);
  if (!m) return null;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [a, b, y] = [Number(m[1]), Number(m[3]), m[4]];
  return { dayFirst: `${a} ${months[b - 1]} ${y}`, monthFirst: `${b} ${months[a - 1]} ${y}` };
}
