import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { isDateLine, parseDate, type PublicationDate } from "../dateline.js";
import { furnitureSpans, type RawArticle } from "./raw.js";
import { FormatError } from "./error.js";
import { clutterIn } from "./clutter.js";
import { pageParts } from "./page-parts.js";
import { storyFurnitureIn } from "./story-furniture.js";
import { makeListenerMapsLazy } from "./listener-maps.js";

makeListenerMapsLazy();

const BLOCK = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
  "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "dl", "dt", "dd", "hr", "br", "address", "form", "fieldset",
]);
const DROP = new Set(["script", "style", "noscript", "template", "svg", "iframe", "button", "form", "nav"]);

// Minimal structural interfaces: linkedom's node types are not exported in a usable form.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

/** Text of a DOM subtree as a reader sees it: blocks on their own lines, inline elements run together. */
function textOf(node: DomNode): string {
  const out: string[] = [];
  const walk = (n: DomNode) => {
    if (n.nodeType === 3) {
      out.push((n.textContent ?? "").replace(/[ \t\r\n\u00a0]+/g, " "));
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const tag = n.nodeName.toLowerCase();
    if (DROP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) out.push("\n\n");
    // Sibling by sibling: linkedom builds a fresh list on every childNodes read.
    for (let kid = n.firstChild; kid; kid = kid.nextSibling) walk(kid);
    if (block) out.push("\n\n");
  };
  walk(node);
  return out
    .join("")
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

interface ParentLike {
  querySelectorAll(selector: string): Iterable<{ remove(): void }>;
}

function removeClutter(doc: unknown): void {
  for (const el of clutterIn(doc as Parameters<typeof clutterIn>[0])) (el as unknown as { remove(): void }).remove();
}

// Readability and DOM walks recurse per level; pages nested thousands deep would overflow the stack.
const MAX_DEPTH = 400;
function flattenDeepNesting(html: string): string {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)(div|section|span|table|tr|td|ul|li|article|main|font|b|i)\b[^>]*>/gi)) {
    depth += m[1] ? -1 : 1;
    if (depth > max) max = depth;
    if (max > MAX_DEPTH) break;
  }
  return max > MAX_DEPTH ? html.replace(/<\/?(?:div|section|span|font|table|tbody|tr|td|ul|li|b|i)\b[^>]*>/gi, "\n") : html;
}

interface ElementLike {
  textContent: string | null;
}

/** A date printed in the page's meta line ("Published: 16 February ,2024: 03:45 PM GST") outside the story. */
function metaLineDate(doc: ParentLike): PublicationDate | null {
  const els = doc.querySelectorAll('[class*="date" i], [class*="time" i], [class*="meta" i], [class*="byline" i], [class*="publish" i], [class*="crumb" i], [id*="date" i]') as Iterable<ElementLike>;
  for (const el of els) {
    const d = isDateLine((el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 200));
    if (d) return d;
  }
  return null;
}

// The <meta> elements that carry a publication date, most specific first; publishing systems' own names after the standard ones.
const DATE_META: readonly [string, string][] = [
  ["property", "article:published_time"],
  ["name", "article:published_time"],
  ["itemprop", "datePublished"],
  ["name", "pubdate"],
  ["name", "date"],
  ["name", "parsely-pub-date"],
  ["name", "publish-date"],
  ["name", "publication_date"],
  ["name", "sailthru.date"],
  ["name", "dc.date"],
  ["name", "DC.date.issued"],
  ["property", "og:article:published_time"],
];

/** A saved news page: metadata from its head, the article body by Readability, page furniture left out. */
export function readHtml(input: string): RawArticle {
  if (!/<(?:body|p|article|div|main)\b/i.test(input)) throw new FormatError("HTML page has no body to read", null);
  // Scripts, styles and inline SVG are most of a saved page's bytes and none of its story: drop them
  // before parsing, keeping JSON-LD, which carries the publication date.
  const jsonLdBlocks = [...input.matchAll(/<script[^>]*type=["']application\/ld\+json["'][^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!);
  const source = flattenDeepNesting(input.replace(/<(script|style|noscript|svg|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi, " "));
  const { document } = parseHTML(source);
  removeClutter(document as unknown as ParentLike);
  // Every metadata lookup is a <meta> or <link> found by one attribute: gather those elements once
  // (document order, after clutter removal) instead of walking the whole page per lookup. Matching
  // follows css-select: exact value, except `rel`, whose value it compares case-insensitively.
  const parts = pageParts(document as unknown as Parameters<typeof pageParts>[0]);
  const heads = parts.heads;
  const meta = (tag: "meta" | "link", name: string, value: string, attr = "content"): string | null => {
    const el = heads.find((e) => {
      if (e.localName.toLowerCase() !== tag) return false;
      const a = e.getAttribute(name);
      return name === "rel" ? a != null && a.length === value.length && a.toLowerCase() === value : a === value;
    });
    const v = el?.getAttribute(attr)?.trim();
    return v ? v : null;
  };
  const jsonLd = (() => {
    for (const block of jsonLdBlocks) {
      try {
        const data = JSON.parse(block);
        const list = Array.isArray(data) ? data : [data, ...(Array.isArray(data?.["@graph"]) ? data["@graph"] : [])];
        const art = list.find((d: Record<string, unknown>) => typeof d?.datePublished === "string");
        if (art) return art as { datePublished?: string; headline?: string; author?: { name?: string } | { name?: string }[]; publisher?: { name?: string } };
      } catch {
        // A broken JSON-LD block is page noise, not an article error.
      }
    }
    return null;
  })();
  const h1 = parts.h1;
  const title = meta("meta", "property", "og:title") ?? h1?.textContent?.trim() ?? jsonLd?.headline ?? parts.title?.textContent?.trim() ?? "";
  const timeEl = parts.time;
  // The first source that holds a date wins; later ones are not read.
  const dateSources: (() => string | null)[] = [
    ...DATE_META.map(([attr, value]) => () => meta("meta", attr, value)),
    () => jsonLd?.datePublished ?? null,
    () => timeEl?.getAttribute("datetime") ?? null,
  ];
  let published: RawArticle["published"] = null;
  let precision: RawArticle["publishedPrecision"] = null;
  for (const source of dateSources) {
    const s = source();
    const d = s ? parseDate(s) : null;
    if (d) {
      published = d.date;
      precision = d.precision;
      break;
    }
  }
  const outlet = meta("meta", "property", "og:site_name") ?? meta("meta", "name", "application-name") ?? jsonLd?.publisher?.name ?? siteInTitle(parts.title?.textContent ?? "", title);
  const url = meta("link", "rel", "canonical", "href") ?? meta("meta", "property", "og:url");
  const byline = meta("meta", "name", "author") ?? parts.byline?.textContent?.trim() ?? null;

  // A page that marks its story with one <article> (most news sites) needs no guessing; Readability,
  // the slow part, is for pages that do not.
  // The walk's elements are linkedom's own: the marked one is queried and edited below.
  const articles = parts.articles as unknown as ReturnType<typeof document.querySelector>[];
  const marked = articles.length === 1 && (articles[0]!.textContent ?? "").trim().length > 200 ? articles[0]! : null;
  let text: string;
  let lineDate: PublicationDate | null = null;
  if (marked) {
    for (const el of storyFurnitureIn(marked as unknown as Parameters<typeof storyFurnitureIn>[0])) (el as unknown as { remove(): void }).remove();
    text = textOf(marked as unknown as DomNode);
    if (!published) lineDate = metaLineDate(document as unknown as ParentLike);
  } else {
    // Readability mutates the document it reads: take what else is needed from the page first, then
    // hand it the page itself rather than a second parse of it.
    if (!published) lineDate = metaLineDate(document as unknown as ParentLike);
    const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
    if (parsed?.content) {
      const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
      text = textOf(content.body as unknown as DomNode);
    } else {
      // Readability found nothing and left the page altered: read the page as it was.
      const { document: page } = parseHTML(source);
      removeClutter(page as unknown as ParentLike);
      const root = page.querySelector("article") ?? page.querySelector("main") ?? page.body;
      if (!root) throw new FormatError("HTML page has no body to read", null);
      text = textOf(root as unknown as DomNode);
    }
  }
  if (title && !text.startsWith(title)) text = `${title}\n\n${text}`;
  if (lineDate) {
    published = lineDate.date;
    precision = lineDate.precision;
  }
  if (!published) {
    for (const line of text.split("\n").slice(0, 12)) {
      const d = isDateLine(line);
      if (d) {
        published = d.date;
        precision = d.precision;
        break;
      }
    }
  }
  return {
    format: "html",
    title,
    outlet,
    byline: byline && byline.length < 120 ? byline.replace(/^by\s+/i, "") : null,
    url,
    published,
    publishedPrecision: precision,
    text,
    skip: furnitureSpans(text),
  };
}

const SECTIONS = /^(?:news|home|world|politics|opinion|analysis|live|latest|video|videos|business|asia|europe|national|international|north korea|russia|ukraine)$/i;

/**
 * The site a page's <title> names after its headline ("Headline - GOV.UK", "Headline | Reuters",
 * "Headline — Open Source Centre"), when the page gives no site name of its own.
 */
function siteInTitle(pageTitle: string, headline: string): string | null {
  const m = /\s[|\-–—·]\s([^|\-–—·]{2,40})$/.exec(pageTitle.trim());
  if (!m) return null;
  const site = m[1]!.trim();
  const words = site.split(/\s+/);
  // A name in title case ("Korea JoongAng Daily", "GOV.UK"), not the tail of a headline nor a section ("News", "World").
  if (words.length > 5 || !words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|for|on|&|de|du|la|le)$/.test(w)) || headline.includes(site)) return null;
  return SECTIONS.test(site) ? null : site;
}
