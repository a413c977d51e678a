import { JSDOM } from "jsdom";
import * as Plot from "@observablehq/plot";

const dom = new JSDOM("<!doctype html><html><body></body></html>");
const { document, XMLSerializer } = dom.window;

/** Plot options without the parts that would wrap the chart in a <figure>: those belong to the page. */
export type ChartSpec = Omit<Plot.PlotOptions, "title" | "subtitle" | "caption" | "document">;

/** Thrown when Plot warns: a warning means the chart is not what its spec says. */
export class ChartWarning extends Error {
  override name = "ChartWarning";
}

/**
 * Renders a Plot spec to a standalone SVG document: bare <svg> with its namespace,
 * serialised as XML, ids renumbered from the chart's own name so the same data gives the
 * same bytes whatever else was rendered in the process.
 */
export function renderSvg(name: string, spec: ChartSpec, description: string): string {
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
  node.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  node.setAttribute("role", "img");
  node.setAttribute("aria-label", description);
  const desc = document.createElementNS("http://www.w3.org/2000/svg", "desc");
  desc.textContent = description;
  node.insertBefore(desc, node.firstChild);
  let xml = new XMLSerializer().serializeToString(node);
  // Plot numbers clip paths and markers from a process-wide counter; renumber per chart.
  const ids = new Map<string, string>();
  for (const m of xml.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `${name}-${ids.size + 1}`);
  for (const [from, to] of ids) xml = xml.split(`"${from}"`).join(`"${to}"`).split(`#${from})`).join(`#${to})`);
  // Plot's generated class name carries the same counter.
  xml = xml.replace(/plot-d6a7b5(-\d+)?/g, "plot-d6a7b5");
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

/** The same SVG inline in an HTML page: without the XML prolog. */
export function inlineSvg(svg: string): string {
  return svg.replace(/^<\?xml[^>]*>\n/, "");
}
