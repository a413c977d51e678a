import * as Plot from "@observablehq/plot";
import type { Figure } from "@armsledger/model";
import type { ChartCell } from "../notebook.js";

export interface TimelinePoint {
  date: Date;
  value: number;
  lowerBound: boolean;
  claimant: string;
  figureId: string;
}

/** North Korea → Russia container estimates, one point per mention, dated by the period they cover, else by publication. */
export function containerPoints(figures: readonly Figure[]): TimelinePoint[] {
  return figures
    .filter((f) => f.category === "containers" && f.flow?.supplier === "KP" && f.flow?.recipient === "RU" && f.quantity.value !== null && f.modality !== "hypothetical" && f.modality !== "denied")
    .map((f) => ({ f, date: f.period?.end ?? f.published }))
    .filter((x): x is { f: Figure; date: string } => x.date !== null)
    .map(({ f, date }) => ({
      date: new Date(`${date}T00:00:00Z`),
      value: f.quantity.value!,
      lowerBound: f.quantity.qualifier === "more-than" || f.quantity.qualifier === "at-least",
      claimant: f.claimant?.name ?? "unattributed",
      figureId: f.id,
    }))
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.value - b.value || (a.figureId < b.figureId ? -1 : 1));
}

/** A timeline of the reported count of containers sent from North Korea to Russia. */
export function containerTimeline(figures: readonly Figure[], asOf: string): ChartCell {
  const points = containerPoints(figures);
  const claimants = [...new Set(points.map((p) => p.claimant))].sort();
  return {
    kind: "chart",
    name: "container-timeline",
    title: "Containers of munitions sent from North Korea to Russia",
    subtitle: `Reported cumulative count, by the date each estimate refers to; ▲ marks a lower bound ("more than", "at least"). As of ${asOf}.`,
    description: points.length
      ? `Timeline of ${points.length} reported estimates of containers shipped from North Korea to Russia, from ${points[0]!.value.toLocaleString("en-US")} to ${points[points.length - 1]!.value.toLocaleString("en-US")}.`
      : "No container estimates were found in the articles.",
    source: `Source: armsledger figures from news reports; claimants: ${claimants.join(", ") || "none"}.`,
    spec: {
      width: 760,
      height: 360,
      marginLeft: 64,
      marginRight: 24,
      style: { fontFamily: "sans-serif", fontSize: "12px" },
      x: { type: "utc", label: "Date the estimate refers to", grid: false },
      y: { label: "Containers (cumulative)", grid: true, zero: true, tickFormat: "~s" },
      color: { type: "categorical", domain: claimants.length ? claimants : ["none"], scheme: "tableau10" },
      symbol: { domain: [false, true], range: ["circle", "triangle"] },
      marks: [
        Plot.ruleY([0]),
        Plot.line(points, { x: "date", y: "value", curve: "step-after", stroke: "#999", strokeDasharray: "3,3" }),
        Plot.dot(points, { x: "date", y: "value", fill: "claimant", symbol: "lowerBound", r: 5, stroke: "white" }),
        Plot.text(points, { x: "date", y: "value", text: (d: TimelinePoint) => `${d.value.toLocaleString("en-US")} (${d.claimant})`, dx: 8, textAnchor: "start", fontSize: 10, fill: "#333" }),
      ],
    },
  };
}
