/**
 * The elements the HTML reader looks up on a page once its clutter is gone, found by one walk instead
 * of a linkedom query each (linkedom compiles every selector anew, on every page). Each field is what
 * the query named beside it returns; the tests follow css-select's rules and page-parts.test.ts holds
 * them to the queries' answers.
 */
export interface PartElement {
  localName: string;
  firstElementChild: PartElement | null;
  nextElementSibling: PartElement | null;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getAttributeNode(name: string): { value: string } | null;
  hasAttribute(name: string): boolean;
}

export interface PageParts {
  /** querySelectorAll("meta, link") */
  heads: PartElement[];
  /** querySelector("article h1, h1"): every match of the first part matches the second. */
  h1: PartElement | null;
  /** querySelector("title") */
  title: PartElement | null;
  /** querySelector("article time[datetime], time[datetime]") */
  time: PartElement | null;
  /** querySelector('[rel="author"], .byline, .author') */
  byline: PartElement | null;
  /** querySelectorAll("article") */
  articles: PartElement[];
}

// A class selector is a whole word of the class attribute, case-sensitive (css-select's "element" rule).
const BYLINE_CLASS = /(?:^|\s)byline(?:$|\s)/;
const AUTHOR_CLASS = /(?:^|\s)author(?:$|\s)/;

export function pageParts(root: { firstElementChild: PartElement | null }): PageParts {
  const parts: PageParts = { heads: [], h1: null, title: null, time: null, byline: null, articles: [] };
  const walk = (parent: { firstElementChild: PartElement | null }) => {
    // Sibling by sibling: linkedom builds a fresh list on every read of children.
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      // css-select reads names through linkedom, lower-cased in an HTML document.
      const name = el.localName.toLowerCase();
      if (name === "meta" || name === "link") parts.heads.push(el);
      else if (name === "h1") parts.h1 ??= el;
      else if (name === "title") parts.title ??= el;
      else if (name === "article") parts.articles.push(el);
      if (name === "time" && parts.time === null && el.hasAttribute("datetime")) parts.time = el;
      if (parts.byline === null && isByline(el)) parts.byline = el;
      // As linkedom's queries do, a template's content is not searched.
      if (el.localName !== "template") walk(el);
    }
  };
  walk(root);
  return parts;
}

function isByline(el: PartElement): boolean {
  // rel is one of HTML's case-insensitive attributes: css-select compares it lower-cased.
  const rel = el.getAttribute("rel");
  if (rel != null && rel.length === 6 && rel.toLowerCase() === "author") return true;
  // linkedom's adapter reads class through its attribute node.
  const cls = el.getAttributeNode("class")?.value ?? null;
  return cls != null && (BYLINE_CLASS.test(cls) || AUTHOR_CLASS.test(cls));
}
