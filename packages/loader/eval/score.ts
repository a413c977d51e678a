import type { Figure } from "@armsledger/model";
import { lexicon } from "../src/lexicon.js";
import { tokenize } from "../src/tokens.js";

/** One article's gold annotation, in the format of the shared seeds gold file. */
export interface GoldArticle {
  id: string;
  published: string | null;
  figures: {
    value: number | null;
    high: number | null;
    qualifier: string;
    item: string;
    category: string;
    from: string | null;
    to: string | null;
    claimant: string | null;
    key: boolean;
    evidence: string;
    other_mentions?: string[];
  }[];
  not_figures?: string[];
}

export interface Score {
  articles: number;
  rows: number;
  keyRecall: number;
  recall: number;
  precision: number;
  direction: number;
  qualifier: number;
  claimant: number;
  published: number;
  inventedDates: number;
  evidence: number;
}

// Categories a reader would accept for one another (a missile is a missile whatever its range).
const FAMILY: Record<string, string> = {
  "ballistic-missiles": "missile",
  "missiles-other": "missile",
  "artillery-shells": "ammunition",
  rockets: "ammunition",
  "sanction-cap": "oil",
  oil: "oil",
  troops: "people",
  casualties: "casualties",
};
const family = (c: string) => FAMILY[c] ?? c;

/**
 * Whether a found figure counts what a gold one counts: the same family of category, or, where
 * either side files it under "other", the same words ("North Korean workers" whether filed
 * under troops or other), as a reader comparing the two would.
 */
function sameThing(g: { category: string; item: string }, f: Figure): boolean {
  if (family(f.category) === family(g.category) || g.category === "other") return true;
  if (f.category !== "other") return false;
  const found = words(f.item);
  for (const w of words(g.item)) if (found.has(w)) return true;
  return false;
}
const STOP = new Set(["the", "of", "and", "a", "an", "s", "said", "officials", "official", "according", "to"]);
const words = (s: string) => new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2 && !STOP.has(w)));

function countriesOf(s: string): Set<string> {
  const found = new Set<string>();
  const tokens = tokenize(s);
  for (let i = 0; i < tokens.length; i++) {
    const c = lexicon.countries.matchAt(tokens, i) ?? null;
    if (c) found.add(c.value.code);
    const a = lexicon.actors.matchAt(tokens, i);
    if (a?.value.country) found.add(a.value.country);
  }
  return found;
}

/** A claimant matches when it shares a distinctive word with the gold one, or names the same country. */
function sameClaimant(gold: string, found: string | null): boolean {
  if (!found) return false;
  const g = words(gold);
  for (const w of words(found)) if (g.has(w)) return true;
  const gc = countriesOf(gold);
  for (const c of countriesOf(found)) if (gc.has(c)) return true;
  return false;
}

const norm = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();
const ratio = (a: number, b: number) => (b ? a / b : 1);

/** What the loader read of one article, whether or not it held a figure: its text (for the evidence check) and its date. */
export interface ReadArticle {
  text: string;
  published: string | null;
}

/** Scores extracted figures against gold annotations; `articles` maps article ids to what the loader read of them. */
export function score(gold: readonly GoldArticle[], figures: readonly Figure[], articles: ReadonlyMap<string, ReadArticle>): Score {
  const t = { key: 0, keyHit: 0, all: 0, allHit: 0, rows: 0, rowsHit: 0, dir: 0, dirOk: 0, qual: 0, qualOk: 0, cla: 0, claOk: 0, pub: 0, pubOk: 0, invented: 0, ev: 0, evOk: 0 };
  for (const a of gold) {
    const mine = figures.filter((f) => f.sourceFile.replace(/\.[^.]+$/, "").split("/").pop() === a.id);
    t.rows += mine.length;
    const used = new Set<number>();
    for (const g of [...a.figures].sort((x, y) => Number(y.key) - Number(x.key))) {
      if (g.value !== null) {
        t.all++;
        if (g.key) t.key++;
      }
      const hit = mine.findIndex((f, k) => !used.has(k) && sameThing(g, f) && f.quantity.value === g.value && (g.high === null || f.quantity.high === g.high));
      if (hit < 0) continue;
      used.add(hit);
      if (g.value === null) continue;
      t.allHit++;
      if (!g.key) continue;
      t.keyHit++;
      const f = mine[hit]!;
      if (g.from || g.to) {
        t.dir++;
        if ((f.flow?.supplier ?? null) === g.from && (f.flow?.recipient ?? null) === g.to) t.dirOk++;
      }
      t.qual++;
      const q = f.quantity.qualifier;
      if (q === g.qualifier || (q === "about" && g.qualifier === "nearly") || (q === "nearly" && g.qualifier === "about") || (g.category === "sanction-cap" && (q === "exact" || q === "up-to"))) t.qualOk++;
      if (g.claimant) {
        t.cla++;
        if (sameClaimant(g.claimant, f.claimant?.name ?? null)) t.claOk++;
      }
    }
    // Repeats of a figure (a headline, a restatement) are fair rows, though not required.
    for (const g of a.figures) {
      if (g.value === null) continue;
      for (let n = 0; n < (g.other_mentions ?? []).length; n++) {
        const k = mine.findIndex((f, j) => !used.has(j) && f.quantity.value === g.value && sameThing(g, f));
        if (k < 0) break;
        used.add(k);
      }
    }
    t.rowsHit += used.size;
    // The date is the article's, read whether or not it holds a figure.
    const read = articles.get(a.id);
    const published = read ? read.published : (mine[0]?.published ?? null);
    if (a.published) {
      t.pub++;
      if (published === a.published) t.pubOk++;
    } else if (published !== null) t.invented++;
    const text = read?.text;
    if (text !== undefined) {
      const n = norm(text);
      for (const f of mine) {
        t.ev++;
        if (n.includes(norm(f.evidence.sentence))) t.evOk++;
      }
    }
  }
  return {
    articles: gold.length,
    rows: t.rows,
    keyRecall: ratio(t.keyHit, t.key),
    recall: ratio(t.allHit, t.all),
    precision: ratio(t.rowsHit, t.rows),
    direction: ratio(t.dirOk, t.dir),
    qualifier: ratio(t.qualOk, t.qual),
    claimant: ratio(t.claOk, t.cla),
    published: ratio(t.pubOk, t.pub),
    inventedDates: t.invented,
    evidence: ratio(t.evOk, t.ev),
  };
}

export function scoreLine(s: Score): string {
  const f = (x: number) => x.toFixed(2);
  return `key_recall=${f(s.keyRecall)} recall=${f(s.recall)} precision=${f(s.precision)} direction=${f(s.direction)} qualifier=${f(s.qualifier)} claimant=${f(s.claimant)} published=${f(s.published)} invented_dates=${s.inventedDates} evidence=${f(s.evidence)} rows=${s.rows} articles=${s.articles}`;
}
