#!/usr/bin/env node
// Checks fresh set D: every article has a gold entry, every evidence / other_mentions string
// occurs verbatim in the article text a reader sees (HTML: tags dropped, entities decoded, the
// same way eval/score.mjs does it), gold fields are well formed, and lists number tokens in the
// visible text that are neither covered by a figure's evidence nor listed in not_figures.
//   node check-gold.mjs [--dump]
import { readFileSync, readdirSync } from "node:fs";
import { join, basename, extname, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, "articles");
const gold = JSON.parse(readFileSync(join(here, "gold.json"), "utf8"));

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", rsquo: "\u2019", lsquo: "\u2018", rdquo: "\u201d", ldquo: "\u201c", ndash: "\u2013", mdash: "\u2014", middot: "\u00b7", copy: "\u00a9", eacute: "\u00e9", hellip: "\u2026" };
function htmlText(html) {
  return html
    .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<\/?(a|em|strong|b|i|span|abbr|sup|sub|time)\b[^>]*>/gi, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e) => e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()] ?? m);
}
const collapse = (s) => s.replace(/\s+/g, " ").trim();
const normSpace = (s) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();

const CATS = new Set(["containers", "artillery-shells", "ballistic-missiles", "missiles-other", "launchers", "artillery-systems", "rockets", "drones", "aircraft", "weapons-other", "troops", "casualties", "oil", "food", "money", "vessels", "trips", "designations", "sanction-cap", "votes", "other"]);
const QUALS = new Set(["more-than", "at-least", "nearly", "about", "up-to", "less-than", "exact", "vague"]);
const KEYS = ["value", "high", "qualifier", "item", "category", "from", "to", "claimant", "modality", "period", "key", "evidence"];
const WORDNUM = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|half|third|twice)\b/gi;

let problems = 0;
const bad = (m) => { problems++; console.log("PROBLEM " + m); };
const files = readdirSync(dir).filter((f) => /\.(txt|md|html?)$/i.test(f)).sort();
const ids = new Set(files.map((f) => basename(f, extname(f))));
for (const a of gold) if (!ids.has(a.id)) bad(`gold entry ${a.id} has no article`);
let total = 0, keyTotal = 0;
for (const f of files) {
  const id = basename(f, extname(f));
  const raw = readFileSync(join(dir, f), "utf8");
  if (raw.includes("\uFFFD")) bad(`${f}: replacement character, not clean UTF-8`);
  const text = collapse(/\.html?$/i.test(f) ? htmlText(raw) : raw);
  if (process.argv.includes("--dump")) console.log(`\n===== ${f}\n${text}`);
  const a = gold.find((g) => g.id === id);
  if (!a) { bad(`${f}: no gold entry`); continue; }
  if (!("published" in a) || !Array.isArray(a.figures) || !Array.isArray(a.not_figures)) bad(`${id}: entry lacks published/figures/not_figures`);
  if (a.published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(a.published)) bad(`${id}: published not ISO`);
  const covered = [];
  for (const g of a.figures) {
    total++; if (g.key && g.value !== null) keyTotal++;
    for (const k of KEYS) if (!(k in g)) bad(`${id}: figure lacks ${k}: ${JSON.stringify(g)}`);
    if (!CATS.has(g.category)) bad(`${id}: bad category ${g.category}`);
    if (!QUALS.has(g.qualifier)) bad(`${id}: bad qualifier ${g.qualifier}`);
    if ((g.value === null) !== (g.qualifier === "vague")) bad(`${id}: value null <=> vague broken for ${g.evidence}`);
    for (const c of [g.from, g.to]) if (c !== null && !/^[A-Z]{2}$/.test(c)) bad(`${id}: bad country ${c}`);
    for (const ev of [g.evidence, ...(g.other_mentions || [])]) {
      if (!text.includes(collapse(ev))) bad(`${id}: evidence not verbatim: ${ev}`);
      else if (!normSpace(text).includes(normSpace(ev))) bad(`${id}: evidence fails scorer normalisation: ${ev}`);
      covered.push(ev);
    }
  }
  for (const n of a.not_figures) if (!text.includes(n)) bad(`${id}: not_figure "${n}" not in text`);
  // number tokens not accounted for
  const evText = covered.join(" | ");
  const toks = [...text.matchAll(/\d[\d,.]*\d|\d/g)].map((m) => m[0].replace(/[.,]$/, ""));
  const words = [...text.matchAll(WORDNUM)].map((m) => m[0]);
  const loose = [...new Set([...toks, ...words])].filter((t) => !a.not_figures.includes(t) && !evText.includes(t));
  if (loose.length) console.log(`note ${id}: number tokens neither in evidence nor not_figures: ${loose.join(" ")}`);
  const body = text.split(/\s+/).length;
  console.log(`${id}: ${a.figures.length} figures (${a.figures.filter((g) => g.key).length} key), ${a.not_figures.length} not_figures, ~${body} visible words`);
}
console.log(`\n${files.length} articles, ${gold.length} gold entries, ${total} figures (${keyTotal} key with a value), ${problems} problems`);
process.exit(problems ? 1 : 0);
