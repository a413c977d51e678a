#!/usr/bin/env node
// Sanity checks for fresh set C: every article has a gold entry and vice versa,
// every evidence / other_mentions string occurs verbatim in the visible text
// (HTML: scripts/styles dropped, tags removed, entities decoded, exactly as
// shared/eval/score.mjs does), and every digit string in the visible text is
// either inside some figure's evidence or listed in not_figures.
//   node check.mjs [--tokens]
import { readFileSync, readdirSync } from "node:fs";
import { join, basename, extname, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, "articles");
const gold = JSON.parse(readFileSync(join(here, "gold.json"), "utf8"));
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", rsquo: "\u2019", lsquo: "\u2018", rdquo: "\u201d", ldquo: "\u201c", ndash: "\u2013", mdash: "\u2014", middot: "\u00b7", copy: "\u00a9", eacute: "\u00e9", hellip: "\u2026" };
const htmlText = (html) => html
  .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, " ")
  .replace(/<\/?(a|em|strong|b|i|span|abbr|sup|sub|time)\b[^>]*>/gi, "")
  .replace(/<[^>]+>/g, " ")
  .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e) => e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()] ?? m);
const norm = (s) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();

let problems = 0;
const bad = (m) => { problems++; console.log("PROBLEM", m); };
const files = readdirSync(dir).filter((f) => /\.(txt|md|html?)$/.test(f)).sort();
const ids = new Set(gold.map((g) => g.id));
for (const f of files) if (!ids.has(basename(f, extname(f)))) bad(`${f}: no gold entry`);
const QUALS = new Set(["exact", "about", "nearly", "more-than", "at-least", "up-to", "less-than", "vague"]);
const CATS = new Set(["containers", "artillery-shells", "ballistic-missiles", "missiles-other", "launchers", "artillery-systems", "rockets", "drones", "aircraft", "weapons-other", "troops", "casualties", "oil", "food", "money", "vessels", "trips", "designations", "sanction-cap", "votes", "other"]);
let nFig = 0, nKey = 0;
for (const a of gold) {
  const f = files.find((x) => basename(x, extname(x)) === a.id);
  if (!f) { bad(`${a.id}: gold entry without article`); continue; }
  const raw = readFileSync(join(dir, f), "utf8");
  const vis = /\.html?$/.test(f) ? htmlText(raw) : raw;
  const text = norm(vis);
  const words = vis.trim().split(/\s+/).length;
  const covered = [];
  for (const g of a.figures) {
    nFig++; if (g.key) nKey++;
    if (!QUALS.has(g.qualifier)) bad(`${a.id}: qualifier ${g.qualifier}`);
    if (!CATS.has(g.category)) bad(`${a.id}: category ${g.category}`);
    for (const ev of [g.evidence, ...(g.other_mentions || [])]) {
      if (!text.includes(norm(ev))) bad(`${a.id}: evidence not verbatim: ${ev}`);
      covered.push(norm(ev));
    }
    if (g.value !== null && !/\d/.test(g.evidence) && !/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twice|double|half|second|third|hundred|thousand|million|billion|couple)\b/i.test(g.evidence)) bad(`${a.id}: evidence of ${g.value} has no number word`);
  }
  // digit tokens not covered by evidence must be listed in not_figures
  let rest = text;
  for (const c of covered.sort((x, y) => y.length - x.length)) rest = rest.split(c).join(" ");
  const tokens = [...rest.matchAll(/\d[\d,.]*\d|\d/g)].map((m) => m[0].replace(/[.,]$/, ""));
  const nf = new Set(a.not_figures);
  const missing = [...new Set(tokens)].filter((t) => !nf.has(t));
  if (missing.length) bad(`${a.id}: digit strings neither in evidence nor not_figures: ${JSON.stringify(missing)}`);
  const stale = a.not_figures.filter((t) => !text.includes(t.toLowerCase()));
  if (stale.length) bad(`${a.id}: not_figures not in text: ${JSON.stringify(stale)}`);
  if (process.argv.includes("--tokens")) console.log(a.id, words, "words", JSON.stringify([...new Set(tokens)]));
  else console.log(`${a.id}: ${words} words, ${a.figures.length} figures`);
}
console.log(`${gold.length} gold entries, ${files.length} articles, ${nFig} figures (${nKey} key), ${problems} problems`);
process.exit(problems ? 1 : 0);
