import type { CountryCode, Flow } from "@armsledger/model";
import type { Token } from "./tokens.js";
import type { CountryAt } from "./countries.js";
import { lexicon } from "./lexicon.js";

interface Verb {
  kind: "supply" | "receive";
  start: number;
  end: number;
}

function verbsIn(tokens: readonly Token[], from: number, to: number): Verb[] {
  const verbs: Verb[] = [];
  for (let i = from; i < to; i++) {
    const s = lexicon.supply.matchAt(tokens, i);
    const r = lexicon.receive.matchAt(tokens, i);
    const m = s && (!r || s.end >= r.end) ? { kind: "supply" as const, end: s.end } : r ? { kind: "receive" as const, end: r.end } : null;
    if (m) {
      verbs.push({ kind: m.kind, start: i, end: m.end });
      i = m.end - 1;
    }
  }
  return verbs;
}

export interface FlowContext {
  /** Token spans to leave out when looking for parties: the claimant's own words ("according to U.S. intelligence"). */
  exclude: readonly { start: number; end: number }[];
  /** The other party of a two-sided trade, when the text names only one side. */
  counterpart: (code: CountryCode) => CountryCode | null;
}

/**
 * Who supplies and who receives the amount at [numStart, itemEnd): the subject of a
 * giving verb ("North Korea has provided Russia with"), the object after "to" or right
 * after the verb, the subject of a getting verb with its "from", an origin adjective
 * ("North Korean shells ... transported to Russia"). Null when nothing changes hands.
 */
export function flowOf(
  tokens: readonly Token[],
  countries: readonly CountryAt[],
  clause: { start: number; end: number },
  numStart: number,
  itemEnd: number,
  context: FlowContext,
): Flow | null {
  const usable = countries.filter((c) => !context.exclude.some((e) => c.start >= e.start && c.end <= e.end));
  const verbs = verbsIn(tokens, clause.start, clause.end);
  const before = verbs.filter((v) => v.end <= numStart);
  const after = verbs.filter((v) => v.start >= itemEnd);
  const verb = before[before.length - 1] ?? after[0];
  if (!verb) return null;

  const firstAfter = (from: number, markerKind: "recipient" | "supplier"): CountryCode | null => {
    const markers = markerKind === "recipient" ? lexicon.recipientMarkers : lexicon.supplierMarkers;
    for (const c of usable) {
      if (c.start < from || c.start >= clause.end) continue;
      let s = c.start;
      while (s > 0 && (tokens[s - 1]!.norm === "the" || tokens[s - 1]!.norm === "'s")) s--;
      if (markers.matchEndingAt(tokens, s, 3)) return c.code;
    }
    return null;
  };
  const nearestBefore = (at: number): CountryCode | null => {
    const candidates = usable.filter((c) => c.end <= at && c.start >= clause.start);
    return candidates[candidates.length - 1]?.code ?? null;
  };
  const origin = usable.find((c) => c.demonym && c.start >= numStart - 3 && c.end <= itemEnd)?.code ?? null;

  let supplier: CountryCode | null;
  let recipient: CountryCode | null;
  if (verb.kind === "supply") {
    supplier = verb.start > numStart ? (origin ?? nearestBefore(numStart)) : (nearestBefore(verb.start) ?? origin);
    // "provided Russia with", "sent Moscow 1,000": the indirect object follows the verb.
    const direct = usable.find((c) => c.start >= verb.end && c.start <= verb.end + 1 && !c.demonym);
    recipient = direct && direct.end <= numStart ? direct.code : firstAfter(verb.end, "recipient");
  } else {
    recipient = nearestBefore(verb.start);
    supplier = firstAfter(verb.end, "supplier") ?? (origin !== recipient ? origin : null);
  }
  // "in exchange for the troops": the phrase turns the flow around for what follows it.
  for (let i = Math.min(verb.end, numStart); i < numStart; i++) {
    if (lexicon.exchange.matchAt(tokens, i)) {
      [supplier, recipient] = [recipient, supplier];
      break;
    }
  }
  if (supplier && !recipient) recipient = context.counterpart(supplier);
  if (recipient && !supplier) supplier = context.counterpart(recipient);
  if (supplier === recipient) recipient = null;
  if (!supplier && !recipient) return null;
  return { supplier, recipient };
}
