/**
 * Page furniture that Readability keeps on short pages: consent banners, share bars, lists of other
 * stories. `CLUTTER` says it as a selector; `clutterIn` finds the same elements, in the same order,
 * by one walk over the page: linkedom compiles a selector anew on every query, and this one, run on
 * every page, cost more than all the rest of the page's queries. Each test below follows css-select's
 * rule for its part of the selector (a test in clutter.test.ts holds the two to the same answers).
 */
export const CLUTTER =
  '[class*="cookie" i], [id*="cookie" i], [class*="consent" i], [id*="consent" i], [class*="share" i], [class*="social" i], [class*="newsletter" i], [class*="promo" i], [class*="related" i], [class*="most-read" i], [class*="mostread" i], [class*="most-popular" i], [class*="trending" i], [class*="advert" i], [id*="advert" i], [class*="subscribe" i], [aria-label*="share" i], nav, aside, footer, header:not(article header), form, button, [role="navigation"], [role="complementary"], [role="contentinfo"]';

// `[name*="value" i]`: css-select tests a case-insensitive expression of the value against the attribute.
const CLASS_WORDS = /cookie|consent|share|social|newsletter|promo|related|most-read|mostread|most-popular|trending|advert|subscribe/i;
const ID_WORDS = /cookie|consent|advert/i;
const LABEL_WORDS = /share/i;
const TAGS = new Set(["nav", "aside", "footer", "form", "button"]);
// `[role="..."]`: an exact, case-sensitive match (role is not among HTML's case-insensitive attributes).
const ROLES = new Set(["navigation", "complementary", "contentinfo"]);

/** The linkedom element surface the walk uses. */
export interface ClutterElement {
  localName: string;
  parentNode: ClutterElement | null;
  nodeType: number;
  firstElementChild: ClutterElement | null;
  nextElementSibling: ClutterElement | null;
  getAttribute(name: string): string | null;
  getAttributeNode(name: string): { value: string } | null;
}

/** The elements under `root` that `root.querySelectorAll(CLUTTER)` gives, in document order. */
export function clutterIn(root: { firstElementChild: ClutterElement | null }): ClutterElement[] {
  const found: ClutterElement[] = [];
  const walk = (parent: { firstElementChild: ClutterElement | null }) => {
    // Sibling by sibling: linkedom builds a fresh list on every read of children.
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (isClutter(el)) found.push(el);
      // As linkedom's queries do, a template's content is not searched.
      if (el.localName !== "template") walk(el);
    }
  };
  walk(root);
  return found;
}

function isClutter(el: ClutterElement): boolean {
  // css-select reads names through linkedom, lower-cased in an HTML document.
  const name = el.localName.toLowerCase();
  if (TAGS.has(name)) return true;
  if (name === "header" && !hasArticleAncestor(el)) return true;
  // linkedom's adapter reads class through its attribute node.
  const cls = el.getAttributeNode("class")?.value ?? null;
  if (cls != null && CLASS_WORDS.test(cls)) return true;
  const id = el.getAttribute("id");
  if (id != null && ID_WORDS.test(id)) return true;
  const label = el.getAttribute("aria-label");
  if (label != null && LABEL_WORDS.test(label)) return true;
  const role = el.getAttribute("role");
  return role != null && ROLES.has(role);
}

/** `article header`: an element ancestor named article (the walk stops at the document). */
function hasArticleAncestor(el: ClutterElement): boolean {
  for (let p = el.parentNode; p && p.nodeType === 1; p = p.parentNode) if (p.localName.toLowerCase() === "article") return true;
  return false;
}
