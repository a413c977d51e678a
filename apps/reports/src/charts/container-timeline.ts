import * as Plot from "@observablehq/plot";
import type { ChartCell } from "../notebook.js";
import { BOUND_LEGEND, colorsFor, emptyMessage, MUTED, NUMBER_TICKS, sourceLine, STYLE, timeDomain, utc, yMax, timeAxis, TIME_AXIS_MARGIN } from "./common.js";
import { estimateMarks, type EstimatePoint } from "./estimate-marks.js";

export interface ContainerTimelineInput {
  /** One point per claim (or per figure when the ledger has no claims yet). */
  points: readonly EstimatePoint[];
  /** Ids of the points the ledger's series runs through, in order; empty: every point, by date. */
  series: readonly string[];
  asOf: string;
}

/** A timeline of the reported cumulative count of containers sent from North Korea to Russia. */
export function containerTimeline({ points, series, asOf }: ContainerTimelineInput): ChartCell {
  const byId = new Map(points.map((p) => [p.id, p]));
  const inSeries = series.map((id) => byId.get(id)).filter((p): p is EstimatePoint => p !== undefined);
  const step = (inSeries.length ? inSeries : [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.value - b.value))).map((p) => ({ date: utc(p.date), value: p.value }));
  const colors = colorsFor(points.map((p) => p.claimant));
  const [from, to] = timeDomain(points.map((p) => p.date), asOf, 45, 60);
  const values = points.map((p) => p.high ?? p.value);
  const first = points[0];
  const last = points[points.length - 1];
  return {
    kind: "chart",
    name: "container-timeline",
    title: "Containers of munitions sent from North Korea to Russia",
    subtitle: "Reported cumulative number of shipping containers, one dot per claim, by the date the claim refers to. The grey step line follows the series of estimates.",
    description: points.length
      ? `Timeline of ${points.length} reported estimates of the number of containers North Korea has shipped to Russia, from ${first!.value.toLocaleString("en-US")} (${first!.claimant}, ${first!.date}) to ${last!.value.toLocaleString("en-US")} (${last!.claimant}, ${last!.date}). Estimates rise over time; arrows mark lower bounds such as "more than".`
      : "No estimates of containers shipped from North Korea to Russia were found in the articles.",
    source: sourceLine("armsledger, from news reports", points.map((p) => p.claimant)),
    asOf,
    legend: [...colors.legend, ...BOUND_LEGEND.filter((b) => points.some((p) => (b.shape === "arrow-up" ? /more-than|at-least/ : /up-to|less-than/).test(p.qualifier))), { label: "series", color: MUTED, shape: "line" }],
    size: "wide",
    spec: {
      width: 760,
      height: 380,
      marginLeft: 70,
      marginRight: 30,
      marginTop: 30,
      style: STYLE,
      marginBottom: TIME_AXIS_MARGIN,
      x: timeAxis("Date the estimate refers to", [from, to]),
      y: { label: "Containers (cumulative count)", domain: [0, yMax(values)], grid: true, tickFormat: NUMBER_TICKS },
      color: { type: "ordinal", domain: colors.domain, range: colors.range, unknown: "#9a9a9a" },
      marks: [
        Plot.ruleY([0]),
        Plot.line(step, { x: "date", y: "value", curve: "step-after", stroke: MUTED, strokeWidth: 1.5 }),
        ...estimateMarks(points, "claimant"),
        points.length ? null : emptyMessage("No container estimates in these articles"),
      ],
    },
  };
}
