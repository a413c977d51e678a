import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractFigures } from "../src/figures.js";
import { readArticle } from "../src/article.js";
import { articleOf } from "./helpers.js";

const newsWords = [
  "North Korea", "Russia", "Pyongyang", "Moscow", "sent", "shipped", "received", "more than", "about", "at least", "1,000", "6 700",
  "a million", "three", "dozens of", "containers", "shells", "troops", "barrels of oil", "according to", "Seoul", "said", "since August",
  "last year", ".", ",", "\n", "\n\n", "“", "”", "’s", "-", "$", "%", "152 mm", "2024", "December 30", "Mr.", "U.S.", "(", ")",
];

const articleText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(fc.constantFrom(...newsWords), { maxLength: 120 }).map((w) => w.join(" ")),
  fc.array(fc.oneof(fc.constantFrom(...newsWords), fc.string({ maxLength: 8 })), { maxLength: 80 }).map((w) => w.join(" ")),
);

describe("extraction on random and mutated text", () => {
  it("never throws, and every figure's evidence is the article text at its offsets", () => {
    fc.assert(
      fc.property(articleText, fc.option(fc.constantFrom("2024-11-20", "2023-01-31"), { nil: null }), (text, published) => {
        const article = articleOf(text, published);
        for (const f of extractFigures(article)) {
          expect(text.slice(f.evidence.sentenceStart, f.evidence.sentenceEnd)).toBe(f.evidence.sentence);
          expect(f.evidence.numberStart).toBeGreaterThanOrEqual(f.evidence.sentenceStart);
          expect(f.evidence.numberEnd).toBeLessThanOrEqual(f.evidence.sentenceEnd);
          const v = f.quantity.value;
          expect(v === null || (Number.isFinite(v) && v >= 0)).toBe(true);
          if (f.quantity.high !== null) expect(f.quantity.high).toBeGreaterThanOrEqual(v!);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("reads any bytes as an article or refuses them with a reason, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom("a.txt", "a.md", "a.html"), async (bytes, name) => {
        try {
          await readArticle(bytes, name);
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
          expect((e as Error).message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
