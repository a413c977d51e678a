import * as Plot from "@observablehq/plot";
import type { ChartCell, LegendItem } from "../notebook.js";
import { addDays, emptyMessage, STYLE, utc, yMax, timeAxis, TIME_AXIS_MARGIN } from "./common.js";

export interface DesignationRow {
  id: string;
  date: string;
  authority: string;
  instrument: string;
  individuals: number;
  entities: number;
  vessels: number;
}

const TYPES = [
  { key: "individuals", label: "individuals", color: "#4e79a7" },
  { key: "entities", label: "entities", color: "#f28e2c" },
  { key: "vessels", label: "vessels", color: "#59a14f" },
] as const;

/** Bars are drawn this many days wide: wide enough to see, narrow enough that measures weeks apart stay apart. */
const BAR_DAYS = 12;

/** Sanctions designations tied to the North Korea–Russia arms trade: one bar per announcement, a row per authority. */
export function designationsChart(rows: readonly DesignationRow[], asOf: string): ChartCell {
  const authorities = [...new Set(rows.map((r) => r.authority))];
  const rects = rows.flatMap((r) => {
    let base = 0;
    return TYPES.filter((t) => r[t.key] > 0).map((t) => {
      const y1 = base;
      base += r[t.key];
      return { authority: r.authority, x1: utc(r.date), x2: utc(addDays(r.date, BAR_DAYS)), y1, y2: base, color: t.color };
    });
  });
  const totals = rows.map((r) => ({ authority: r.authority, x: utc(addDays(r.date, BAR_DAYS / 2)), total: r.individuals + r.entities + r.vessels }));
  const sorted = [...rows].map((r) => r.date).sort();
  const start = utc(`${(sorted[0] ?? asOf).slice(0, 7)}-01`);
  const legend: LegendItem[] = TYPES.map((t) => ({ label: t.label, color: t.color, shape: "square" }));
  return {
    kind: "chart",
    name: "designations",
    title: "Designations tied to the North Korea–Russia arms trade",
    subtitle: "Individuals, entities and vessels listed in each announcement, one row per authority. EU counts are whole-package totals.",
    description: rows.length
      ? `${rows.length} designation announcements by ${authorities.join(", ")} from ${sorted[0]} to ${sorted[sorted.length - 1]}: ${authorities.map((a) => `${a} listed ${rows.filter((r) => r.authority === a).reduce((n, r) => n + r.individuals + r.entities + r.vessels, 0)} in ${rows.filter((r) => r.authority === a).length} announcements`).join("; ")}.`
      : "No designations are in the sanctions reference.",
    source: `Source: armsledger sanctions reference (data/reference/sanctions.json), from official releases. Claimants: ${authorities.join(", ") || "none"}.`,
    asOf,
    legend,
    size: "wide",
    spec: {
      width: 760,
      height: Math.max(160, authorities.length * 90 + 60),
      marginLeft: 60,
      marginRight: 60,
      marginTop: 20,
      style: STYLE,
      marginBottom: TIME_AXIS_MARGIN,
      x: timeAxis("Date announced", [start, utc(addDays(asOf, 30))]),
      y: { label: "Listed (count)", domain: [0, yMax(totals.map((t) => t.total), 1.3)], ticks: 3, grid: true },
      fy: { domain: authorities.length ? authorities : ["none"], label: null },
      marks: [
        Plot.frame({ stroke: "#e4e4e8" }),
        Plot.rectY(rects, { x1: "x1", x2: "x2", y1: "y1", y2: "y2", fy: "authority", fill: (d: (typeof rects)[number]) => d.color }),
        Plot.text(totals, { x: "x", y: "total", fy: "authority", text: (d: (typeof totals)[number]) => String(d.total), dy: -6, fontSize: 9 }),
        rows.length ? null : emptyMessage("No designations in the reference data"),
      ],
    },
  };
}
