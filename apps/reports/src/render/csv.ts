import { stringify } from "csv-stringify/sync";

export type Cell = string | number | boolean | null | undefined;

/**
 * A table as spreadsheet-safe CSV: UTF-8 with BOM (Excel then reads UTF-8), CRLF records,
 * RFC 4180 quoting, numbers left as numbers, and text cells that begin with = + - @ tab
 * or CR neutralised so a spreadsheet never runs them as formulas.
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  return stringify(
    rows.map((r) => columns.map((c) => r[c] ?? null)),
    {
      bom: true,
      header: true,
      columns: columns.map((c) => ({ key: String(columns.indexOf(c)), header: c })),
      record_delimiter: "windows",
      escape_formulas: true,
      quoted_match: /[",\r\n]/,
      cast: {
        boolean: (v) => (v ? "true" : "false"),
        number: (v) => (Number.isFinite(v) ? String(v) : ""),
        date: (v) => v.toISOString().slice(0, 10),
      },
    },
  );
}
