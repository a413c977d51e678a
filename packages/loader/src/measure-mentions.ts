import type { Article, MeasureMention } from "@armsledger/model";
import { splitSentences, type Sentence } from "./sentences.js";
import measures from "../lexicon/measures.json" with { type: "json" };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const WORDS = [...measures.resolutions.words].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, "\\s+")).join("|");
// One number of a measure, with the year some outlets add in brackets: "2397 (2017)".
const ONE = String.raw`\d{3,4}(?:\s*\(\d{4}\))?`;
const NAMED = new RegExp(String.raw`(?<![\p{L}])(?:${WORDS})\s*(?:nos?\.?\s*)?(${ONE}(?:\s*(?:,|and|&|or)\s*${ONE})*)(?![\d\p{L}])`, "giu");
const QUICK = new RegExp(`(?:${WORDS})`, "i");

/** Every sanctions measure the article names by number, in the order the text names them. */
export function measureMentionsIn(article: Article, skip: readonly { start: number; end: number }[] = [], sentences?: readonly Sentence[]): MeasureMention[] {
  if (!QUICK.test(article.text)) return [];
  const found: MeasureMention[] = [];
  for (const sentence of sentences ?? splitSentences(article.text, skip)) {
    if (!QUICK.test(sentence.text)) continue;
    for (const m of sentence.text.matchAll(NAMED)) {
      const listAt = m.index + m[0].length - m[1]!.length;
      // The numbers of the list, leaving out the bracketed years.
      for (const n of m[1]!.matchAll(/\(\d{4}\)|\d{3,4}/g)) {
        if (n[0].startsWith("(")) continue;
        const start = sentence.start + listAt + n.index;
        found.push({
          articleId: article.id,
          sourceFile: article.sourceFile,
          measureId: `${measures.resolutions.idPrefix}${Number(n[0])}`,
          text: sentence.text.slice(m.index, m.index + m[0].length),
          evidence: {
            sentence: sentence.text,
            sentenceStart: sentence.start,
            sentenceEnd: sentence.end,
            numberStart: start,
            numberEnd: start + n[0].length,
          },
        });
      }
    }
  }
  return found;
}
