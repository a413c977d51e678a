import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDocument } from "yaml";
import { flatFrontMatter } from "../src/formats/front-matter.js";

// Pieces that sit near YAML's edges: indicators, comments, quotes, escapes, numbers, booleans, odd white space.
const pieces = [
  "a", "Z", "0", "9", " ", "  ", ":", ": ", "#", " #", "'", '"', "\\", "-", "_", ".", ",", "[", "]", "{", "}", "|", ">", "@", "`", "!",
  "&", "*", "%", "?", "é", "\u00a0", "\u2028", "\ufeff", "\t", "\u0085", "😀", "~", "e", "+", "x", "null", "true", "False", "0x1F",
  "1e3", "0o17", "1_000", ".5", ".inf", "2024-02-27", "https://example.org/a?b=c",
];
const keys = ["title", "outlet", "url", "published", "date", "byline", "a", "null", "true", "1", "x-y", "a_b", "__proto__", "k 2"];
const scalar = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((p) => p.join(""));
const value = fc.oneof(scalar.map((s) => `"${s}"`), scalar.map((s) => `'${s}'`), scalar, fc.constant(""));
const line = fc.tuple(fc.constantFrom(...keys), fc.constantFrom(" ", "  ", ""), value).map(([k, sp, v]) => `${k}:${sp}${v}`);
const block = fc.array(line, { minLength: 1, maxLength: 4 }).map((l) => l.join("\n"));

describe("flat front matter", () => {
  it("reads what the YAML parser reads, or leaves the block to it", () => {
    fc.assert(
      fc.property(block, (text) => {
        const fast = flatFrontMatter(text);
        if (fast === null) return;
        const doc = parseDocument(text, { prettyErrors: false });
        expect(doc.errors).toEqual([]);
        expect(fast).toEqual(doc.toJS());
      }),
      { numRuns: 20_000 },
    );
  });

  it("reads the usual article header", () => {
    expect(flatFrontMatter('title: "Seoul: 13,000 containers"\noutlet: The Telegraph\npublished: 2024-02-27\nurl: https://x.org/a')).toEqual({
      title: "Seoul: 13,000 containers",
      outlet: "The Telegraph",
      published: "2024-02-27",
      url: "https://x.org/a",
    });
    expect(flatFrontMatter("tags: [a, b]")).toBeNull();
    expect(flatFrontMatter("published: 2024")).toBeNull();
  });
});
