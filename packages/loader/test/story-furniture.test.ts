import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
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
interface Tree {
  tag: string;
  attrs: [string, string][];
  kids: Tree[];
}
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...tags),
    attrs: fc.array(attr, { maxLength: 3 }),
    kids: fc.oneof({ maxDepth: 4, depthIdentifier: "tree" }, fc.constant<Tree[]>([]), fc.array(tie("node"), { maxLength: 3 })),
  }),
})).node;
const render = (t: Tree): string => `<${t.tag}${t.attrs.map(([k, v]) => ` ${k}="${v}"`).join("")}>x${t.kids.map(render).join("")}</${t.tag}>`;

describe("story furniture", () => {
  it("the walk finds what the selector finds, on the sample pages", () => {
    const dirs = ["../../data/articles", "test/dev-set/articles", "test/held-out/articles", "test/blind/articles", "test/final/articles"];
    let pages = 0;
    for (const d of dirs.map((x) => join(import.meta.dirname, "..", x)))
      for (const f of readdirSync(d).filter((x) => x.endsWith(".html"))) {
        same(readFileSync(join(d, f), "utf8"));
        pages++;
      }
    expect(pages).toBeGreaterThan(10);
  });

  it("the walk finds what the selector finds, on random pages", () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), fc.boolean(), (trees, doctype) =>
        same(`${doctype ? "<!doctype html>" : ""}<html><head><title>t</title></head><body>${trees.map(render).join("")}</body></html>`),
      ),
      { numRuns: 3000 },
    );
  });
});
