/**
 * CSV for spreadsheets (RFC 4180): fields separated by commas, records by
 * CRLF; a field holding a comma, a double quote or a line break is quoted,
 * its quotes doubled. A cell that starts with =, +, -, @, a tab or a carriage
 * return would be run as a formula by a spreadsheet ("CSV injection"), so it
 * gets a leading apostrophe and is read as plain text.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as a CSV file. It starts with a byte order mark so spreadsheet apps
 * read it as UTF-8 (names in any script stay intact).
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
