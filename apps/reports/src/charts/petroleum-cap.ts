import * as Plot from "@observablehq/plot";
import type { ChartCell } from "../notebook.js";
import { ACCENT, addDays, emptyMessage, INK, MUTED, NUMBER_TICKS, STYLE, utc, yMax, timeAxis, TIME_AXIS_MARGIN } from "./common.js";

/** One stretch of time under one cap, converted to barrels a year so stretches compare. */
export interface CapStep {
  from: string;
  /** Last day in force (inclusive); the chart's "as of" date when open-ended. */
  to: string;
  perYear: number;
  /** "Resolution 2397: 500,000 barrels a year". */
  label: string;
}

/** A cap that was proposed and not adopted, drawn for comparison. */
export interface CapProposal {
  date: string;
  perYear: number;
  label: string;
}

/** The UN cap on refined petroleum supplied to North Korea, as a step chart over time. */
export function petroleumCap({ steps, proposals, asOf }: { steps: readonly CapStep[]; proposals: readonly CapProposal[]; asOf: string }): ChartCell {
  // Each stretch is a flat segment; contiguous stretches join with a vertical step, and a gap
  // (no cap in force) breaks the line rather than drawing a slope across it.
  const line: { date: Date; value: number }[] = [];
  steps.forEach((s, i) => {
    const stop = addDays(s.to, 1);
    line.push({ date: utc(s.from), value: s.perYear }, { date: utc(stop), value: s.perYear });
    const next = steps[i + 1];
    if (next && next.from > stop) line.push({ date: utc(stop), value: NaN });
  });
  const first = steps[0]?.from ?? asOf;
  const start = utc(`${Number(first.slice(0, 4)) - 1}-07-01`);
  const end = utc(addDays(asOf, 1));
  const max = yMax([...steps.map((s) => s.perYear), ...proposals.map((p) => p.perYear)], 1.3);
  return {
    kind: "chart",
    name: "petroleum-cap",
    title: "UN cap on refined petroleum supplied to North Korea",
    subtitle: "Barrels a year that all states together may supply, by the date each cap applied; a cap set for a shorter window is shown at its yearly rate.",
    description: steps.length
      ? `Step chart of the refined-petroleum cap: ${steps.map((s) => `${s.label}, from ${s.from} to ${s.to}`).join("; ")}.${proposals.length ? ` Proposed and vetoed: ${proposals.map((p) => p.label).join("; ")}.` : ""}`
      : "No cap on refined petroleum is in the sanctions reference.",
    source: "Source: armsledger sanctions reference (data/reference/sanctions.json), from UN Security Council resolutions 2375 and 2397 and the vetoed draft S/2022/431. Claimants: UN Security Council.",
    asOf,
    legend: [
      { label: "cap in force", color: ACCENT, shape: "line" },
      ...(proposals.length ? [{ label: "proposed, vetoed", color: MUTED, shape: "dashed-line" as const }] : []),
    ],
    size: "wide",
    spec: {
      width: 760,
      height: 320,
      marginLeft: 80,
      marginRight: 30,
      marginTop: 30,
      style: STYLE,
      marginBottom: TIME_AXIS_MARGIN,
      x: timeAxis("Date the cap applied", [start, end]),
      y: { label: "Cap (barrels a year)", domain: [0, max], grid: true, tickFormat: NUMBER_TICKS },
      marks: [
        Plot.ruleY([0]),
        Plot.areaY(line, { x: "date", y1: 0, y2: "value", fill: ACCENT, fillOpacity: 0.08 }),
        Plot.line(line, { x: "date", y: "value", stroke: ACCENT, strokeWidth: 2.5 }),
        Plot.ruleY(proposals, { x1: (p: CapProposal) => utc(p.date), x2: () => end, y: "perYear", stroke: MUTED, strokeDasharray: "5,4", strokeWidth: 1.5 }),
        Plot.text(proposals, { x: () => end, y: "perYear", text: "label", dy: 10, textAnchor: "end", fontSize: 10, fill: MUTED }),
        // Long labels wrap above their step rather than run off the right edge.
        Plot.text(steps, { x: (s: CapStep) => utc(s.from), y: "perYear", text: "label", dy: -8, textAnchor: "start", lineAnchor: "bottom", lineWidth: 30, fontSize: 10, fill: INK }),
        steps.length ? null : emptyMessage("No petroleum cap in the reference data"),
      ],
    },
  };
}
