import type { Cell, Notebook, TableCell } from "../notebook.js";
import type { Cell as CsvCell } from "./csv.js";
import { inlineSvg } from "./svg.js";

/** Text made safe for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Only web links are links; anything else ("javascript:", "data:") stays text. */
export function safeUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : null;
}

/** The Markdown subset notebooks use, rendered with every piece of text escaped. */
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
      if (lines.every((l) => /^- /.test(l))) return `<ul>${lines.map((l) => `<li>${inline(l.slice(2))}</li>`).join("")}</ul>`;
      return `<p>${inline(lines.join(" "))}</p>`;
    })
    .join("\n");
}

const STYLE = `
:root{--ink:#1d1d1f;--muted:#5b5b63;--rule:#d9d9de;--accent:#8a1c1c;--bg:#fff}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:980px;margin:0 auto;padding:24px 20px 64px}
header.page{border-bottom:2px solid var(--ink);margin-bottom:24px}
header.page p{color:var(--muted);margin:4px 0 12px}
h1{font-size:1.9rem;margin:0 0 4px}h2{font-size:1.3rem;margin:0 0 4px}
nav.crumbs{font-size:.9rem;margin-bottom:8px}
a{color:var(--accent)}
section.cell{margin:0 0 36px;break-inside:avoid;page-break-inside:avoid}
.callouts{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px}
.callout{border:1px solid var(--rule);border-left:4px solid var(--accent);padding:10px 12px}
.callout .value{font-size:1.6rem;font-weight:700;font-variant-numeric:tabular-nums}
.callout .label{font-weight:600}.callout .detail{color:var(--muted);font-size:.9rem}
figure{margin:0}figure svg{max-width:100%;height:auto}
figcaption{color:var(--muted);font-size:.85rem;margin-top:6px}
.subtitle{color:var(--muted);margin:0 0 8px}
table{border-collapse:collapse;width:100%;font-size:.88rem}
th,td{border-bottom:1px solid var(--rule);padding:5px 6px;text-align:left;vertical-align:top}
th{background:#f4f4f6}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr:target{background:#fff3c4}
blockquote{margin:0;color:var(--ink)}
.download{font-size:.85rem}
.warnings{border:1px solid #e0b4b4;background:#fff6f6;padding:8px 12px}
@media print{
  main{max-width:none;padding:0}
  a{color:inherit;text-decoration:none}
  section.cell{break-before:auto;break-inside:avoid;page-break-inside:avoid}
  section.cell+section.cell{break-before:page;page-break-before:always}
  figure svg{max-width:100%;height:auto;overflow:visible}
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

function table(cell: TableCell): string {
  const rows = cell.pageLimit ? cell.rows.slice(0, cell.pageLimit) : cell.rows;
  const head = cell.columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join("");
  const body = rows
    .map((r) => {
      const id = typeof r["figure_id"] === "string" && cell.columns.some((c) => c.key === "evidence") ? ` id="fig-${escapeHtml(anchor(r["figure_id"] as string))}"` : "";
      const tds = cell.columns
        .map((c) => {
          const v = r[c.key];
          const text = escapeHtml(cellValue(v));
          const cls = typeof v === "number" ? ' class="num"' : "";
          if (c.linkTo === "figure" && typeof r["figure_id"] === "string") return `<td${cls}><a href="../sources/index.html#fig-${escapeHtml(anchor(r["figure_id"] as string))}">${text}</a></td>`;
          if (c.linkTo === "url") {
            const url = safeUrl(typeof r["url"] === "string" ? (r["url"] as string) : null);
            return url ? `<td${cls}><a href="${escapeHtml(url)}" rel="noopener noreferrer">${text}</a></td>` : `<td${cls}>${text}</td>`;
          }
          if (c.key === "evidence") return `<td><blockquote>${text}</blockquote></td>`;
          return `<td${cls}>${text}</td>`;
        })
        .join("");
      return `<tr${id}>${tds}</tr>`;
    })
    .join("\n");
  const more = cell.pageLimit && cell.rows.length > cell.pageLimit ? `<p class="download">Showing ${cell.pageLimit} of ${cell.rows.length} rows; the CSV has them all.</p>` : "";
  return `<h2>${escapeHtml(cell.title)}</h2>
<p class="download"><a href="${escapeHtml(cell.name)}.csv">Download ${escapeHtml(cell.name)}.csv</a></p>
<div style="overflow-x:auto"><table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>${more}`;
}

/** Figure ids hold ':' and '/'; anchors keep only safe characters. */
export function anchor(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]+/g, "-");
}

function renderCell(cell: Cell, svgs: ReadonlyMap<string, string>): string {
  switch (cell.kind) {
    case "prose":
      return markdown(cell.markdown);
    case "callout": {
      const cites = cell.citations.map((c) => `<a href="../sources/index.html#fig-${escapeHtml(anchor(c.figureId))}">${escapeHtml(c.label)}</a>`).join(", ");
      return `<div class="callout"><div class="label">${escapeHtml(cell.label)}</div><div class="value">${escapeHtml(cell.value)}</div><div class="detail">${escapeHtml(cell.detail)}${cites ? ` · ${cites}` : ""}</div></div>`;
    }
    case "chart":
      return `<h2 id="${escapeHtml(cell.name)}">${escapeHtml(cell.title)}</h2>
<p class="subtitle">${escapeHtml(cell.subtitle)}</p>
<figure>
${inlineSvg(svgs.get(cell.name) ?? "")}
<figcaption>${escapeHtml(cell.source)} <span class="download"><a href="${escapeHtml(cell.name)}.svg">SVG</a> · <a href="${escapeHtml(cell.name)}.png">PNG</a></span></figcaption>
</figure>`;
    case "table":
      return table(cell);
  }
}

/** One notebook as a page: consecutive callouts share a grid, every other cell is its own section. */
export function notebookPage(nb: Notebook, svgs: ReadonlyMap<string, string>, asOf: string): string {
  const parts: string[] = [`<header class="page"><h1>${escapeHtml(nb.title)}</h1><p>${escapeHtml(nb.summary)}</p></header>`];
  let callouts: string[] = [];
  const flush = () => {
    if (callouts.length) parts.push(`<section class="cell"><div class="callouts">${callouts.join("\n")}</div></section>`);
    callouts = [];
  };
  for (const cell of nb.cells) {
    if (cell.kind === "callout") {
      callouts.push(renderCell(cell, svgs));
      continue;
    }
    flush();
    parts.push(`<section class="cell">${renderCell(cell, svgs)}</section>`);
  }
  flush();
  return page(`${nb.title} — armsledger`, parts.join("\n"), { asOf, depth: 1 });
}
