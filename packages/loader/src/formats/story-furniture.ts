/**
 * What a story marked with <article> carries besides its prose: figures and their captions, times, bylines,
 * photo credits. `STORY_FURNITURE` says it as a selector; `storyFurnitureIn` finds the same elements, in the
 * same order, by one walk (linkedom compiles a selector anew on every query, on every page). Each test
 * follows css-select's rule for its part of the selector, as in clutter.ts (story-furniture.test.ts holds
 * the two to the same answers).
 */
export const STORY_FURNITURE = "figure, figcaption, time, .byline, [class*='caption' i], [class*='credit' i]";

const TAGS = new Set(["figure", "figcaption", "time"]);
// A class selector is a whole word of the class attribute, case-sensitive (as in page-parts.ts).
const BYLINE_CLASS = /(?:^|\s)byline(?:$|\s)/;
// `[class*="value" i]`: a case-insensitive expression of the value tested against the attribute.
const CLASS_WORDS = /caption|credit/i;

/** The linkedom element surface the walk uses. */
export interface StoryElement {
  localName: string;
  firstElementChild: StoryElement | null;
  nextElementSibling: StoryElement | null;
  getAttributeNode(name: string): { value: string } | null;
}

/** The elements under `root` that `root.querySelectorAll(STORY_FURNITURE)` gives, in document order. */
export function storyFurnitureIn(root: { firstElementChild: StoryElement | null }): StoryElement[] {
  const found: StoryElement[] = [];
  walk(root, found);
  return found;
}

function walk(parent: { firstElementChild: StoryElement | null }, found: StoryElement[]): void {
  // Sibling by sibling: linkedom builds a fresh list on every read of children.
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
    if (isStoryFurniture(el)) found.push(el);
    // As linkedom's queries do, a template's content is not searched.
    if (el.localName !== "template") walk(el, found);
  }
}

function isStoryFurniture(el: StoryElement): boolean {
  // css-select reads names through linkedom, lower-cased in an HTML document.
  if (TAGS.has(el.localName.toLowerCase())) return true;
  // linkedom's adapter reads class through its attribute node.
  const cls = el.getAttributeNode("class")?.value ?? null;
  return cls != null && (BYLINE_CLASS.test(cls) || CLASS_WORDS.test(cls));
}
