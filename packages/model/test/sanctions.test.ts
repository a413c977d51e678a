import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CapComparisonSchema,
  CapSchema,
  SanctionMeasureSchema,
  ValidationError,
  capsInForce,
  checkReference,
  compareWithCaps,
  linkSanctions,
  reconcile,
  spanInMonths,
  validate,
  type SanctionMeasure,
} from "../src/index.js";
import { fig, MEASURES } from "./fixtures.js";

const REFERENCE = new URL("../../../data/reference/sanctions.json", import.meta.url);

describe("the sanctions reference file", () => {
  const rows = JSON.parse(readFileSync(REFERENCE, "utf8")) as unknown[];
  const measures = rows.map((row, i) => validate(SanctionMeasureSchema, row, `sanctions.json[${i}]`));

  it("validates every row and holds unique ids with superseded_by naming later measures", () => {
    expect(measures.length).toBeGreaterThan(40);
    expect(checkReference(measures)).toHaveLength(measures.length);
  });

  it("gives every cap a unit, a period, a value unless it is a freeze, and a start unless it is a vetoed draft's", () => {
    const caps = measures.flatMap((m) => m.caps.map((c) => ({ m, c })));
    expect(caps.length).toBeGreaterThanOrEqual(10);
    for (const { m, c } of caps) {
      validate(CapSchema, c, `${m.id} cap`);
      if (m.kind === "veto") expect([c.from, c.to, c.value === null]).toEqual([null, null, false]);
      else expect(c.from, `${m.id} ${c.commodity}`).not.toBeNull();
      if (c.value === null) expect(c.note, `${m.id} ${c.commodity}: a freeze explains itself`).toBeTruthy();
    }
  });

  it("puts 2397's 500,000 barrels a year of refined petroleum in force from 2018 and still today", () => {
    for (const date of ["2018-01-01", "2024-11-22", null]) {
      const refined = capsInForce(measures, date).filter(({ cap }) => cap.commodity === "refined petroleum products");
      expect(refined.map(({ measure, cap }) => [measure.id, cap.value, cap.per])).toEqual([["unsc-2397", 500000, "year"]]);
    }
  });

  it("records the March 2024 veto that ended the Panel of Experts: 13 for, Russia against, China abstaining", () => {
    const veto = measures.find((m) => m.id === "unsc-veto-2024-03-28")!;
    expect(veto.vote).toEqual({ for: 13, against: 1, abstain: 1 });
  });
});

describe("the cap schema", () => {
  const measure = (caps: unknown[], kind = "resolution"): unknown => ({ ...MEASURES[1], kind, caps });
  it.each([
    { name: "a freeze at an unstated level", cap: { commodity: "crude oil", value: null, unit: "barrels", per: "year", from: "2017-09-11", to: null, note: "Frozen.", superseded_by: "unsc-2400" }, ok: true },
    { name: "a vetoed draft's proposal without dates", cap: { commodity: "crude oil", value: 3000000, unit: "barrels", per: "year", from: null, to: null }, kind: "veto", ok: true },
    { name: "an adopted cap without a start", cap: { commodity: "crude oil", value: 3000000, unit: "barrels", per: "year", from: null, to: null }, ok: false },
    { name: "an end before the start", cap: { commodity: "coal", value: 1, unit: "tonnes", per: "year", from: "2018-01-01", to: "2017-01-01" }, ok: false },
    { name: "an unknown field", cap: { commodity: "coal", value: 1, unit: "tonnes", per: "year", from: "2018-01-01", to: null, comment: "x" }, ok: false },
  ])("accepts $name: $ok", ({ cap, kind, ok }) => {
    expect(SanctionMeasureSchema.safeParse(measure([cap], kind)).success).toBe(ok);
  });

  it("names the row and field of a bad cap", () => {
    const bad = measure([{ commodity: "coal", value: -1, unit: "tonnes", per: "year", from: "2018-01-01", to: null }]);
    expect(() => validate(SanctionMeasureSchema, bad, "sanctions.json[3] unsc-2397")).toThrow(ValidationError);
    expect(() => validate(SanctionMeasureSchema, bad, "sanctions.json[3] unsc-2397")).toThrow(/^sanctions\.json\[3\] unsc-2397: caps\.0\.value: /);
  });

  it("rejects a reference whose superseded_by names no measure", () => {
    const broken: SanctionMeasure[] = [{ ...MEASURES[0]!, caps: [{ ...MEASURES[0]!.caps[1]!, superseded_by: "unsc-9999" }] }];
    expect(() => checkReference(broken, "sanctions.json")).toThrow("sanctions.json[0] unsc-2375: caps.0.superseded_by: no measure has id 'unsc-9999'");
  });
});

describe("caps in force", () => {
  it.each([
    { date: "2017-11-15", expected: ["unsc-2375:500000"] },
    { date: "2017-12-25", expected: ["unsc-2375:500000", "unsc-2397:4000000"] },
    { date: "2018-06-01", expected: ["unsc-2397:500000", "unsc-2397:4000000"] },
    { date: null, expected: ["unsc-2397:500000", "unsc-2397:4000000"] },
    { date: "2017-09-01", expected: [] },
  ])("on $date are $expected", ({ date, expected }) => {
    expect(capsInForce(MEASURES, date).map(({ measure, cap }) => `${measure.id}:${cap.value}`)).toEqual(expected);
  });
});

describe("linking figures to measures", () => {
  const cap = (spec: Parameters<typeof fig>[0]) =>
    fig({ value: 500000, qualifier: "exact", unit: "barrels", item: "barrels of refined petroleum", category: "sanction-cap", flow: null, modality: "limit", claimant: null, ...spec });
  it.each([
    {
      name: "a cap named in an undated article",
      figure: cap({ published: null, period: { text: "annual", start: null, end: null }, sentence: "Pyongyang is restricted to an annual import of just 500,000 barrels of refined petroleum." }),
      expected: "unsc-2397",
    },
    { name: "the same cap in a 2024 article", figure: cap({ published: "2024-11-22", sentence: "North Korea may import 500,000 barrels of refined petroleum a year." }), expected: "unsc-2397" },
    { name: "the 2017 quarter window in a 2017 article", figure: cap({ published: "2017-11-01", sentence: "The cap is 500,000 barrels of refined petroleum for the last three months of 2017." }), expected: "unsc-2375" },
    { name: "a cap by the resolution the sentence names", figure: cap({ published: "2024-01-01", value: 2000000, sentence: "Resolution 2375 had allowed 2 million barrels a year." }), expected: "unsc-2375" },
    { name: "the vetoed draft's proposed cap", figure: cap({ published: "2022-06-01", value: 375000, sentence: "The draft would have cut refined petroleum imports to 375,000 barrels a year." }), expected: "unsc-veto-2022-05-26" },
    { name: "a cap matching nothing", figure: cap({ value: 1000000, sentence: "A million barrels would be twice the annual cap." }), expected: null },
    {
      name: "a vote tally in favour",
      figure: fig({ published: "2024-03-28", value: 13, qualifier: "exact", item: "in favor", category: "votes", flow: null, claimant: null, sentence: "The council split 13 in favor, with Russia voting against." }),
      expected: "unsc-veto-2024-03-28",
    },
    {
      name: "a vote tally two months later",
      figure: fig({ published: "2024-06-01", value: 13, qualifier: "exact", item: "in favor", category: "votes", flow: null, claimant: null }),
      expected: null,
    },
    {
      name: "a designation count",
      figure: fig({ published: "2024-05-24", value: 7, qualifier: "exact", item: "North Korean individuals", category: "designations", flow: null, claimant: null, sentence: "South Korea on Friday slapped sanctions on seven North Korean individuals." }),
      expected: "kr-mofa-2024-05-24",
    },
    {
      name: "vessels in a sentence about sanctions",
      figure: fig({ published: "2024-05-25", value: 2, qualifier: "exact", item: "Russian vessels", category: "vessels", flow: ["RU", "KP"], claimant: null, sentence: "Seoul blacklisted two Russian vessels." }),
      expected: "kr-mofa-2024-05-24",
    },
    {
      name: "a designation count by another authority",
      figure: fig({ published: "2024-05-24", value: 7, qualifier: "exact", item: "individuals", category: "designations", flow: null, claimant: null, sentence: "Japan sanctioned seven individuals." }),
      expected: null,
    },
  ])("links $name to $expected", ({ figure, expected }) => {
    expect(linkSanctions([figure], MEASURES)[0]!.sanctionRef).toBe(expected);
  });

  it("leaves a figure an analyst linked (or unlinked) as it is", () => {
    const figure = fig({ value: 500000, unit: "barrels", category: "sanction-cap", modality: "limit", flow: null, item: "barrels of refined petroleum" });
    expect(linkSanctions([figure], MEASURES, new Set([figure.id]))[0]!.sanctionRef).toBeNull();
  });
});

describe("comparing deliveries with caps", () => {
  const oil = (spec: Parameters<typeof fig>[0]) =>
    fig({ unit: "barrels", item: "barrels of oil", category: "oil", flow: ["RU", "KP"], claimant: null, published: "2024-11-22", ...spec });
  it.each([
    { name: "over a million barrels in eight months", figure: oil({ value: 1000000, period: { text: "in just eight months this year", start: null, end: null } }), ratio: 2, exceeds: true, span: 8 },
    { name: "168,679 barrels notified to the UN", figure: oil({ value: 168679, qualifier: "exact", item: "barrels of refined petroleum products", period: { text: "in 2023", start: "2023-01-01", end: "2023-12-31" } }), ratio: 0.337, exceeds: false, span: 12 },
    { name: "a million barrels over no stated time", figure: oil({ value: 1000000 }), ratio: 2, exceeds: null, span: null },
    { name: "up to 600,000 barrels in a year", figure: oil({ value: 600000, qualifier: "up-to", period: { text: "a year", start: null, end: null } }), ratio: 1.2, exceeds: null, span: 12 },
    { name: "more than 300,000 barrels in a year", figure: oil({ value: 300000, period: { text: "a year", start: null, end: null } }), ratio: 0.6, exceeds: null, span: 12 },
    { name: "two million barrels over two years", figure: oil({ value: 2000000, qualifier: "exact", period: { text: "since 2023", start: "2023-01-01", end: "2024-12-31" } }), ratio: 4, exceeds: null, span: 24 },
  ])("compares $name with 2397's refined-petroleum cap", ({ figure, ratio, exceeds, span }) => {
    const { claims } = reconcile([figure]);
    const [comparison, ...rest] = compareWithCaps(claims, MEASURES);
    expect(rest).toEqual([]);
    validate(CapComparisonSchema, comparison, "comparison");
    expect([comparison!.measureId, comparison!.capValue, comparison!.ratio, comparison!.exceeds, comparison!.spanMonths]).toEqual(["unsc-2397", 500000, ratio, exceeds, span]);
  });

  it("says so when it assumes oil means refined petroleum", () => {
    const [comparison] = compareWithCaps(reconcile([oil({ value: 1000000, period: { text: "in just eight months this year", start: null, end: null } })]).claims, MEASURES);
    expect(comparison!.note).toBe(
      "more than 1,000,000 barrels (in just eight months this year) against Resolution 2397's cap of 500,000 barrels a year on refined petroleum products: 2 times the cap; above the cap within 8 months. The report does not say refined or crude; compared with the refined-petroleum cap.",
    );
  });

  it.each([
    { name: "crude oil", figure: oil({ value: 2000000, item: "barrels of crude oil", qualifier: "exact", period: { text: "a year", start: null, end: null } }), expected: ["unsc-2397:4000000:false"] },
    { name: "oil going the other way", figure: oil({ value: 2000000, flow: ["KP", "RU"] }), expected: [] },
    { name: "a capacity estimate", figure: oil({ value: 2000000, modality: "capacity" }), expected: [] },
    { name: "shells", figure: fig({ value: 2000000 }), expected: [] },
  ])("compares $name with $expected", ({ figure, expected }) => {
    expect(compareWithCaps(reconcile([figure]).claims, MEASURES).map((c) => `${c.measureId}:${c.capValue}:${c.exceeds}`)).toEqual(expected);
  });

  it.each([
    { period: { text: "in just eight months this year", start: null, end: null }, expected: 8 },
    { period: { text: "since March", start: "2024-03-01", end: "2024-11-22" }, expected: 8.8 },
    { period: { text: "annually", start: null, end: null }, expected: 12 },
    { period: { text: "in just eight months this year", start: "2024-01-01", end: "2024-11-22" }, expected: 8 },
    { period: { text: "recently", start: null, end: null }, expected: null },
  ])("reads $period.text as $expected months", ({ period, expected }) => {
    expect(spanInMonths(period)).toBe(expected);
  });
});
