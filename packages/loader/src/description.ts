import type { Actor } from "@armsledger/model";
import type { Attribution } from "./claimant.js";
import { lexicon } from "./lexicon.js";

// Words of a description that say nothing about which office: "top", "senior", "a".
const VAGUE_DESCRIPTION = new Set(["the", "a", "an", "top", "senior", "high-ranking", "chief", "former", "deputy", "s", "'s", "of"]);
const descriptionWords = (text: string) =>
  text.toLowerCase().replace(/'s\b/g, "").split(/[^\p{L}-]+/u).filter((w) => w.length > 1 && !VAGUE_DESCRIPTION.has(w)).map((w) => w.replace(/s$/, ""));

/** A claimant named only by description: "Ukraine's top prosecutor", "Moscow's top security official" (no personal name). */
export function isDescription(actor: Actor): boolean {
  const words = actor.name.replace(/^[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)*'s\s/u, "").split(/\s+/);
  const head = words[words.length - 1]!.toLowerCase();
  // One person, not a group: "prosecutors said" is not the prosecutor named next.
  return actor.role === null && words.length <= 4 && words.every((w) => /^\p{Ll}/u.test(w)) && lexicon.roleWords.has(head) && !/s$/.test(head);
}

/** The person named in the next sentences whose office shares a word with the description, in the same country. */
export function namedLater(description: Actor, later: readonly (readonly Attribution[])[]): Actor | null {
  const wanted = new Set(descriptionWords(description.name));
  for (const list of later) {
    for (const a of list) {
      const p = a.actor;
      if (!p || p.kind !== "person" || !p.role || isDescription(p)) continue;
      if (description.country && p.country && description.country !== p.country) continue;
      if (descriptionWords(p.role).some((w) => wanted.has(w))) return p;
    }
  }
  return null;
}
