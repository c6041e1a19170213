// Safe CSV cells (OWASP "CSV injection"): a spreadsheet program runs a cell that starts with =, +, -,
// @, a tab or a carriage return as a formula. Every CSV the app writes prefixes such text with an
// apostrophe, so the cell is shown as text; reading a CSV back takes exactly one apostrophe off again,
// so the round trip loses nothing (text that already started with apostrophes before a formula
// character gets one more, and loses one on reading).

/** Text a spreadsheet would run as a formula, also after apostrophes this module added. For papaparse's `escapeFormulae`. */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The cell as written to a CSV file: text that would run as a formula gets a leading apostrophe. */
export const csvSafe = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** A cell read from a CSV file this app (or another that follows the rule) wrote: the one apostrophe taken off. */
export const csvUnescape = (text: string): string => (/^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text);
