import { JSDOM } from "jsdom";
import * as Plot from "@observablehq/plot";
import type { ChartCell, LegendItem } from "../notebook.js";

const dom = new JSDOM("<!doctype html><html><body></body></html>");
const { document, XMLSerializer } = dom.window;

/** Plot options without the parts that would wrap the chart in a <figure>: those belong to the page. */
export type ChartSpec = Omit<Plot.PlotOptions, "title" | "subtitle" | "caption" | "document">;

/** Thrown when Plot warns: a warning means the chart is not what its spec says. */
export class ChartWarning extends Error {
  override name = "ChartWarning";
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Text made safe for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/**
 * Renders a Plot spec to a bare <svg> element serialised as XML (no prolog, one line). Ids are
 * renumbered from the chart's own name so the same data gives the same bytes whatever else
 * was rendered in the process, and two charts on one page never share an id.
 */
export function renderPlot(name: string, spec: ChartSpec): string {
  const warnings: string[] = [];
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(" "));
  let node: Element;
  try {
    node = Plot.plot({ ...spec, document: document as unknown as Document }) as unknown as Element;
  } finally {
    console.warn = originalWarn;
  }
  if (warnings.length) throw new ChartWarning(`chart ${name}: ${warnings.join("; ")}`);
  if (node.tagName.toLowerCase() !== "svg") throw new Error(`chart ${name}: Plot returned <${node.tagName.toLowerCase()}>, not <svg>: keep titles and legends in the page`);
  // The serialiser writes the namespace itself for an element created in it; setting the
  // attribute as well would write it twice, which is not well-formed XML.
  if (node.namespaceURI !== SVG_NS) node.setAttribute("xmlns", SVG_NS);
  let xml = new XMLSerializer().serializeToString(node);
  // Plot numbers clip paths and markers from a process-wide counter; renumber per chart.
  const ids = new Map<string, string>();
  for (const m of xml.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `${name}-${ids.size + 1}`);
  for (const [from, to] of ids) xml = xml.split(`"${from}"`).join(`"${to}"`).split(`#${from})`).join(`#${to})`);
  // Plot's generated class name carries the same counter.
  return xml.replace(/plot-d6a7b5(-\d+)?/g, "plot-d6a7b5");
}

/** The chart as it sits in a page: the bare Plot SVG labelled for screen readers; title and source are HTML around it. */
export function inlineChart(cell: ChartCell, plotSvg: string): string {
  const descId = `${cell.name}-desc`;
  const svg = plotSvg.replace(
    /^<svg\b([^>]*)>/,
    `<svg$1 role="img" aria-labelledby="${escapeXml(cell.name)}-title" aria-describedby="${escapeXml(descId)}"><desc id="${escapeXml(descId)}">${escapeXml(cell.description)}</desc>`,
  );
  return prettyXml(svg);
}

const FONT = "DejaVu Sans, system-ui, sans-serif";
const PAD = 16;
/** DejaVu Sans averages a little under 0.6 em per character of running text; wrap on that. */
const CHAR_EM = 0.6;

/** Breaks text into lines of at most `width` pixels at `fontSize`, on spaces. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(10, Math.floor(width / (fontSize * CHAR_EM)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A legend swatch drawn at (x, y) as SVG: the same shapes the page draws in HTML. */
export function swatch(item: LegendItem, x: number, y: number): string {
  const c = escapeXml(item.color);
  switch (item.shape) {
    case "circle":
      return `<circle cx="${x + 6}" cy="${y}" r="5" fill="${c}"/>`;
    case "square":
      return `<rect x="${x + 1}" y="${y - 5}" width="10" height="10" fill="${c}"/>`;
    case "line":
      return `<line x1="${x}" x2="${x + 14}" y1="${y}" y2="${y}" stroke="${c}" stroke-width="2"/>`;
    case "dashed-line":
      return `<line x1="${x}" x2="${x + 14}" y1="${y}" y2="${y}" stroke="${c}" stroke-width="2" stroke-dasharray="4,3"/>`;
    case "arrow-up":
      return `<path d="M${x + 6},${y + 6}V${y - 5}M${x + 2},${y - 1}L${x + 6},${y - 6}L${x + 10},${y - 1}" fill="none" stroke="${c}" stroke-width="1.6"/>`;
    case "arrow-down":
      return `<path d="M${x + 6},${y - 6}V${y + 5}M${x + 2},${y + 1}L${x + 6},${y + 6}L${x + 10},${y + 1}" fill="none" stroke="${c}" stroke-width="1.6"/>`;
  }
}

/**
 * The chart as a standalone file: the Plot drawing framed by its title, subtitle, key, source
 * line and "as of" date, all as SVG text, so a chart pasted into slides or opened alone still
 * says what it shows and where the numbers come from. One <svg> root, one namespace.
 */
export function chartDocument(cell: ChartCell, plotSvg: string): string {
  const root = /^<svg\b([^>]*)>/.exec(plotSvg);
  if (!root) throw new Error(`chart ${cell.name}: not an <svg> element`);
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(root[1]!)?.[1];
  const plotWidth = Number(attr("width") ?? 640);
  const plotHeight = Number(attr("height") ?? 400);
  const width = plotWidth + 2 * PAD;
  const textWidth = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  // Tenths of a pixel: enough for text placement, and no float noise in the file.
  const r = (n: number) => Math.round(n * 10) / 10;
  const lines = (text: string, size: number, color: string, weight = "normal") => {
    for (const line of wrapText(text, textWidth, size)) {
      y += size * 1.3;
      parts.push(`<text x="${PAD}" y="${r(y)}" font-size="${size}" font-weight="${weight}" fill="${color}">${escapeXml(line)}</text>`);
    }
  };
  lines(cell.title, 17, "#1d1d1f", "bold");
  y += 2;
  lines(cell.subtitle, 12, "#5b5b63");
  if (cell.legend.length) {
    y += 8;
    let x = PAD;
    let rowY = y + 10;
    for (const item of cell.legend) {
      const w = 20 + Math.ceil(item.label.length * 11 * CHAR_EM) + 14;
      if (x > PAD && x + w > width - PAD) {
        x = PAD;
        rowY += 18;
      }
      parts.push(swatch(item, x, r(rowY)), `<text x="${x + 18}" y="${r(rowY + 4)}" font-size="11" fill="#1d1d1f">${escapeXml(item.label)}</text>`);
      x += w;
    }
    y = rowY + 8;
  }
  y += 8;
  // The Plot root becomes a group: a nested <svg> would take CSS sizing ("height: auto") that
  // browsers and resvg read differently. Its presentation attributes move onto the group.
  const keep = ["fill", "font-family", "font-size", "text-anchor", "style"]
    .map((a) => [a, attr(a)] as const)
    .filter(([, v]) => v !== undefined)
    .map(([a, v]) => ` ${a}="${v}"`)
    .join("");
  const body = plotSvg
    .slice(root[0].length)
    .replace(/<style>[\s\S]*?<\/style>/, "")
    .replace(/<\/svg>\s*$/, "");
  parts.push(`<g transform="translate(${PAD},${r(y)})"${keep}>${body}</g>`);
  y += plotHeight + 4;
  lines(cell.source, 11, "#5b5b63");
  lines(`As of ${cell.asOf}.`, 11, "#5b5b63");
  const height = Math.ceil(y + PAD);
  const svg =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-labelledby="${escapeXml(cell.name)}-title" aria-describedby="${escapeXml(cell.name)}-desc">` +
    `<title id="${escapeXml(cell.name)}-title">${escapeXml(cell.title)}</title>` +
    `<desc id="${escapeXml(cell.name)}-desc">${escapeXml(cell.description)}</desc>` +
    `<style>text,tspan{white-space:pre}</style>` +
    `<rect width="100%" height="100%" fill="white"/>` +
    parts.join("") +
    `</svg>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${prettyXml(svg)}`;
}

/** Elements whose content is text (or text runs) and must keep its exact whitespace. */
const VERBATIM = new Set(["text", "style", "title", "desc"]);

/**
 * One element per line, indented, so a snapshot diff points at the mark that changed. The
 * content of text-like elements is left untouched: whitespace there is drawn.
 */
export function prettyXml(xml: string): string {
  const tokens = xml.match(/<[^>]+>|[^<]+/g) ?? [];
  const out: string[] = [];
  let depth = 0;
  let verbatimDepth = 0;
  let lastOpened: string | null = null;
  for (const t of tokens) {
    const isTag = t.startsWith("<");
    const closing = t.startsWith("</");
    const selfClosing = t.endsWith("/>");
    const name = isTag ? (/^<\/?([\w:.-]+)/.exec(t)?.[1] ?? "") : "";
    if (verbatimDepth > 0) {
      out.push(t);
      if (isTag && !selfClosing) verbatimDepth += closing ? -1 : 1;
      if (verbatimDepth === 0) depth--;
      lastOpened = null;
      continue;
    }
    if (!isTag) {
      if (t.trim()) out.push(t);
      continue;
    }
    if (closing) {
      depth--;
      out.push(lastOpened === name ? t : `\n${"  ".repeat(depth)}${t}`);
      lastOpened = null;
      continue;
    }
    out.push(`${out.length ? "\n" : ""}${"  ".repeat(depth)}${t}`);
    lastOpened = null;
    if (selfClosing) continue;
    depth++;
    if (VERBATIM.has(name)) verbatimDepth = 1;
    else lastOpened = name;
  }
  return out.join("") + "\n";
}
