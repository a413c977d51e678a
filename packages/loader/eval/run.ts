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
import { score, scoreLine, type GoldArticle } from "./score.js";
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

async function extract(dir: string): Promise<{ figures: Figure[]; texts: Map<string, string> }> {
  const figures: Figure[] = [];
  const texts = new Map<string, string>();
  for await (const e of loadCorpus(dir)) {
    if (e.kind === "warning") continue;
    figures.push(...e.figures);
    texts.set(e.article.id.split("/").pop()!, e.article.text);
  }
  return { figures, texts };
}

function sharedScore(goldPath: string, figures: Figure[], articles: string): string {
  const tmp = mkdtempSync(join(tmpdir(), "armsledger-eval-"));
  try {
    const csv = join(tmp, "figures.csv");
    writeFileSync(csv, stringify(figures.map(figureRow), { header: true, columns: [...FIGURE_COLUMNS], bom: true }));
    return execFileSync("node", [join(shared, "eval/score.mjs"), "--gold", goldPath, "--figures", csv, "--articles", articles], { encoding: "utf8" }).trim().split("\n").pop()!;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const heldOut = join(root, "packages/loader/test/held-out");
const blind = join(root, "packages/loader/test/blind");
const final = join(root, "packages/loader/test/final");

export function heldOutGold(): GoldArticle[] {
  return JSON.parse(readFileSync(join(heldOut, "gold.json"), "utf8")) as GoldArticle[];
}

export function finalGold(): GoldArticle[] {
  return JSON.parse(readFileSync(join(final, "gold.json"), "utf8")) as GoldArticle[];
}

export function blindGold(): GoldArticle[] {
  return JSON.parse(readFileSync(join(blind, "gold.json"), "utf8")) as GoldArticle[];
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
  console.log(`dev set (own scorer):    ${scoreLine(score(gold, dev.figures, dev.texts))}`);
  if (existsSync(join(shared, "eval/score.mjs"))) {
    const tmp = mkdtempSync(join(tmpdir(), "armsledger-gold-"));
    writeFileSync(join(tmp, "gold.json"), JSON.stringify(gold));
    console.log(`dev set (shared scorer): ${sharedScore(join(tmp, "gold.json"), dev.figures, join(devSet, "articles"))}`);
    rmSync(tmp, { recursive: true, force: true });
  }
  // Written by a helper who never saw the extractor; used to measure, not to tune.
  const held = await extract(join(heldOut, "articles"));
  console.log(`held-out (own scorer):   ${scoreLine(score(heldOutGold(), held.figures, held.texts))}`);
  if (existsSync(join(shared, "eval/score.mjs"))) console.log(`held-out (shared scorer): ${sharedScore(join(heldOut, "gold.json"), held.figures, join(heldOut, "articles"))}`);
  const unseen = await extract(join(blind, "articles"));
  console.log(`blind (own scorer):      ${scoreLine(score(blindGold(), unseen.figures, unseen.texts))}`);
  if (existsSync(join(shared, "eval/score.mjs"))) console.log(`blind (shared scorer):   ${sharedScore(join(blind, "gold.json"), unseen.figures, join(blind, "articles"))}`);
  const last = await extract(join(final, "articles"));
  console.log(`final (own scorer):      ${scoreLine(score(finalGold(), last.figures, last.texts))}`);
  if (existsSync(join(shared, "eval/score.mjs"))) console.log(`final (shared scorer):   ${sharedScore(join(final, "gold.json"), last.figures, join(final, "articles"))}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
