import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
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
interface Tree {
  tag: string;
  attrs: [string, string][];
  kids: Tree[];
}
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...tags),
    attrs: fc.array(attrs, { maxLength: 3 }),
    kids: fc.oneof({ maxDepth: 4, depthIdentifier: "tree" }, fc.constant<Tree[]>([]), fc.array(tie("node"), { maxLength: 3 })),
  }),
})).node;
const render = (t: Tree): string => `<${t.tag}${t.attrs.map(([k, v]) => ` ${k}="${v}"`).join("")}>x${t.kids.map(render).join("")}</${t.tag}>`;

describe("page parts", () => {
  it("the walk finds what each query finds, on the sample pages", () => {
    const dirs = ["../../data/articles", "test/dev-set/articles", "test/held-out/articles", "test/blind/articles", "test/final/articles"];
    let pages = 0;
    for (const d of dirs.map((x) => join(import.meta.dirname, "..", x)))
      for (const f of readdirSync(d).filter((x) => x.endsWith(".html"))) {
        same(readFileSync(join(d, f), "utf8"));
        pages++;
      }
    expect(pages).toBeGreaterThan(10);
  });

  it("the walk finds what each query finds, on random pages", () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), fc.array(tree, { maxLength: 2 }), (head, body) =>
        same(`<!doctype html><html><head>${head.map(render).join("")}</head><body>${body.map(render).join("")}</body></html>`),
      ),
      { numRuns: 3000 },
    );
  });
});
