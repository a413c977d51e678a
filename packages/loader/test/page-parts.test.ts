import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { randomBodies, samplePages } from "./random-pages.js";
import { pageParts } from "../src/formats/page-parts.js";

// Each part the walk finds is what the query it stands for returns: the same element, or the same elements in order.
function same(html: string): void {
  const { document } = parseHTML(html);
  const parts = pageParts(document as unknown as Parameters<typeof pageParts>[0]);
  const one = (a: unknown, b: unknown) => expect(a === b).toBe(true);
  const all = (a: unknown[], b: unknown[]) => {
    expect(a.length).toBe(b.length);
    a.forEach((x, i) => one(x, b[i]));
  };
  all(parts.heads, [...document.querySelectorAll("meta, link")]);
  one(parts.h1, document.querySelector("article h1, h1"));
  one(parts.title, document.querySelector("title"));
  one(parts.time, document.querySelector("article time[datetime], time[datetime]"));
  one(parts.byline, document.querySelector('[rel="author"], .byline, .author'));
  all(parts.articles, [...document.querySelectorAll("article")]);
}

const tags = ["div", "article", "ARTICLE", "h1", "H1", "title", "time", "TIME", "meta", "link", "LINK", "template", "span", "p", "header", "svg"];
const attrs: fc.Arbitrary<[string, string]> = fc.tuple(
  fc.constantFrom<string>("rel", "REL", "class", "Class", "datetime", "DATETIME", "property", "content", "id"),
  fc.constantFrom("author", "AUTHOR", "Author", "author x", "byline", "Byline", "x byline", "bylines", "author\u00a0x", "x\tauthor", "", "2024-05-07", "og:title"),
);

describe("page parts", () => {
  it("the walk finds what each query finds, on the sample pages", () => {
    const pages = samplePages();
    for (const page of pages) same(page);
    expect(pages.length).toBeGreaterThan(10);
  });

  it("the walk finds what each query finds, on random pages", () => {
    fc.assert(
      fc.property(randomBodies(tags, attrs), randomBodies(tags, attrs, 2), (head, body) => same(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)),
      { numRuns: 3000 },
    );
  });
});
