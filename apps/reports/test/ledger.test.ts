import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ClaimSchema, SeriesSchema, validate } from "@armsledger/model";
import { loadLedger, renderOutputs } from "../src/build.js";
import type { Ledger } from "../src/ledger.js";

const REPO = join(import.meta.dirname, "..", "..", "..");
const REFERENCE = join(REPO, "data", "reference");
/** Five short articles written for these tests: a White House claim and its syndicated copy, Shin's 6,700 and 7,000, an oil report. */
const ARTICLES = join(import.meta.dirname, "ledger-articles");
const SEEDS = join(REPO, "..", "shared", "seeds");
const CLI = join(import.meta.dirname, "..", "dist", "src", "cli.js");
const HEADER = "target,action,field,value,reason,author\n";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "armsledger-ledger-"));
}

function correctionsFile(rows: string): string {
  const path = join(tempDir(), "corrections.csv");
  writeFileSync(path, HEADER + rows);
  return path;
}

const claim = (ledger: Ledger, id: string) => {
  const found = ledger.claims.find((c) => c.id === id);
  expect(found, `claim ${id} among ${ledger.claims.map((c) => c.id).join(", ")}`).toBeDefined();
  return found!;
};

describe("building the ledger from articles", () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await loadLedger({ articlesDir: ARTICLES, buildDate: null, referenceDir: REFERENCE, correctionsFile: null });
  });

  it("merges the White House claim carried by two outlets, counting the syndicated copy once", () => {
    const c = claim(ledger, "KP-RU.containers.more-than.1000.count");
    expect(c.citations.map((ct) => ct.outlet)).toEqual(["Yonhap News Agency", "The Korea Herald"]);
    expect(c.independentSources).toBe(1);
    expect(c.citations.map((ct) => ct.url)).toEqual(["https://example.org/yonhap", "https://example.org/herald"]);
    for (const cl of ledger.claims) validate(ClaimSchema, cl, cl.id);
  });

  it("orders the North Korea → Russia containers series by date: 1,000, then 6,700, then 7,000", () => {
    const series = ledger.series.find((s) => s.id === "KP-RU.containers.count");
    validate(SeriesSchema, series, "series");
    expect(series!.points.map((p) => [p.date, p.qualifier, p.value])).toEqual([
      ["2023-10-14", "more-than", 1000],
      ["2024-02-27", "about", 6700],
      ["2024-03-19", "at-least", 7000],
    ]);
  });

  it("keeps the shells 6,700 containers could hold as a capacity estimate derived from them", () => {
    const capacity = claim(ledger, "KP-RU.artillery-shells.about.3000000.count.capacity");
    expect(capacity.derivedFrom).toBe("KP-RU.containers.about.6700.count");
    expect(ledger.series.some((s) => s.category === "artillery-shells")).toBe(false);
  });

  it("flags the 7,000 containers claim that stands beside a denial", () => {
    const c = claim(ledger, "KP-RU.containers.at-least.7000.count");
    expect([c.conflict, c.denied]).toEqual([true, true]);
    expect(c.conflictNotes).toEqual(['denial beside it in a4-afp.txt: "Both Pyongyang and Moscow have denied the arms shipments."']);
  });

  it("links the annual cap named in an article to resolution 2397 and compares the oil delivered with it", () => {
    expect(claim(ledger, "_-_.sanction-cap.exact.500000.barrels.limit").sanctionRef).toBe("unsc-2397");
    expect(ledger.capComparisons.map((c) => [c.claimId, c.measureId, c.ratio, c.spanMonths, c.exceeds])).toEqual([["RU-KP.oil.more-than.1000000.barrels", "unsc-2397", 2, 8, true]]);
  });

  it("holds the whole sanctions reference", () => {
    expect(ledger.sanctions.map((m) => m.id)).toContain("unsc-veto-2024-03-28");
    expect(ledger.corrections).toEqual([]);
  });

  it("writes claims, series, sanctions and cap comparisons as CSV with JSON twins", () => {
    const files = renderOutputs(ledger, []);
    for (const name of ["claims", "series", "sanctions", "cap-comparisons", "corrections-applied"]) {
      expect(files.has(`data/${name}.csv`), name).toBe(true);
      expect(JSON.parse(files.get(`data/${name}.json`) as string)).toBeInstanceOf(Array);
    }
    const claims = (files.get("data/claims.csv") as string).split("\r\n");
    expect(claims[0]).toBe(
      "\uFEFFclaim_id,value,value_high,qualifier,unit,item,category,supplier,recipient,claimants,modality,period_text,period_start,period_end,reference_date,first_cited,latest_cited,citations,independent_sources,outlets,derived_from,sanction_ref,conflict,denied,conflict_notes,corrected,corrections,figure_ids",
    );
    expect(claims.find((l) => l.startsWith("KP-RU.containers.more-than.1000.count,"))).toContain(",2,1,Yonhap News Agency; The Korea Herald,");
    const series = (files.get("data/series.csv") as string).split("\r\n");
    expect(series.filter((l) => l.startsWith("KP-RU.containers.count,")).map((l) => l.split(",")[7])).toEqual(["1000", "6700", "7000"]);
    expect((files.get("data/sanctions.csv") as string).split("\r\n").find((l) => l.startsWith("unsc-2397,") && l.includes(",refined petroleum products,500000,"))).toContain("a5-osc:301");
    expect(JSON.parse(files.get("data/sanctions.json") as string)).toEqual(ledger.sanctions);
  });
});

describe("corrections in a build", () => {
  it("applies corrections and keeps the list of them in the ledger", async () => {
    const file = correctionsFile(
      [
        "a2-herald:129,reject,,,Duplicate of the Yonhap copy,ana",
        'a4-afp:149,set,value,"7,200",Misprint; the minister said 7200,ana',
        "KP-RU.containers.about.6700.count,accept,,,Checked against the ministry briefing,ana",
      ].join("\n"),
    );
    const ledger = await loadLedger({ articlesDir: ARTICLES, buildDate: null, referenceDir: REFERENCE, correctionsFile: file });
    expect(ledger.figures.some((f) => f.id === "a2-herald:129")).toBe(false);
    expect(claim(ledger, "KP-RU.containers.more-than.1000.count").citations).toHaveLength(1);
    expect(claim(ledger, "KP-RU.containers.at-least.7200.count").corrected).toBe(true);
    expect(ledger.corrections.map((c) => [c.source, c.action, c.targetKind, c.figureIds])).toEqual([
      [`${file}:2`, "reject", "figure", ["a2-herald:129"]],
      [`${file}:3`, "set", "figure", ["a4-afp:149"]],
      [`${file}:4`, "accept", "claim", ["a3-rbc:136"]],
    ]);
    const csv = renderOutputs(ledger, []).get("data/corrections-applied.csv") as string;
    expect(csv.split("\r\n")[2]).toBe(
      `${file}:3,a4-afp:149,figure,set,value,"7,200",7000,Misprint; the minister said 7200,ana,a4-afp:149,"set value of figure a4-afp:149 from '7000' to '7,200': Misprint; the minister said 7200 (ana, ${file}:3)"`,
    );
  });

  it.each([
    { name: "an unknown id", row: "a9-nowhere:1,reject,,,gone,ana", detail: "unknown id 'a9-nowhere:1': no figure or claim has this id" },
    { name: "an unknown field", row: "a1-yonhap:182,set,colour,red,why,ana", detail: "unknown field 'colour': expected one of value, high, qualifier, unit, item, category, supplier, recipient, claimant, modality, period, sanctionRef" },
    { name: "an invalid value", row: "a1-yonhap:182,set,qualifier,roughly,why,ana", detail: "invalid value 'roughly' for qualifier: expected one of exact, about, nearly, more-than, at-least, up-to, less-than, vague" },
  ])("stops the build at $name, naming the file and line", async ({ row, detail }) => {
    const file = correctionsFile(`a1-yonhap:182,accept,,,fine,ana\n${row}\n`);
    await expect(loadLedger({ articlesDir: ARTICLES, buildDate: null, referenceDir: REFERENCE, correctionsFile: file })).rejects.toThrow(`${file}:3: ${detail}`);
  });

  it("stops at a bad row of the sanctions reference, naming the file and row", async () => {
    const dir = tempDir();
    const rows = JSON.parse(readFileSync(join(REFERENCE, "sanctions.json"), "utf8")) as { id: string; caps: { per: string }[] }[];
    const row = rows.findIndex((r) => r.id === "unsc-2397");
    rows[row]!.caps[0]!.per = "decade";
    writeFileSync(join(dir, "sanctions.json"), JSON.stringify(rows));
    await expect(loadLedger({ articlesDir: ARTICLES, buildDate: null, referenceDir: dir })).rejects.toThrow(
      `${join(dir, "sanctions.json")}[${row}] unsc-2397: caps.0.per: Invalid option: expected one of "year"|"quarter"|"period"`,
    );
  });

  it.skipIf(!existsSync(CLI))("exits 1 and writes nothing when a correction is wrong", () => {
    const out = join(tempDir(), "out");
    const file = correctionsFile("a1-yonhap:182,set,colour,red,why,ana\n");
    const run = spawnSync(process.execPath, [CLI, "--articles", ARTICLES, "--reference", REFERENCE, "--corrections", file, "--out", out, "--quiet"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`armsledger-reports: ${file}:2: unknown field 'colour'`);
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(!existsSync(CLI))("applies data/corrections.csv only to the sample articles, not to another folder", () => {
    const out = join(tempDir(), "out");
    const run = spawnSync(process.execPath, [CLI, "--articles", ARTICLES, "--out", out, "--quiet"], { encoding: "utf8", cwd: REPO });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, "data", "corrections-applied.json"), "utf8")).toBe("[]\n");
  });

  it.skipIf(!existsSync(CLI))("exits 2 when a corrections file given by name does not exist", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "out"));
    const run = spawnSync(process.execPath, [CLI, "--articles", ARTICLES, "--corrections", join(dir, "nope.csv"), "--out", join(dir, "out")], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("corrections file not found");
  });
});

describe("the sample articles in data/articles", () => {
  it("take every row of data/corrections.csv: the cap OSC restates links to resolution 2397", async () => {
    const ledger = await loadLedger({
      articlesDir: join(REPO, "data", "articles"),
      buildDate: null,
      referenceDir: REFERENCE,
      correctionsFile: join(REPO, "data", "corrections.csv"),
    });
    expect(ledger.corrections.length).toBeGreaterThan(0);
    expect(ledger.corrections.every((c) => c.figureIds.length > 0)).toBe(true);
    const cap = ledger.claims.find((c) => c.category === "sanction-cap" && c.value === 500000 && c.unit === "barrels");
    expect(cap?.sanctionRef).toBe("unsc-2397");
  });
});

describe("the seed articles in ../shared/seeds", () => {
  it.skipIf(!existsSync(SEEDS))("give the U.S. claim of more than 1,000 containers with two citations and a containers series through 6,700 and 7,000", async () => {
    const ledger = await loadLedger({ articlesDir: SEEDS, buildDate: null, referenceDir: REFERENCE, correctionsFile: null });
    const thousand = ledger.claims.filter((c) => c.supplier === "KP" && c.recipient === "RU" && c.category === "containers" && c.value === 1000 && c.qualifier === "more-than");
    expect(thousand).toHaveLength(1);
    expect(thousand[0]!.citations).toHaveLength(2);
    const series = ledger.series.find((s) => s.supplier === "KP" && s.recipient === "RU" && s.category === "containers" && s.unit === "count");
    const values = series!.points.map((p) => p.value);
    expect(values).toEqual(expect.arrayContaining([1000, 6700, 7000]));
    expect(values.indexOf(1000)).toBeLessThan(values.indexOf(6700));
    expect(values.indexOf(6700)).toBeLessThan(values.indexOf(7000));
  });
});
