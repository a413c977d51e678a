import type { Category, Unit } from "@armsledger/model";
import type { Token } from "./tokens.js";
import { lexicon, type Head } from "./lexicon.js";

export interface Item {
  /** Token span of the item as written. */
  start: number;
  end: number;
  category: Category;
  unit: Unit | null;
  /** The head came before the number ("casualties reached 3,000"). */
  before: boolean;
}

// Words that end a noun phrase: prepositions that start an adjunct, verbs, conjunctions.
const BOUNDARY = new Set([
  "to", "from", "in", "into", "since", "by", "at", "on", "during", "through", "over", "across", "toward", "towards", "via", "under",
  "that", "which", "who", "whom", "whose", "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "may", "might",
  "be", "been", "being", "and", "or", "but", "as", "than", "while", "when", "where", "after", "before", "per", "each", "a", "an",
  "according", "said", "says", "including", "if", "because", "with", "without", "for", "against", "between", "among", "amid",
]);
const SKIPPABLE = new Set(["of", "these", "those", "the", "its", "their", "such", "his", "her", "our", "them"]);
const CONTINUE_OF = new Set(["of"]);
const CONTINUE_PARTICIPLE = new Set(["filled", "loaded", "packed", "carrying", "containing", "laden", "stuffed", "worth"]);
// Prepositions that open a phrase after a head noun: "casualties among the North's forces".
const POSTMODIFIER = new Set(["among", "of", "in", "on", "from", "for", "inside"]);
// Verbs that link an amount to what it is: "4,000 have become casualties", "1,000 will be sappers".
const COPULA = new Set(["will", "would", "are", "were", "is", "was", "have", "has", "had", "became", "become", "remain", "remained"]);
const COPULA_CONTINUES = new Set(["be", "been", "become", "now", "already", "reportedly", "also", "all", "mostly"]);
// Number words that may stand in a partitive's whole: "two out of the five missiles".
const SMALL_NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand)$/;
const NOT_HEAD_AFTER_NUMBER = new Set(["year", "month", "week", "day", "hour", "minute", "time", "percent", "per", "cent", "km", "kilometre", "mile", "generation", "decade", "century"]);

/** The words of a sentence, computed once, for heads that count only in context ("individuals" in a sanctions sentence). */
export interface SentenceWords {
  readonly lemmas: ReadonlySet<string>;
  readonly text: string;
}

/** The sentence's words, worked out only if a head that depends on them turns up. */
export function sentenceWords(tokens: readonly Token[]): SentenceWords {
  let lemmas: Set<string> | null = null;
  let text: string | null = null;
  return {
    get lemmas() {
      if (!lemmas) {
        lemmas = new Set();
        for (const t of tokens) lemmas.add(t.lemma).add(t.norm);
      }
      return lemmas;
    },
    get text() {
      return (text ??= tokens.map((t) => t.norm).join(" "));
    },
  };
}

function headAt(tokens: readonly Token[], i: number, words: SentenceWords): { head: Head; end: number } | null {
  const m = lexicon.heads.matchAt(tokens, i);
  if (!m) return null;
  // "munitions plants": the counted word modifies the noun after it.
  if (tokens[m.end] && lexicon.notHeadBefore.has(tokens[m.end]!.lemma)) return null;
  const context = lexicon.contextual.get(m.value.category);
  if (context && ![...context].some((w) => (w.includes(" ") ? words.text.includes(w) : words.lemmas.has(w)))) return null;
  return { head: m.value, end: m.end };
}

/** What the amount ending at numEnd counts: the noun phrase after it, else a head noun before it. */
export function itemOf(tokens: readonly Token[], numEnd: number, vague: boolean, words: SentenceWords): Item | null {
  const first = tokens[numEnd];
  // "sailed to North Korea 32 times": after a verb of travel, times are trips.
  if (first?.lemma === "time" && !vague && travelledBefore(tokens, numEnd)) return { start: numEnd, end: numEnd + 1, category: "trips", unit: null, before: false };
  if (first && NOT_HEAD_AFTER_NUMBER.has(first.lemma)) return null;
  // "21 of the 50 missiles", "nine of the entities": a part counts what the whole counts.
  // ("two out of the five missiles" likewise.)
  const of = first?.norm === "out" && tokens[numEnd + 1]?.norm === "of" ? numEnd + 1 : numEnd;
  // ("18 of 20 attack drones": the whole may be a number of its own.)
  const wholeNumber = tokens[of + 1]?.kind === "num";
  if (!vague && tokens[of]?.norm === "of" && (wholeNumber || /^(?:the|these|those|its|their)$/.test(tokens[of + 1]?.norm ?? ""))) {
    let k = wholeNumber ? of + 1 : of + 2;
    while (k < tokens.length && (tokens[k]!.kind === "num" || /^\d/.test(tokens[k]!.norm) || SMALL_NUMBER_WORD.test(tokens[k]!.norm))) k++;
    const whole = itemOf(tokens, k, false, words);
    if (whole) return { ...whole, start: k };
  }
  // Forward: up to six modifiers ("North Korean", "short-range", "152 mm") before the head.
  let weak: { found: { head: Head; end: number }; j: number } | null = null;
  for (let j = numEnd, seen = 0; j < tokens.length && seen < 7; j++, seen++) {
    const t = tokens[j]!;
    // A closing quotation mark right after a quoted amount ('"at least 1 million" artillery shells') does not end the phrase.
    // A name in quotation marks may stand inside the phrase: 'nearly 50 M-1978 "Koksan" self-propelled howitzers'.
    if (t.kind === "punct" && t.norm !== "-" && t.norm !== "'" && !/^["“”]$/.test(t.text)) break;
    const found = headAt(tokens, j, words);
    // "hundreds of North Korean factories producing ammunition": a participle after the head starts a clause of its own.
    if (weak && !found && j > weak.found.end - 1 && /ing$/.test(t.norm) && t.kind === "word") break;
    // "2,700 others have been injured": "others" stands for the people counted.
    const filler = j === numEnd + 1 && /^(?:others|more|additional|of)$/.test(tokens[numEnd]!.norm);
    if (!found && (j === numEnd || filler) && /^(?:were|was|are|have|had)$/.test(t.norm)) {
      // "2,700 were injured": the participle names what the amount counts.
      let at = j + 1;
      while (/^(?:been|already|reportedly|also|now)$/.test(tokens[at]?.norm ?? "")) at++;
      const loss = lexicon.heads.matchAt(tokens, at);
      if (loss?.value.category === "casualties") return { start: at, end: loss.end, category: "casualties", unit: null, before: false };
    }
    // "Five thousand of them will be military builders": skip the partitive, then read the predicate.
    const afterPartitive = j === numEnd + 2 && tokens[numEnd]?.norm === "of" && /^(?:them|these|those)$/.test(tokens[numEnd + 1]!.norm);
    if (!found && (j === numEnd || afterPartitive) && COPULA.has(t.norm)) {
      // "1,000 will be sappers", "3,000 were conscripts", "4,000 have become battle casualties": the predicate names what is counted.
      let at = j + 1;
      while (COPULA_CONTINUES.has(tokens[at]?.norm ?? "")) at++;
      // The head may follow a modifier or two: "battle casualties", "military construction workers".
      for (let m = at; m < at + 3 && tokens[m]?.kind === "word" && !BOUNDARY.has(tokens[m]!.norm); m++) {
        const predicate = headAt(tokens, m, words);
        if (predicate && predicate.head.category !== "other") return { start: at, end: extendItem(tokens, predicate.end), category: predicate.head.category, unit: predicate.head.unit ?? null, before: false };
        if (predicate) break;
      }
    }
    // "military construction and demining personnel": coordinated modifiers of one head.
    // A word of loss after "and" starts a new clause ("killing three people and injuring 64"), not a shared head.
    const coordinated =
      t.norm === "and" && j > numEnd && !weak && [1, 2, 3].some((d) => headAt(tokens, j + d, words) && lossAt(tokens, j + d) === null && !tokens.slice(j + 1, j + d).some((u) => u.kind !== "word"));
    if (!found && BOUNDARY.has(t.norm) && !coordinated && !(t.norm === "of" || (t.norm === "a" && j === numEnd))) break;
    // A weak head ("North Koreans") gives way to a stronger one further on ("North Korean troops").
    if (found && found.head.category === "other" && !weak) {
      weak = { found, j };
      continue;
    }
    const chosen = found ?? (weak && (BOUNDARY.has(t.norm) || t.kind === "punct") ? weak.found : null);
    if (chosen && !found && weak) j = weak.j;
    if (chosen) {
      const found = chosen;
      let { head, end } = found;
      // A longer head may follow: "rocket launchers" after "rocket", "ballistic missiles" after "ballistic".
      const longer = headAt(tokens, end, words);
      if (longer && (tokens[end]?.kind === "word")) ({ head, end } = longer);
      let category = head.category;
      let unit = head.unit ?? null;
      // The measure right after the number ("540,000 tons of crude oil") outranks the head's usual one (barrels for oil).
      const unitWord = lexicon.units.matchAt(tokens, j) ?? (j > numEnd ? lexicon.units.matchAt(tokens, numEnd) : null);
      if (unitWord) unit = unitWord.value;
      // "soldiers killed", "troops wounded or captured": people counted as losses.
      if (category === "troops" || category === "other") {
        const loss = lossAfter(tokens, end);
        if (loss !== null) {
          category = "casualties";
          end = loss;
        }
      }
      end = extendItem(tokens, end);
      // "barrels of oil", "tonnes of rice": the complement names the category.
      if (head.takesOf || unitWord) {
        for (let k = found.end; k < end; k++) {
          const inner = headAt(tokens, k, words);
          if (inner && inner.head.category !== "other" && inner.head.category !== category) {
            category = inner.head.category;
            break;
          }
        }
      }
      // A closing quotation mark after a quoted amount is not part of what it counts.
      const start = tokens[numEnd]?.kind === "punct" ? numEnd + 1 : numEnd;
      return { start, end, category, unit, before: false };
    }
    if (vague && seen > 4) break;
    // A number may sit inside the phrase only as a calibre ("152 mm") or as the total of a partitive ("of the council's 15 members").
    if (t.kind === "num" && !(tokens[j + 1] && /^(?:mm|-)$/.test(tokens[j + 1]!.norm)) && !tokens[j - 1]?.possessive) break;
    if (SKIPPABLE.has(t.norm) && j > numEnd + 2) break;
  }
  if (weak) {
    // "300 North Koreans had been killed": people of a nation counted as losses.
    const loss = lossAfter(tokens, weak.found.end);
    return { start: numEnd, end: extendItem(tokens, loss ?? weak.found.end), category: loss !== null ? "casualties" : "other", unit: null, before: false };
  }
  // Units with no countable head: "1 million barrels", "500,000 tonnes", "$20 billion".
  const unitOnly = lexicon.units.matchAt(tokens, numEnd);
  if (unitOnly) {
    const category: Category = unitOnly.value === "barrels" ? "oil" : ["USD", "EUR", "KRW", "RUB", "GBP"].includes(unitOnly.value) ? "money" : "other";
    return { start: numEnd, end: extendItem(tokens, unitOnly.end), category, unit: unitOnly.value, before: false };
  }
  return null;
}

// Words that link a head noun to the amount after it; made once, not on every call.
const LINK = new Set([
  "reached", "reach", "reaching", "totalled", "totaled", "total", "totals", "totaling", "totalling", "numbering", "numbered", "number", "numbers",
  "at", "to", "of", "stood", "stands", "stand", "is", "was", "were", "are", "be", "been", "rose", "risen", "climbed", "increased", "grew",
  "estimated", "put", "has", "have", "had", "now", "some", "already", "exceeded", "exceed", "topped", "surpassed", "passed", "hit", "amounted",
  "amount", "amounts", "likely", "probably", "over", "about", "around", "than", "more", "less", "nearly", "almost", "roughly",
  "climb", "climbs", "climbed", "rise", "rises", "jump", "jumps", "jumped", "grow", "grows", "top", "tops", "near", "nears", "exceeds",
  "hits", "reaches", "now", "stand", "some", "approximately", "upward", "upwards", "least",
  "exceeding", "topping", "surpassing", "reaching", "nearing", "approaching", "totaling", "numbering", "approaches", "approached", "approach", "neared",
]);

/** The head noun a prepositional phrase ending at a head at `s` hangs from: "casualties" in "casualties among the North's forces". */
function headBeforePhrase(tokens: readonly Token[], s: number, words: SentenceWords): { start: number; category: Category; unit: Unit | null } | null {
  let p = s - 1;
  while (p > 0 && s - p < 4 && tokens[p]!.kind === "word" && !POSTMODIFIER.has(tokens[p]!.norm)) p--;
  if (p <= 0 || !POSTMODIFIER.has(tokens[p]!.norm) || tokens[p]!.norm === "of") return null;
  for (let len = 3; len >= 1; len--) {
    const at = p - len;
    if (at < 0) continue;
    const found = headAt(tokens, at, words);
    if (found && found.end === p && found.head.category !== "other") return { start: at, category: found.head.category, unit: found.head.unit ?? null };
  }
  return null;
}

/** Whether a verb of travel (categories lexicon: tripVerbs) stands in the clause shortly before `end`. */
function travelledBefore(tokens: readonly Token[], end: number): boolean {
  for (let j = end - 1; j >= 0 && j >= end - 10; j--) {
    const t = tokens[j]!;
    if (t.kind === "punct" && t.norm !== "-") return false;
    if (lexicon.tripVerbs.has(t.norm)) return true;
  }
  return false;
}

/** The head noun before an amount that has none after it: "casualties have reached 3,000". */
export function itemBefore(tokens: readonly Token[], numEnd: number, qualifierStart: number, words: SentenceWords): Item | null {
  // Only an amount with no noun of its own looks back: "reached 3,000." but not "two months' worth".
  const after = tokens[numEnd];
  if (after && after.kind === "word" && !BOUNDARY.has(after.norm)) return null;
  // "put the number of North Korean troops dispatched ... at around 13,000".
  if (tokens[qualifierStart - 1]?.norm === "at" || tokens[qualifierStart - 1]?.norm === "to") {
    // A relative clause set off by commas may stand between ("the number of troops ..., part of which had been seized, at 12,000").
    for (let j = qualifierStart - 2; j >= 1 && j >= qualifierStart - 32; j--) {
      if (tokens[j]!.kind === "punct" && tokens[j]!.norm !== ",") break;
      if (/^(?:number|total|count|tally|toll|figure)$/.test(tokens[j]!.norm) && tokens[j + 1]?.norm === "of") {
        let weakHead = null as Item | null;
        for (let k = j + 2; k < qualifierStart - 1 && k < j + 8; k++) {
          const found = headAt(tokens, k, words);
          if (!found) continue;
          const loss = lossAt(tokens, found.end);
          const item = { start: k, end: loss ?? found.end, category: loss !== null && found.head.category === "troops" ? ("casualties" as const) : found.head.category, unit: found.head.unit ?? null, before: true };
          if (found.head.category !== "other") return item;
          // "North Korean labourers": a later weak head is the fuller name of the same people.
          const earlier: Item | null = weakHead;
          weakHead = earlier ? { start: earlier.start, end: item.end, category: earlier.category, unit: earlier.unit, before: true } : item;
          k = found.end - 1;
        }
        if (weakHead) return weakHead;
      }
    }
  }
  // A qualifier that is itself a verb links: "casualties exceeded 3,000".
  let linked = qualifierStart < numEnd && LINK.has(tokens[qualifierStart]!.norm);
  let skippedPhrase = false;
  for (let j = qualifierStart - 1, seen = 0; j >= 0 && seen < 14; j--, seen++) {
    const t = tokens[j]!;
    // "North Korean troops, numbering between 10,000 and 12,000": a participle set off by a comma still links.
    if (t.norm === "," && /^(?:numbering|totaling|totalling|estimated)$/.test(tokens[j + 1]?.norm ?? "")) continue;
    if (t.kind === "punct" && t.norm !== "'") return null;
    if (LINK.has(t.norm)) {
      linked = true;
      continue;
    }
    if (!linked) return null;
    let matched = false;
    for (let len = 3; len >= 1; len--) {
      const s = j - len + 1;
      if (s < 0) continue;
      const found = headAt(tokens, s, words);
      if (found && found.end === j + 1) {
        // A head that already has its own number ("3,000 troops ... 1,000") is not this number's.
        const prev = tokens[s - 1];
        if (prev?.kind === "num") return null;
        // "casualties among the North's forces exceeded 3,000": the head of the phrase comes before its preposition.
        const outer = headBeforePhrase(tokens, s, words);
        if (outer) return { start: outer.start, end: j + 1, category: outer.category, unit: outer.unit, before: true };
        return { start: s, end: j + 1, category: found.head.category, unit: found.head.unit ?? null, before: true };
      }
      if (found) matched = true;
    }
    // "casualties among the North's forces exceeded 3,000": one prepositional phrase may stand between the head and the link.
    if (!matched && !skippedPhrase) {
      let p = j;
      while (p > 0 && j - p < 5 && !POSTMODIFIER.has(tokens[p]!.norm) && tokens[p]!.kind !== "punct" && tokens[p]!.kind !== "num") p--;
      if (POSTMODIFIER.has(tokens[p]!.norm)) {
        skippedPhrase = true;
        j = p;
        continue;
      }
    }
    // The first word that is neither a link nor a head ends the search: "shells equated to two" has no link from "shells".
    if (!matched) return null;
  }
  return null;
}

/** "six of them", with nothing counted before: the nearest thing counted earlier in the sentence ("North Korean missiles"). */
export function itemReferredTo(tokens: readonly Token[], before: number, words: SentenceWords): Item | null {
  for (let j = before - 1; j >= 0; j--) {
    const found = headAt(tokens, j, words);
    if (!found || found.head.category === "other" || found.end > before) continue;
    // The head's modifiers come with it: "North Korean missiles".
    let start = j;
    while (start > 0 && tokens[start - 1]!.kind === "word" && (lexicon.countries.matchAt(tokens, start - 1) !== null || /^\p{Lu}/u.test(tokens[start - 1]!.text) || /-/.test(tokens[start - 1]!.norm))) start--;
    return { start, end: found.end, category: found.head.category, unit: found.head.unit ?? null, before: true };
  }
  return null;
}

/** The end of a word of loss at token `i` ("killed", "wounded or captured", "lost their lives"), from the casualties lexicon; null if none. */
/** Where a loss said of the people just counted ends: "killed", "were reportedly wounded", "are believed to have been killed". */
function lossAfter(tokens: readonly Token[], end: number): number | null {
  let passive = end;
  // Quotation marks may wrap the loss: 'had been "killed or wounded"'; "have become casualties" states it.
  while (passive < end + 8 && /^(?:were|was|are|is|have|has|had|being|been|be|to|believed|thought|said|reported|estimated|feared|presumed|likely|already|reportedly|also|now|since|went|gone|go|going|become|became|["“”'‘’])$/.test(tokens[passive]?.norm ?? "")) passive++;
  return lossAt(tokens, passive) ?? lossAt(tokens, end);
}

export function lossAt(tokens: readonly Token[], i: number): number | null {
  const loss = lexicon.heads.matchAt(tokens, i);
  return loss?.value.category === "casualties" ? loss.end : null;
}

function extendItem(tokens: readonly Token[], end: number): number {
  let k = end;
  for (;;) {
    const t = tokens[k];
    if (!t) return k;
    if (CONTINUE_OF.has(t.norm) || (CONTINUE_PARTICIPLE.has(t.norm) && (tokens[k + 1]?.norm === "with" || t.norm !== "filled"))) {
      let m = t.norm === "of" ? k + 1 : tokens[k + 1]?.norm === "with" || tokens[k + 1]?.norm === "of" ? k + 2 : k + 1;
      const phraseStart = m;
      while (m < tokens.length && m - phraseStart < 8) {
        const w = tokens[m]!;
        if (w.kind === "punct" && w.norm !== "-" && w.norm !== "'") break;
        if (BOUNDARY.has(w.norm) && w.norm !== "and" && w.norm !== "a") break;
        if (lexicon.supply.matchAt(tokens, m) || lexicon.receive.matchAt(tokens, m) || lexicon.depart.matchAt(tokens, m)) break;
        if (w.norm === "and" && !(tokens[m + 1]?.kind === "word" && !BOUNDARY.has(tokens[m + 1]!.norm) && lexicon.countries.matchAt(tokens, m + 1) === null)) break;
        m++;
      }
      if (m === phraseStart) return k;
      k = m;
      continue;
    }
    return k;
  }
}
