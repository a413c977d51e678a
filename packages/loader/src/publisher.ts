import type { Actor } from "@armsledger/model";
import { tokenize } from "./tokens.js";
import { lexicon } from "./lexicon.js";

/** The known body that published the article, when it is an author of findings (a think tank, a ministry), not a news outlet. */
export function authorOf(outlet: string | null): Actor | null {
  if (!outlet) return null;
  const tokens = tokenize(outlet);
  for (let i = 0; i < tokens.length; i++) {
    const known = lexicon.actors.matchAt(tokens, i);
    if (known && known.value.kind === "organisation" && !/news|broadcaster|newspaper|outlet/.test(known.value.role ?? "")) {
      return { ...known.value };
    }
  }
  return null;
}
