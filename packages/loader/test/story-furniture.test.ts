import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { randomBodies, samplePages } from "./random-pages.js";
import { STORY_FURNITURE, storyFurnitureIn } from "../src/formats/story-furniture.js";

// What the selector finds and what the walk finds under each <article>: the same elements in the same order.
function same(html: string): void {
  const { document } = parseHTML(html);
  for (const root of [...document.querySelectorAll("article"), document.body]) {
    if (!root) continue;
    const bySelector = [...root.querySelectorAll(STORY_FURNITURE)];
    const byWalk = storyFurnitureIn(root as unknown as Parameters<typeof storyFurnitureIn>[0]);
    expect(byWalk.length).toBe(bySelector.length);
    byWalk.forEach((el, i) => expect(el === (bySelector[i] as unknown)).toBe(true));
  }
}

const tags = ["div", "article", "ARTICLE", "figure", "FIGURE", "figcaption", "FigCaption", "time", "Time", "p", "span", "template", "img", "svg", "g"];
const words = ["byline", "Byline", "BYLINE", "bylines", "by-line", "caption", "CAPTION", "Captions", "photo-caption", "credit", "Credits", "CREDIT", "story", "ſ", "\u212A", " ", "-", ""];
const attr: fc.Arbitrary<[string, string]> = fc
  .tuple(fc.constantFrom<string>("class", "CLASS", "Class", "id", "data-x"), fc.array(fc.constantFrom(...words), { maxLength: 3 }), fc.constantFrom(" ", "\t", ""))
  .map(([name, w, gap]): [string, string] => [name, w.join(gap)]);

describe("story furniture", () => {
  it("the walk finds what the selector finds, on the sample pages", () => {
    const pages = samplePages();
    for (const page of pages) same(page);
    expect(pages.length).toBeGreaterThan(10);
  });

  it("the walk finds what the selector finds, on random pages", () => {
    fc.assert(
      fc.property(randomBodies(tags, attr), fc.boolean(), (body, doctype) => same(`${doctype ? "<!doctype html>" : ""}<html><head><title>t</title></head><body>${body}</body></html>`)),
      { numRuns: 3000 },
    );
  });
});
