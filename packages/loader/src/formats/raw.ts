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

/** Lines saved pages carry around an article that are never part of it. */
export const FURNITURE =
  /^(?:trending(?: now)?|most read|most popular|read more|related(?: articles| stories)?|recommended|advertisement|ad|share(?: this(?: article)?)?|share on \w+|tweet|subscribe.*|sign up.*|follow us.*|newsletter.*|(?:foto|photo|image|picture|credit|file photo)\s*[:|].*|icon-[\w-]+(?:\s+icon-[\w-]+)*|edited by:?.*|written by.*|copyright.*|©.*|all rights reserved.*|\S+@\S+\.\w+|.*\bcookies?\b.*accept.*|war in ukraine: follow the latest.*|source:\s.*|.*\b(?:subscription|subscribe|free trial|per month|for (?:one|two|three|four|\d+) weeks|support us|donate|donation)\b.*)$/i;

/** Spans of the lines of `text` (from `offset`) that match `FURNITURE`. */
export function furnitureSpans(text: string, offset = 0, from = 0): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let pos = 0;
  for (const line of text.split("\n")) {
    if (pos >= from && FURNITURE.test(line.trim())) spans.push({ start: offset + pos, end: offset + pos + line.length });
    pos += line.length + 1;
  }
  return spans;
}
