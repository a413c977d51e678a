import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto, corpusDir } from "./corpus.js";
import { requireProgram } from "./helpers.js";

const haveSoffice = requireProgram("soffice", "apt-get install libreoffice-calc-nogui");

/** A minimal RFC 4180 reader for what LibreOffice writes back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

/**
 * Opens a CSV in LibreOffice Calc, saves it as a spreadsheet, then opens that and saves it as
 * CSV again: what comes back is what a person working in the spreadsheet would have.
 * Filter options both ways: comma separator, double-quote text delimiter, UTF-8 (76), from line 1.
 */
function roundTrip(csv: string, ext: "xlsx" | "ods"): string[][] {
  const dir = mkdtempSync(join(tmpdir(), "armsledger-calc-"));
  const profile = `-env:UserInstallation=file://${dir}/profile`;
  const src = join(dir, basename(csv));
  copyFileSync(csv, src);
  const run = (args: string[]) => execFileSync("soffice", [profile, "--headless", "--norestore", ...args], { cwd: dir, stdio: "pipe", timeout: 120_000 });
  run(["--infilter=CSV:44,34,76,1", "--convert-to", ext, "--outdir", join(dir, "sheet"), src]);
  mkdirSync(join(dir, "back"));
  run(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", join(dir, "back"), join(dir, "sheet", basename(csv).replace(/\.csv$/, `.${ext}`))]);
  return parseCsv(readFileSync(join(dir, "back", basename(csv)), "utf8").replace(/^\uFEFF/, ""));
}

describe.skipIf(!haveSoffice)("the CSV tables in LibreOffice Calc", () => {
  let out: string;
  beforeAll(async () => {
    out = await buildInto(corpusDir());
  }, 120_000);

  it.each([["xlsx"], ["ods"]] as const)("keeps the evidence table's columns, numbers, dates and neutralised formulas through %s", (ext) => {
    const original = parseCsv(readFileSync(join(out, "sources", "evidence.csv"), "utf8").replace(/^\uFEFF/, ""));
    const back = roundTrip(join(out, "sources", "evidence.csv"), ext);
    expect(back[0]).toEqual(original[0]);
    expect(back.length).toBe(original.length);
    const col = (name: string) => original[0]!.indexOf(name);
    for (let r = 1; r < original.length; r++) {
      expect(back[r]!.length, `row ${r}`).toBe(original[0]!.length);
      // Numbers come back as the same numbers, dates as the same ISO dates.
      const value = original[r]![col("value")]!;
      if (value !== "") expect(Number(back[r]![col("value")])).toBe(Number(value));
      expect(back[r]![col("published")]).toBe(original[r]![col("published")]);
      expect(back[r]![col("figure_id")]).toBe(original[r]![col("figure_id")]);
    }
    // The headline that would run as =HYPERLINK(…) stays text: the quote guard is kept, no formula result appears.
    const hostile = back.find((row) => row[col("article")]?.includes("HYPERLINK"));
    expect(hostile?.[col("article")]).toBe(`'=HYPERLINK("https://example.org","Russia sent 400,000 barrels")`);
    const outlet = back.find((row) => row[col("outlet")]?.includes("Example Wire"));
    expect(outlet?.[col("outlet")]).toBe("'+Example Wire");
  });

  it("keeps the shipments amounts table's numbers as numbers", () => {
    const original = parseCsv(readFileSync(join(out, "shipments", "reported-amounts.csv"), "utf8").replace(/^\uFEFF/, ""));
    const back = roundTrip(join(out, "shipments", "reported-amounts.csv"), "xlsx");
    expect(back[0]).toEqual(original[0]);
    const v = original[0]!.indexOf("value");
    const d = original[0]!.indexOf("date");
    for (let r = 1; r < original.length; r++) {
      expect(Number(back[r]![v])).toBe(Number(original[r]![v]));
      expect(back[r]![d]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
