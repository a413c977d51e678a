import type { Modality } from "@armsledger/model";
import type { Token } from "./tokens.js";
import { lexicon } from "./lexicon.js";

const ORDER: readonly Modality[] = ["limit", "capacity", "denied", "hypothetical", "estimate"];

export interface ModalityMarker {
  at: number;
  value: Modality;
}

/** Every modality marker in a sentence, found once. */
export function modalityMarkers(tokens: readonly Token[]): ModalityMarker[] {
  const found: ModalityMarker[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = lexicon.modality.matchAt(tokens, i);
    // "in May" names a month; the modal is written in lower case.
    if (m && !(tokens[i]!.norm === "may" && tokens[i]!.text !== "may")) found.push({ at: i, value: m.value });
  }
  return found;
}

/**
 * How the clause around the amount puts it. Markers count from the start of the clause
 * up to a few words past the item, so "might have dispatched 1,000" is hypothetical but a
 * later, separate clause is not.
 */
export function modalityOf(markers: readonly ModalityMarker[], from: number, to: number): Modality {
  const seen = new Set<Modality>();
  for (const m of markers) if (m.at >= from && m.at < to) seen.add(m.value);
  // "could hold" is a capacity, not a hypothesis.
  if (seen.has("capacity")) seen.delete("hypothetical");
  return ORDER.find((m) => seen.has(m)) ?? "asserted";
}

/** Token index where the clause holding token `i` starts: after the last ';', ':' or a comma before a conjunction. */
export function clauseStart(tokens: readonly Token[], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.norm === ";" || t.norm === ":" || t.norm === "—" || t.norm === "–") return j + 1;
    if (t.norm === "," && /^(?:but|while|whereas|although|though|and|which|who|however|so|yet)$/.test(tokens[j + 1]?.norm ?? "")) return j + 1;
  }
  return 0;
}

/** Token index where the clause holding token `i` ends. */
export function clauseEnd(tokens: readonly Token[], i: number): number {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.norm === ";" || t.norm === "—") return j;
    if (t.norm === "," && /^(?:but|while|whereas|although|though|which|who|however|so|yet)$/.test(tokens[j + 1]?.norm ?? "")) return j;
  }
  return tokens.length;
}
