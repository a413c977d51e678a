import * as Plot from "@observablehq/plot";
import type { ChartCell } from "../notebook.js";
import { emptyMessage, sourceLine, STYLE } from "./common.js";

export interface FlowCount {
  /** "North Korea → Russia". */
  direction: string;
  /** "Artillery shells". */
  what: string;
  /** Claims (or figure mentions) that report something of this kind changing hands. */
  count: number;
  color: string;
}

/** Whole-number ticks only: there is no half a claim. */
function integerTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 8));
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}

/**
 * What the reports say flows each way: the number of claims per category and direction.
 * Counting reports, not amounts, keeps one honest axis across shells, troops and oil.
 */
export function flowsEachWay(rows: readonly FlowCount[], claimants: readonly string[], asOf: string): ChartCell {
  const directions = [...new Set(rows.map((r) => r.direction))];
  const order = rows.map((r) => `${r.what} · ${r.direction}`);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const data = rows.map((r) => ({ ...r, key: `${r.what} · ${r.direction}` }));
  return {
    kind: "chart",
    name: "flows-each-way",
    title: "What flows each way",
    subtitle: "Number of claims reporting each kind of transfer, by direction. Counts of reports, not of items.",
    description: rows.length
      ? `Bar chart of reported transfers by direction. ${directions.map((d) => `${d}: ${rows.filter((r) => r.direction === d).map((r) => `${r.what.toLowerCase()} (${r.count} ${r.count === 1 ? "claim" : "claims"})`).join(", ")}`).join(". ")}.`
      : "No transfers between North Korea and Russia were reported in the articles.",
    source: sourceLine("armsledger, from news reports", claimants),
    asOf,
    legend: directions.map((d) => ({ label: d, color: rows.find((r) => r.direction === d)!.color, shape: "square" as const })),
    size: "wide",
    spec: {
      width: 760,
      height: Math.max(140, rows.length * 26 + 60),
      marginLeft: 200,
      marginRight: 40,
      style: STYLE,
      x: { label: "Claims reporting it (count)", grid: true, domain: [0, max], ticks: integerTicks(max), tickFormat: "d" },
      // Bars are keyed by category and direction; the tick names the category, the colour the direction.
      y: { label: null, domain: order.length ? order : ["none"], tickFormat: (k: string) => k.split(" · ")[0], axis: rows.length ? "left" : null },
      marks: [
        Plot.barX(data, { x: "count", y: "key", fill: (d: (typeof data)[number]) => d.color }),
        Plot.text(data, { x: "count", y: "key", text: (d: (typeof data)[number]) => String(d.count), dx: 4, textAnchor: "start", fontSize: 10 }),
        Plot.ruleX([0]),
        rows.length ? null : emptyMessage("No transfers reported"),
      ],
    },
  };
}
