import type { Article, Figure } from "@armsledger/model";
import { FIGURE_COLUMNS, figureRow, formatWarning, loadCorpus } from "@armsledger/loader";
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
  onWarning?: (message: string) => void;
  onProgress?: (done: number, file: string) => void;
}

/** Reads the corpus into a ledger: the only step that touches article files. */
export async function loadLedger(opts: BuildOptions): Promise<Ledger> {
  const articles: Article[] = [];
  const figures: Figure[] = [];
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
    opts.onProgress?.(done, entry.article.sourceFile);
  }
  // The build speaks for the newest article it read unless told otherwise: never the clock.
  const newest = articles.map((a) => a.published).filter((d): d is string => d !== null).sort().pop();
  return { buildDate: opts.buildDate ?? newest ?? "undated", articles, figures, claims: [], series: [], sanctions: [], warnings };
}

/** Every output file of a build, as path → content: a pure function of the ledger. */
export function renderOutputs(ledger: Ledger, notebooks: readonly ((l: Ledger) => Notebook)[] = NOTEBOOKS): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  files.set("data/figures.csv", toCsv(FIGURE_COLUMNS, ledger.figures.map(figureRow)));
  files.set("data/figures.json", JSON.stringify(ledger.figures, null, 2) + "\n");
  const built = notebooks.map((nb) => nb(ledger));
  for (const nb of built) for (const [path, content] of renderNotebook(nb, ledger.buildDate)) files.set(path, content);
  files.set("index.html", indexPage(ledger, built));
  return files;
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
</ul></section>
${warnings}`;
  return page("armsledger", body, { asOf: ledger.buildDate, depth: 0 });
}
