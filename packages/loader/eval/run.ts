// `npm run eval`: the seed score from the shared scorer (when ../shared is there) and the
// project's own development set, scored by the shared scorer if present and by our own.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Figure } from "@armsledger/model";
import { loadCorpus } from "../src/corpus.js";
import { FIGURE_COLUMNS, figureRow } from "../src/figure-row.js";
import { score, scoreLine, type GoldArticle, type ReadArticle } from "./score.js";
import { stringify } from "csv-stringify/sync";

// The repository root is the nearest folder up with turbo.json, whether this runs from source or from dist.
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "turbo.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
const root = findRoot();
const shared = resolve(root, "../shared");
const devSet = join(root, "packages/loader/test/dev-set");

/** Every figure under `dir`, and what the loader read of each article (its text and date), for scoring. */
export async function extract(dir: string): Promise<{ figures: Figure[]; articles: Map<string, ReadArticle> }> {
  const figures: Figure[] = [];
  const articles = new Map<string, ReadArticle>();
  for await (const e of loadCorpus(dir)) {
    if (e.kind === "warning") continue;
    figures.push(...e.figures);
    articles.set(e.article.id.split("/").pop()!, { text: e.article.text, published: e.article.published });
  }
  return { figures, articles };
}

/** The shared scorer's closing line for `figures` against the gold file (needs ../shared). */
export function sharedScore(goldPath: string, figures: Figure[], articles: string): string {
  const tmp = mkdtempSync(join(tmpdir(), "armsledger-eval-"));
  try {
    const csv = join(tmp, "figures.csv");
    writeFileSync(csv, stringify(figures.map(figureRow), { header: true, columns: [...FIGURE_COLUMNS], bom: true }));
    return execFileSync("node", [join(shared, "eval/score.mjs"), "--gold", goldPath, "--figures", csv, "--articles", articles], { encoding: "utf8" }).trim().split("\n").pop()!;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Sets written by helpers who never saw the extractor, in the order they were written; used to measure, not to tune. */
export const UNSEEN_SETS = ["held-out", "blind", "final", "fresh-a", "fresh-b", "fresh-c", "fresh-d", "fresh-e", "fresh-f", "fresh-g", "fresh-h", "fresh-i", "fresh-j", "fresh-k"] as const;
export type UnseenSet = (typeof UNSEEN_SETS)[number];
const unseenDir = (set: UnseenSet) => join(root, "packages/loader/test", set);

export function unseenGold(set: UnseenSet): GoldArticle[] {
  return JSON.parse(readFileSync(join(unseenDir(set), "gold.json"), "utf8")) as GoldArticle[];
}

export function devGold(): GoldArticle[] {
  const dir = join(devSet, "gold");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as GoldArticle[]);
}

async function main(): Promise<void> {
  if (existsSync(join(shared, "eval/score.mjs"))) {
    const seeds = await extract(join(shared, "seeds"));
    console.log(`seeds (shared scorer):   ${sharedScore(join(shared, "gold/seeds.json"), seeds.figures, join(shared, "seeds"))}`);
  } else console.log("seeds: ../shared is not here; skipped");
  const gold = devGold();
  const dev = await extract(join(devSet, "articles"));
  console.log(`dev set (own scorer):    ${scoreLine(score(gold, dev.figures, dev.articles))}`);
  if (existsSync(join(shared, "eval/score.mjs"))) {
    const tmp = mkdtempSync(join(tmpdir(), "armsledger-gold-"));
    writeFileSync(join(tmp, "gold.json"), JSON.stringify(gold));
    console.log(`dev set (shared scorer): ${sharedScore(join(tmp, "gold.json"), dev.figures, join(devSet, "articles"))}`);
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const set of UNSEEN_SETS) {
    const found = await extract(join(unseenDir(set), "articles"));
    console.log(`${`${set} (own scorer):`.padEnd(25)}${scoreLine(score(unseenGold(set), found.figures, found.articles))}`);
    if (existsSync(join(shared, "eval/score.mjs"))) console.log(`${`${set} (shared scorer):`.padEnd(25)}${sharedScore(join(unseenDir(set), "gold.json"), found.figures, join(unseenDir(set), "articles"))}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
