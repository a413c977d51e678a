import type { Article, Figure } from "@armsledger/model";
import { extractFigures } from "../src/figures.js";

/** An article made of `text`, for tests of one sentence or paragraph. */
export function articleOf(text: string, published: string | null = "2024-11-20", outlet: string | null = "Test Wire"): Article {
  return { id: "t", sourceFile: "t.txt", format: "txt", title: "", outlet, byline: null, url: null, published, publishedPrecision: published ? "day" : null, text };
}

export function figuresOf(text: string, published: string | null = "2024-11-20"): Figure[] {
  return extractFigures(articleOf(text, published));
}

/** The one figure in `text`; fails the test when there is not exactly one. */
export function oneFigure(text: string, published: string | null = "2024-11-20"): Figure {
  const found = figuresOf(text, published);
  if (found.length !== 1) throw new Error(`expected one figure in "${text}", found ${found.length}: ${found.map((f) => `${f.quantity.value} ${f.item}`).join("; ")}`);
  return found[0]!;
}
