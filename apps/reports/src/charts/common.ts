import * as Plot from "@observablehq/plot";
import type { Qualifier } from "@armsledger/model";
import type { LegendItem } from "../notebook.js";

/** Tableau 10: distinct in print and for the common colour-vision deficiencies; the tenth slot is "other". */
export const PALETTE = ["#4e79a7", "#f28e2c", "#e15759", "#59a14f", "#b07aa1", "#76b7b2", "#edc949", "#9c755f", "#ff9da7"] as const;
export const OTHER_COLOR = "#9a9a9a";
export const INK = "#1d1d1f";
export const MUTED = "#6b6b73";
export const ACCENT = "#8a1c1c";

/** Plot's text defaults, made explicit: the page and the PNG then draw the same font size. */
export const STYLE = { fontFamily: "DejaVu Sans, system-ui, sans-serif", fontSize: "11px", overflow: "visible" } as const;

export type Bound = "lower" | "upper" | "point";

/** Lower bounds ("more than", "at least") and upper bounds ("up to", "less than") are drawn as such. */
export function boundOf(q: Qualifier): Bound {
  if (q === "more-than" || q === "at-least") return "lower";
  if (q === "up-to" || q === "less-than") return "upper";
  return "point";
}

const QUALIFIER_SIGN: Record<Qualifier, string> = {
  exact: "",
  about: "~",
  nearly: "~",
  "more-than": ">",
  "at-least": "≥",
  "up-to": "≤",
  "less-than": "<",
  vague: "",
};

/** "~6,700", ">13,000", "≤500,000", "1–2 million" as a point label. */
export function valueLabel(value: number, high: number | null, qualifier: Qualifier): string {
  const n = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 1 });
  return `${QUALIFIER_SIGN[qualifier]}${n(value)}${high !== null && high !== value ? `–${n(high)}` : ""}`;
}

/** An ISO date (YYYY-MM-DD) as a UTC Date for Plot's time scales. */
export function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function addDays(iso: string, days: number): string {
  return new Date(utc(iso).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A time domain around some dates with room each side, never empty, never past what the chart needs. */
export function timeDomain(dates: readonly string[], asOf: string, padBefore = 60, padAfter = 60): [Date, Date] {
  const sorted = [...dates].sort();
  const first = sorted[0] ?? addDays(asOf, -365);
  const last = sorted[sorted.length - 1] ?? asOf;
  // Run on to the "as of" date: a gap after the last estimate says nothing newer was reported.
  const end = [addDays(last, padAfter), addDays(asOf, 15)].sort()[1]!;
  return [utc(addDays(first, -padBefore)), utc(end)];
}

/**
 * Colours for a list of names, most frequent first: the nine most cited get their own colour,
 * the rest share grey as "other", so a long list never recycles a colour for two claimants.
 */
export function colorsFor(names: readonly string[]): { domain: string[]; range: string[]; colorOf: (name: string) => string; legend: LegendItem[] } {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([n]) => n);
  const own = ranked.slice(0, PALETTE.length);
  const colour = new Map(own.map((n, i) => [n, PALETTE[i]!]));
  const domain = [...own].sort((a, b) => (a < b ? -1 : 1));
  const others = ranked.length > own.length;
  const colorOf = (n: string) => colour.get(n) ?? OTHER_COLOR;
  const legend: LegendItem[] = domain.map((n) => ({ label: n, color: colorOf(n), shape: "circle" }));
  if (others) legend.push({ label: `${ranked.length - own.length} other claimants`, color: OTHER_COLOR, shape: "circle" });
  return { domain: domain.length ? domain : ["none"], range: domain.length ? domain.map(colorOf) : [OTHER_COLOR], colorOf, legend };
}

/** The key entries for how bounds are drawn. */
export const BOUND_LEGEND: LegendItem[] = [
  { label: "lower bound (“more than”)", color: INK, shape: "arrow-up" },
  { label: "upper bound (“up to”)", color: INK, shape: "arrow-down" },
];

/** "Source: … Claimants: A, B." naming every claimant behind the numbers drawn. */
export function sourceLine(base: string, claimants: readonly string[]): string {
  const names = [...new Set(claimants)].sort((a, b) => (a < b ? -1 : 1));
  const list = names.length ? names.join(", ") : "none";
  // "U.S." ends the sentence itself: no second full stop.
  return `Source: ${base}. Claimants: ${list}${list.endsWith(".") ? "" : "."}`;
}

/** A message in the middle of an empty chart, so "no data" reads as such and not as a broken chart. */
export function emptyMessage(message: string): Plot.Markish {
  return Plot.text([message], { frameAnchor: "middle", fontSize: 13, fill: MUTED });
}

/** Thousands separators on axes: 13,000 rather than 13k, which reads as a unit. */
export const NUMBER_TICKS = (d: number): string => d.toLocaleString("en-US");

/** A time axis labelled under its ticks (two-line ticks like "Oct / 2023" would collide with a label at the right end). */
export function timeAxis(label: string, domain: [Date, Date], ticks?: number): Record<string, unknown> {
  return { type: "utc", domain, label, labelAnchor: "center", labelArrow: "none", labelOffset: 42, ...(ticks ? { ticks } : {}) };
}

/** The bottom margin a time axis labelled by timeAxis() needs. */
export const TIME_AXIS_MARGIN = 50;

/** Cut a long label for an axis, keeping its start. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The upper end of a y domain: the largest value (or range end) with headroom, never 0. */
export function yMax(values: readonly number[], headroom = 1.15): number {
  const max = Math.max(0, ...values);
  return max > 0 ? max * headroom : 1;
}
