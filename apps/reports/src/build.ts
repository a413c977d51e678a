import { analyse, type Article, type Figure, type LocatedCorrection, type MeasureMention, type SanctionMeasure } from "@armsledger/model";
import { FIGURE_COLUMNS, figureRow, formatWarning, loadCorpus } from "@armsledger/loader";
import { loadSanctions } from "./reference.js";
import { loadCorrections } from "./corrections-file.js";
import {
  appliedCorrectionRow,
  capComparisonRow,
  claimRow,
  measureMentionRow,
  sanctionRows,
  seriesRows,
  CAP_COMPARISON_COLUMNS,
  CLAIM_COLUMNS,
  MEASURE_MENTION_COLUMNS,
  CORRECTION_APPLIED_COLUMNS,
  SANCTION_COLUMNS,
  SERIES_COLUMNS,
} from "./data-exports.js";
import type { Ledger } from "./ledger.js";
import type { Notebook } from "./notebook.js";
import { toCsv } from "./render/csv.js";
import { chartDocument, renderPlot } from "./render/svg.js";
import { renderPng } from "./render/png.js";
import { csvColumns, escapeHtml, notebookPage, page } from "./render/html.js";
import { NOTEBOOKS } from "./notebooks/index.js";

export interface BuildOptions {
  articlesDir: string;
  buildDate: string | null;
  /** Folder holding sanctions.json (the path as given; messages name it so); null for no reference. */
  referenceDir?: string | null;
  /** Corrections CSV (the path as given; messages name it so); null for none. */
  correctionsFile?: string | null;
  onWarning?: (message: string) => void;
  onProgress?: (done: number, file: string) => void;
}

/**
 * Reads the reference, the corrections and the corpus into a ledger: the only step that
 * touches input files. The reference and corrections are read first, and any error in them
 * (or in applying a correction) throws before the caller writes anything.
 */
export async function loadLedger(opts: BuildOptions): Promise<Ledger> {
  const sanctions: SanctionMeasure[] = opts.referenceDir ? await loadSanctions(opts.referenceDir) : [];
  const corrections: LocatedCorrection[] = opts.correctionsFile ? await loadCorrections(opts.correctionsFile) : [];
  const articles: Article[] = [];
  const figures: Figure[] = [];
  const mentions: MeasureMention[] = [];
  const warnings: string[] = [];
  let done = 0;
  for await (const entry of loadCorpus(opts.articlesDir)) {
    done++;
    if (entry.kind === "warning") {
      const message = formatWarning(entry.warning);
      warnings.push(message);
      opts.onWarning?.(message);
      opts.onProgress?.(done, entry.warning.file);
      continue;
    }
    articles.push(entry.article);
    figures.push(...entry.figures);
    mentions.push(...entry.mentions);
    opts.onProgress?.(done, entry.article.sourceFile);
  }
  // The build speaks for the newest article it read unless told otherwise: never the clock.
  const newest = articles.map((a) => a.published).filter((d): d is string => d !== null).sort().pop();
  const analysis = analyse({ figures, articles, measures: sanctions, corrections });
  return {
    buildDate: opts.buildDate ?? newest ?? "undated",
    articles,
    figures: analysis.figures,
    claims: analysis.claims,
    series: analysis.series,
    mentions,
    sanctions,
    capComparisons: analysis.capComparisons,
    corrections: analysis.corrections,
    warnings,
  };
}

/** Every output file of a build, as path → content: a pure function of the ledger. */
export function renderOutputs(ledger: Ledger, notebooks: readonly ((l: Ledger) => Notebook)[] = NOTEBOOKS): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  files.set("data/figures.csv", toCsv(FIGURE_COLUMNS, ledger.figures.map(figureRow)));
  files.set("data/figures.json", json(ledger.figures));
  files.set("data/claims.csv", toCsv(CLAIM_COLUMNS, ledger.claims.map(claimRow)));
  files.set("data/claims.json", json(ledger.claims));
  files.set("data/series.csv", toCsv(SERIES_COLUMNS, seriesRows(ledger.series, ledger.claims)));
  files.set("data/series.json", json(ledger.series));
  files.set("data/sanctions.csv", toCsv(SANCTION_COLUMNS, sanctionRows(ledger.sanctions, ledger.figures, ledger.mentions)));
  files.set("data/sanctions.json", json(ledger.sanctions));
  files.set("data/measure-mentions.csv", toCsv(MEASURE_MENTION_COLUMNS, ledger.mentions.map((m) => measureMentionRow(m, ledger.sanctions))));
  files.set("data/measure-mentions.json", json(ledger.mentions));
  files.set("data/cap-comparisons.csv", toCsv(CAP_COMPARISON_COLUMNS, ledger.capComparisons.map(capComparisonRow)));
  files.set("data/cap-comparisons.json", json(ledger.capComparisons));
  files.set("data/corrections-applied.csv", toCsv(CORRECTION_APPLIED_COLUMNS, ledger.corrections.map(appliedCorrectionRow)));
  files.set("data/corrections-applied.json", json(ledger.corrections));
  const built = notebooks.map((nb) => nb(ledger));
  for (const nb of built) for (const [path, content] of renderNotebook(nb, ledger.buildDate)) files.set(path, content);
  files.set("index.html", indexPage(ledger, built));
  return files;
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

/**
 * One notebook's files under its slug: each chart as a standalone SVG and a PNG drawn from
 * it, each table as CSV, and the page with the charts inline.
 */
export function renderNotebook(nb: Notebook, asOf: string): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  const plots = new Map<string, string>();
  const claim = (name: string, ext: string) => {
    const path = `${nb.slug}/${name}.${ext}`;
    if (files.has(path)) throw new Error(`notebook ${nb.slug}: two cells are both named '${name}'`);
    return path;
  };
  for (const cell of nb.cells) {
    if (cell.kind === "chart") {
      const plot = renderPlot(cell.name, cell.spec);
      const svg = chartDocument(cell, plot);
      plots.set(cell.name, plot);
      files.set(claim(cell.name, "svg"), svg);
      files.set(claim(cell.name, "png"), renderPng(svg));
    } else if (cell.kind === "table") {
      files.set(claim(cell.name, "csv"), toCsv(csvColumns(cell), cell.rows));
    }
  }
  files.set(`${nb.slug}/index.html`, notebookPage(nb, plots, asOf));
  return files;
}

function indexPage(ledger: Ledger, notebooks: readonly Notebook[]): string {
  const list = notebooks.map((nb) => `<li><a href="${nb.slug}/index.html">${escapeHtml(nb.title)}</a> — ${escapeHtml(nb.summary)}</li>`).join("\n");
  const warnings = ledger.warnings.length
    ? `<section class="cell warnings"><h2>Files that could not be read</h2><ul>${ledger.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join("")}</ul></section>`
    : "";
  const body = `<header class="page"><h1>armsledger</h1><p>Figures on North Korea–Russia arms transfers and sanctions, each traced to the sentence and the source that stated it. As of ${escapeHtml(ledger.buildDate)}: ${ledger.articles.length} articles, ${ledger.figures.length} figures.</p></header>
<section class="cell"><h2>Reports</h2><ul>
${list}
</ul></section>
<section class="cell"><h2>Data</h2><ul>
<li><a href="data/figures.csv">figures.csv</a> — one row per figure mention (<a href="data/figures.json">JSON</a>)</li>
<li><a href="data/claims.csv">claims.csv</a> — one row per claim: figures that state the same thing, with citation counts and conflict flags (<a href="data/claims.json">JSON</a>)</li>
<li><a href="data/series.csv">series.csv</a> — one row per point of each series of estimates (<a href="data/series.json">JSON</a>)</li>
<li><a href="data/sanctions.csv">sanctions.csv</a> — the sanctions reference, one row per cap (<a href="data/sanctions.json">JSON</a>)</li>
<li><a href="data/measure-mentions.csv">measure-mentions.csv</a> — every sanctions measure an article names by number, with the sentence (<a href="data/measure-mentions.json">JSON</a>)</li>
<li><a href="data/cap-comparisons.csv">cap-comparisons.csv</a> — reported deliveries against the cap in force (<a href="data/cap-comparisons.json">JSON</a>)</li>
<li><a href="data/corrections-applied.csv">corrections-applied.csv</a> — the analyst corrections this build applied (<a href="data/corrections-applied.json">JSON</a>)</li>
</ul></section>
${warnings}`;
  return page("armsledger", body, { asOf: ledger.buildDate, depth: 0 });
}
