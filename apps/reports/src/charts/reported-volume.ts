import * as Plot from "@observablehq/plot";
import type { ChartCell } from "../notebook.js";
import { BOUND_LEGEND, emptyMessage, NUMBER_TICKS, sourceLine, STYLE, timeDomain, yMax, timeAxis, TIME_AXIS_MARGIN } from "./common.js";
import { estimateMarks, type EstimatePoint } from "./estimate-marks.js";

export interface ReportedVolumeInput {
  /** Chart name, unique in its notebook: "volume-kp-ru-artillery-shells-count". */
  name: string;
  /** "Artillery shells", "Oil products". */
  what: string;
  /** "North Korea → Russia". */
  direction: string;
  /** The y axis label with its unit: "Shells (rounds)", "Oil (barrels)". */
  axisLabel: string;
  color: string;
  points: readonly EstimatePoint[];
  asOf: string;
}

/**
 * One small multiple: the amounts reported for one category in one direction, in one unit,
 * on an axis of its own from zero. Shells and troops never share a scale.
 */
export function reportedVolume({ name, what, direction, axisLabel, color, points, asOf }: ReportedVolumeInput): ChartCell {
  const [from, to] = timeDomain(points.map((p) => p.date), asOf, 90, 90);
  const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : 1));
  const bounds = BOUND_LEGEND.filter((b) => points.some((p) => (b.shape === "arrow-up" ? /more-than|at-least/ : /up-to|less-than/).test(p.qualifier)));
  return {
    kind: "chart",
    name,
    title: `${what}, ${direction}`,
    subtitle: "Reported amounts, one dot per claim, by the date it refers to.",
    description: points.length
      ? `${points.length} reported ${points.length === 1 ? "amount" : "amounts"} of ${what.toLowerCase()} sent ${direction.replace("→", "to")}: ${sorted.map((p) => `${p.value.toLocaleString("en-US")}${p.high !== null ? `–${p.high.toLocaleString("en-US")}` : ""} (${p.qualifier.replace(/-/g, " ")}, ${p.claimant}, ${p.date})`).join("; ")}.`
      : `No reported amounts of ${what.toLowerCase()} sent ${direction.replace("→", "to")}.`,
    source: sourceLine("armsledger, from news reports", points.map((p) => p.claimant)),
    asOf,
    legend: bounds,
    size: "small",
    spec: {
      width: 360,
      height: 230,
      marginLeft: 70,
      marginRight: 20,
      marginTop: 30,
      style: STYLE,
      marginBottom: TIME_AXIS_MARGIN,
      x: timeAxis("Date the amount refers to", [from, to], 4),
      y: { label: axisLabel, domain: [0, yMax(points.map((p) => p.high ?? p.value), 1.25)], grid: true, tickFormat: NUMBER_TICKS, ticks: 4 },
      marks: [Plot.ruleY([0]), ...estimateMarks(points, color), points.length ? null : emptyMessage("No amounts reported")],
    },
  };
}
