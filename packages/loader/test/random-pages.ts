import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The saved pages of the sample and test sets: what a walk over the DOM is first checked on. */
export function samplePages(): string[] {
  const dirs = ["../../data/articles", "test/dev-set/articles", "test/held-out/articles", "test/blind/articles", "test/final/articles"];
  return dirs
    .map((d) => join(import.meta.dirname, "..", d))
    .flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".html")).map((f) => readFileSync(join(d, f), "utf8")));
}

interface Tree {
  tag: string;
  attrs: [string, string][];
  kids: Tree[];
}

/** Random element trees from `tags` and `attr`, rendered as HTML: pages no site would write, for walks that must match a selector. */
export function randomBodies(tags: readonly string[], attr: fc.Arbitrary<[string, string]>, maxTrees = 4): fc.Arbitrary<string> {
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.record({
      tag: fc.constantFrom(...tags),
      attrs: fc.array(attr, { maxLength: 3 }),
      kids: fc.oneof({ maxDepth: 4, depthIdentifier: "tree" }, fc.constant<Tree[]>([]), fc.array(tie("node"), { maxLength: 3 })),
    }),
  })).node;
  const render = (t: Tree): string => `<${t.tag}${t.attrs.map(([k, v]) => ` ${k}="${v}"`).join("")}>x${t.kids.map(render).join("")}</${t.tag}>`;
  return fc.array(tree, { maxLength: maxTrees }).map((trees) => trees.map(render).join(""));
}
