// CSV as RFC 4180 writes it (Excel, R, Stata and neo4j-admin all read it):
// fields quoted when they hold a comma, a quote or a line break, quotes doubled.

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: CsvValue[], delimiter = ',') => values.map((v) => csvField(v, delimiter)).join(delimiter);

/**
 * A table as CSV text: a header line, then one line per row, CRLF-terminated.
 * Starts with a byte-order mark, so Excel reads the Chinese as UTF-8.
 */
export function csvTable(header: string[], rows: CsvValue[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => csvLine(r) + '\r\n').join('');
}
