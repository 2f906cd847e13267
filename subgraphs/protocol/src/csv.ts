// CSV for spreadsheets and the credit platform: one writer for the hub, so every export quotes the
// same way and none of them can smuggle a formula into the reader's Excel.

export type CsvValue = string | number | boolean | null | undefined;

/** One field: quoted when it holds a separator, a quote or a line break; a leading = + - @ that
 * is not a number is prefixed with ' so spreadsheets show it as text (CSV injection). */
export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole document with CRLF line ends and a byte-order mark, so Excel reads UTF-8 Chinese. */
export function csvDocument(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
