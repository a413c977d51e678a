import type { ArticleFormat, DatePrecision } from "@armsledger/model";

/** What a format reader gives back: the article's text and what it could tell about it. */
export interface RawArticle {
  format: ArticleFormat;
  title: string;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  published: string | null;
  publishedPrecision: DatePrecision | null;
  text: string;
  /** Spans of `text` that are metadata or page furniture, not prose to extract from. */
  skip: { start: number; end: number }[];
}

// Lines saved pages carry around an article that are never part of it: those that are furniture as a whole ...
const WHOLE_LINES = [
  String.raw`trending(?: now)?`, String.raw`most read`, String.raw`most popular`, String.raw`read more`, String.raw`related(?: articles| stories)?`,
  String.raw`recommended`, String.raw`advertisement`, String.raw`ad`, String.raw`share(?: this(?: article)?)?`, String.raw`share on \w+`, String.raw`tweet`,
  String.raw`subscribe.*`, String.raw`sign up.*`, String.raw`follow us.*`, String.raw`newsletter.*`, String.raw`(?:foto|photo|image|picture|credit|file photo)\s*[:|].*`,
  String.raw`icon-[\w-]+(?:\s+icon-[\w-]+)*`, String.raw`edited by:?.*`, String.raw`written by.*`, String.raw`copyright.*`, String.raw`©.*`, String.raw`all rights reserved.*`,
  String.raw`\S+@\S+\.\w+`, String.raw`war in ukraine: follow the latest.*`, String.raw`source:\s.*`,
];
// ... and those with these words anywhere in them.
const ANYWHERE = [
  String.raw`\bcookies?\b.*accept`,
  String.raw`\b(?:subscription|subscribe|free trial|per month|for (?:one|two|three|four|\d+) weeks|support us|donate|donation)\b`,
];

/** Lines saved pages carry around an article that are never part of it. */
export const FURNITURE = new RegExp(`^(?:${[...WHOLE_LINES, ...ANYWHERE.map((a) => `.*${a}.*`)].join("|")})$`, "i");

// FURNITURE's test, cheaper: a whole line that is `.*X.*` is a line with no line break that has X anywhere in
// it, which one search finds; the engine tried each `.*X` at every length of the line.
const FURNITURE_LINE = new RegExp(`^(?:${WHOLE_LINES.join("|")})$`, "i");
const FURNITURE_WORDS = new RegExp(ANYWHERE.join("|"), "i");
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** Whether `line` matches FURNITURE. */
export function isFurniture(line: string): boolean {
  return FURNITURE_LINE.test(line) || (FURNITURE_WORDS.test(line) && !LINE_BREAK.test(line));
}

/** Spans of the lines of `text` (from `offset`) that are furniture. */
export function furnitureSpans(text: string, offset = 0, from = 0): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let pos = 0;
  for (const line of text.split("\n")) {
    if (pos >= from && isFurniture(line.trim())) spans.push({ start: offset + pos, end: offset + pos + line.length });
    pos += line.length + 1;
  }
  return spans;
}
