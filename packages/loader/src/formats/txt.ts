import { isDateLine } from "../dateline.js";
import { furnitureSpans, type RawArticle } from "./raw.js";

const SOURCE_LINE = /^source:\s*(.+?),\s*(\d{4}-\d{2}-\d{2})?,?\s*(https?:\/\/\S+)\s*$/i;
const BYLINE = /^(?:by|written by)\s+(.+)$/i;

/** A plain-text article: headline on the first line, a date line and byline near the top, an optional closing "Source:" line. */
export function readTxt(text: string): RawArticle {
  const lines = text.split("\n");
  const starts: number[] = [];
  let pos = 0;
  for (const l of lines) {
    starts.push(pos);
    pos += l.length + 1;
  }
  const titleIndex = lines.findIndex((l) => l.trim() !== "");
  const title = titleIndex >= 0 ? lines[titleIndex]!.trim() : "";
  const skip = furnitureSpans(text);
  let published: RawArticle["published"] = null;
  let precision: RawArticle["publishedPrecision"] = null;
  let byline: string | null = null;
  let outlet: string | null = null;
  let url: string | null = null;
  // The date line sits within the first few lines after the headline.
  for (let i = titleIndex + 1, seen = 0; i < lines.length && seen < 8; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    seen++;
    const date: ReturnType<typeof isDateLine> = published ? null : isDateLine(line);
    if (date) {
      published = date.date;
      precision = date.precision;
      skip.push({ start: starts[i]!, end: starts[i]! + lines[i]!.length });
      const by = /\bby\s+([\p{Lu}][\p{L}'. -]+?)(?=\s*[|,–—-]|$)/u.exec(line);
      if (by && !byline) byline = by[1]!.trim();
      continue;
    }
    const by = BYLINE.exec(line);
    if (by && line.length < 80 && !byline) {
      const [name, org] = by[1]!.split(/\s*[|,]\s*/);
      byline = name!.trim();
      if (org) outlet = org.trim();
      skip.push({ start: starts[i]!, end: starts[i]! + lines[i]!.length });
    }
  }
  for (let i = lines.length - 1; i > titleIndex && i >= lines.length - 6; i--) {
    const m = SOURCE_LINE.exec(lines[i]!.trim());
    if (m) {
      outlet = m[1]!.trim();
      url = m[3]!;
      if (!published && m[2]) {
        published = m[2];
        precision = "day";
      }
      skip.push({ start: starts[i]!, end: starts[i]! + lines[i]!.length });
      break;
    }
  }
  return { format: "txt", title, outlet, byline, url, published, publishedPrecision: precision, text, skip };
}
