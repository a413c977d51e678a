import { flatCopy } from "./flat.js";

/** A sentence of an article: its span in Article.text and its paragraph number. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly paragraph: number;
}

// Words that end with a period without ending the sentence.
const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "rep", "sen", "gov", "pres", "prof", "st", "jr", "sr",
    "no", "nos", "vol", "art", "para", "corp", "inc", "ltd", "co", "vs", "etc", "approx", "est", "fig", "dept", "univ",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.n", "u.k", "a.m", "p.m",
  ],
);

/**
 * Cuts `text` into sentences. `skip` lists spans (metadata lines, page furniture) that are
 * not prose. Blank lines and lines that end a thought are hard breaks; a line that stops
 * mid-sentence and resumes in lower case is a soft wrap.
 */
export function splitSentences(text: string, skip: readonly { start: number; end: number }[] = []): Sentence[] {
  const sentences: Sentence[] = [];
  const blocks = paragraphs(text, skip);
  blocks.forEach((block, paragraph) => {
    let start = block.start;
    const push = (end: number) => {
      const raw = text.slice(start, end);
      // A list marker ("- ", "• ", "1. ") opens the line, not the sentence.
      const marker = /^\s*(?:[-*•·▪–—]|\d{1,2}[.)])\s+/.exec(raw);
      const lead = marker ? marker[0].length : raw.length - raw.trimStart().length;
      const trimmed = raw.slice(lead).trim();
      if (trimmed) sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: flatCopy(trimmed), paragraph });
    };
    for (let i = block.start; i < block.end; i++) {
      const c = text[i]!;
      if (c !== "." && c !== "!" && c !== "?") continue;
      // Absorb closing quotes and brackets into the sentence that they close.
      let j = i + 1;
      while (j < block.end && /["'”’)\]]/.test(text[j]!)) j++;
      // "sent by Pyongyang.A defense ministry official": a page that lost the space after a full stop.
      if (c === "." && j === i + 1 && gluedSentence(text, i)) {
        push(j);
        start = j;
        continue;
      }
      if (j < block.end && !/\s/.test(text[j]!)) continue;
      let k = j;
      while (k < block.end && /\s/.test(text[k]!)) k++;
      if (k >= block.end) continue;
      const next = text[k]!;
      if (!/[\p{Lu}\p{N}"“'‘(\[-]/u.test(next)) continue;
      if (c === "." && isAbbreviation(text, i, next)) continue;
      push(j);
      start = k;
      i = k - 1;
    }
    push(block.end);
  });
  return sentences;
}

/** A full stop with no space between a lower-case word and a capitalised one ("Pyongyang.A defense"), not "U.S.A" nor "e.g.The". */
function gluedSentence(text: string, dot: number): boolean {
  if (!/^\p{Lu}(?:\p{Ll}|\s)/u.test(text.slice(dot + 1, dot + 3))) return false;
  let s = dot;
  while (s > 0 && /\p{L}/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  return word.length >= 3 && /\p{Ll}{2}$/u.test(word) && text[s - 1] !== "." && !ABBREVIATIONS.has(word.toLowerCase());
}

function isAbbreviation(text: string, dot: number, next: string): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[s]!)) return true; // an initial: "N. Korea", "John F. Kennedy"
  if (ABBREVIATIONS.has(word)) {
    // "U.S." ends a sentence only when a new sentence plainly starts; keep it joined before a capitalised name.
    return !(word === "u.s" || word === "u.n" || word === "u.k") || /\p{Lu}/u.test(next);
  }
  return false;
}

interface Block {
  start: number;
  end: number;
}

function paragraphs(text: string, skip: readonly { start: number; end: number }[]): Block[] {
  const lines: Block[] = [];
  let pos = 0;
  for (const line of text.split("\n")) {
    const end = pos + line.length;
    const skipped = skip.some((s) => s.start <= pos && end <= s.end);
    if (!skipped && line.trim()) lines.push({ start: pos, end });
    else lines.push({ start: pos, end: pos }); // a break
    pos = end + 1;
  }
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const line of lines) {
    if (line.start === line.end) {
      if (current) blocks.push(current);
      current = null;
      continue;
    }
    if (current && isSoftWrap(text, current.end, line.start)) current = { start: current.start, end: line.end };
    else {
      if (current) blocks.push(current);
      current = { start: line.start, end: line.end };
    }
  }
  if (current) blocks.push(current);
  return blocks;
}

function isSoftWrap(text: string, prevEnd: number, nextStart: number): boolean {
  const before = text.slice(Math.max(0, prevEnd - 1), prevEnd);
  const after = text.slice(nextStart).trimStart()[0] ?? "";
  return /[\p{L}\p{N},;\-–]/u.test(before) && /[\p{Ll}\p{N}]/u.test(after);
}
