import * as Plot from "@observablehq/plot";
import type { Qualifier } from "@armsledger/model";
import { boundOf, INK, utc, valueLabel } from "./common.js";

/** One reported amount on a timeline: the date it refers to, the amount as stated, and who states it. */
export interface EstimatePoint {
  /** Claim or figure id. */
  id: string;
  /** YYYY-MM-DD: the end of the period the amount covers, else the publication date. */
  date: string;
  value: number;
  /** Upper end of a stated range, else null. */
  high: number | null;
  qualifier: Qualifier;
  claimant: string;
}

/**
 * The marks every estimate timeline shares: a dot per estimate, a bar up to the high end of a
 * range, an arrow up from a lower bound ("more than 1,000": the count is somewhere above) and
 * down from an upper bound, and the value as stated beside the dot.
 */
export function estimateMarks(points: readonly EstimatePoint[], color: string | ((p: EstimatePoint) => string), labels = true): Plot.Markish[] {
  const x = (p: EstimatePoint) => utc(p.date);
  const ranges = points.filter((p) => p.high !== null && p.high > p.value);
  const lower = points.filter((p) => boundOf(p.qualifier) === "lower");
  const upper = points.filter((p) => boundOf(p.qualifier) === "upper");
  // An amount stated again (another claimant, a later date) is labelled once, at its first
  // dot: repeated labels at one height overprint each other, and the axis gives the level.
  const seen = new Set<string>();
  const labelled = [...points]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .filter((p) => !seen.has(`${p.value}|${p.high}|${p.qualifier}`) && seen.add(`${p.value}|${p.high}|${p.qualifier}`));
  return [
    Plot.ruleX(ranges, { x, y1: "value", y2: "high", stroke: color, strokeWidth: 2 }),
    Plot.vector(lower, { x, y: "value", rotate: 0, length: 16, anchor: "start", stroke: color, strokeWidth: 1.5 }),
    Plot.vector(upper, { x, y: "value", rotate: 180, length: 16, anchor: "start", stroke: color, strokeWidth: 1.5 }),
    Plot.dot(points, { x, y: "value", fill: color, r: 4.5, stroke: "white", strokeWidth: 1 }),
    labels ? Plot.text(labelled, { x, y: "value", text: (p: EstimatePoint) => valueLabel(p.value, p.high, p.qualifier), dx: 8, textAnchor: "start", fontSize: 10, fill: INK }) : null,
  ];
}
