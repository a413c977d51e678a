import type { Qualifier } from "@armsledger/model";
import type { Token } from "./tokens.js";
import type { NumberMatch } from "./numbers.js";
import { lexicon } from "./lexicon.js";

/** How the amount is hedged, and the token where the hedged phrase starts. */
export function qualifierOf(tokens: readonly Token[], n: NumberMatch): { qualifier: Qualifier; start: number; end?: number } {
  // 'stole "at least" $1.65 billion': the hedge may be quoted.
  let end = n.start;
  if (/^["”’']$/.test(tokens[end - 1]?.text ?? "") && tokens[end - 1]!.kind === "punct") end--;
  // "an estimated 1,000": an article before the hedge; "over a million": the article belongs to the number.
  const before = lexicon.qualifiersBefore.matchEndingAt(tokens, end, 5);
  // "handed over four systems": "over" is the verb's particle, not a hedge on the amount.
  if (before && before.start === end - 1 && lexicon.particleVerbs.has(tokens[before.start - 1]?.norm ?? "")) return { qualifier: "exact", start: n.start };
  // "We know about 10,000 soldiers": after a verb of knowing or telling, "about" means "of".
  if (before?.value === "about" && tokens[before.start]?.norm === "about" && /^(?:know|knows|knew|talk|talked|talking|spoke|speak|heard|hear|asked|learned|learnt|told|informed|worried|concerned|warned)$/.test(tokens[before.start - 1]?.norm ?? "")) return { qualifier: "exact", start: n.start };
  if (before) {
    const outer = before.value === "about" ? lexicon.qualifiersBefore.matchEndingAt(tokens, before.start, 4) : null;
    // "up to about", "more than about": the outer hedge decides.
    if (outer && outer.value !== "about") return { qualifier: outer.value, start: outer.start };
    return { qualifier: guardSome(tokens, before.start, before.value), start: before.start };
  }
  // "a couple thousand" is a loose count.
  if (tokens[n.start]?.norm === "a" && tokens[n.start + 1]?.norm === "couple") return { qualifier: "about", start: n.start };
  const after = lexicon.qualifiersAfter.matchAt(tokens, n.end);
  // "four or more freight trains": the hedge stands between the number and what it counts.
  if (after) return { qualifier: after.value, start: n.start, end: after.end };
  if (n.high !== null) return { qualifier: "exact", start: tokens[n.start - 1]?.norm === "between" ? n.start - 1 : n.start };
  return { qualifier: "exact", start: n.start };
}

// "some 3,000" hedges; "some of the 3,000" does not reach here.
function guardSome(tokens: readonly Token[], start: number, q: Qualifier): Qualifier {
  return tokens[start]?.norm === "some" && tokens[start - 1]?.norm === "for" ? "exact" : q;
}
