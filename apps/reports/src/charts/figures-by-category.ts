import * as Plot from "@observablehq/plot";
import type { Figure } from "@armsledger/model";
import type { ChartCell } from "../notebook.js";

/** How many figures the articles give for each category: what the corpus talks about. */
export function figuresByCategory(figures: readonly Figure[], asOf: string): ChartCell {
  const counts = new Map<string, number>();
  for (const f of figures) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  const rows = [...counts].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count || (a.category < b.category ? -1 : 1));
  return {
    kind: "chart",
    name: "figures-by-category",
    title: "What the articles count",
    subtitle: `Number of figure mentions per category, all articles. As of ${asOf}.`,
    description: `Bar chart of figure mentions by category: ${rows.map((r) => `${r.category} ${r.count}`).join(", ")}.`,
    source: "Source: armsledger figures extracted from the article corpus.",
    spec: {
      width: 760,
      height: Math.max(120, rows.length * 24 + 50),
      marginLeft: 130,
      style: { fontFamily: "sans-serif", fontSize: "12px" },
      x: { label: "Figure mentions", grid: true },
      y: { label: null, domain: rows.map((r) => r.category) },
      marks: [Plot.barX(rows, { x: "count", y: "category", fill: "#8a1c1c" }), Plot.ruleX([0])],
    },
  };
}
