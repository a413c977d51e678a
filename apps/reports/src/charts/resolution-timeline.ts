import * as Plot from "@observablehq/plot";
import type { ChartCell, LegendItem } from "../notebook.js";
import { emptyMessage, STYLE, utc, timeAxis, TIME_AXIS_MARGIN } from "./common.js";

export interface ResolutionMark {
  id: string;
  /** Short label drawn by the dot: the resolution number. */
  label: string;
  date: string;
  /** The row it is drawn in: "Sanctions resolution", "Panel of Experts renewal", "Vetoed draft". */
  lane: string;
}

export interface Lane {
  name: string;
  color: string;
}

const WIDTH = 760;
const MARGIN_LEFT = 170;
const MARGIN_RIGHT = 30;
const LABEL_PX = 6.2;

/**
 * Puts each label on the first row above its dot where it does not run into the label before
 * it, so resolutions adopted weeks apart (2371, 2375, 2397 in 2017) stay legible.
 */
export function staggerRows(xs: readonly number[], widths: readonly number[], gap = 4): number[] {
  const rowEnds: number[] = [];
  return xs.map((x, i) => {
    let row = rowEnds.findIndex((end) => end + gap <= x);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = x + widths[i]!;
    return row;
  });
}

/** UN Security Council actions on the DPRK over time, one row per kind of action. */
export function resolutionTimeline(marks: readonly ResolutionMark[], lanes: readonly Lane[], asOf: string): ChartCell {
  const sorted = [...marks].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.label < b.label ? -1 : 1));
  const start = utc(`${(sorted[0]?.date ?? asOf).slice(0, 4)}-01-01`);
  const end = utc(`${Number(asOf.slice(0, 4)) + 1}-01-01`);
  const px = (d: string) => MARGIN_LEFT + ((utc(d).getTime() - start.getTime()) / (end.getTime() - start.getTime())) * (WIDTH - MARGIN_LEFT - MARGIN_RIGHT);
  const placed = lanes.flatMap((lane) => {
    const inLane = sorted.filter((m) => m.lane === lane.name);
    const rows = staggerRows(inLane.map((m) => px(m.date) - (m.label.length * LABEL_PX) / 2), inLane.map((m) => m.label.length * LABEL_PX));
    return inLane.map((m, i) => ({ ...m, row: rows[i]!, color: lane.color }));
  });
  const maxRow = Math.max(0, ...placed.map((p) => p.row));
  const labelsHeight = 12 * (maxRow + 1);
  const laneHeight = 30 + labelsHeight;
  const legend: LegendItem[] = lanes.map((l) => ({ label: l.name, color: l.color, shape: "circle" }));
  const counts = lanes.map((l) => `${sorted.filter((m) => m.lane === l.name).length} ${l.name.toLowerCase()}`).join(", ");
  return {
    kind: "chart",
    name: "unsc-timeline",
    title: "UN Security Council action on North Korea",
    subtitle: "Resolutions adopted, renewals of the Panel of Experts that monitored them, and drafts vetoed, by date of the vote.",
    description: sorted.length
      ? `Timeline from ${sorted[0]!.date.slice(0, 4)} to ${sorted[sorted.length - 1]!.date.slice(0, 4)}: ${counts}. Sanctions resolutions cluster in 2016 and 2017; the last, 2397, was adopted on ${sorted.filter((m) => m.label === "2397")[0]?.date ?? "—"}. Vetoes: ${sorted.filter((m) => /veto/i.test(m.lane)).map((m) => m.date).join(", ") || "none"}.`
      : "No UN Security Council measures are in the sanctions reference.",
    source: "Source: armsledger sanctions reference (data/reference/sanctions.json), from UN Security Council documents and press releases. Claimants: UN Security Council.",
    asOf,
    legend,
    size: "wide",
    spec: {
      width: WIDTH,
      height: lanes.length * laneHeight + 10 + TIME_AXIS_MARGIN,
      marginLeft: MARGIN_LEFT,
      marginRight: MARGIN_RIGHT,
      marginTop: labelsHeight + 12,
      style: STYLE,
      marginBottom: TIME_AXIS_MARGIN,
      x: timeAxis("Date of the vote", [start, end]),
      // A point scale puts each lane's tick label level with its dots; the labels stack above.
      y: { domain: lanes.map((l) => l.name), label: null, type: "point", padding: 0.2 },
      marks: [
        Plot.ruleY(lanes.map((l) => l.name), { stroke: "#e4e4e8" }),
        Plot.dot(placed, { x: (m: (typeof placed)[number]) => utc(m.date), y: "lane", fill: (m: (typeof placed)[number]) => m.color, r: 4, stroke: "white" }),
        ...Array.from({ length: maxRow + 1 }, (_, row) =>
          Plot.text(
            placed.filter((p) => p.row === row),
            { x: (m: (typeof placed)[number]) => utc(m.date), y: "lane", text: "label", fontSize: 9, dy: -11 - 12 * row, fill: "#333" },
          ),
        ),
        sorted.length ? null : emptyMessage("No UN Security Council measures in the reference data"),
      ],
    },
  };
}
