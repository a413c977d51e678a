import * as Plot from "@observablehq/plot";
import type { ChartCell } from "../notebook.js";
import { ACCENT, emptyMessage, STYLE, truncate } from "./common.js";

export interface SourceCell {
  claimant: string;
  outlet: string;
  /** Claims by this claimant carried by this outlet. */
  count: number;
}

/** Who is quoted where: the number of claims for each claimant (rows) in each outlet (columns). */
export function claimsBySource(cells: readonly SourceCell[], asOf: string): ChartCell {
  const total = (key: "claimant" | "outlet", name: string) => cells.filter((c) => c[key] === name).reduce((n, c) => n + c.count, 0);
  const order = (key: "claimant" | "outlet") => [...new Set(cells.map((c) => c[key]))].sort((a, b) => total(key, b) - total(key, a) || (a < b ? -1 : 1));
  const claimants = order("claimant");
  const outlets = order("outlet");
  const max = Math.max(1, ...cells.map((c) => c.count));
  const longestOutlet = Math.max(0, ...outlets.map((o) => Math.min(o.length, 32)));
  return {
    kind: "chart",
    name: "claims-by-source",
    title: "Claims by claimant and outlet",
    subtitle: "Number of claims each claimant makes in each outlet; claimants with the most claims first.",
    description: cells.length
      ? `Grid of ${claimants.length} claimants by ${outlets.length} outlets. Most quoted: ${claimants.slice(0, 3).map((c) => `${c} (${total("claimant", c)} claims)`).join(", ")}.`
      : "No attributed claims were found in the articles.",
    source: `Source: armsledger, from news reports. Claimants: ${claimants.length ? [...claimants].sort((a, b) => (a < b ? -1 : 1)).join(", ") : "none"}.`,
    asOf,
    legend: [],
    size: "wide",
    spec: {
      width: Math.max(420, 230 + outlets.length * 46),
      height: Math.max(120, claimants.length * 22 + 40 + longestOutlet * 5),
      marginLeft: 230,
      marginBottom: 20 + longestOutlet * 5,
      marginTop: 10,
      style: STYLE,
      x: { domain: outlets.length ? outlets : ["none"], label: null, tickRotate: -40, tickFormat: (o: string) => truncate(o, 32) },
      y: { domain: claimants.length ? claimants : ["none"], label: null, tickFormat: (c: string) => truncate(c, 36) },
      opacity: { domain: [0, max], range: [0.12, 0.85] },
      marks: [
        Plot.cell(cells, { x: "outlet", y: "claimant", fill: ACCENT, fillOpacity: "count", inset: 1 }),
        Plot.text(cells, { x: "outlet", y: "claimant", text: (c: SourceCell) => String(c.count), fill: (c: SourceCell) => (c.count / max > 0.5 ? "white" : "#1d1d1f"), fontSize: 10 }),
        cells.length ? null : emptyMessage("No attributed claims"),
      ],
    },
  };
}
