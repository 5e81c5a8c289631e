/**
 * CSV for spreadsheets (RFC 4180): fields quoted when they hold a comma, a quote or a line break,
 * CRLF after every record. Text a spreadsheet would run as a formula (a leading `=`, `+`, `-`,
 * `@`, tab or CR) gets a leading `'`, unless it is a plain number such as -0.25.
 */
export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const formula = /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text);
  const safe = formula ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV document: the header, then one record per row. */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
