import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Figure } from "@armsledger/model";
import { score } from "../eval/score.js";
import { devGold, extract, sharedScore, UNSEEN_SETS, unseenGold } from "../eval/run.js";

const shared = resolve(import.meta.dirname, "../../../../shared");
const hasShared = existsSync(join(shared, "eval/score.mjs"));

/** The shared scorer's closing line as numbers. */
function sharedScores(gold: string, figures: Figure[], articles: string): Record<string, number> {
  const line = sharedScore(gold, figures, articles);
  return Object.fromEntries(line.split(" ").map((kv) => kv.split("=")).map(([k, v]) => [k!, Number(v)]));
}

describe("extraction quality", () => {
  it.skipIf(!hasShared)("meets the bar on the shared seed articles", async () => {
    const seeds = await extract(join(shared, "seeds"));
    const s = sharedScores(join(shared, "gold/seeds.json"), seeds.figures, join(shared, "seeds"));
    expect(s).toMatchObject({ key_recall: 1, direction: 1, qualifier: 1, published: 1, evidence: 1, invented_dates: 0 });
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.claimant).toBeGreaterThanOrEqual(0.9);
  });

  // A floor under the project's own development set, so a change that helps the seeds but hurts unseen wording shows.
  it("holds its level on the project's development set", async () => {
    const dev = await extract(resolve(import.meta.dirname, "dev-set/articles"));
    const s = score(devGold(), dev.figures, dev.articles);
    expect(s.articles).toBeGreaterThanOrEqual(20);
    expect(s.keyRecall).toBeGreaterThanOrEqual(0.7);
    expect(s.precision).toBeGreaterThanOrEqual(0.8);
    expect(s.direction).toBeGreaterThanOrEqual(0.9);
    expect(s.qualifier).toBeGreaterThanOrEqual(0.9);
    expect(s.published).toBe(1);
    expect(s.inventedDates).toBe(0);
    expect(s.evidence).toBe(1);
  });

  it.each(UNSEEN_SETS.map((set) => ({ set })))("holds a floor on the $set set, written without sight of the extractor", async ({ set }) => {
    const held = await extract(resolve(import.meta.dirname, `${set}/articles`));
    const s = score(unseenGold(set), held.figures, held.articles);
    expect(s.keyRecall).toBeGreaterThanOrEqual(0.7);
    expect(s.precision).toBeGreaterThanOrEqual(0.8);
    expect(s.published).toBe(1);
    expect(s.inventedDates).toBe(0);
    expect(s.evidence).toBe(1);
  });

  it("keeps every gold evidence phrase verbatim in its development article", () => {
    const texts = new Map<string, string>();
    for (const g of devGold()) {
      const file = ["txt", "md", "html"].map((e) => resolve(import.meta.dirname, `dev-set/articles/${g.id}.${e}`)).find(existsSync);
      expect(file, g.id).toBeDefined();
      texts.set(g.id, readFileSync(file!, "utf8").replace(/<[^>]+>/g, "").replace(/&mdash;/g, "—").replace(/&amp;/g, "&").replace(/\s+/g, " "));
    }
    for (const g of devGold()) for (const f of g.figures) expect(texts.get(g.id)!.toLowerCase(), `${g.id}: ${f.evidence}`).toContain(f.evidence.replace(/\s+/g, " ").toLowerCase());
  });
});
