import { describe, expect, it } from "vitest";
import { ArticleSchema, FigureSchema, MeasureMentionSchema, QuantitySchema, SanctionMeasureSchema, validate, ValidationError } from "../src/index.js";

const figure = {
  id: "a:10",
  articleId: "a",
  sourceFile: "a.txt",
  articleTitle: "T",
  outlet: null,
  published: "2024-03-19",
  quantity: { value: 7000, high: null, qualifier: "at-least", unit: "count", text: "at least 7,000" },
  item: "containers",
  category: "containers",
  flow: { supplier: "KP", recipient: "RU" },
  claimant: { kind: "person", name: "Shin Won-sik", country: "KR", role: "Defence Minister" },
  modality: "asserted",
  period: { text: "since July 2023", start: "2023-07-01", end: "2024-03-19" },
  evidence: { sentence: "North Korea has shipped at least 7,000 containers.", sentenceStart: 0, sentenceEnd: 50, numberStart: 24, numberEnd: 38 },
  sanctionRef: null,
};

describe("validation", () => {
  it("accepts a well-formed figure", () => {
    expect(validate(FigureSchema, figure, "figure a:10")).toEqual(figure);
  });

  it.each([
    { change: { category: "bananas" }, expected: /^figure a:10: category: Invalid option/ },
    { change: { published: "2024-02-30" }, expected: /^figure a:10: published: expected a real calendar date$/ },
    { change: { published: "19 March 2024" }, expected: /^figure a:10: published: expected a date written YYYY-MM-DD$/ },
    { change: { flow: { supplier: "XX", recipient: "RU" } }, expected: /^figure a:10: flow\.supplier: Invalid option/ },
    { change: { quantity: { ...figure.quantity, value: -1 } }, expected: /^figure a:10: quantity\.value: Too small/ },
    { change: { quantity: { ...figure.quantity, high: 10 } }, expected: /^figure a:10: quantity\.high: high must be at least value$/ },
    { change: { evidence: { ...figure.evidence, numberEnd: 99 } }, expected: /^figure a:10: evidence\.numberStart: the number must lie inside the sentence$/ },
    { change: { extra: 1 }, expected: /^figure a:10: \(record\): Unrecognized key: "extra"$/ },
  ])("rejects a figure with $change, naming the field", ({ change, expected }) => {
    expect(() => validate(FigureSchema, { ...figure, ...change }, "figure a:10")).toThrow(expected);
  });

  it("keeps the failing fields on the error for callers", () => {
    try {
      validate(QuantitySchema, { value: null, high: null, qualifier: "exact", unit: "count", text: "" }, "quantity");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues).toEqual([{ path: "value", message: "value is null exactly when the qualifier is vague" }]);
    }
  });

  it("requires a source URL on every sanction measure", () => {
    const measure = { id: "unsc-2397", authority: "UN Security Council", instrument: "Resolution 2397", date: "2017-12-22", kind: "resolution", vote: null, summary: "s", caps: [], designations: null, sources: [] };
    expect(() => validate(SanctionMeasureSchema, measure, "sanctions.json[0]")).toThrow("sanctions.json[0]: sources: cite at least one source URL");
  });

  it("rejects a measure mention whose number lies outside its sentence", () => {
    const mention = {
      articleId: "a",
      sourceFile: "a.txt",
      measureId: "unsc-2397",
      text: "Resolution 2397",
      evidence: { sentence: "It breaches Resolution 2397.", sentenceStart: 10, sentenceEnd: 38, numberStart: 40, numberEnd: 44 },
    };
    expect(() => validate(MeasureMentionSchema, mention, "mention a:2397")).toThrow("mention a:2397: evidence.numberStart: the number must lie inside the sentence");
    expect(validate(MeasureMentionSchema, { ...mention, evidence: { ...mention.evidence, numberStart: 33, numberEnd: 37 } }, "mention a:2397").measureId).toBe("unsc-2397");
  });

  it("rejects an article date that is not a date", () => {
    const article = { id: "a", sourceFile: "a.txt", format: "txt", title: "", outlet: null, byline: null, url: null, published: "yesterday", publishedPrecision: "day", text: "x" };
    expect(() => validate(ArticleSchema, article, "article a.txt")).toThrow("article a.txt: published: expected a date written YYYY-MM-DD");
  });
});
