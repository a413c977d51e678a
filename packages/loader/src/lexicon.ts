import { addStarter, starterBit, tokenize, type Token } from "./tokens.js";
import categoriesData from "../lexicon/categories.json" with { type: "json" };
import qualifiersData from "../lexicon/qualifiers.json" with { type: "json" };
import modalityData from "../lexicon/modality.json" with { type: "json" };
import attributionData from "../lexicon/attribution.json" with { type: "json" };
import flowData from "../lexicon/flow.json" with { type: "json" };
import countriesData from "../lexicon/countries.json" with { type: "json" };
import actorsData from "../lexicon/actors.json" with { type: "json" };
import type { ActorKind, Category, CountryCode, Modality, Qualifier, Unit } from "@armsledger/model";

/** A compiled list of phrases, matched on token lemmas, longest first. */
export class PhraseSet<T> {
  private readonly byFirst = new Map<string, { lemmas: string[]; value: T }[]>();
  /** This set's bit in `Token.starts`. */
  private readonly bit = starterBit();

  add(phrase: string, value: T): void {
    const lemmas = tokenize(phrase).map((t) => t.lemma);
    const first = lemmas[0];
    if (first === undefined) return;
    addStarter(first, this.bit);
    const list = this.byFirst.get(first) ?? [];
    list.push({ lemmas, value });
    list.sort((a, b) => b.lemmas.length - a.lemmas.length);
    this.byFirst.set(first, list);
  }

  /** The longest phrase starting at token `i`, as [value, index after it]. */
  matchAt(tokens: readonly Token[], i: number): { value: T; end: number } | null {
    const first = tokens[i];
    if (!first) return null;
    if (this.bit !== 0 && (first.starts & this.bit) === 0) return null;
    const candidates = this.byFirst.get(first.lemma) ?? this.byFirst.get(first.norm);
    if (!candidates) return null;
    outer: for (const c of candidates) {
      for (let k = 0; k < c.lemmas.length; k++) {
        const t = tokens[i + k];
        if (!t || (t.lemma !== c.lemmas[k] && t.norm !== c.lemmas[k])) continue outer;
      }
      return { value: c.value, end: i + c.lemmas.length };
    }
    return null;
  }

  /** The longest phrase ending just before token `end`. */
  matchEndingAt(tokens: readonly Token[], end: number, maxLength = 6): { value: T; start: number } | null {
    for (let len = Math.min(maxLength, end); len >= 1; len--) {
      const m = this.matchAt(tokens, end - len);
      if (m && m.end === end) return { value: m.value, start: end - len };
    }
    return null;
  }
}

function phraseSet<T>(groups: Iterable<[T, readonly string[]]>): PhraseSet<T> {
  const set = new PhraseSet<T>();
  for (const [value, phrases] of groups) for (const p of phrases) set.add(p, value);
  return set;
}

export interface Head {
  category: Category;
  unit?: Unit;
  takesOf: boolean;
}

export interface KnownActor {
  name: string;
  kind: ActorKind;
  country: CountryCode | null;
  role: string | null;
}

export interface CountryMention {
  code: CountryCode;
  demonym: boolean;
  /** A town, port or region inside the country rather than the country itself. */
  place: boolean;
}

const entries = categoriesData.entries as { category: Category; phrases: string[]; unit?: Unit; of?: boolean }[];

/** Every lexicon, compiled once at load. */
// Known actors by the name their lexicon entry gives, for rules that need one body by name (the UN Security Council).
const ACTORS_BY_NAME = new Map<string, KnownActor>(
  (actorsData.actors as (KnownActor & { acronym?: string })[]).map((a) => [a.name, { name: a.acronym ? `${a.name} (${a.acronym})` : a.name, kind: a.kind, country: a.country, role: a.role }]),
);

/** The known actor whose lexicon entry has this name, as claimants show it (with its acronym). */
export function actorNamed(name: string): KnownActor | undefined {
  return ACTORS_BY_NAME.get(name);
}

function escapeRegExp(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A case-insensitive test for any of `words` as whole words, built once from a lexicon list. */
function wordsPattern(words: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${words.map(escapeRegExp).join("|")})\\b`, "i");
}

export const lexicon = {
  heads: phraseSet<Head>(
    entries.map((e) => [{ category: e.category, takesOf: e.of ?? false, ...(e.unit ? { unit: e.unit } : {}) }, e.phrases]),
  ),
  cues: phraseSet<Category>(
    Object.entries((categoriesData as unknown as { cues: Record<string, string[] | string> }).cues)
      .filter(([k]) => !k.startsWith("$"))
      .map(([c, phrases]) => [c as Category, phrases as string[]]),
  ),
  tripVerbs: new Set((categoriesData as unknown as { tripVerbs: { words: string[] } }).tripVerbs.words),
  notHeadBefore: new Set((categoriesData as unknown as { notHeadBefore: { words: string[] } }).notHeadBefore.words),
  units: phraseSet<Unit>((categoriesData.units as { unit: Unit; phrases: string[] }[]).map((u) => [u.unit, u.phrases])),
  contextual: new Map<Category, Set<string>>(
    Object.entries(categoriesData.contextual)
      .filter(([k]) => !k.startsWith("$"))
      .map(([k, words]) => [k as Category, new Set(words as string[])]),
  ),
  qualifiersBefore: phraseSet<Qualifier>(
    Object.entries(qualifiersData.before).map(([q, p]) => [q as Qualifier, p as string[]]),
  ),
  particleVerbs: new Set((qualifiersData as unknown as { particleVerbs: { words: string[] } }).particleVerbs.words),
  qualifiersAfter: phraseSet<Qualifier>(Object.entries(qualifiersData.after).map(([q, p]) => [q as Qualifier, p as string[]])),
  vague: phraseSet<true>([[true, qualifiersData.vague.phrases.filter((p) => !qualifiersData.vague.exclude.includes(p))]]),
  modality: phraseSet<Modality>(
    Object.entries(modalityData)
      .filter(([k]) => !k.startsWith("$"))
      .map(([m, p]) => [m as Modality, p as string[]]),
  ),
  attributionVerbs: phraseSet<true>([[true, attributionData.verbs]]),
  invertedVerbs: new Set(attributionData.inverted),
  rawMaterial: new Set((attributionData as unknown as { rawMaterial: { words: string[] } }).rawMaterial.words),
  notSayingBeforeTo: new Set((attributionData as unknown as { notSayingBeforeTo: { words: string[] } }).notSayingBeforeTo.words),
  notSayingWith: new Set((attributionData as unknown as { notSayingWith: { words: string[] } }).notSayingWith.words),
  attributionPrepositions: phraseSet<true>([[true, attributionData.prepositions]]),
  citing: phraseSet<true>([[true, attributionData.citing]]),
  attributionNouns: phraseSet<true>([[true, attributionData.nouns]]),
  seenBy: new Set(attributionData.seenBy),
  sharedBy: phraseSet<true>([[true, attributionData.sharedBy]]),
  authoredBy: phraseSet<true>([[true, attributionData.authoredBy]]),
  pronouns: phraseSet<string>(attributionData.pronouns.map((p) => [p, [p]] as [string, string[]])),
  roleWords: new Set(attributionData.roleWords),
  timeWords: new Set(attributionData.timeWords),
  supply: phraseSet<true>([[true, flowData.supply]]),
  receive: phraseSet<true>([[true, flowData.receive]]),
  exchange: phraseSet<true>([[true, flowData.exchange]]),
  valueOf: phraseSet<true>([[true, flowData.valueOf]]),
  twoWay: phraseSet<true>([[true, flowData.twoWay]]),
  depart: phraseSet<true>([[true, flowData.depart]]),
  arrive: phraseSet<true>([[true, flowData.arrive]]),
  blocking: phraseSet<true>([[true, flowData.blocking]]),
  defaultFlows: new Map<Category, [CountryCode, CountryCode]>(
    Object.entries(flowData.defaults)
      .filter(([k]) => k.includes(">"))
      .flatMap(([k, cats]) => (cats as Category[]).map((c) => [c, k.split(">") as [CountryCode, CountryCode]] as const)),
  ),
  defaultPair: flowData.defaults.pair as CountryCode[],
  defaultsByItem: phraseSet<[CountryCode, CountryCode]>(
    Object.entries(flowData.defaultsByItem)
      .filter(([k]) => k.includes(">"))
      .map(([k, phrases]) => [k.split(">") as [CountryCode, CountryCode], phrases as string[]]),
  ),
  recipientMarkers: phraseSet<true>([[true, flowData.recipientMarkers]]),
  supplierMarkers: phraseSet<true>([[true, flowData.supplierMarkers]]),
  distanceBefore: new Set(flowData.distanceBefore),
  notRecipientBefore: new Set(flowData.notRecipientBefore),
  militaryContext: new Set((categoriesData as unknown as { militaryContext: { words: string[] } }).militaryContext.words),
  mediaNouns: new Set((attributionData as unknown as { mediaNouns: { words: string[] } }).mediaNouns.words),
  mediaName: wordsPattern((attributionData as unknown as { mediaNameWords: { words: string[] } }).mediaNameWords.words),
  researchBody: wordsPattern((attributionData as unknown as { researchBodyWords: { words: string[] } }).researchBodyWords.words),
  spokenDocument: new RegExp(`^(?:${(attributionData as unknown as { spokenDocuments: { words: string[] } }).spokenDocuments.words.map(escapeRegExp).join("|")})\\b`, "i"),
  surnames: new Set((countriesData as unknown as { surnames: { words: string[] } }).surnames.words),
  countries: phraseSet<CountryMention>(
    Object.entries(countriesData.countries as Record<string, { names: string[]; demonyms: string[]; places?: string[] }>).flatMap(([code, c]) => [
      [{ code: code as CountryCode, demonym: false, place: false }, c.names] as [CountryMention, string[]],
      [{ code: code as CountryCode, demonym: true, place: false }, c.demonyms] as [CountryMention, string[]],
      [{ code: code as CountryCode, demonym: false, place: true }, c.places ?? []] as [CountryMention, string[]],
    ]),
  ),
  actors: phraseSet<KnownActor>(
    (actorsData.actors as (KnownActor & { aliases: string[] })[]).map((a) => [
      ACTORS_BY_NAME.get(a.name)!,
      [a.name, ...a.aliases],
    ]),
  ),
};
