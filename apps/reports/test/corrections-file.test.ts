import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorrections, parseCorrections, parseCsv } from "../src/corrections-file.js";

const FILE = "data/corrections.csv";
const HEADER = "target,action,field,value,reason,author";

describe("reading CSV", () => {
  it.each([
    { name: "plain cells", input: "a,b,c\r\nd,e,f\r\n", expected: [[1, ["a", "b", "c"]], [2, ["d", "e", "f"]]] },
    { name: "a byte order mark and LF line ends", input: "\uFEFFa,b\nc,d", expected: [[1, ["a", "b"]], [2, ["c", "d"]]] },
    { name: "quoted commas and doubled quotes", input: 'x,"1,000 ""containers""",y\n', expected: [[1, ["x", '1,000 "containers"', "y"]]] },
    { name: "a line break inside quotes, counting lines", input: 'a,"two\nlines"\nb,c\n', expected: [[1, ["a", "two\nlines"]], [3, ["b", "c"]]] },
    { name: "blank lines skipped", input: "a,b\n\n\nc,d\n", expected: [[1, ["a", "b"]], [4, ["c", "d"]]] },
    { name: "empty cells", input: "a,,\n", expected: [[1, ["a", "", ""]]] },
    { name: "an empty quoted cell", input: 'a,""\n', expected: [[1, ["a", ""]]] },
  ])("reads $name", ({ input, expected }) => {
    expect(parseCsv(input, FILE).map((r) => [r.line, r.cells])).toEqual(expected);
  });

  it.each([
    { name: "an unterminated quote", input: 'a,b\nc,"never closed\n', message: `${FILE}:2: unterminated quoted cell (a " opens a cell that never closes)` },
    { name: "text after a closing quote", input: 'a,"b"c\n', message: `${FILE}:1: unexpected text after a closing quote: 'c'` },
    { name: "a quote inside an unquoted cell", input: 'a,b\nc,d"e\n', message: `${FILE}:2: a quote inside an unquoted cell: quote the whole cell and double the quote` },
  ])("stops at $name, naming file and line", ({ input, message }) => {
    expect(() => parseCsv(input, FILE)).toThrow(message);
  });
});

describe("reading a corrections file", () => {
  it("reads rows in any column order, each with its file:line", () => {
    const text = `author,reason,value,field,action,target\r\nana,"misprint, see the original",1000,value,set,a1:10\r\nana,checked,,,accept,a1:20\r\n`;
    expect(parseCorrections(text, FILE)).toEqual([
      { target: "a1:10", action: "set", field: "value", value: "1000", reason: "misprint, see the original", author: "ana", source: `${FILE}:2`, line: 2 },
      { target: "a1:20", action: "accept", field: null, value: null, reason: "checked", author: "ana", source: `${FILE}:3`, line: 3 },
    ]);
  });

  it("reads a file holding only the header as no corrections", () => {
    expect(parseCorrections(`${HEADER}\n`, FILE)).toEqual([]);
    expect(parseCorrections("", FILE)).toEqual([]);
  });

  it.each([
    { name: "a header missing a column", text: "target,action,field,value,reason\n", message: `${FILE}:1: the header must name the columns target, action, field, value, reason, author; missing author` },
    { name: "a header with an unknown column", text: `${HEADER},date\n`, message: `${FILE}:1: the header must name the columns target, action, field, value, reason, author; unknown 'date'` },
    { name: "a row with too many cells", text: `${HEADER}\na1:10,accept,,,checked, twice,ana\n`, message: `${FILE}:2: expected 6 cells, found 7` },
    { name: "an unknown action", text: `${HEADER}\n\na1:10,delete,,,dup,ana\n`, message: `${FILE}:3: unknown action 'delete': expected one of accept, reject, set` },
    { name: "an unknown field", text: `${HEADER}\na1:10,set,colour,red,why,ana\n`, message: `${FILE}:2: unknown field 'colour': expected one of value, high, qualifier, unit, item, category, supplier, recipient, claimant, modality, period, sanctionRef` },
    { name: "a row without a reason", text: `${HEADER}\na1:10,reject,,,,ana\n`, message: `${FILE}:2: reason is required: say why` },
  ])("stops at $name, naming file and line", ({ text, message }) => {
    expect(() => parseCorrections(text, FILE)).toThrow(message);
  });

  it("names a file it cannot read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "armsledger-corrections-"));
    await expect(loadCorrections(join(dir, "missing.csv"), "missing.csv")).rejects.toThrow("missing.csv: cannot read: ENOENT");
    writeFileSync(join(dir, "c.csv"), `${HEADER}\na1:10,accept,,,ok,ana\n`);
    expect(await loadCorrections(join(dir, "c.csv"), "c.csv")).toHaveLength(1);
  });

  it("reads the project's own corrections file", async () => {
    const rows = await loadCorrections(join(import.meta.dirname, "..", "..", "..", FILE), FILE);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.reason && r.author)).toBe(true);
  });
});
