import { describe, expect, it } from "vitest";
import { AppliedCorrectionSchema, CorrectionError, analyse, correctionFromRow, validate, type LocatedCorrection } from "../src/index.js";
import { fig, MEASURES, SHIN, UA } from "./fixtures.js";

const FILE = "data/corrections.csv";
let nextLine = 2;
/** A corrections row as the file would hold it, on the next line of data/corrections.csv. */
function row(target: string, action: string, field = "", value = "", reason = "checked the source", author = "analyst"): LocatedCorrection {
  const line = nextLine++;
  return correctionFromRow({ target, action, field, value, reason, author }, `${FILE}:${line}`, line);
}

describe("reading a corrections row", () => {
  it.each([
    { name: "an unknown action", cells: { action: "delete" }, message: "data/corrections.csv:7: unknown action 'delete': expected one of accept, reject, set" },
    {
      name: "an unknown field",
      cells: { action: "set", field: "colour", value: "red" },
      message: "data/corrections.csv:7: unknown field 'colour': expected one of value, high, qualifier, unit, item, category, supplier, recipient, claimant, modality, period, sanctionRef",
    },
    { name: "set without a field", cells: { action: "set" }, message: "data/corrections.csv:7: set needs a field: one of value, high, qualifier, unit, item, category, supplier, recipient, claimant, modality, period, sanctionRef" },
    { name: "reject with a field", cells: { action: "reject", field: "value" }, message: "data/corrections.csv:7: reject takes no field (found 'value')" },
    { name: "accept with a value", cells: { action: "accept", value: "12" }, message: "data/corrections.csv:7: accept takes no value (found '12')" },
    { name: "no target", cells: { target: " ", action: "accept" }, message: "data/corrections.csv:7: target is required: a figure id or a claim id" },
    { name: "no reason", cells: { action: "accept", reason: "" }, message: "data/corrections.csv:7: reason is required: say why" },
    { name: "no author", cells: { action: "accept", author: "" }, message: "data/corrections.csv:7: author is required: say who" },
  ])("stops at $name, naming file and line", ({ cells, message }) => {
    const full: Record<string, string> = { target: "a1:10", field: "", value: "", reason: "why", author: "who", ...cells };
    expect(() => correctionFromRow(full, `${FILE}:7`, 7)).toThrow(new CorrectionError(`${FILE}:7`, message.slice(`${FILE}:7: `.length)));
    expect(() => correctionFromRow(full, `${FILE}:7`, 7)).toThrow(message);
  });

  it("reads actions and fields whatever their case, and trims cells", () => {
    const c = correctionFromRow({ target: " a1:10 ", action: "SET", field: "SanctionRef", value: " unsc-2397 ", reason: "r", author: "a" }, `${FILE}:2`, 2);
    expect(c).toEqual({ target: "a1:10", action: "set", field: "sanctionRef", value: "unsc-2397", reason: "r", author: "a", source: `${FILE}:2`, line: 2 });
  });
});

describe("applying corrections", () => {
  it("stops at an id that is neither a figure nor a claim", () => {
    const c = row("a1:99", "reject");
    expect(() => analyse({ figures: [fig()], corrections: [c] })).toThrow(`${c.source}: unknown id 'a1:99': no figure or claim has this id`);
  });

  it.each([
    { field: "value", value: "ten", message: "invalid value 'ten' for value: expected a non-negative number such as 1000 or 1,000, or empty for none" },
    { field: "value", value: "-5", message: "invalid value '-5' for value: expected a non-negative number such as 1000 or 1,000, or empty for none" },
    { field: "qualifier", value: "roughly", message: "invalid value 'roughly' for qualifier: expected one of exact, about, nearly, more-than, at-least, up-to, less-than, vague" },
    { field: "supplier", value: "XX", message: "invalid value 'XX' for supplier: expected a country code, empty for none, or one of KP, RU, UA, KR, US, CN, JP, GB, IR, BY, SY, FR, DE" },
    { field: "claimant", value: "NIS; agency", message: "invalid value 'NIS; agency' for claimant: expected a kind of claimant: state, organisation, person" },
    { field: "period", value: "2024-02-30..", message: "invalid value '2024-02-30..' for period: it leaves figure a1:10: period.start: expected a real calendar date" },
    { field: "period", value: "March", message: "invalid value 'March' for period: expected START..END with dates written YYYY-MM-DD (either side may be empty)" },
    { field: "sanctionRef", value: "unsc-9999", message: "invalid value 'unsc-9999' for sanctionRef: no measure in the sanctions reference has this id" },
    { field: "item", value: "", message: "invalid value (empty) for item: expected what is counted, as text" },
    { field: "high", value: "10", message: "invalid value '10' for high: it leaves figure a1:10: quantity.high: high must be at least value" },
    { field: "value", value: "", message: "invalid value (empty) for value: it leaves figure a1:10: quantity.value: value is null exactly when the qualifier is vague" },
  ])("stops at $value for $field, naming file and line", ({ field, value, message }) => {
    const c = row("a1:10", "set", field, value);
    expect(() => analyse({ figures: [fig()], measures: MEASURES, corrections: [c] })).toThrow(`${c.source}: ${message}`);
  });

  it("lets a value and its qualifier be set on two rows", () => {
    const { figures } = analyse({ figures: [fig({ value: null })], corrections: [row("a1:10", "set", "value", "1,200"), row("a1:10", "set", "qualifier", "about")] });
    expect(figures[0]!.quantity).toMatchObject({ value: 1200, qualifier: "about" });
  });

  it("drops a rejected figure from figures and claims but lists the correction with its sentence", () => {
    const c = row("b:10", "reject", "", "", "misread a date as a count");
    const { figures, claims, corrections } = analyse({
      figures: [fig({ article: "a", sentence: "one sentence" }), fig({ article: "b", sentence: "another sentence" })],
      corrections: [c],
    });
    expect(figures.map((f) => f.id)).toEqual(["a:10"]);
    expect(claims.map((cl) => cl.citations.length)).toEqual([1]);
    expect(corrections).toHaveLength(1);
    validate(AppliedCorrectionSchema, corrections[0], "applied");
    expect(corrections[0]).toMatchObject({ target: "b:10", targetKind: "figure", action: "reject", figureIds: ["b:10"], evidence: ["another sentence"] });
    expect(corrections[0]!.summary).toBe(`rejected figure b:10 ("1000" containers, b.txt): misread a date as a count (analyst, ${c.source})`);
  });

  it("marks the claim a set correction changed, and merges it where it now belongs", () => {
    const { claims } = analyse({
      figures: [fig({ article: "a", sentence: "s1" }), fig({ article: "b", value: 1200, sentence: "s2" })],
      corrections: [row("b:10", "set", "value", "1000", "the article misprints 1,000")],
    });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.corrected).toBe(true);
    expect(claims[0]!.corrections[0]).toMatch(/^set value of figure b:10 from '1200' to '1000': the article misprints 1,000/);
  });

  it("applies a claim's correction to every figure it cites", () => {
    const figures = [fig({ article: "a", sentence: "s1" }), fig({ article: "b", sentence: "s2" }), fig({ article: "c", value: 7000, claimant: SHIN, sentence: "s3" })];
    const rejected = analyse({ figures, corrections: [row("KP-RU.containers.more-than.1000.count", "reject")] });
    expect(rejected.figures.map((f) => f.id)).toEqual(["c:10"]);
    expect(rejected.corrections[0]).toMatchObject({ targetKind: "claim", figureIds: ["a:10", "b:10"] });
    const set = analyse({ figures, corrections: [row("KP-RU.containers.more-than.1000.count", "set", "qualifier", "about")] });
    expect(set.claims.map((c) => c.id)).toEqual(["KP-RU.containers.about.1000.count", "KP-RU.containers.more-than.7000.count"]);
  });

  it("clears the conflict flag of a claim an analyst accepted, keeping a note", () => {
    const period = { text: "since July 2023", start: "2023-07-01", end: "2024-03-19" };
    const figures = [fig({ article: "a", value: 7000, claimant: SHIN, period, sentence: "s1" }), fig({ article: "b", value: 10000, claimant: SHIN, period, sentence: "s2" })];
    const { claims } = analyse({ figures, corrections: [row("b:10", "accept", "", "", "the later figure corrects the earlier")] });
    expect(claims.map((c) => [c.value, c.conflict])).toEqual([
      [7000, true],
      [10000, false],
    ]);
    expect(claims[1]!.conflictNotes.at(-1)).toMatch(/^reviewed: accepted by analyst \(data\/corrections\.csv:\d+\): the later figure corrects the earlier$/);
  });

  it("keeps an analyst's sanction link and links a figure set to be a cap", () => {
    const figure = fig({ value: 500000, qualifier: "exact", unit: "barrels", item: "barrels of refined petroleum", category: "oil", flow: ["RU", "KP"], modality: "hypothetical", claimant: UA, sentence: "North Korea may import 500,000 barrels of refined petroleum a year." });
    const linked = analyse({
      figures: [figure],
      measures: MEASURES,
      corrections: [row("a1:10", "set", "category", "sanction-cap"), row("a1:10", "set", "modality", "limit"), row("a1:10", "set", "supplier", ""), row("a1:10", "set", "recipient", "")],
    });
    expect([linked.figures[0]!.flow, linked.figures[0]!.sanctionRef, linked.claims[0]!.sanctionRef]).toEqual([null, "unsc-2397", "unsc-2397"]);
    const pinned = analyse({ figures: [figure], measures: MEASURES, corrections: [row("a1:10", "set", "sanctionRef", "unsc-2375")] });
    expect(pinned.figures[0]!.sanctionRef).toBe("unsc-2375");
  });
});
