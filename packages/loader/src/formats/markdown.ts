import { parseDocument } from "yaml";
import { isDateLine, parseDate } from "../dateline.js";
import { furnitureSpans, type RawArticle } from "./raw.js";
import { FormatError } from "./error.js";
import { flatFrontMatter, looseFrontMatter } from "./front-matter.js";


const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** A Markdown article with optional YAML front matter (title, outlet, url, published, byline); the front matter wins over the text. */
export function readMarkdown(source: string): RawArticle {
  const fm = FRONT_MATTER.exec(source);
  let meta: Record<string, unknown> = {};
  let bodyStart = 0;
  const flat = fm ? flatFrontMatter(fm[1]!) : null;
  if (flat) {
    meta = flat;
    bodyStart = fm![0].length;
  } else if (fm) {
    const doc = parseDocument(fm[1]!, { prettyErrors: false });
    const loose = doc.errors.length ? looseFrontMatter(fm[1]!) : null;
    if (loose) {
      meta = loose;
    } else if (doc.errors.length) {
      const e = doc.errors[0]!;
      const line = (e.linePos?.[0]?.line ?? 1) + 1; // +1 for the opening ---
      throw new FormatError(`invalid YAML front matter: ${e.message.split("\n")[0]}`, line);
    } else {
      const value = doc.toJS();
      if (value !== null && (typeof value !== "object" || Array.isArray(value))) throw new FormatError("front matter must be a mapping of fields", 2);
      meta = (value ?? {}) as Record<string, unknown>;
    }
    bodyStart = fm[0].length;
  }
  // The body, verbatim: evidence offsets index into it and it reads the same in the file.
  const text = source.slice(bodyStart);
  const str = (k: string) => (typeof meta[k] === "string" && (meta[k] as string).trim() ? (meta[k] as string).trim() : meta[k] instanceof Date ? (meta[k] as Date).toISOString().slice(0, 10) : null);
  const heading = /^#\s+(.+)$/m.exec(text);
  const title = str("title") ?? heading?.[1]!.trim() ?? text.trim().split("\n")[0] ?? "";
  let published: string | null = null;
  let precision: RawArticle["publishedPrecision"] = null;
  const given = str("published") ?? str("date");
  if (given) {
    const d = parseDate(given);
    if (!d) throw new FormatError(`front matter 'published' is not a date: ${given}`, lineOf(fm?.[1] ?? "", /^(?:published|date):/m) + 1);
    published = d.date;
    precision = d.precision;
  } else {
    for (const line of text.split("\n").slice(0, 10)) {
      const d = isDateLine(line.replace(/^[#*_>\s]+|[*_]+$/g, ""));
      if (d) {
        published = d.date;
        precision = d.precision;
        break;
      }
    }
  }
  return {
    format: "md",
    title,
    outlet: str("outlet") ?? str("source") ?? str("site"),
    byline: str("byline") ?? str("author"),
    url: str("url") ?? str("link"),
    published,
    publishedPrecision: precision,
    text,
    skip: furnitureSpans(text),
  };
}

function lineOf(text: string, re: RegExp): number {
  const m = re.exec(text);
  return m ? text.slice(0, m.index).split("\n").length : 0;
}
