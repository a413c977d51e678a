import type { Actor, Article, Category, CountryCode, Figure, Period, Unit } from "@armsledger/model";
import { tokenize, type Token } from "./tokens.js";
import { splitSentences, type Sentence } from "./sentences.js";
import { findNumbers, type NumberMatch } from "./numbers.js";
import { isNotFigure } from "./notfigure.js";
import { qualifierOf } from "./qualifier.js";
import { itemBefore, itemOf, lossAt, sentenceWords, type Item } from "./item.js";
import { clauseEnd, clauseStart, modalityMarkers, modalityOf } from "./modality.js";
import { countriesIn, type CountryAt } from "./countries.js";
import { blockingVerbs, flowOf, transferVerbs } from "./flow.js";
import { attributionsIn, resolveAnaphor, type Attribution } from "./claimant.js";
import { periodsIn } from "./period.js";
import { lexicon } from "./lexicon.js";
import attribution from "../lexicon/attribution.json" with { type: "json" };
import categoriesData from "../lexicon/categories.json" with { type: "json" };
import actorsData from "../lexicon/actors.json" with { type: "json" };

// Sentences with none of these cannot hold an amount; they skip the costly stages.
const MAY_HOLD_AMOUNT =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens?|several|multiple|numerous|scores|handful|few|undisclosed|unspecified|unknown|large number)\b/i;
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
const ANAPHORIC_HEADS = new Set(["number", "figure", "total", "tally", "estimate", "count", "amount", "quantity", "volume"]);

interface Mention {
  tokens: Token[];
  sentence: Sentence;
  n: NumberMatch;
  vague: boolean;
}

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
    const m = lexicon.vague.matchAt(tokens, i);
    if (!m) continue;
    // "multiple rocket launchers" names a weapon, not an amount; "several of the tankers" picks from a set already counted.
    if (lexicon.heads.matchAt(tokens, i)) continue;
    const partitive = tokens[m.end - 1]?.norm === "of" ? m.end : tokens[m.end]?.norm === "of" ? m.end + 1 : -1;
    if (partitive >= 0 && /^(?:the|its|their|them|these|those)$/.test(tokens[partitive]?.norm ?? "")) continue;
    found.push({ start: i, end: m.end, value: null, high: null, unit: null, digits: false, grouped: false, measure: false });
    i = m.end - 1;
  }
  return found;
}

/** Turns the prose of one article into figures: every amount of a counted thing, with who says so and how. */
export function extractFigures(article: Article, skip: readonly { start: number; end: number }[] = []): Figure[] {
  const sentences = splitSentences(article.text, skip);
  // Attribution matters only near an amount: the sentence itself, three before it and one after.
  const mayHold = sentences.map((s) => MAY_HOLD_AMOUNT.test(s.text));
  const hasAmount = sentences.map((s, k) => mayHold[k]! && MAY_COUNT.test(s.text));
  const near = hasAmount.map((_, k) => {
    for (let j = Math.max(0, k - 1); j < k + 4 && j < hasAmount.length; j++) if (hasAmount[j]) return true;
    return false;
  });
  // Tested at most once per sentence: both the choice of sentences to read and the attribution pass ask.
  const attributing: (boolean | undefined)[] = [];
  const mayAttribute = (k: number) => (attributing[k] ??= MAY_ATTRIBUTE.test(sentences[k]!.text));
  const tokenized = sentences.map((s, k) => (hasAmount[k] || (near[k] && mayAttribute(k)) || NAMES_ACTOR.test(s.text) ? tokenize(s.text, s.start) : []));
  // Found once per sentence: the counts here and the parties of each figure below both need them.
  const countriesBySentence = tokenized.map((tokens) => countriesIn(tokens));
  const counterpart = counterpartOf(countriesBySentence);
  const subjectPair = lexicon.defaultPair.every((c) => counterpart(c) !== null);
  const figures: Figure[] = [];
  const history: Actor[] = [];
  // Actors only named in passing: used for "the agency" when no claimant fits.
  const mentioned: Actor[] = [];
  // Actors named as the authors of a document ("the MSMT report", "a report by X"), for "the report says".
  const documents: Actor[] = [];
  const claimantBySentence: (Actor | null)[] = [];
  let previous: { item: Item; tokens: Token[]; figure: Figure } | null = null;

  // Attribution first, over every sentence, so a figure can borrow its claimant from a neighbour.
  const attributions: Attribution[][] = tokenized.map((tokens, k) => {
    const list = tokens.length && mayAttribute(k) ? attributionsIn(tokens, article.text) : [];
    // Known actors named without a verb of saying ("The Monitoring Team, formed in October, ...") can still be "the team" later.
    for (let i = 0; i < tokens.length; i++) {
      const known = lexicon.actors.matchAt(tokens, i);
      if (known && !list.some((a) => a.start <= i && i < a.end)) {
        const actor: Actor = { kind: known.value.kind, name: known.value.name, country: known.value.country, role: known.value.role };
        mentioned.push(actor);
        const after = known.end < tokens.length ? lexicon.attributionNouns.matchAt(tokens, tokens[known.end]!.kind === "punct" ? known.end + 1 : known.end) : null;
        if (after && /report|study|analysis|assessment|finding|review|investigation/.test(tokens[after.end - 1]!.lemma)) documents.push(actor);
        i = known.end - 1;
      }
    }
    for (const a of list) {
      // "we", "our analysis": the publisher speaks for itself.
      const self = a.anaphor && /^(?:we|our)\b/.test(a.anaphor) && article.outlet ? { kind: "organisation" as const, name: article.outlet, country: null, role: "publisher" } : null;
      const resolved = a.actor ?? self ?? (a.anaphor ? (resolveAnaphor(a.anaphor, history, documents) ?? resolveAnaphor(a.anaphor, mentioned)) : null);
      // "the ministry said" with no ministry named before: keep the words rather than lose the attribution.
      const literal = !resolved && a.anaphor?.startsWith("the ") && lexicon.roleWords.has(a.anaphor.slice(4)) && !/^(?:report|data|intelligence|images?|imagery)$/.test(a.anaphor.slice(4)) ? { kind: (/^the (?:official|minister|spokes\w+|general|president|lawmaker|chief|analyst|expert)$/.test(a.anaphor) ? "person" : "organisation") as Actor["kind"], name: a.anaphor, country: null, role: null } : null;
      const actor = resolved ?? literal;
      if (actor) {
        a.actor = actor;
        history.push(actor);
        if (a.source) documents.push(actor);
      }
    }
    if (k === 0 && !list.some((a) => a.actor)) {
      const headline = headlineAttribution(sentences[0]!.text);
      if (headline) list.push({ actor: headline, anaphor: null, start: 0, end: 0, cueStart: 0, cueEnd: 0, source: true });
    }
    claimantBySentence.push(list.find((a) => a.actor)?.actor ?? null);
    return list;
  });

  const claimantFor = (k: number, tokenIndex: number): Actor | null => {
    const here = attributions[k]!.filter((a) => a.actor);
    if (here.length) {
      // The cue nearest before the amount governs it; else the first after it ("..., the agency said").
      const before = here.filter((a) => a.cueStart <= tokenIndex);
      const after = here.filter((a) => a.cueStart > tokenIndex);
      // "Citing the spy agency, the lawmakers said ...": a source cited before the amount is where it comes from.
      const cited = before.filter((a) => a.source);
      if (cited.length) return cited[cited.length - 1]!.actor;
      // After the amount, a named source ("..., the Treasury said", "..., the report said") outranks an embedded "it said".
      return (before[before.length - 1] ?? after.find((a) => !a.anaphor || a.anaphor.startsWith("the ")) ?? after[0]!).actor;
    }
    const paragraph = sentences[k]!.paragraph;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (claimantBySentence[j] && (sentences[j]!.paragraph === paragraph || j >= k - 2)) return claimantBySentence[j]!;
    for (let j = k + 1; j < sentences.length && j <= k + 1; j++) if (claimantBySentence[j] && sentences[j]!.paragraph === paragraph) return claimantBySentence[j]!;
    for (let j = k - 1; j >= 0; j--) if (claimantBySentence[j]) return claimantBySentence[j]!;
    return null;
  };

  sentences.forEach((sentence, k) => {
    const tokens = tokenized[k]!;
    if (!tokens.length || !mayHold[k]) return;
    const numbers = findNumbers(tokens);
    const mentions: Mention[] = [
      ...numbers.map((n) => ({ tokens, sentence, n, vague: false })),
      ...vagueAmounts(tokens, numbers).map((n) => ({ tokens, sentence, n, vague: true })),
    ].sort((a, b) => a.n.start - b.n.start);
    const countries = countriesBySentence[k]!;
    // Time expressions are looked for only once an amount in the sentence becomes a figure.
    let periods: ReturnType<typeof periodsIn> | null = null;
    const claimSpans = attributions[k]!.map((a) => ({ start: a.start, end: a.end }));
    const words = sentenceWords(tokens);
    const markers = modalityMarkers(tokens);
    const verbs = transferVerbs(tokens);
    const blocking = blockingVerbs(tokens);

    for (const { n, vague } of mentions) {
      if (!vague && isNotFigure(tokens, n)) continue;
      const q = vague ? { qualifier: "vague" as const, start: n.start } : qualifierOf(tokens, n);
      let end = n.end;
      if (tokens[end]?.norm === "-" && tokens[end + 1]?.norm === "strong") end += 2;
      let item = itemOf(tokens, end, vague, words) ?? (vague ? null : itemBefore(tokens, end, q.start, words));
      let inherited: Figure | null = null;
      // "this number", "the figure", or a comparison within the sentence ("13,000, up from 6,700 in February").
      const sameSentence = previous && previous.tokens === tokens ? previous : null;
      // "Thirteen thousand is roughly twice the tally": a bare amount as the subject takes up the last one.
      const bareSubject = q.start === 0 && /^(?:is|was|are|were)$/.test(tokens[end]?.norm ?? "");
      const moreAfter = /^(?:more|others|additional)$/.test(tokens[end]?.norm ?? "");
      // "around 3,000 had arrived": a bare amount moving, as the subject of a transfer verb, is more of what was just counted.
      let verbAt = end;
      while (/^(?:had|have|has|were|was|are|is|been|already|reportedly|now|also)$/.test(tokens[verbAt]?.norm ?? "")) verbAt++;
      const movedSubject = verbAt > end && verbs.some((v) => v.start === verbAt) && previous !== null && previous.figure.evidence.sentenceStart >= (sentences[k - 2]?.start ?? 0);
      if (!item && !vague && previous && (bareSubject || movedSubject || anaphoricBefore(tokens, q.start) || (sameSentence && (comparedBefore(tokens, q.start) || moreAfter || /^(?:another|further|additional|more)$/.test(tokens[q.start - 1]?.norm ?? ""))))) {
        inherited = previous.figure;
        item = null;
      }
      // "20 types of weapons" counts kinds, not weapons.
      if (item && !item.before && tokens.slice(n.end, item.start + 1).some((t) => /^(?:type|kind|variety|sort|model|category|class)$/.test(t.lemma))) continue;
      // Money needs no noun: "between $320 million and $1.3 billion".
      if (!item && !inherited && n.unit && ["USD", "EUR", "GBP", "KRW", "RUB"].includes(n.unit)) item = { start: n.start, end: n.end, category: "money", unit: n.unit, before: false };
      if (!item && !inherited) continue;
      // "in two rounds": batches, not ammunition.
      const roundAt = item ? tokens.slice(item.start, item.end).findIndex((t) => t.lemma === "round") : -1;
      if (item && roundAt >= 0 && (tokens[q.start - 1]?.norm === "in" || /^(?:deployment|talks|negotiation|sanction|fighting|voting|consultation|dispatch)$/.test(tokens[item.start + roundAt + 2]?.lemma ?? ""))) continue;
      const cs = clauseStart(tokens, q.start);
      const ce = clauseEnd(tokens, item ? item.end - 1 : n.end);
      let modality = modalityOf(markers, cs, q.start);
      // "may supply ... no more than 500,000 barrels": the hedge itself can set the limit.
      if (markers.some((m) => m.value === "limit" && m.at >= q.start && m.at < n.start)) modality = "limit";
      const tail = item && !item.before ? item.end : n.end;
      if (tokens.slice(n.end, Math.min(tokens.length, tail + 2)).some((t) => /^(?:cap|ceiling|limit|quota)$/.test(t.lemma))) modality = "limit";
      let category: Category = inherited ? inherited.category : item!.category;
      // "equivalent to some 22,000 tonnes": a bare measure continues the commodity just counted.
      if (!inherited && category === "other" && item!.unit && item!.unit !== "count" && previous && ["oil", "food", "sanction-cap"].includes(previous.figure.category)) category = previous.figure.category === "sanction-cap" ? "oil" : previous.figure.category;
      if (vague && category === "other") continue;
      // People named as sanctioned ("sanctions on ... four generals") are designations; people captured or killed are losses.
      if ((category === "troops" || category === "other" || category === "vessels") && cueBefore(tokens, Math.max(cs, q.start - 9), q.start) === "designations") category = "designations";
      else if (category === "troops" && item && !item.before && lossLater(tokens, item.end, Math.min(ce, item.end + 14))) category = "casualties";
      else if ((category === "troops" || category === "other" || category === "casualties") && tokens.slice(Math.max(cs, q.start - 3), q.start).some((_, d, w) => lossAt(tokens, q.start - w.length + d) !== null)) category = "casualties";
      let unit: Unit = n.unit ?? (inherited ? inherited.quantity.unit : (item!.unit ?? "count"));
      if (modality === "limit" && (category === "oil" || category === "food" || unit !== "count")) category = "sanction-cap";
      if (category === "money" && unit === "count") unit = "USD";
      // "$1.5 billion worth of weapons" is an amount of money, whatever it buys.
      if (["USD", "EUR", "GBP", "KRW", "RUB"].includes(unit)) category = "money";
      const itemText = inherited
        ? inherited.item
        : article.text.slice(tokens[item!.start]!.start, tokens[item!.end - 1]!.end).replace(/^[-\s]+/, "").replace(/^of (?:these|those|the|its|their) /i, "").replace(/[*_]+/g, "").replace(/\s+/g, " ");
      const flow =
        modality === "limit" || category === "casualties" || category === "votes" || category === "designations"
          ? null
          : (flowOf(tokens, countries, { start: cs, end: ce }, n.start, tail, category, { exclude: claimSpans, counterpart, subjectPair, verbs, blocking }) ??
            inherited?.flow ??
            null);
      // A cap is set by an authority, not by whoever mentions it.
      const claimant = modality === "limit" ? (capAuthority(tokens) ?? claimantFor(k, n.start)) : claimantFor(k, n.start);
      periods ??= periodsIn(sentence.text, article.published);
      const period = nearestPeriod(periods, tokens, n, sentence.start, numbers);
      const numberStart = tokens[q.start]!.start;
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
          qualifier: q.qualifier,
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
          sentence: sentence.text,
          sentenceStart: sentence.start,
          sentenceEnd: sentence.end,
          numberStart,
          numberEnd,
        },
        sanctionRef: null,
      };
      figures.push(figure);
      if (item) previous = { item, tokens, figure };
    }
  });
  return dropHeadlineRepeats(figures, sentences, article.title);
}

/** Headlines name their source in a prefix or a suffix: "Seoul: about 4,700 killed", "... to Russia, NIS says", "...: NIS". */
function headlineAttribution(headline: string): Actor | null {
  const m = /^([\p{Lu}][\p{L}.'’ -]{1,40}):\s/u.exec(headline) ?? /(?:[,:—–]|\s-)\s*([\p{Lu}][\p{L}.'’ -]{1,40}?)(?:\s+(?:says|said|claims|reports|estimates))?\s*$/u.exec(headline);
  if (!m) return null;
  const name = m[1]!.trim();
  if (name.split(/\s+/).length > 5) return null;
  const tokens = tokenize(name);
  const country = countriesIn(tokens)[0]?.code ?? null;
  const known = lexicon.actors.matchAt(tokens, 0);
  if (known) return { kind: known.value.kind, name: known.value.name, country: known.value.country, role: known.value.role };
  if (!country && !/\p{Lu}{2,}/u.test(name)) return null;
  return { kind: country && countriesIn(tokens)[0]!.end === tokens.length ? "state" : "organisation", name, country, role: null };
}

/** The category a cue in tokens [from, to) points at ("sanctions on", "designated"), if any. */
function cueBefore(tokens: readonly Token[], from: number, to: number): Category | null {
  for (let i = from; i < to; i++) {
    const cue = lexicon.cues.matchAt(tokens, i);
    if (cue) return cue.value;
  }
  return null;
}

/** "2,000 of the soldiers sent to fight ... have lost their lives": a loss stated later in the clause, before any other amount. */
function lossLater(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if ((t.kind === "punct" && /^[,;.]$/.test(t.norm)) || t.kind === "num" || /^\d/.test(t.norm)) return false;
    if (lossAt(tokens, i) !== null && (/^(?:died|lost)$/.test(t.norm) || /^(?:were|been|have|had)$/.test(tokens[i - 1]?.norm ?? ""))) return true;
  }
  return false;
}

const UN_SECURITY_COUNCIL = (actorsData.actors as Actor[]).find((a) => a.name === "UN Security Council")!;

/** The body that set a cap, when the sentence names the Security Council, the UN or a resolution. */
function capAuthority(tokens: readonly Token[]): Actor | null {
  const named = tokens.some(
    (t, i) =>
      lexicon.actors.matchAt(tokens, i)?.value.name === UN_SECURITY_COUNCIL.name ||
      /^(?:un|u\.n\.|unsc|resolution|resolutions)$/.test(t.norm) ||
      (t.norm === "united" && tokens[i + 1]?.norm === "nations") ||
      (t.text === "Council" && tokens[i - 1]?.norm === "the"),
  );
  return named ? { kind: UN_SECURITY_COUNCIL.kind, name: UN_SECURITY_COUNCIL.name, country: UN_SECURITY_COUNCIL.country, role: UN_SECURITY_COUNCIL.role } : null;
}

function comparedBefore(tokens: readonly Token[], start: number): boolean {
  const before = tokens.slice(Math.max(0, start - 4), start).map((t) => t.norm).join(" ");
  return /(?:^|\s)(?:up from|down from|compared with|compared to|versus|vs\.?|against|from|than|previously|earlier|in addition to|on top of|besides|plus|including)$/.test(before);
}

function anaphoricBefore(tokens: readonly Token[], start: number): boolean {
  for (let j = start - 1; j >= 0 && j >= start - 6; j--) {
    const t = tokens[j]!;
    if (ANAPHORIC_HEADS.has(t.lemma) && /^(?:this|that|the)$/.test(tokens[j - 1]?.norm ?? "")) return true;
    if (t.kind === "punct") return false;
  }
  return false;
}

/** The time expression closest to the amount, unless another amount stands between them and claims it. */
function nearestPeriod(periods: ReturnType<typeof periodsIn>, tokens: readonly Token[], n: NumberMatch, sentenceStart: number, numbers: readonly NumberMatch[]): Period | null {
  const at = tokens[n.start]!.start - sentenceStart;
  const others = numbers.filter((m) => m !== n && m.value !== null).map((m) => tokens[m.start]!.start - sentenceStart);
  let best: (typeof periods)[number] | null = null;
  let bestDistance = Infinity;
  for (const p of periods) {
    if (others.some((o) => (o > at && o < p.at) || (o < at && o > p.at + p.length))) continue;
    const d = p.at > at ? p.at - at : at - (p.at + p.length);
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
