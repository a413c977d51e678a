import type { Actor, Article, Category, CountryCode, Figure, Modality, Period, Qualifier, Unit } from "@armsledger/model";
import { tokenize, type Token } from "./tokens.js";
import { splitSentences, type Sentence } from "./sentences.js";
import { findNumbers, NUMBER_WORDS, type NumberMatch } from "./numbers.js";
import { isNotFigure } from "./notfigure.js";
import { qualifierOf } from "./qualifier.js";
import { itemBefore, itemOf, itemReferredTo, lossAt, sentenceWords, type Item, type SentenceWords } from "./item.js";
import { clauseEnd, clauseStart, modalityMarkers, modalityOf, type ModalityMarker } from "./modality.js";
import { countriesIn, stateActor, type CountryAt } from "./countries.js";
import { blockingVerbs, flowOf, transferVerbs, type FlowContext, type Verb } from "./flow.js";
import { attributionsIn, PERSON_TITLES, resolveAnaphor, subjectPerson, type Attribution } from "./claimant.js";
import { periodsIn, type PeriodMatch } from "./period.js";
import { tallyItems, type TallyItem } from "./tally.js";
import { datelineCountry } from "./dateline-place.js";
import { capAuthority, defaultCapAuthority, designatedAfter, designatingAuthority, imposedBy } from "./authority.js";
import { speakersOf } from "./transcript.js";
import { insideQuote } from "./quotation.js";
import { authorOf, speakerOf } from "./publisher.js";
import { isDescription, namedLater } from "./description.js";
import { lexicon } from "./lexicon.js";
import attribution from "../lexicon/attribution.json" with { type: "json" };
import qualifiersData from "../lexicon/qualifiers.json" with { type: "json" };
import categoriesData from "../lexicon/categories.json" with { type: "json" };
import actorsData from "../lexicon/actors.json" with { type: "json" };

// Sentences with none of these cannot hold an amount; they skip the costly stages.
// Built from the number words and the vague amounts of the qualifier lexicon, so every amount the grammar reads passes.
// Of a vague phrase, its telling words: "undisclosed" in "an undisclosed number of"; "number" alone is too common to filter.
const amountWords = [
  ...NUMBER_WORDS.flatMap((w) => [w, `${w}s`]),
  ...qualifiersData.vague.phrases.flatMap((p) => p.toLowerCase().split(/\s+/)).filter((w) => !/^(?:a|an|the|of|some|number|numbers|quantity|amount)$/.test(w)),
];
const MAY_HOLD_AMOUNT = new RegExp(`\\d|\\b(?:${[...new Set(amountWords)].join("|")})\\b`, "i");
// Built from the attribution lexicon, so a word an analyst adds there is never filtered out here.
const MAY_ATTRIBUTE = new RegExp(
  `\\b(?:${[...new Set([...attribution.verbs, ...attribution.prepositions, ...attribution.nouns, ...attribution.pronouns].map((p) => p.split(" ")[0]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))].join("|")})\\b`,
  "i",
);
// An amount needs something to count: a sentence with a number but no word from the category or unit
// lexicons (nor a money sign, nor "the number"/"the figure") is a date, a year or a time, and is skipped.
const countable = [
  ...(categoriesData.entries as { phrases: string[] }[]).flatMap((e) => e.phrases),
  ...(categoriesData.units as { phrases: string[] }[]).flatMap((u) => u.phrases),
  "number", "figure", "total", "tally", "estimate", "count", "amount", "quantity", "volume", "toll", "another", "further", "additional",
].flatMap((p) => p.toLowerCase().split(/[\s-]+/)).filter((w) => w.length > 1);
const MAY_COUNT = new RegExp(`[$€£₩]|\\b(?:${[...new Set(countable)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "i");
// Sentences naming a known actor are read even far from any amount: "the agency" may point back to them.
const NAMES_ACTOR = new RegExp(
  `\\b(?:${(actorsData.actors as { name: string; aliases: string[] }[]).flatMap((a) => [a.name, ...a.aliases]).filter((n) => n.length > 2).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`,
);
// A sentence that opens with a person's name and a title in commas: "Dmytro Ponomarenko, Ukraine's ambassador, ...".
const NAMED_SUBJECT = /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'-]+){1,3}, /u;
const NOT_PERMITTED = /\b(?:(?:may|can|must|shall|could) not|cannot|can't|not (?:be )?(?:allowed|permitted) to)\b/;
const NOT_MOVED = new Set((categoriesData as unknown as { notMoved: { words: string[] } }).notMoved.words);
const VAGUE_OTHER = new Set((categoriesData as unknown as { vagueOther: { words: string[] } }).vagueOther.words);
const ANAPHORIC_HEADS = new Set(["number", "figure", "total", "tally", "estimate", "count", "amount", "quantity", "volume"]);

// The order of String.prototype.localeCompare with no arguments, built once rather than on every call.
const COLLATOR = new Intl.Collator();

/** Counts of each country named in the article, to find the two sides of its trade. */
function counterpartOf(countriesBySentence: readonly (readonly CountryAt[])[]): (code: CountryCode) => CountryCode | null {
  const counts = new Map<CountryCode, number>();
  for (const countries of countriesBySentence) for (const c of countries) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  // The subject of this ledger is the North Korea–Russia trade: when both are named, they are each other's counterpart.
  // Otherwise, when one side of the subject's trade is named, the other is its counterpart; then the two most named
  // (ranked only then: the collator's comparisons were most of this function's time).
  const subject = lexicon.defaultPair;
  const pair: CountryCode[] = subject.some((c) => counts.has(c))
    ? [...subject]
    : [...counts.entries()].sort((a, b) => b[1] - a[1] || COLLATOR.compare(a[0], b[0])).map(([c]) => c).slice(0, 2);
  return (code) => (pair.length === 2 && pair.includes(code) ? pair.find((c) => c !== code)! : null);
}

// A loop, not `some` with a closure: it runs for every token, and the closures were a large share of the garbage.
function insideAny(spans: readonly NumberMatch[], i: number): boolean {
  for (const n of spans) if (i >= n.start && i < n.end) return true;
  return false;
}

function vagueAmounts(tokens: readonly Token[], taken: readonly NumberMatch[]): NumberMatch[] {
  const found: NumberMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (insideAny(taken, i)) continue;
    let m = lexicon.vague.matchAt(tokens, i);
    if (!m) continue;
    // "hundreds of millions of dollars" is one amount, not two.
    for (let more = lexicon.vague.matchAt(tokens, m.end); more; more = lexicon.vague.matchAt(tokens, m.end)) m = more;
    // "several million rounds", "several dozen drones": the scale belongs to the amount, not to what it counts.
    let end = m.end;
    while (/^(?:hundred|thousand|million|billion|dozen)s?$/.test(tokens[end]?.norm ?? "")) end++;
    // "multiple rocket launchers" names a weapon, not an amount; "several of the tankers" picks from a set already counted.
    if (lexicon.heads.matchAt(tokens, i)) continue;
    const partitive = tokens[end - 1]?.norm === "of" ? end : tokens[end]?.norm === "of" ? end + 1 : -1;
    if (partitive >= 0 && /^(?:the|its|their|them|these|those)$/.test(tokens[partitive]?.norm ?? "")) continue;
    found.push({ start: i, end, value: null, high: null, unit: null, digits: false, grouped: false, measure: false });
    i = end - 1;
  }
  return found;
}

/** Whether the attribution only names who released material ("pictures released by X"), through the attribution lexicon's authoredBy words. */
function releasedBy(tokens: readonly Token[], a: Attribution): boolean {
  return lexicon.authoredBy.matchAt(tokens, a.cueStart) !== null;
}

/** The last figure read with an item of its own: a later bare amount ("this number", "13,000, up from 6,700") takes it up. */
interface Previous {
  item: Item;
  tokens: Token[];
  figure: Figure;
}

// Each stage below is a top-level function over these records rather than a closure made per article: one huge
// closure was recompiled by the optimiser again and again (each time for most of a second) as new shapes reached it.
/** What every sentence of one article is read against, built once per article. */
interface ArticleReading {
  article: Article;
  sentences: readonly Sentence[];
  mayHold: boolean[];
  tokenized: Token[][];
  countriesBySentence: CountryAt[][];
  flowContext: { counterpart: (code: CountryCode) => CountryCode | null; subjectPair: boolean };
  publisher: Actor | null;
  speakers: (Actor | null)[];
  datelineCode: CountryCode | null;
  /** Whether each sentence has a word of attribution, tested at most once: both the choice of sentences to read and the attribution pass ask. */
  attributing: (boolean | undefined)[];
  attributions: Attribution[][];
  /** What each sentence says whose it is, for neighbours that do not. */
  claimantBySentence: (Actor | null)[];
  /** Claimants so far, for "he", "the agency", "the report" (see attributeSentence). */
  history: Actor[];
  mentioned: Actor[];
  documents: Actor[];
  previous: Previous | null;
}

/** One sentence holding amounts, with what its amounts are read against, built once per sentence. */
interface SentenceReading {
  k: number;
  sentence: Sentence;
  tokens: Token[];
  numbers: NumberMatch[];
  countries: CountryAt[];
  /** Time expressions, looked for only once an amount in the sentence becomes a figure. */
  periods: PeriodMatch[] | null;
  words: SentenceWords;
  markers: ModalityMarker[];
  verbs: Verb[];
  tallies: Map<NumberMatch, TallyItem>;
  flow: FlowContext;
}

/** What one amount counts: its hedge, its item, or the figure it takes up. */
interface Counted {
  qualifier: Qualifier;
  /** Token where the hedged amount starts. */
  start: number;
  item: Item | null;
  inherited: Figure | null;
  tally: TallyItem | null;
  /** The figure just read, when it comes from this sentence. */
  sameSentence: Previous | null;
}

function mayAttribute(r: ArticleReading, k: number): boolean {
  return (r.attributing[k] ??= MAY_ATTRIBUTE.test(r.sentences[k]!.text));
}

/** Turns the prose of one article into figures: every amount of a counted thing, with who says so and how. */
export function extractFigures(article: Article, skip: readonly { start: number; end: number }[] = [], sentences: readonly Sentence[] = splitSentences(article.text, skip)): Figure[] {
  // Attribution matters only near an amount: the sentence itself, three before it and one after.
  const mayHold = sentences.map((s) => MAY_HOLD_AMOUNT.test(s.text));
  const hasAmount = sentences.map((s, k) => mayHold[k]! && MAY_COUNT.test(s.text));
  const near = hasAmount.map((_, k) => {
    for (let j = Math.max(0, k - 1); j < k + 4 && j < hasAmount.length; j++) if (hasAmount[j]) return true;
    return false;
  });
  const r: ArticleReading = {
    article,
    sentences,
    mayHold,
    tokenized: [],
    countriesBySentence: [],
    flowContext: { counterpart: () => null, subjectPair: false },
    // A think tank's or a ministry's own publication speaks for its publisher; a news outlet's does not.
    publisher: authorOf(article.outlet) ?? speakerOf(article.title, article.text),
    speakers: speakersOf(sentences),
    datelineCode: datelineCountry(sentences),
    attributing: [],
    attributions: [],
    claimantBySentence: [],
    history: [],
    mentioned: [],
    documents: [],
    previous: null,
  };
  r.tokenized = sentences.map((s, k) => (hasAmount[k] || (near[k] && (mayAttribute(r, k) || NAMED_SUBJECT.test(s.text))) || NAMES_ACTOR.test(s.text) ? tokenize(s.text, s.start) : []));
  // Found once per sentence: the counts here and the parties of each figure below both need them.
  r.countriesBySentence = r.tokenized.map((tokens) => countriesIn(tokens));
  const counterpart = counterpartOf(r.countriesBySentence);
  r.flowContext = { counterpart, subjectPair: lexicon.defaultPair.every((c) => counterpart(c) !== null) };
  // Attribution first, over every sentence, so a figure can borrow its claimant from a neighbour.
  for (let k = 0; k < sentences.length; k++) r.attributions.push(attributeSentence(r, k));
  describedLater(r);
  const figures: Figure[] = [];
  for (let k = 0; k < sentences.length; k++) if (r.tokenized[k]!.length && mayHold[k]) readSentence(r, k, figures);
  return dropHeadlineRepeats(figures, sentences, article.title);
}

/** The attributions of sentence k, each with its actor resolved; notes the actors named, for later anaphors. */
function attributeSentence(r: ArticleReading, k: number): Attribution[] {
  const tokens = r.tokenized[k]!;
  const list = tokens.length && mayAttribute(r, k) ? attributionsIn(tokens, r.article.text) : [];
  noteMentions(r, tokens, list);
  // "Dmytro Ponomarenko, Ukraine's ambassador, gave a similar view. He told VOA ...": "he" may point back to a subject who said nothing yet.
  if (tokens.length && !list.length) {
    const person = subjectPerson(tokens, r.article.text);
    if (person) r.history.push(person);
  }
  for (const a of list) {
    const actor = actorOf(r, k, tokens, a);
    if (actor) {
      a.actor = actor;
      // Who released material ("pictures released by patrol missions") is not who "the analysts" or "they" are.
      if (!releasedBy(tokens, a)) r.history.push(actor);
      if (a.source) r.documents.push(actor);
    }
  }
  // The headline, or a heading of its own inside the article (a live blog's "08:58 Seoul: ..." entries).
  if ((k === 0 || isHeading(r.sentences, k)) && !list.some((a) => a.actor)) {
    const headline = headlineAttribution(r.sentences[k]!.text);
    if (headline) list.push({ actor: headline, anaphor: null, start: 0, end: 0, cueStart: 0, cueEnd: 0, source: true });
  }
  // Neighbours borrow what a sentence says, not who released the material it describes ("pictures released by ...").
  // Nor the supplier of pictures when someone in the sentence draws the conclusion ("Citing Planet Labs images, the paper said").
  const speaks = list.filter((a) => a.actor && !releasedBy(tokens, a));
  r.claimantBySentence.push((speaks.find((a) => !(a.source && suppliesMaterial(tokens, a))) ?? speaks[0])?.actor ?? null);
  return list;
}

/** Known actors named without a verb of saying ("The Monitoring Team, formed in October, ...") can still be "the team" later. */
function noteMentions(r: ArticleReading, tokens: readonly Token[], list: readonly Attribution[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const known = lexicon.actors.matchAt(tokens, i);
    if (known && !insideAttribution(list, i)) {
      const actor: Actor = { ...known.value };
      r.mentioned.push(actor);
      const after = known.end < tokens.length ? lexicon.attributionNouns.matchAt(tokens, tokens[known.end]!.kind === "punct" ? known.end + 1 : known.end) : null;
      if (after && /report|study|analysis|assessment|finding|review|investigation/.test(tokens[after.end - 1]!.lemma)) r.documents.push(actor);
      i = known.end - 1;
    }
  }
}

// A loop, not `some` with a closure over the token index: the closure cost an allocation for every token.
function insideAttribution(list: readonly Attribution[], i: number): boolean {
  for (const a of list) if (a.start <= i && i < a.end) return true;
  return false;
}

/** Who an attribution names: its actor, the one its pronoun or description points back to, or a stand-in. */
function actorOf(r: ArticleReading, k: number, tokens: readonly Token[], a: Attribution): Actor | null {
  const { article, sentences } = r;
  // "we", "our analysis": the publisher speaks for itself.
  // In a transcript, "we" is the speaker's side, not the publisher.
  // Inside quotation marks "we" is the one quoted, found by the attribution outside the quote.
  const quoted = a.anaphor !== null && insideQuote(sentences[k]!.text, tokens[a.start]!.start - sentences[k]!.start);
  const self = a.anaphor && /^(?:we|our)\b/.test(a.anaphor) && !quoted ? (r.speakers[k] ?? (article.outlet ? { kind: "organisation" as const, name: article.outlet, country: null, role: "publisher" } : null)) : null;
  const resolved = a.actor ?? self ?? (a.anaphor ? (resolveAnaphor(a.anaphor, r.history, r.documents) ?? resolveAnaphor(a.anaphor, r.mentioned)) : null);
  // "the ministry said" with no ministry named before: keep the words rather than lose the attribution.
  // "the government said" with no government named: the country the article is filed from, if its dateline says.
  const filedFrom = !resolved && a.anaphor === "the government" && r.datelineCode ? stateActor(r.datelineCode) : null;
  const literal = !resolved && !filedFrom && a.anaphor?.startsWith("the ") && lexicon.roleWords.has(a.anaphor.slice(4)) && !/^(?:report|data|intelligence|images?|imagery)$/.test(a.anaphor.slice(4)) ? { kind: (PERSON_TITLES.test(a.anaphor.slice(4)) ? "person" : "organisation") as Actor["kind"], name: a.anaphor, country: null, role: null } : null;
  // In a think tank's own report, "satellite imagery shows" is the think tank's reading of it.
  const unauthored = resolved && r.publisher && resolved.kind === "organisation" && /\b(?:imagery|images|photos?|pictures|data|documents?|records)\b/i.test(resolved.name) && !/\b(?:by|from)\b/.test(resolved.name) ? r.publisher : null;
  return unauthored ?? resolved ?? filedFrom ?? literal;
}

/** "Ukraine's top prosecutor said ... Prosecutor General Andriy Kostin told reporters": a lede describes who the next sentences name. */
function describedLater(r: ArticleReading): void {
  const { attributions, claimantBySentence } = r;
  for (let k = 0; k < attributions.length; k++) {
    for (const a of attributions[k]!) {
      if (!a.actor || !isDescription(a.actor)) continue;
      const named = namedLater(a.actor, attributions.slice(k + 1, k + 4));
      if (!named) continue;
      if (claimantBySentence[k] === a.actor) claimantBySentence[k] = named;
      a.actor = named;
    }
  }
}

/** Who claims the amount at `tokenIndex` of sentence k: the attribution governing it, else a neighbour's, else the publisher. */
function claimantFor(r: ArticleReading, k: number, tokenIndex: number, itemEnd: number, clauseEnd: number): Actor | null {
  const here = r.attributions[k]!.filter((a) => a.actor);
  // "the roughly 7,000 containers that Shin Won-sik had cited": a relative clause on the amount names its source.
  const relative = /^(?:that|which)$/.test(r.tokenized[k]![itemEnd]?.norm ?? "") ? here.find((a) => a.start === itemEnd + 1 || a.start === itemEnd) : undefined;
  if (relative) return relative.actor;
  // The cue nearest before the amount governs it; else the first after it in the same clause ("..., the agency said"),
  // not one in a clause of its own ("..., while Ukraine puts the figure at 15,000").
  const before = here.filter((a) => a.cueStart <= tokenIndex);
  const after = here.filter((a) => a.cueStart > tokenIndex && a.cueStart < clauseEnd);
  if (before.length || after.length) return governingClaimant(r, k, before, after);
  // "MAJ. GEN. RYDER: ...": in a transcript, what a speaker says unattributed is theirs.
  if (r.speakers[k]) return r.speakers[k];
  return neighbourClaimant(r, k);
}

/** Of the attributions before and after an amount in its own sentence, the one it comes from. */
function governingClaimant(r: ArticleReading, k: number, before: readonly Attribution[], after: readonly Attribution[]): Actor | null {
  // "Citing the spy agency, the lawmakers said ...": a source cited before the amount is where it comes from,
  // unless it only supplied raw material to whoever draws the conclusion ("Drawing on satellite imagery from Planet Labs, we assess ...").
  const tokens = r.tokenized[k]!;
  const speaker = before.find((a) => !a.source);
  const cited = before.filter((a) => a.source && !(speaker && speaker.cueStart > a.cueStart && suppliesMaterial(tokens, a)));
  if (cited.length) return cited[cited.length - 1]!.actor;
  // After the amount, a named source ("..., the Treasury said", "..., the report said") outranks an embedded "it said".
  // "..., lawmakers said, citing the NIS": a source cited after the amount is where it comes from, too.
  // Only a named one: "citing preliminary figures", "citing member states" leave the speaker as the claimant.
  const citedAfter = after.find((a) => a.source && /\p{Lu}/u.test(a.actor!.name));
  if (citedAfter) return citedAfter.actor;
  const named = after.find((a) => !a.anaphor || a.anaphor.startsWith("the "));
  const last = before[before.length - 1];
  // "Documents seen by Kyiv show that ..., Zelenskyy said": papers do not speak; whoever presents them does.
  if (last && named && !named.anaphor && named.actor!.kind === "person" && lexicon.attributionNouns.matchEndingAt(r.tokenized[k]!, last.end, 3)) return named.actor;
  return (last ?? named ?? after[0]!).actor;
}

/** Whether a cited source is named as the supplier of pictures or data ("satellite imagery from Planet Labs"). */
function suppliesMaterial(tokens: readonly Token[], a: Attribution): boolean {
  for (let i = a.cueStart; i < a.end; i++) if (lexicon.rawMaterial.has(tokens[i]!.norm)) return true;
  return false;
}

/** An amount with no attribution in its sentence: the claimant of a sentence nearby, else the publisher. */
function neighbourClaimant(r: ArticleReading, k: number): Actor | null {
  const { sentences, claimantBySentence } = r;
  const paragraph = sentences[k]!.paragraph;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (claimantBySentence[j] && (sentences[j]!.paragraph === paragraph || j >= k - 2)) return claimantBySentence[j]!;
  for (let j = k + 1; j < sentences.length && j <= k + 1; j++) if (claimantBySentence[j] && sentences[j]!.paragraph === paragraph) return claimantBySentence[j]!;
  for (let j = k - 1; j >= 0; j--) if (claimantBySentence[j]) return claimantBySentence[j]!;
  // A lede states the figure and the next paragraph says whose it is: "..., according to the Agroexport Center".
  if (k <= 3) for (let j = k + 1; j < sentences.length && j <= k + 2; j++) if (claimantBySentence[j]) return claimantBySentence[j]!;
  return r.publisher;
}

/** The authority that set a cap, named in sentence k or up to two before it in the same or the previous paragraph. */
function capAuthorityNear(r: ArticleReading, k: number, unit: Unit | null): Actor | null {
  const { sentences, tokenized } = r;
  for (let j = k; j >= 0 && j >= k - 2 && sentences[j]!.paragraph >= sentences[k]!.paragraph - 1; j--) {
    const authority = capAuthority(tokenized[j]!.length ? tokenized[j]! : tokenize(sentences[j]!.text, sentences[j]!.start));
    if (authority) return authority;
  }
  return unit ? defaultCapAuthority(unit) : null;
}

/** Reads the figures of sentence k into `figures`, in the order of their amounts. */
function readSentence(r: ArticleReading, k: number, figures: Figure[]): void {
  const tokens = r.tokenized[k]!;
  const numbers = findNumbers(tokens);
  const mentions = [
    ...numbers.map((n) => ({ n, vague: false })),
    ...vagueAmounts(tokens, numbers).map((n) => ({ n, vague: true })),
  ].sort((a, b) => a.n.start - b.n.start);
  const verbs = transferVerbs(tokens);
  const s: SentenceReading = {
    k,
    sentence: r.sentences[k]!,
    tokens,
    numbers,
    countries: r.countriesBySentence[k]!,
    periods: null,
    words: sentenceWords(tokens),
    markers: modalityMarkers(tokens),
    verbs,
    tallies: tallyItems(tokens, numbers),
    flow: { exclude: r.attributions[k]!.map((a) => ({ start: a.start, end: a.end })), counterpart: r.flowContext.counterpart, subjectPair: r.flowContext.subjectPair, verbs, blocking: blockingVerbs(tokens) },
  };
  for (const { n, vague } of mentions) {
    const figure = figureAt(r, s, n, vague);
    if (figure) figures.push(figure);
  }
}

/** The figure an amount makes, or null when it counts nothing. */
function figureAt(r: ArticleReading, s: SentenceReading, n: NumberMatch, vague: boolean): Figure | null {
  const c = countedAt(r, s, n, vague);
  if (!c) return null;
  const { tokens } = s;
  const { item, inherited } = c;
  const cs = clauseStart(tokens, c.start);
  const ce = clauseEnd(tokens, item ? item.end - 1 : n.end);
  const tail = item && !item.before ? item.end : n.end;
  let modality = modalityAt(r, s, n, c.start, cs, tail);
  // "North Korea may not import more than 500,000 barrels": a permission denied above an amount sets a ceiling.
  let qualifier = c.qualifier;
  if (qualifier === "more-than" && NOT_PERMITTED.test(tokens.slice(Math.max(cs, c.start - 6), c.start).map((t) => t.norm).join(" "))) {
    modality = "limit";
    qualifier = "up-to";
  }
  // "approximately 175 ore cars, 14 box cars, 66 tank cars": a hedge before the first of a list covers the rest.
  if (qualifier === "exact" && !vague && n.high === null) qualifier = sharedHedge(r, tokens, c.start) ?? qualifier;
  let category = categoryAt(r, s, n, c, vague, cs, ce);
  if (category === null) return null;
  let unit: Unit = n.unit ?? (inherited ? inherited.quantity.unit : (item!.unit ?? "count"));
  if (modality === "limit" && (category === "oil" || category === "food" || unit !== "count")) category = "sanction-cap";
  if (category === "money" && unit === "count") unit = "USD";
  // "$1.5 billion worth of weapons" is an amount of money, whatever it buys.
  if (["USD", "EUR", "GBP", "KRW", "RUB"].includes(unit)) category = "money";
  const { article } = r;
  const itemText = inherited
    ? inherited.item
    : c.tally
    ? c.tally
    : article.text.slice(tokens[item!.start]!.start, tokens[item!.end - 1]!.end).replace(/^[-\s"“”]+/, "").replace(/^of (?:these|those|the|its|their) /i, "").replace(/[*_]+/g, "").replace(/\s+/g, " ");
  const flow =
    modality === "limit" || category === "casualties" || category === "votes" || category === "designations" || (item !== null && notMovedHead(tokens, item))
      ? null
      : (flowOf(tokens, s.countries, { start: cs, end: ce }, n.start, tail, category, s.flow) ?? inherited?.flow ?? null);
  const claimant = figureClaimant(r, s, n, c.start, modality, category, unit, cs, ce, tail);
  s.periods ??= periodsIn(s.sentence.text, article.published);
  const period = nearestPeriod(s.periods, tokens, n, s.sentence.start, s.numbers, tail);
  const numberStart = tokens[c.start]!.start;
  const numberEnd = tokens[n.end - 1]!.end;
  const figure: Figure = {
    id: `${article.id}:${tokens[n.start]!.start}`,
    articleId: article.id,
    sourceFile: article.sourceFile,
    articleTitle: article.title,
    outlet: article.outlet,
    published: article.published,
    quantity: {
      value: n.value,
      high: n.high,
      qualifier,
      unit,
      text: article.text.slice(numberStart, numberEnd),
    },
    item: itemText || "(unnamed)",
    category,
    flow,
    claimant,
    modality,
    period,
    evidence: {
      sentence: s.sentence.text,
      sentenceStart: s.sentence.start,
      sentenceEnd: s.sentence.end,
      numberStart,
      numberEnd,
    },
    sanctionRef: null,
  };
  if (item) r.previous = { item, tokens, figure };
  return figure;
}

/** What the amount counts: the item after (or before) it, or the figure it takes up; null when it counts nothing. */
function countedAt(r: ArticleReading, s: SentenceReading, n: NumberMatch, vague: boolean): Counted | null {
  const { tokens, k } = s;
  const { sentences, previous } = r;
  if (!vague && isNotFigure(tokens, n)) return null;
  const q = vague ? { qualifier: "vague" as const, start: n.start } : qualifierOf(tokens, n);
  let end = "end" in q && q.end !== undefined ? q.end : n.end;
  if (tokens[end]?.norm === "-" && tokens[end + 1]?.norm === "strong") end += 2;
  let item = itemOf(tokens, end, vague, s.words) ?? (vague ? null : itemBefore(tokens, end, q.start, s.words));
  let inherited: Figure | null = null;
  // "this number", "the figure", or a comparison within the sentence ("13,000, up from 6,700 in February").
  const sameSentence = previous && previous.tokens === tokens ? previous : null;
  // "Thirteen thousand is roughly twice the tally": a bare amount as the subject takes up the last one.
  const bareSubject = q.start === 0 && /^(?:is|was|are|were)$/.test(tokens[end]?.norm ?? "");
  const moreAfter = /^(?:more|others|additional)$/.test(tokens[end]?.norm ?? "");
  // "as many as 8,000 of them": part of what was just counted.
  // ("one of them a security guard" is an apposition that picks someone out; it counts nothing.)
  const partOfThem = tokens[end]?.norm === "of" && /^(?:them|these|those)$/.test(tokens[end + 1]?.norm ?? "") && !/^(?:a|an|the)$/.test(tokens[end + 2]?.norm ?? "");
  // "around 3,000 had arrived": a bare amount moving, as the subject of a transfer verb, is more of what was just counted.
  let verbAt = end;
  while (/^(?:had|have|has|were|was|are|is|been|already|reportedly|now|also)$/.test(tokens[verbAt]?.norm ?? "")) verbAt++;
  // The last figure, if it was counted in this sentence or the two before.
  const recent = previous !== null && previous.figure.evidence.sentenceStart >= (sentences[k - 2]?.start ?? 0);
  const movedSubject = verbAt > end && s.verbs.some((v) => v.start === verbAt) && recent;
  // "began to rise five days after": a length of time counts nothing taken up from before.
  const duration = /^(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|times)$/.test(tokens[end]?.norm ?? "");
  // "the 11,000 sent in November": a determiner, an amount and a participle of transfer take up what was just counted.
  const elided = /^(?:the|those|these|another)$/.test(tokens[q.start - 1]?.norm ?? "") && s.verbs.some((v) => v.start === end);
  if (!item && !vague && previous && !duration && (bareSubject || movedSubject || anaphoricBefore(tokens, q.start) || ((partOfThem || elided) && recent) || (sameSentence && (comparedBefore(tokens, q.start) || moreAfter || /^(?:another|further|additional|more)$/.test(tokens[q.start - 1]?.norm ?? ""))))) {
    inherited = previous.figure;
    item = null;
  }
  // "struck Ukraine with at least six of them", with nothing counted just before: what the sentence named earlier.
  if (!item && !inherited && !vague && partOfThem) item = itemReferredTo(tokens, q.start, s.words);
  // "20 types of weapons" counts kinds, not weapons.
  if (item && !item.before && tokens.slice(n.end, item.start + 1).some((t) => /^(?:type|kind|variety|sort|model|category|class)$/.test(t.lemma))) return null;
  // Money needs no noun: "between $320 million and $1.3 billion".
  if (!item && !inherited && n.unit && ["USD", "EUR", "GBP", "KRW", "RUB"].includes(n.unit)) item = { start: n.start, end: n.end, category: "money", unit: n.unit, before: false };
  // "voted 13 to 1": each amount of a tally counts votes cast one way.
  const tally = s.tallies.get(n) ?? null;
  if (tally && !inherited) item = { start: n.start, end: n.end, category: "votes", unit: "count", before: false };
  if (!item && !inherited) return null;
  // "in two rounds": batches, not ammunition.
  const roundAt = item ? tokens.slice(item.start, item.end).findIndex((t) => t.lemma === "round") : -1;
  if (item && roundAt >= 0 && (tokens[q.start - 1]?.norm === "in" || /^(?:deployment|talks|negotiation|sanction|fighting|voting|consultation|dispatch)$/.test(tokens[item.start + roundAt + 2]?.lemma ?? ""))) return null;
  return { qualifier: q.qualifier, start: q.start, item, inherited, tally, sameSentence };
}

/** How the sentence puts the amount that starts (hedge included) at `start`: asserted, estimated, a limit, ... */
function modalityAt(r: ArticleReading, s: SentenceReading, n: NumberMatch, start: number, cs: number, tail: number): Modality {
  const { tokens, markers } = s;
  let modality = modalityOf(markers, cs, start);
  // "may supply ... no more than 500,000 barrels": the hedge itself can set the limit.
  if (markers.some((m) => m.value === "limit" && m.at >= start && m.at < n.start)) modality = "limit";
  if (tokens.slice(n.end, Math.min(tokens.length, tail + 2)).some((t) => /^(?:cap|ceiling|limit|quota)$/.test(t.lemma))) modality = "limit";
  // "the 500,000 barrels per year set by the UN Security Council": an amount a sanctions authority set is a ceiling.
  if (setBySanctions(tokens, tail)) modality = "limit";
  // "..., the JCS estimated": a closing verb of estimating puts the whole sentence as an estimate.
  if (modality === "asserted" && r.attributions[s.k]!.some((a) => a.cueStart >= tail && markers.some((m) => m.value === "estimate" && m.at >= a.cueStart && m.at < a.cueEnd))) modality = "estimate";
  return modality;
}

/** Whether the words after an amount say a sanctions authority set or allowed it ("set by the UN Security Council", "allowed under resolution 2397"). */
function setBySanctions(tokens: readonly Token[], tail: number): boolean {
  for (let i = tail; i < tokens.length && i < tail + 5; i++) {
    if (!/^(?:set|imposed|allowed|permitted|fixed)$/.test(tokens[i]!.norm) || !/^(?:by|under|in)$/.test(tokens[i + 1]?.norm ?? "")) continue;
    return tokens.slice(i + 2, i + 6).some((t) => /^(?:un|u\.n\.|unsc|security|resolution|resolutions|sanctions)$/.test(t.norm));
  }
  return false;
}

/** Whether the item counts events or places ("12 attacks", "attacks using the missiles"), not "attack drones": a word of the lexicon that no counted noun follows. */
function notMovedHead(tokens: readonly Token[], item: Item): boolean {
  for (let i = item.start; i < item.end; i++) if (NOT_MOVED.has(tokens[i]!.lemma) && !lexicon.heads.matchAt(tokens, i + 1)) return true;
  return false;
}

/** The category of what the amount counts, from its item and its context; null when a vague amount counts nothing in particular. */
function categoryAt(r: ArticleReading, s: SentenceReading, n: NumberMatch, c: Counted, vague: boolean, cs: number, ce: number): Category | null {
  const { tokens } = s;
  const { item, inherited } = c;
  const previous = r.previous;
  let category: Category = inherited ? inherited.category : item!.category;
  // "equivalent to some 22,000 tonnes": a bare measure continues the commodity just counted.
  if (!inherited && category === "other" && item!.unit && item!.unit !== "count" && previous && ["oil", "food", "sanction-cap"].includes(previous.figure.category)) category = previous.figure.category === "sanction-cap" ? "oil" : previous.figure.category;
  // "Russian pork exports ... reached 1,200 tons": a bare measure takes the commodity its clause names before it.
  if (!inherited && category === "other" && item!.unit && item!.unit !== "count") {
    for (let i = cs; i < c.start; i++) {
      const head = lexicon.heads.matchAt(tokens, i)?.value.category;
      if (head === "food" || head === "oil") {
        category = head;
        break;
      }
    }
  }
  if (vague && category === "other" && !tokens.slice(item!.start, item!.end).some((t) => VAGUE_OTHER.has(t.lemma))) return null;
  const start = c.start;
  // People named as sanctioned ("sanctions on ... four generals") are designations; people captured or killed are losses.
  // "sanction nine organisations ... and one Russian national": an amount joined to a designation shares its cue.
  const joinedToDesignation = c.sameSentence?.figure.category === "designations" && /(?:^|\s)(?:and|,|plus|with|as well as|along with)$/.test(tokens.slice(Math.max(0, start - 3), start).map((t) => t.norm).join(" "));
  // "Russia has deployed some 8,000 North Koreans in Kursk", "15,000 North Koreans have been sent": people of a nation, moved or fighting, are troops.
  if (category === "other" && item && !item.before && nationalsAt(tokens, item) && (s.verbs.some((v) => v.kind === "supply" && (v.end <= start || (v.start >= item.end && v.start <= item.end + 4))) || hasMilitaryContext(tokens))) category = "troops";
  if ((category === "troops" || category === "other" || category === "vessels") && (joinedToDesignation || cueBefore(tokens, Math.max(cs, start - 9), start) === "designations" || (item !== null && !item.before && designatedAfter(tokens, item.end, ce)))) category = "designations";
  else if (category === "troops" && item && !item.before && lossLater(tokens, item.end, Math.min(ce, item.end + 14))) category = "casualties";
  else if ((category === "troops" || category === "other" || category === "casualties") && tokens.slice(Math.max(cs, start - 3), start).some((_, d, w) => lossAt(tokens, start - w.length + d) !== null)) category = "casualties";
  return category;
}

/**
 * Who claims the figure. A cap is set by an authority, not by whoever mentions it; the authority may be named a sentence
 * or two before ("That year the Security Council capped ... By this limit North Korea can import ...").
 * So is a vote tally, and a designation is made by whoever imposes it ("Tokyo has decided to sanction nine organisations").
 */
function figureClaimant(r: ArticleReading, s: SentenceReading, n: NumberMatch, start: number, modality: Modality, category: Category, unit: Unit, cs: number, ce: number, tail: number): Actor | null {
  const { k, tokens } = s;
  if (modality === "limit" || category === "votes") return capAuthorityNear(r, k, modality === "limit" ? unit : null) ?? claimantFor(r, k, n.start, n.start, Infinity);
  if (category === "designations") {
    if (r.attributions[k]!.some((a) => a.actor && a.cueStart <= n.start)) return claimantFor(r, k, n.start, n.start, Infinity);
    return designatingAuthority(tokens, s.countries, cs, start) ?? imposedBy(tokens, tail, ce, r.article.text) ?? claimantFor(r, k, n.start, n.start, Infinity);
  }
  return claimantFor(r, k, n.start, tail, ce);
}

/** The approximation of the amount just before, when only its item and a comma stand between: "about 175 ore cars, 14 box cars". */
function sharedHedge(r: ArticleReading, tokens: readonly Token[], start: number): Qualifier | null {
  const before = r.previous;
  if (!before || before.tokens !== tokens) return null;
  const q = before.figure.quantity.qualifier;
  // Only an approximation carries over; "more than 100 missiles and 50 launchers" bounds the first amount alone.
  if (q !== "about" && q !== "nearly") return null;
  // "approximately 175 ore cars, 14 box cars, 66 tank cars": only the first amount's
  // own item and the joining words stand between ("an estimated 11,000 troops sent by Pyongyang, 4,000 ..." is no list).
  let itemEnd = before.item.before ? -1 : before.item.end;
  if (itemEnd < 0) for (itemEnd = 0; itemEnd < tokens.length && tokens[itemEnd]!.start < before.figure.evidence.numberEnd; itemEnd++);
  const between = tokens.slice(itemEnd, start);
  // A list set off by commas shares the hedge; in "some 300 died and 2,700 were injured" it stays with the first (as our gold reads it).
  return between.length > 0 && between.length <= 2 && between[0]!.norm === "," && between.every((t) => t.norm === "and" || t.norm === ",") ? q : null;
}

/** A line standing alone as its paragraph, short and without a closing stop: a heading, not prose. */
function isHeading(sentences: readonly Sentence[], k: number): boolean {
  const s = sentences[k]!;
  if (sentences[k - 1]?.paragraph === s.paragraph || sentences[k + 1]?.paragraph === s.paragraph) return false;
  return s.text.length < 140 && !/[.!?…"”'’)]\s*$/.test(s.text);
}

/** Headlines name their source in a prefix or a suffix: "Seoul: about 4,700 killed", "... to Russia, NIS says", "...: NIS". */
function headlineAttribution(headline: string): Actor | null {
  // A live blog's entry may open with its time: "08:58 Seoul: ...".
  const prefix = /^(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|BST|CET|CEST|EST|EDT|ET|KST)?\s+)?([\p{Lu}][\p{L}.'’ -]{1,40}):\s/u.exec(headline);
  const suffix = prefix ? null : /(?:[,:—–]|\s-)\s*([\p{Lu}][\p{L}.'’ -]{1,40}?)(\s+(?:says|said|claims|reports|estimates))?\s*$/u.exec(headline);
  const m = prefix ?? suffix;
  if (!m) return null;
  const name = m[1]!.trim();
  if (name.split(/\s+/).length > 5) return null;
  // A source is a name, perhaps with a role ("US intelligence"); "North Korean troops in Kursk: live" names a topic.
  if (!name.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|for)$/.test(w) || lexicon.roleWords.has(w.toLowerCase()))) return null;
  const tokens = tokenize(name);
  const first = countriesIn(tokens)[0];
  const country = first?.code ?? null;
  const onlyCountry = first !== undefined && first.end === tokens.length;
  // "DPRK: six more individuals listed": one side of the subject's trade before a colon is the topic, not a source.
  if (onlyCountry && lexicon.defaultPair.includes(first.code)) return null;
  const known = lexicon.actors.matchAt(tokens, 0);
  if (known) return { ...known.value };
  // A title-case headline capitalises every word: after a comma only a verb of saying, a country or an acronym marks a source
  // ("..., NIS says", "... - Seoul"), not "..., Breaking UN Sanctions".
  if (suffix && !suffix[2] && !country && !/^\p{Lu}{2,}$/u.test(name)) return null;
  if (!country && !/\p{Lu}{2,}/u.test(name)) return null;
  return { kind: onlyCountry ? "state" : "organisation", name, country, role: null };
}

/** Whether the item is a people named by nationality alone: "North Koreans", "8,000 North Korean nationals". */
function nationalsAt(tokens: readonly Token[], item: Item): boolean {
  const country = lexicon.countries.matchAt(tokens, item.start);
  return country !== null && country.value.demonym && (country.end === item.end || (country.end === item.end - 1 && /^(?:nationals?|citizens?)$/.test(tokens[item.end - 1]!.norm)));
}

/** Whether the sentence speaks of fighting: the context in which people of a nation are troops. */
function hasMilitaryContext(tokens: readonly Token[]): boolean {
  return tokens.some((t) => lexicon.militaryContext.has(t.lemma) || lexicon.militaryContext.has(t.norm));
}

/** The category a cue in tokens [from, to) points at ("sanctions on", "designated"), if any. */
function cueBefore(tokens: readonly Token[], from: number, to: number): Category | null {
  for (let i = from; i < to; i++) {
    const cue = lexicon.cues.matchAt(tokens, i);
    // "Skibitsky added that about 1,000 ...": a cue that opens a reported clause lists no one.
    if (cue && tokens[cue.end]?.norm === "that") continue;
    if (cue) return cue.value;
  }
  return null;
}

/** "2,000 of the soldiers sent to fight ... have lost their lives": a loss stated later in the clause, before any other amount. */
function lossLater(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if ((t.kind === "punct" && /^[,;.]$/.test(t.norm)) || t.kind === "num" || /^\d/.test(t.norm)) return false;
    if (lossAt(tokens, i) !== null && (/^(?:died|lost)$/.test(t.norm) || /^(?:were|been|have|had|went|gone)$/.test(tokens[i - 1]?.norm ?? ""))) return true;
  }
  return false;
}

function comparedBefore(tokens: readonly Token[], start: number): boolean {
  const before = tokens.slice(Math.max(0, start - 4), start).map((t) => t.norm).join(" ");
  return /(?:^|\s)(?:up from|down from|compared with|compared to|versus|vs\.?|against|from|than|previously|earlier|in addition to|on top of|besides|plus|including)$/.test(before);
}

function anaphoricBefore(tokens: readonly Token[], start: number): boolean {
  for (let j = start - 1; j >= 0 && j >= start - 6; j--) {
    const t = tokens[j]!;
    if (ANAPHORIC_HEADS.has(t.lemma) && /^(?:this|that|the)$/.test(tokens[j - 1]?.norm ?? "")) return true;
    // "it has climbed to 11,000": the number just given, grown.
    if (t.norm === "it" && j < start - 1 && tokens.slice(j + 1, start).every((u) => CHANGE_WORDS.has(u.norm))) return true;
    if (t.kind === "punct") return false;
  }
  return false;
}

// Verbs of a number changing, with their auxiliaries and prepositions: "it has climbed to", "it now stands at".
const CHANGE_WORDS = new Set(["has", "had", "have", "now", "since", "already", "climbed", "risen", "rose", "grown", "grew", "reached", "increased", "jumped", "doubled", "stood", "stands", "fallen", "fell", "dropped", "to", "at", "by", "about", "around", "nearly", "some", "roughly", "over", "more", "than"]);

/** The time expression closest to the amount, unless another amount stands between them and claims it. */
function nearestPeriod(periods: ReturnType<typeof periodsIn>, tokens: readonly Token[], n: NumberMatch, sentenceStart: number, numbers: readonly NumberMatch[], tail: number): Period | null {
  const at = tokens[n.start]!.start - sentenceStart;
  // A time after the amount is measured from the end of what it counts: "20,000 tonnes a year earlier".
  const after = Math.max(at, tokens[tail - 1]!.end - sentenceStart);
  const others = numbers.filter((m) => m !== n && m.value !== null).map((m) => tokens[m.start]!.start - sentenceStart);
  let best: (typeof periods)[number] | null = null;
  let bestDistance = Infinity;
  for (const p of periods) {
    if (others.some((o) => (o > at && o < p.at) || (o < at && o > p.at + p.length))) continue;
    const d = p.at > at ? Math.max(0, p.at - after) : at - (p.at + p.length);
    if (d < bestDistance) [best, bestDistance] = [p, d];
  }
  if (!best) return null;
  // "since February, when the minister put the number at 6,700": the figure speaks for February itself.
  const between = best.at + best.length <= at ? tokens.filter((t) => t.start - sentenceStart >= best!.at + best!.length && t.start - sentenceStart < at).map((t) => t.norm) : [];
  if (/^since /i.test(best.text) && between[0] === "," && between[1] === "when" && best.start) {
    const month = best.start.slice(0, 7);
    const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
    return { text: best.text, start: `${month}-01`, end: `${month}-${String(last).padStart(2, "0")}` };
  }
  return { text: best.text, start: best.start, end: best.end };
}

/** A headline that repeats a figure the body states is not a second mention. */
function dropHeadlineRepeats(figures: Figure[], sentences: readonly Sentence[], title: string): Figure[] {
  const first = sentences[0];
  if (!first || first.paragraph !== 0) return figures;
  const heading = (s: string) => s.replace(/^#+\s*/, "").trim().toLowerCase();
  const titleHeading = heading(title);
  // The first line is a headline when it reads like one: no closing full stop, or the article's title.
  const firstIsHeadline = !/[.!?]["”’']?$/.test(first.text) || (title !== "" && heading(first.text) === titleHeading);
  const headlines = new Set([...(firstIsHeadline ? [first.start] : []), ...sentences.filter((s) => title && heading(s.text) === titleHeading).map((s) => s.start)]);
  const inHeadline = (f: Figure) => headlines.has(f.evidence.sentenceStart);
  // The body says it with more context; a headline's category is often a guess ("seven North Koreans").
  const restated = (f: Figure, g: Figure) =>
    f.quantity.value === null ? g.category === f.category : g.quantity.value === f.quantity.value || g.quantity.high === f.quantity.value;
  return figures.filter((f) => !inHeadline(f) || !figures.some((g) => !inHeadline(g) && restated(f, g)));
}
