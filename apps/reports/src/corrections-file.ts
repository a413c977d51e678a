import { readFile } from "node:fs/promises";
import { CORRECTION_COLUMNS, CorrectionError, correctionFromRow, type LocatedCorrection } from "@armsledger/model";

/** One CSV record: its cells and the line it starts on (1-based). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * RFC 4180 CSV: comma-separated, double quotes around cells that hold commas, quotes or line
 * breaks, "" for a quote inside quotes; CRLF or LF line ends; a leading BOM ignored. Records
 * with no characters at all (blank lines) are skipped. `label` names the file in errors.
 */
export function parseCsv(text: string, label: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const s = text.replace(/^\uFEFF/, "");
  let line = 1;
  let i = 0;
  while (i < s.length) {
    const start = line;
    const cells: string[] = [];
    let cell = "";
    let atEnd = false;
    let blank = true;
    while (!atEnd) {
      if (s[i] === '"' && cell === "") {
        blank = false;
        i++;
        for (;;) {
          if (i >= s.length) throw new CorrectionError(`${label}:${start}`, "unterminated quoted cell (a \" opens a cell that never closes)");
          const ch = s[i]!;
          if (ch === '"') {
            if (s[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === "\n") line++;
          cell += ch;
          i++;
        }
        const next = s[i];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r")
          throw new CorrectionError(`${label}:${line}`, `unexpected text after a closing quote: '${next}'`);
      }
      const ch = s[i];
      if (ch === undefined) {
        cells.push(cell);
        atEnd = true;
      } else if (ch === ",") {
        blank = false;
        cells.push(cell);
        cell = "";
        i++;
      } else if (ch === "\r" || ch === "\n") {
        cells.push(cell);
        i += ch === "\r" && s[i + 1] === "\n" ? 2 : 1;
        line++;
        atEnd = true;
      } else if (ch === '"') {
        throw new CorrectionError(`${label}:${line}`, "a quote inside an unquoted cell: quote the whole cell and double the quote");
      } else {
        blank = false;
        cell += ch;
        i++;
      }
    }
    if (!(blank && cells.length === 1 && cells[0] === "")) records.push({ line: start, cells });
  }
  return records;
}

/**
 * The corrections in a CSV text whose header names the columns target, action, field, value,
 * reason, author (in any order). Each row is validated; errors name `label`:line.
 */
export function parseCorrections(text: string, label: string): LocatedCorrection[] {
  const [header, ...rows] = parseCsv(text, label);
  if (!header) return [];
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const unknown = names.filter((n) => !(CORRECTION_COLUMNS as readonly string[]).includes(n));
  const missing = CORRECTION_COLUMNS.filter((c) => !names.includes(c));
  if (unknown.length || missing.length)
    throw new CorrectionError(
      `${label}:${header.line}`,
      `the header must name the columns ${CORRECTION_COLUMNS.join(", ")}` +
        (missing.length ? `; missing ${missing.join(", ")}` : "") +
        (unknown.length ? `; unknown ${unknown.map((u) => `'${u}'`).join(", ")}` : ""),
    );
  return rows.map(({ line, cells }) => {
    const source = `${label}:${line}`;
    if (cells.length !== names.length) throw new CorrectionError(source, `expected ${names.length} cells, found ${cells.length}`);
    return correctionFromRow(Object.fromEntries(names.map((n, k) => [n, cells[k]!])), source, line);
  });
}

/** Reads and parses a corrections file; `label` is how messages name it (the path as given). */
export async function loadCorrections(path: string, label = path): Promise<LocatedCorrection[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new CorrectionError(label, `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  return parseCorrections(text, label);
}
