// Filling Ionic fields reliably on a busy machine: fill, then read the value back and fill again
// if it did not take (a re-render mid-fill can leave typed text in the field focused before).
import type { ElementHandle, Locator } from 'playwright-core';

type Field = ElementHandle<HTMLElement | SVGElement>;

/** The value of a native field, or of the native field inside an Ionic one. */
const valueOf = (field: Field) =>
  field.evaluate((el) => {
    const control = el.matches('input, textarea') ? el : el.querySelector('input, textarea');
    return (control as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? null;
  });

/**
 * Fills each field in turn, then checks every one holds its value, refilling any that do not.
 * Fields are found once, before filling: a textarea's accessible name takes in its text, so a
 * label locator stops matching it once it is filled.
 */
export async function fillFields(fields: [Locator, string][]): Promise<void> {
  const found: [Field, string][] = [];
  for (const [field, value] of fields) found.push([await field.elementHandle(), value]);
  for (const [field, value] of found) await field.fill(value);
  for (let attempt = 0; attempt < 3; attempt++) {
    const wrong: [Field, string][] = [];
    for (const [field, value] of found) if ((await valueOf(field)) !== value) wrong.push([field, value]);
    if (wrong.length === 0) return;
    for (const [field, value] of wrong) await field.fill(value);
  }
  for (const [field, value] of found) {
    const actual = await valueOf(field);
    if (actual !== value) throw new Error(`A field would not take "${value}": it holds "${actual}"`);
  }
}
