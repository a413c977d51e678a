import * as Plot from "@observablehq/plot";
import type { ChartCell, LegendItem } from "../notebook.js";
import { ACCENT, BOUND_LEGEND, emptyMessage, NUMBER_TICKS, sourceLine, STYLE, timeDomain, utc, yMax, timeAxis, TIME_AXIS_MARGIN } from "./common.js";
import { estimateMarks, type EstimatePoint } from "./estimate-marks.js";

export type DeliveryKind = "notified" | "estimated";

/** A reported amount of oil delivered to North Korea over a period. */
export interface Delivery extends EstimatePoint {
  /** First day of the period the amount covers, when the report says. */
  start: string | null;
  kind: DeliveryKind;
}

export const DELIVERY_COLORS: Record<DeliveryKind, string> = { notified: "#4e79a7", estimated: "#f28e2c" };
const DELIVERY_LABELS: Record<DeliveryKind, string> = { notified: "notified to the UN 1718 Committee", estimated: "estimated by others" };

/**
 * Reported deliveries of refined petroleum to North Korea against the UN's annual cap. Each
 * delivery is a bar across the period it covers at the amount delivered in that period: a bar
 * above the cap line broke the yearly cap even if its period is shorter than a year.
 */
export function oilDeliveries({ deliveries, cap, asOf }: { deliveries: readonly Delivery[]; cap: { perYear: number; label: string } | null; asOf: string }): ChartCell {
  const dates = deliveries.flatMap((d) => (d.start ? [d.start, d.date] : [d.date]));
  const [from, to] = timeDomain(dates, asOf, 120, 150);
  const withPeriod = deliveries.filter((d) => d.start !== null && d.start < d.date);
  const color = (d: EstimatePoint) => DELIVERY_COLORS[(d as Delivery).kind];
  const kinds = (Object.keys(DELIVERY_COLORS) as DeliveryKind[]).filter((k) => deliveries.some((d) => d.kind === k));
  const over = cap ? deliveries.filter((d) => d.value > cap.perYear) : [];
  const legend: LegendItem[] = [
    ...kinds.map((k) => ({ label: DELIVERY_LABELS[k], color: DELIVERY_COLORS[k], shape: "circle" as const })),
    ...(cap ? [{ label: "UN annual cap", color: ACCENT, shape: "dashed-line" as const }] : []),
    ...BOUND_LEGEND.filter((b) => b.shape === "arrow-up" && deliveries.some((d) => /more-than|at-least/.test(d.qualifier))),
  ];
  return {
    kind: "chart",
    name: "oil-deliveries",
    title: "Oil delivered to North Korea against the UN cap",
    subtitle: `Reported deliveries of refined petroleum in barrels; a bar spans the period a figure covers.${cap ? ` The dashed line is the ${cap.perYear.toLocaleString("en-US")}-barrel annual cap.` : ""}`,
    description: deliveries.length
      ? `${deliveries.length} reported ${deliveries.length === 1 ? "delivery" : "deliveries"} of oil to North Korea: ${deliveries.map((d) => `${d.value.toLocaleString("en-US")} barrels (${d.qualifier.replace(/-/g, " ")}, ${d.kind}, ${d.claimant}, ${d.start ? `${d.start} to ` : "up to "}${d.date})`).join("; ")}.${cap ? ` ${over.length} of them ${over.length === 1 ? "exceeds" : "exceed"} the ${cap.perYear.toLocaleString("en-US")}-barrel annual cap.` : ""}`
      : "No deliveries of oil to North Korea were reported in the articles.",
    source: sourceLine("armsledger, from news reports; cap from the sanctions reference", deliveries.map((d) => d.claimant)),
    asOf,
    legend,
    size: "wide",
    spec: {
      width: 760,
      height: 340,
      marginLeft: 80,
      marginRight: 30,
      marginTop: 30,
      style: STYLE,
      marginBottom: TIME_AXIS_MARGIN,
      x: timeAxis("Period the delivery covers", [from, to]),
      y: { label: "Refined petroleum (barrels)", domain: [0, yMax([...deliveries.map((d) => d.high ?? d.value), cap?.perYear ?? 0], 1.3)], grid: true, tickFormat: NUMBER_TICKS },
      marks: [
        Plot.ruleY([0]),
        cap ? Plot.ruleY([cap.perYear], { stroke: ACCENT, strokeDasharray: "6,4", strokeWidth: 1.5 }) : null,
        cap ? Plot.text([cap.label], { x: () => from, y: () => cap.perYear, text: (t: string) => t, dy: -7, dx: 4, textAnchor: "start", fontSize: 10, fill: ACCENT }) : null,
        Plot.ruleY(withPeriod, { x1: (d: Delivery) => utc(d.start!), x2: (d: Delivery) => utc(d.date), y: "value", stroke: color, strokeWidth: 4, strokeOpacity: 0.5 }),
        ...estimateMarks(deliveries, color),
        deliveries.length ? null : emptyMessage("No oil deliveries reported"),
      ],
    },
  };
}
