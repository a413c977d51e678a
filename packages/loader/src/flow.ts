import type { Category, CountryCode, Flow } from "@armsledger/model";
import type { Token } from "./tokens.js";
import type { CountryAt } from "./countries.js";
import { lexicon } from "./lexicon.js";

export interface Verb {
  kind: "supply" | "receive" | "depart" | "arrive";
  start: number;
  end: number;
}

/** Every verb of transfer in a sentence, found once. */
export function transferVerbs(tokens: readonly Token[], from = 0, to = tokens.length): Verb[] {
  const verbs: Verb[] = [];
  for (let i = from; i < to; i++) {
    // The longest match wins; on a tie, the first in the order depart, supply, receive.
    let kind: Verb["kind"] | null = null;
    let end = -1;
    const depart = lexicon.depart.matchAt(tokens, i);
    if (depart) [kind, end] = ["depart", depart.end];
    const supply = lexicon.supply.matchAt(tokens, i);
    if (supply && supply.end > end) [kind, end] = ["supply", supply.end];
    const receive = lexicon.receive.matchAt(tokens, i);
    if (receive && receive.end > end) [kind, end] = ["receive", receive.end];
    const arrive = lexicon.arrive.matchAt(tokens, i);
    if (arrive && arrive.end > end) [kind, end] = ["arrive", arrive.end];
    if (kind === null) continue;
    // "shipping containers", "delivery vehicles": a verb form used as a modifier of a counted noun.
    if (lexicon.heads.matchAt(tokens, end) && !/ed$/.test(tokens[i]!.norm)) continue;
    verbs.push({ kind, start: i, end });
    i = end - 1;
  }
  return verbs;
}

/** "weapons worth $5.5 billion", "the reckoning of the shipments tops $1.7 billion": the goods a sum of money values, if the clause says so. */
function valuedGoods(tokens: readonly Token[], clause: { start: number; end: number }): Category | null {
  let valued = false;
  for (let i = clause.start; i < clause.end && !valued; i++) valued = lexicon.valueOf.matchAt(tokens, i) !== null;
  if (!valued) return null;
  for (let i = clause.start; i < clause.end; i++) {
    const head = lexicon.heads.matchAt(tokens, i)?.value.category;
    if (head && head !== "money" && lexicon.defaultFlows.has(head)) return head;
  }
  return null;
}

export interface FlowContext {
  /** Token spans to leave out when looking for parties: the claimant's own words ("according to U.S. intelligence"). */
  exclude: readonly { start: number; end: number }[];
  /** The other party of a two-sided trade, when the text names only one side. */
  counterpart: (code: CountryCode) => CountryCode | null;
  /** Whether the article's two sides are the subject's pair (North Korea and Russia). */
  subjectPair: boolean;
  /** The sentence's transfer verbs and the positions of verbs that use rather than move things. */
  verbs: readonly Verb[];
  blocking: readonly number[];
}

const USED_WHEN_DEPLOYED = new Set<Category>(["ballistic-missiles", "missiles-other", "drones", "rockets"]);

/** Whether a country is governed by something other than the main verb: the object of a preposition ("to Russia", "between North Korea and Russia") or the subject of a clause of time or cause ("after Kim Jong Un signed"). It is not the one who acts. */
function governedElsewhere(tokens: readonly Token[], c: CountryAt): boolean {
  const at = tokens[c.start - 1]?.norm === "the" ? c.start - 2 : c.start - 1;
  const before = tokens[at]?.norm ?? "";
  if (/^(?:to|into|toward|towards|for|from|with|in|at|by|of|against|on|over|across|near|inside|within|beyond|than|about|between|among)$/.test(before)) return true;
  // "A year after Kim Jong Un and Vladimir Putin signed their treaty, ...": the subject of a clause of time or cause is not the main clause's.
  if (/^(?:after|before|since|until|because|while|when|although|though|whereas)$/.test(before)) return true;
  // "the bond between North Korea and Russia": the second of two joined objects is an object too.
  if (before !== "and") return false;
  let k = at - 1;
  while (k > 0 && tokens[k]!.kind === "word" && /^\p{Lu}/u.test(tokens[k]!.text) && at - k < 5) k--;
  return /^(?:between|among|with|to|from|and|after|before|since|when|while|because)$/.test(tokens[k]?.norm ?? "");
}

/** Positions of verbs such as "launched" or "fired": things used, not handed over. */
export function blockingVerbs(tokens: readonly Token[]): number[] {
  const found: number[] = [];
  // ("attack drones", "strike drones": before a thing counted the word is a modifier, not a verb of use.)
  for (let i = 0; i < tokens.length; i++) if (/^\p{Ll}/u.test(tokens[i]!.text) && lexicon.blocking.matchAt(tokens, i) && !lexicon.heads.matchAt(tokens, i + 1)) found.push(i);
  return found;
}

/**
 * Who supplies and who receives the amount at [numStart, itemEnd): the subject of a
 * giving verb ("North Korea has provided Russia with"), the object after "to" or right
 * after the verb, the subject of a getting verb with its "from", an origin adjective
 * ("North Korean shells ... transported to Russia"), a port left behind. When a transfer
 * is implied but a side is unnamed, the trade's usual direction for the category fills it.
 * Null when nothing changes hands (missiles fired, casualties, a cap).
 */
export function flowOf(
  tokens: readonly Token[],
  countries: readonly CountryAt[],
  clause: { start: number; end: number },
  numStart: number,
  itemEnd: number,
  category: Category,
  context: FlowContext,
): Flow | null {
  // "Trade between Russia and North Korea rose to $34 million": a sum of trade both ways has no single direction.
  if (category === "money") for (let i = clause.start; i < clause.end; i++) if (lexicon.twoWay.matchAt(tokens, i)) return null;
  const usable = countries.filter((c) => !context.exclude.some((e) => c.start >= e.start && c.end <= e.end));
  const verbs = context.verbs.filter((v) => v.start >= clause.start && v.end <= clause.end);
  const before = verbs.filter((v) => v.end <= numStart);
  const after = verbs.filter((v) => v.start >= itemEnd);
  const verb = before[before.length - 1] ?? after[0];
  // A verb of use ("launched", "fired") blocks a transfer when it governs the amount: before it, or right
  // after it ("50 missiles were fired"); "..., later launched at Kyiv" describes what happened next.
  const blocked = context.blocking.some(
    (i) => (i >= clause.start && i < numStart) || (i >= itemEnd && i < clause.end && !tokens.slice(itemEnd, i).some((t) => t.kind === "punct")),
  );
  // Origin: "North Korean shells", "the North's howitzers", "50 of the North's guns".
  // Before the number only with nothing but a hedge between: "Pyongyang's 10,000 troops", not "on Russian soil and 5,000 workers".
  const joinsNumber = (c: CountryAt) => c.start >= numStart || tokens.slice(c.end, numStart).every((t) => /^(?:the|'s|its|some|about|around|more|than|over|nearly|almost|at|least|up|to|an|estimated)$/.test(t.norm));
  const origin = usable.find((c) => (c.demonym || tokens[c.end - 1]!.possessive) && c.start >= numStart - 3 && c.end <= itemEnd && joinsNumber(c))?.code ?? null;
  let byItem: [CountryCode, CountryCode] | undefined;
  for (let i = numStart; i < itemEnd && !byItem; i++) byItem = lexicon.defaultsByItem.matchAt(tokens, i)?.value;
  const fallback = context.subjectPair ? (byItem ?? lexicon.defaultFlows.get(category === "money" ? (valuedGoods(tokens, clause) ?? category) : category)) : undefined;

  // "Russia deployed four North Korean KN-23 missiles and 57 drones against Ukraine": weapons deployed are used, not handed over.
  if (verb && USED_WHEN_DEPLOYED.has(category) && /^deploy/.test(tokens[verb.start]!.norm)) return null;
  if (!verb) {
    // No verb of transfer, in an article about the trade: the category's usual direction ("put the count at 6,700 containers"),
    // unless a third country is the clause's subject ("Ukraine is drafting 160,000 more troops") and the item is not the subject's own
    // ("Ukraine has evidence that 12,000 North Korean soldiers are in Russia").
    const thirdParty = !(origin && lexicon.defaultPair.includes(origin)) && usable.some((c) => c.start >= clause.start && c.end <= numStart && !c.demonym && !tokens[c.end - 1]!.possessive && !lexicon.defaultPair.includes(c.code) && !governedElsewhere(tokens, c));
    return fallback && !blocked && !thirdParty ? { supplier: fallback[0], recipient: fallback[1] } : null;
  }

  const firstAfter = (from: number, markerKind: "recipient" | "supplier"): CountryCode | null => {
    const markers = markerKind === "recipient" ? lexicon.recipientMarkers : lexicon.supplierMarkers;
    for (const c of usable) {
      if (c.start < from || c.start >= clause.end) continue;
      let s = c.start;
      while (s > 0 && (tokens[s - 1]!.norm === "the" || tokens[s - 1]!.norm === "'s" || tokens[s - 1]!.norm === "port" || tokens[s - 1]!.norm === "of")) s--;
      const marker = markers.matchEndingAt(tokens, s, 3);
      // "just down the coast from the Russian border": a distance from a place, not an origin.
      if (marker && markerKind === "supplier" && lexicon.distanceBefore.has(tokens[marker.start - 1]?.norm ?? "")) continue;
      // "estimated at 4 million shells by Ukrainian intelligence": "by" names who estimates, not who supplies.
      if (marker && markerKind === "supplier" && c.demonym && lexicon.roleWords.has(tokens[c.end]?.lemma ?? "")) continue;
      // "shells used by Russian troops": the users, not a supplier.
      if (marker && markerKind === "supplier" && c.demonym && lexicon.heads.matchAt(tokens, c.end)?.value.category === "troops") continue;
      // "troops to the war in Ukraine": where the war is fought, not who receives.
      if (marker && markerKind === "recipient" && lexicon.notRecipientBefore.has(tokens[marker.start - 1]?.norm ?? "")) continue;
      if (marker) return c.code;
    }
    return null;
  };
  const nearestBefore = (at: number): CountryCode | null => {
    // "Russia's most important supplier" names a possessor, not the one who acts.
    // ...nor is a country after "to", "from" or "for": it is the object of a preposition.
    // ("SEOUL - ...": the dateline's city is where the story was filed, not a subject.)
    const dateline = (c: CountryAt) => c.start === 0 && /^\p{Lu}+$/u.test(tokens[0]!.text) && /^(?:-|—|–|\(|,)$/.test(tokens[c.end]?.norm ?? "");
    const candidates = usable.filter((c) => c.end <= at && c.start >= clause.start && !c.place && !tokens[c.end - 1]!.possessive && !governedElsewhere(tokens, c) && !dateline(c));
    // "Pyongyang agreed, at a meeting between Kim and Russian Security Council Secretary Sergei Shoigu, to send ...":
    // a country inside a phrase set off by commas is not the subject.
    const enclosed = (c: CountryAt) => tokens.slice(clause.start, c.start).some((t) => t.norm === ",") && tokens.slice(c.end, at).some((t) => t.norm === ",");
    const open = candidates.filter((c) => !enclosed(c));
    return (open.length ? open : candidates)[(open.length ? open : candidates).length - 1]?.code ?? null;
  };

  let supplier: CountryCode | null;
  let recipient: CountryCode | null;
  if (verb.kind === "supply") {
    // Passive ("300 containers were staged at Najin before being shipped"): the origin or a place named on the way.
    const placed = usable.find((c) => c.place && c.start >= itemEnd && c.end <= verb.start)?.code ?? null;
    // "moving from North Korea to Russia": a source named after the verb is the supplier.
    const from = firstAfter(verb.end, "supplier");
    // An origin on the item ("North Korean soldiers") outranks a subject that may only talk about it.
    const subject = verb.start > numStart ? (placed ?? nearestBefore(numStart)) : nearestBefore(verb.start);
    supplier = from ?? origin ?? subject;
    // "provided Russia with", "sent Moscow 1,000": the indirect object follows the verb.
    const direct = usable.find((c) => c.start >= verb.end && c.start <= verb.end + 1 && !c.demonym);
    recipient = direct && direct.end <= numStart ? direct.code : firstAfter(verb.end, "recipient");
    // "Russia repatriated 300 North Korean troops to Pyongyang": people sent home come from the subject, not from their nation.
    if (!from && origin !== null && recipient === origin && subject !== null) supplier = subject;
  } else if (verb.kind === "depart") {
    // "containers have left the North Korean port of Najin": what is left behind is the source.
    supplier = usable.find((c) => c.start >= verb.end && c.start <= verb.end + 6)?.code ?? origin;
    recipient = firstAfter(verb.end, "recipient");
  } else if (verb.kind === "arrive") {
    // "13,221 North Koreans entered Russia", "troops arrived in Kursk": the place reached receives; the item's origin sends.
    recipient = usable.find((c) => c.start >= verb.end && c.start <= verb.end + 3 && !c.demonym)?.code ?? null;
    supplier = origin;
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
  if (!supplier && !recipient && fallback && !blocked) return { supplier: fallback[0], recipient: fallback[1] };
  if (!supplier && !recipient) return null;
  return { supplier, recipient };
}
