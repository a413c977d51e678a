import type { Actor } from "@armsledger/model";
import { tokenize } from "./tokens.js";
import { lexicon } from "./lexicon.js";
import { subjectPerson } from "./claimant.js";

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

/**
 * The speaker of a published speech or statement, named with a title at its head ("Ambassador Robert Wood, Alternative
 * Representative ..., U.S. Mission to the United Nations | New York | November 4, 2024"): their words need no "he said".
 */
export function speakerOf(title: string, text: string): Actor | null {
  if (!lexicon.spokenDocument.test(title.trim())) return null;
  // The header may be a date line the sentences leave out: read the first lines of the text as written.
  for (const line of text.split("\n", 8)) {
    const person = subjectPerson(tokenize(line), line);
    if (person) return person;
  }
  return null;
}
