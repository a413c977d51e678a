import { COUNTRIES, type Actor, type CountryCode } from "@armsledger/model";
import type { Token } from "./tokens.js";
import { lexicon } from "./lexicon.js";

export interface CountryAt {
  code: CountryCode;
  demonym: boolean;
  place: boolean;
  start: number;
  end: number;
}

/** Every country named among `tokens`: "North Korea", "Pyongyang", "the North", "North Korean". */
export function countriesIn(tokens: readonly Token[]): CountryAt[] {
  const found: CountryAt[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = lexicon.countries.matchAt(tokens, i);
    if (!m) continue;
    const words = tokens.slice(i, m.end);
    // Short capitalised forms ("US", "UK", "NK") must be written in capitals: "us" is a pronoun.
    const surname = words.length === 1 && lexicon.surnames.has(words[0]!.norm);
    if (words.length === 1 && !surname && words[0]!.text.replace(/\./g, "").length <= 3 && words[0]!.text !== words[0]!.text.toUpperCase()) continue;
    // "the South China Sea", "Korea's North": names inside larger names are skipped by requiring a capital on a proper name.
    if (words.every((w) => w.kind === "word" && /^\p{Ll}/u.test(w.text) && w.norm !== "the")) continue;
    if (words[0]!.norm === "the" && words.length > 1 && /^\p{Ll}/u.test(words[words.length - 1]!.text)) continue;
    // "Kim" alone, before a verb, is the North's leader; before a given name ("Kim Byung-kee", "Kim Yo Jong") it is someone else.
    if (surname && (tokens[m.end]?.kind !== "word" || !/^\p{Ll}/u.test(tokens[m.end]!.text))) continue;
    found.push({ code: m.value.code, demonym: m.value.demonym, place: m.value.place, start: i, end: m.end });
    i = m.end - 1;
  }
  return found;
}

/** A country as an actor, by its name in the model's vocabulary ("Japan" for "Tokyo" or "Japanese"). */
export function stateActor(code: CountryCode): Actor {
  return { kind: "state", name: COUNTRIES[code], country: code, role: null };
}
