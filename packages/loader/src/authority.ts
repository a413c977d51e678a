import type { Actor, Unit } from "@armsledger/model";
import type { Token } from "./tokens.js";
import type { CountryAt } from "./countries.js";
import { stateActor } from "./countries.js";
import { actorNamed, lexicon } from "./lexicon.js";
import { actorFrom } from "./claimant.js";
import categoriesData from "../lexicon/categories.json" with { type: "json" };

// The object of these is the target of a measure, not the one who imposes it: "sanctions on Russia", "firms in Cyprus".
const TARGET_PREPOSITIONS = new Set(["on", "against", "in", "from", "to", "with", "for", "of", "at", "into"]);

/** The state or body that imposes a designation: the first one named in the clause before the amount, not as a target. */
export function designatingAuthority(tokens: readonly Token[], countries: readonly CountryAt[], from: number, to: number): Actor | null {
  for (let i = from; i < to; i++) {
    const preposition = tokens[i - 1]?.norm === "the" ? tokens[i - 2]?.norm : tokens[i - 1]?.norm;
    if (TARGET_PREPOSITIONS.has(preposition ?? "")) continue;
    const known = lexicon.actors.matchAt(tokens, i);
    if (known && known.value.kind !== "person") return { ...known.value };
    const country = countries.find((c) => c.start === i);
    if (country) return stateActor(country.code);
    // "The Council today imposed restrictive measures on six more individuals": a body named in capitals as the subject.
    if (i === from + (tokens[from]?.norm === "the" ? 1 : 0) && /^\p{Lu}\p{Ll}+$/u.test(tokens[i]!.text) && lexicon.roleWords.has(tokens[i]!.norm)) {
      let end = i + 1;
      // "The Government of Japan", "the Council of the European Union": the name goes on through "of (the)".
      for (;;) {
        if (end < to && /^\p{Lu}/u.test(tokens[end]!.text) && tokens[end]!.kind === "word") end++;
        else if (tokens[end]?.norm === "of" && /^\p{Lu}/u.test(tokens[end + (tokens[end + 1]?.norm === "the" ? 2 : 1)]?.text ?? "")) end += tokens[end + 1]?.norm === "the" ? 2 : 1;
        else break;
      }
      // A government named by its country is that country.
      const state = countries.find((c) => c.start > i && c.end <= end && !c.demonym);
      if (state && tokens[i]!.norm === "government") return stateActor(state.code);
      return { kind: "organisation", name: tokens.slice(i, end).map((t) => t.text).join(" "), country: null, role: null };
    }
  }
  return null;
}

const UN_SECURITY_COUNCIL = actorNamed("UN Security Council")!;

const CAP_AUTHORITIES = (categoriesData as unknown as { capAuthorities: Record<string, string> }).capAuthorities;

/** Who sets a cap in `unit` when the text names no one (category lexicon: capAuthorities). */
export function defaultCapAuthority(unit: Unit): Actor | null {
  const known = CAP_AUTHORITIES[unit] ? actorNamed(CAP_AUTHORITIES[unit]) : undefined;
  return known ? { ...known } : null;
}

/** The body that set a cap, when the sentence names the Security Council, the UN or a resolution. */
export function capAuthority(tokens: readonly Token[]): Actor | null {
  const named = tokens.some(
    (t, i) =>
      lexicon.actors.matchAt(tokens, i)?.value.name === UN_SECURITY_COUNCIL.name ||
      /^(?:un|u\.n\.|unsc|resolution|resolutions)$/.test(t.norm) ||
      (t.norm === "united" && tokens[i + 1]?.norm === "nations") ||
      (t.text === "Council" && tokens[i - 1]?.norm === "the"),
  );
  return named ? { ...UN_SECURITY_COUNCIL } : null;
}

// Participles that name who imposed a measure after it: "107 new sanctions unveiled by the Foreign Office".
const IMPOSED = new Set(["unveiled", "announced", "imposed", "issued", "adopted", "introduced", "approved", "released", "published", "agreed", "sanctioned", "designated", "blacklisted", "listed"]);

/** The body named after the amount as the one that imposed it ("... sanctions unveiled by the Foreign Office"), if any. */
export function imposedBy(tokens: readonly Token[], from: number, to: number, text: string): Actor | null {
  for (let i = from; i < to - 2; i++) {
    if (!IMPOSED.has(tokens[i]!.norm) || tokens[i + 1]!.norm !== "by") continue;
    let end = i + 2;
    while (end < to && (tokens[end]!.kind === "word" || tokens[end]!.norm === "'") && !/^(?:on|in|at|for|to|with|after|and|which|that)$/.test(tokens[end]!.norm)) end++;
    return end > i + 2 ? actorFrom(tokens, { start: i + 2, end }, text) : null;
  }
  return null;
}

const PASSIVE = new Set(["were", "was", "are", "is", "been", "being", "be", "newly", "also", "now", "later", "all"]);

/** "40 vessels were sanctioned by Britain": a designation cue in the passive right after what it names, from the category lexicon's cues. */
export function designatedAfter(tokens: readonly Token[], itemEnd: number, clauseEnd: number): boolean {
  let i = itemEnd;
  // "11 vessels and 8 individuals were blacklisted": the passive may follow the amount joined to this one.
  if (tokens[i]?.norm === "and" && (tokens[i + 1]?.kind === "num" || /^\d/.test(tokens[i + 1]?.norm ?? ""))) {
    let j = i + 2;
    while (j < clauseEnd && j < i + 6 && tokens[j]!.kind === "word" && !PASSIVE.has(tokens[j]!.norm)) j++;
    i = j;
  }
  const start = i;
  while (i < clauseEnd && PASSIVE.has(tokens[i]!.norm)) i++;
  return i > start && i < clauseEnd && lexicon.cues.matchAt(tokens, i)?.value === "designations";
}
