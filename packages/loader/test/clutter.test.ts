import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { randomBodies, samplePages } from "./random-pages.js";
import { CLUTTER, clutterIn } from "../src/formats/clutter.js";

// What the selector finds and what the walk finds: the same elements in the same order.
function same(html: string): void {
  const { document } = parseHTML(html);
  const bySelector = [...document.querySelectorAll(CLUTTER)];
  const byWalk = clutterIn(document as unknown as Parameters<typeof clutterIn>[0]);
  expect(byWalk.length).toBe(bySelector.length);
  byWalk.forEach((el, i) => expect(el === (bySelector[i] as unknown)).toBe(true));
}

const tags = ["div", "section", "article", "ARTICLE", "header", "Header", "nav", "NAV", "aside", "footer", "form", "button", "p", "span", "template", "ul", "li", "main", "svg", "g"];
const words = ["cookie", "COOKIE", "Cookies", "consent", "share", "sHaRe", "social", "newsletter", "promo", "related", "most-read", "mostread", "most-popular", "trending", "advert", "Advertisement", "subscribe", "navigation", "complementary", "contentinfo", "Navigation", "story", "body", "ſhare", "coo\u212Aie", " ", "-", ""];
const attr: fc.Arbitrary<[string, string]> = fc.tuple(
  fc.constantFrom<string>("class", "id", "aria-label", "role", "CLASS", "Role", "data-x"),
  fc.array(fc.constantFrom(...words), { maxLength: 3 }).map((w) => w.join(" ")),
);

describe("page clutter", () => {
  it("the walk finds what the selector finds, on the sample pages", () => {
    const pages = samplePages();
    for (const page of pages) same(page);
    expect(pages.length).toBeGreaterThan(10);
  });

  it("the walk finds what the selector finds, on random pages", () => {
    fc.assert(
      fc.property(randomBodies(tags, attr), (body) => same(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`)),
      { numRuns: 3000 },
    );
  });
});
