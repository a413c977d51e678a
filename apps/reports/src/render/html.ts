import type { CalloutCell, ChartCell, LegendItem, Notebook, TableCell, TableColumn } from "../notebook.js";
import type { Cell as CsvCell } from "./csv.js";
import { inlineChart, swatch } from "./svg.js";

/** Text made safe for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Only web links are links; anything else ("javascript:", "data:") stays text. */
export function safeUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : null;
}

/** The Markdown subset notebooks use ("## " and "### " headings, paragraphs, lists, bold, emphasis, links), rendered with every piece of text escaped. */
export function markdown(md: string): string {
  const inline = (s: string) =>
    escapeHtml(s)
      .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
      .replace(/\*(.+?)\*/g, "<em>$1</em>")
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, text: string, href: string) => {
        const raw = href.replace(/&amp;/g, "&");
        const ok = safeUrl(raw) ?? (/^(?:\.\.?\/|#)[\w./#-]*$/.test(raw) ? raw : null);
        return ok ? `<a href="${escapeHtml(ok)}">${text}</a>` : text;
      });
  return md
    .trim()
    .split(/\n{2,}/)
    .map((block) => {
      const lines = block.split("\n");
      const heading = /^(#{2,3}) (.+)$/.exec(block);
      if (heading && lines.length === 1) return `<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`;
      if (lines.every((l) => /^- /.test(l))) return `<ul>${lines.map((l) => `<li>${inline(l.slice(2))}</li>`).join("")}</ul>`;
      return `<p>${inline(lines.join(" "))}</p>`;
    })
    .join("\n");
}

const STYLE = `
:root{--ink:#1d1d1f;--muted:#5b5b63;--rule:#d9d9de;--accent:#8a1c1c;--bg:#fff}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:1000px;margin:0 auto;padding:24px 20px 64px}
header.page{border-bottom:2px solid var(--ink);margin-bottom:24px}
header.page p{color:var(--muted);margin:4px 0 12px}
h1{font-size:1.9rem;margin:0 0 4px}h2{font-size:1.4rem;margin:8px 0 4px}h3{font-size:1.1rem;margin:0 0 2px}
nav.crumbs{font-size:.9rem;margin-bottom:8px}
a{color:var(--accent)}
section.cell{margin:0 0 32px}
section.prose h2{border-top:1px solid var(--rule);padding-top:16px}
.callouts{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px}
.callout{border:1px solid var(--rule);border-left:4px solid var(--accent);padding:10px 12px}
.callout .value{font-size:1.5rem;font-weight:700;font-variant-numeric:tabular-nums}
.callout .label{font-weight:600}.callout .detail{color:var(--muted);font-size:.9rem}
.multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(380px,1fr));gap:24px 20px}
figure{margin:0}figure svg{display:block;width:100%;max-width:100%;height:auto}
figcaption{color:var(--muted);font-size:.85rem;margin-top:6px}
.subtitle{color:var(--muted);margin:0 0 6px;font-size:.95rem}
ul.legend{list-style:none;margin:0 0 6px;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.85rem}
ul.legend li{display:flex;align-items:center;gap:6px}ul.legend svg{flex:none}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.85rem}
caption{caption-side:top;text-align:left;color:var(--muted);padding-bottom:4px}
th,td{border-bottom:1px solid var(--rule);padding:5px 6px;text-align:left;vertical-align:top}
th{background:#f4f4f6}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.date{white-space:nowrap}
tr:target{background:#fff3c4}
blockquote{margin:0;font-style:italic;min-width:16em}
.download{font-size:.85rem}
.warnings{border:1px solid #e0b4b4;background:#fff6f6;padding:8px 12px}
@page{margin:14mm}
@media print{
  body{font-size:11pt}
  main{max-width:none;padding:0}
  a{color:inherit;text-decoration:none}
  section.cell{break-inside:avoid;page-break-inside:avoid}
  section.prose:has(h2){break-before:page;page-break-before:always}
  section.prose:first-of-type,header.page+section.prose{break-before:auto;page-break-before:auto}
  section.table{break-inside:auto;page-break-inside:auto}
  .table-wrap{overflow:visible}
  thead{display:table-header-group}
  tr,figure{break-inside:avoid;page-break-inside:avoid}
  figure svg{max-width:100%;height:auto;overflow:visible}
  .multiples{grid-template-columns:1fr 1fr}
  .download{display:none}
}
`;

/** A complete, self-contained HTML page: inline CSS, no scripts, no external requests. */
export function page(title: string, body: string, opts: { asOf: string; depth: number }): string {
  const up = opts.depth ? "../".repeat(opts.depth) : "./";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="armsledger">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${opts.depth ? `<nav class="crumbs"><a href="${up}index.html">armsledger</a> · as of ${escapeHtml(opts.asOf)}</nav>` : ""}
${body}
</main>
</body>
</html>
`;
}

function cellValue(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return String(value);
}

/** Figure ids hold ':' and '/'; anchors keep only safe characters. */
export function anchor(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]+/g, "-");
}

/** Where a citation of a figure points: its row in the evidence table of the Sources report. */
export function evidenceHref(figureId: string): string {
  return `../sources/index.html#fig-${anchor(figureId)}`;
}

function tableCell(column: TableColumn, row: Record<string, CsvCell>): string {
  const v = row[column.key];
  let html = escapeHtml(cellValue(v));
  if (column.quote && html) html = `<blockquote>${html}</blockquote>`;
  const target = column.link ? row[column.link.key] : null;
  if (html && column.link?.to === "figure" && typeof target === "string") html = `<a href="${escapeHtml(evidenceHref(target))}">${html}</a>`;
  if (html && column.link?.to === "url") {
    const url = safeUrl(typeof target === "string" ? target : null);
    if (url) html = `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${html}</a>`;
  }
  const cls = typeof v === "number" ? ' class="num"' : typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? ' class="date"' : "";
  return `<td${cls}>${html}</td>`;
}

function table(cell: TableCell): string {
  const rows = cell.pageLimit ? cell.rows.slice(0, cell.pageLimit) : cell.rows;
  const columns = cell.columns.filter((c) => !c.csvOnly);
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join("");
  const body = rows
    .map((r) => {
      const id = cell.anchorRows && typeof r["figure_id"] === "string" ? ` id="fig-${escapeHtml(anchor(r["figure_id"]))}"` : "";
      return `<tr${id}>${columns.map((c) => tableCell(c, r)).join("")}</tr>`;
    })
    .join("\n");
  const more = cell.pageLimit && cell.rows.length > cell.pageLimit ? `<p class="download">Showing ${cell.pageLimit} of ${cell.rows.length} rows; the CSV has them all.</p>` : "";
  return `<h3 id="${escapeHtml(cell.name)}">${escapeHtml(cell.title)}</h3>
<p class="download"><a href="${escapeHtml(cell.name)}.csv">Download ${escapeHtml(cell.name)}.csv</a> (${cell.rows.length} rows)</p>
<div class="table-wrap"><table>
${cell.caption ? `<caption>${escapeHtml(cell.caption)}</caption>\n` : ""}<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>${more}`;
}

/** The columns a table's CSV carries: those shown, then the ids and addresses its links point to. */
export function csvColumns(cell: TableCell): string[] {
  const keys = cell.columns.map((c) => c.key);
  for (const c of cell.columns) if (c.link && !keys.includes(c.link.key)) keys.push(c.link.key);
  if (cell.anchorRows && !keys.includes("figure_id")) keys.push("figure_id");
  return keys;
}

function legend(items: readonly LegendItem[]): string {
  if (!items.length) return "";
  return `<ul class="legend">${items
    .map((item) => `<li><svg width="16" height="14" viewBox="0 -7 16 14" aria-hidden="true">${swatch(item, 1, 0)}</svg>${escapeHtml(item.label)}</li>`)
    .join("")}</ul>`;
}

function chart(cell: ChartCell, svg: string): string {
  return `<h3 id="${escapeHtml(cell.name)}-title">${escapeHtml(cell.title)}</h3>
<p class="subtitle">${escapeHtml(cell.subtitle)}</p>
${legend(cell.legend)}
<figure id="${escapeHtml(cell.name)}">
${inlineChart(cell, svg).trimEnd()}
<figcaption>${escapeHtml(cell.source)} As of ${escapeHtml(cell.asOf)}. <span class="download"><a href="${escapeHtml(cell.name)}.svg">SVG</a> · <a href="${escapeHtml(cell.name)}.png">PNG</a></span></figcaption>
</figure>`;
}

function callout(cell: CalloutCell): string {
  const cites = cell.citations.map((c) => `<a href="${escapeHtml(evidenceHref(c.figureId))}">${escapeHtml(c.label)}</a>`).join(", ");
  return `<div class="callout"><div class="label">${escapeHtml(cell.label)}</div><div class="value">${escapeHtml(cell.value)}</div><div class="detail">${escapeHtml(cell.detail)}${cites ? ` · ${cites}` : ""}</div></div>`;
}

/**
 * One notebook as a page. Consecutive callouts share a grid and consecutive small charts
 * share a grid of small multiples; every other cell is a section of its own.
 * `plots` holds each chart's bare Plot SVG by chart name.
 */
export function notebookPage(nb: Notebook, plots: ReadonlyMap<string, string>, asOf: string): string {
  const parts: string[] = [`<header class="page"><h1>${escapeHtml(nb.title)}</h1><p>${escapeHtml(nb.summary)}</p></header>`];
  let group: { kind: "callouts" | "multiples"; items: string[] } | null = null;
  const flush = () => {
    if (group) parts.push(`<section class="cell ${group.kind}-cell"><div class="${group.kind}">${group.items.join("\n")}</div></section>`);
    group = null;
  };
  const add = (kind: "callouts" | "multiples", html: string) => {
    if (group?.kind !== kind) flush();
    group ??= { kind, items: [] };
    group.items.push(html);
  };
  for (const cell of nb.cells) {
    const plot = cell.kind === "chart" ? plots.get(cell.name) : undefined;
    if (cell.kind === "chart" && plot === undefined) throw new Error(`notebook ${nb.slug}: chart ${cell.name} was not rendered`);
    if (cell.kind === "callout") add("callouts", callout(cell));
    else if (cell.kind === "chart" && cell.size === "small") add("multiples", `<div class="multiple">${chart(cell, plot!)}</div>`);
    else {
      flush();
      if (cell.kind === "prose") parts.push(`<section class="cell prose">${markdown(cell.markdown)}</section>`);
      else if (cell.kind === "chart") parts.push(`<section class="cell chart">${chart(cell, plot!)}</section>`);
      else parts.push(`<section class="cell table">${table(cell)}</section>`);
    }
  }
  flush();
  return page(`${nb.title} — armsledger`, parts.join("\n"), { asOf, depth: 1 });
}
