import { CATEGORIES } from "@armsledger/model";
import type { Cell, ChartCell, Notebook, TableCell } from "../notebook.js";
import type { Ledger } from "../ledger.js";
import { containerTimeline } from "../charts/container-timeline.js";
import { flowsEachWay, type FlowCount } from "../charts/flows-each-way.js";
import { reportedVolume } from "../charts/reported-volume.js";
import type { EstimatePoint } from "../charts/estimate-marks.js";
import { OTHER_COLOR, PALETTE } from "../charts/common.js";
import { claimantLabel, cmp, estimates, isReportedAmount, type Estimate } from "./estimates.js";
import { axisLabel, categoryName, directionName, quantityText } from "./format.js";

/** The two flows the reports are about come first, in this order; any other pair follows. */
const DIRECTIONS = [
  { supplier: "KP", recipient: "RU", color: "#b8373a" },
  { supplier: "RU", recipient: "KP", color: PALETTE[0] },
] as const;

function directionRank(e: Pick<Estimate, "supplier" | "recipient">): number {
  const i = DIRECTIONS.findIndex((d) => d.supplier === e.supplier && d.recipient === e.recipient);
  return i < 0 ? DIRECTIONS.length : i;
}

function directionColor(e: Pick<Estimate, "supplier" | "recipient">): string {
  return DIRECTIONS[directionRank(e)]?.color ?? OTHER_COLOR;
}

const categoryRank = (c: Estimate["category"]) => CATEGORIES.indexOf(c);

/** Estimates of something handed from one country to another, with an amount and a date. */
export type Transfer = Estimate & { supplier: string; recipient: string; value: number; date: string };

export function transfers(all: readonly Estimate[]): Transfer[] {
  return all.filter((e): e is Transfer => isReportedAmount(e) && e.supplier !== null && e.recipient !== null && e.date !== null);
}

export function toPoint(e: Transfer): EstimatePoint {
  return { id: e.id, date: e.date, value: e.value, high: e.high, qualifier: e.qualifier, claimant: claimantLabel(e) };
}

/** Known directions first, then by category as the vocabulary lists them, then unit. */
function flowOrder(a: Estimate, b: Estimate): number {
  return (
    directionRank(a) - directionRank(b) ||
    cmp(`${a.supplier}${a.recipient}`, `${b.supplier}${b.recipient}`) ||
    categoryRank(a.category) - categoryRank(b.category) ||
    cmp(a.unit, b.unit)
  );
}

function byFlow(list: readonly Transfer[]): Map<string, Transfer[]> {
  const sorted = [...list].sort(flowOrder);
  const groups = new Map<string, Transfer[]>();
  for (const e of sorted) {
    const key = `${e.supplier}>${e.recipient}>${e.category}>${e.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return groups;
}

/** The latest estimate for each flow, category and unit (the larger on a tie), with who said it and when. */
export function keyFigures(list: readonly Transfer[]): Cell[] {
  return [...byFlow(list).values()].map((group) => {
    const e = group.reduce((best, x) => (x.date > best.date || (x.date === best.date && x.value > best.value) ? x : best));
    return {
      kind: "callout" as const,
      label: `${categoryName(e.category)}, ${directionName(e.supplier, e.recipient)}`,
      value: quantityText(e),
      detail: `${e.item}; ${claimantLabel(e)}, ${e.date}${group.length > 1 ? `; latest of ${group.length} estimates` : ""}`,
      // One link per outlet: a claim repeated in one outlet's headline and body is one source to a reader.
      citations: e.citations
        .filter((c, i) => e.citations.findIndex((d) => (d.outlet ?? d.articleTitle) === (c.outlet ?? c.articleTitle)) === i)
        .slice(0, 3)
        .map((c) => ({ figureId: c.figureId, label: c.outlet ?? c.articleTitle })),
    };
  });
}

function flowsTable(list: readonly Transfer[], vague: readonly Estimate[]): TableCell {
  const rows = [...byFlow(list).values()].map((group) => {
    const e = group[group.length - 1]!;
    return {
      direction: directionName(e.supplier, e.recipient),
      category: categoryName(e.category),
      unit: e.unit,
      items: [...new Set(group.map((x) => x.item))].join("; "),
      claims: group.length,
      first_reported: group.map((x) => x.date).sort()[0]!,
      latest_reported: group.map((x) => x.date).sort().pop()!,
      claimants: [...new Set(group.flatMap((x) => (x.claimants.length ? x.claimants : ["unattributed"])))].sort(cmp).join("; "),
    };
  });
  // Transfers reported without an amount ("air-defence missiles", "technology") still say what flows.
  for (const e of vague) {
    rows.push({
      direction: directionName(e.supplier, e.recipient),
      category: categoryName(e.category),
      unit: e.unit,
      items: e.item,
      claims: 1,
      first_reported: e.date ?? "",
      latest_reported: e.date ?? "",
      claimants: claimantLabel(e),
    });
  }
  return {
    kind: "table",
    name: "flows",
    title: "What flows each way",
    caption: "One row per direction, category and unit: the items as the articles name them, how many claims report them, and who.",
    columns: [
      { key: "direction", label: "Direction" },
      { key: "category", label: "Category" },
      { key: "items", label: "Items, as written" },
      { key: "unit", label: "Unit" },
      { key: "claims", label: "Claims" },
      { key: "first_reported", label: "First" },
      { key: "latest_reported", label: "Latest" },
      { key: "claimants", label: "Claimants" },
    ],
    rows,
  };
}

function amountsTable(list: readonly Transfer[]): TableCell {
  return {
    kind: "table",
    name: "reported-amounts",
    title: "Every reported amount",
    caption: "One row per claim: the amount as stated, the date it refers to, who states it, and a link to the sentence.",
    columns: [
      { key: "direction", label: "Direction" },
      { key: "category", label: "Category" },
      { key: "item", label: "Item" },
      { key: "value", label: "Value" },
      { key: "value_high", label: "Up to" },
      { key: "qualifier", label: "Qualifier" },
      { key: "unit", label: "Unit" },
      { key: "modality", label: "Modality" },
      { key: "date", label: "Refers to" },
      { key: "claimants", label: "Claimants" },
      { key: "citations", label: "Sources", link: { to: "figure", key: "figure_id" } },
    ],
    rows: [...byFlow(list).values()].flat().map((e) => ({
      direction: directionName(e.supplier, e.recipient),
      category: e.category,
      item: e.item,
      value: e.value,
      value_high: e.high,
      qualifier: e.qualifier,
      unit: e.unit,
      modality: e.modality,
      date: e.date,
      claimants: claimantLabel(e),
      citations: e.citations.map((c) => c.outlet ?? c.articleTitle).join("; "),
      figure_id: e.citations[0]?.figureId ?? null,
    })),
  };
}

export function shipments(ledger: Ledger): Notebook {
  const all = estimates(ledger);
  const moved = transfers(all);
  const containers = moved.filter((e) => e.category === "containers" && e.supplier === "KP" && e.recipient === "RU");
  const containerSeries = ledger.series.find((s) => s.category === "containers" && s.supplier === "KP" && s.recipient === "RU" && s.unit === "count");
  const vague = all.filter((e) => e.value === null && e.supplier !== null && e.recipient !== null && e.modality !== "denied" && e.modality !== "hypothetical");
  const groups = [...byFlow(moved.filter((e) => e.category !== "containers")).values()];
  const multiples: ChartCell[] = groups.map((g) => {
    const e = g[0]!;
    return reportedVolume({
      name: `volume-${e.supplier}-${e.recipient}-${e.category}-${e.unit}`.toLowerCase(),
      what: categoryName(e.category),
      direction: directionName(e.supplier, e.recipient),
      axisLabel: axisLabel(e.category, e.unit),
      color: directionColor(e),
      points: g.map(toPoint),
      asOf: ledger.buildDate,
    });
  });
  const flowCounts = new Map<string, FlowCount>();
  for (const e of [...moved, ...vague].sort(flowOrder)) {
    const row = { direction: directionName(e.supplier, e.recipient), what: categoryName(e.category), count: 0, color: directionColor(e) };
    const key = `${row.direction}|${row.what}`;
    (flowCounts.get(key) ?? flowCounts.set(key, row).get(key)!).count++;
  }
  return {
    slug: "shipments",
    title: "Shipments between North Korea and Russia",
    summary: `What the articles say was sent each way, who said it and when. Built from ${ledger.articles.length} articles as of ${ledger.buildDate}.`,
    cells: [
      {
        kind: "prose",
        markdown:
          "Each number below is a claim made in a news report, not a verified count. A claim names who makes it (the claimant), which is not the outlet that carried it; follow a source link to read the sentence it comes from.\n\n## Key figures\n\nThe most recent estimate for each flow and category.",
      },
      ...(moved.length ? keyFigures(moved) : [{ kind: "prose" as const, markdown: "*No amounts sent between countries were found in the articles.*" }]),
      { kind: "prose", markdown: "## Containers\n\nContainer counts come from satellite imagery of Rajin (Najin) port and rail yards. Each estimate is cumulative: the number shipped since the trade began, as of the date it refers to." },
      containerTimeline({ points: containers.map(toPoint), series: containerSeries?.points.map((p) => p.claimId) ?? [], asOf: ledger.buildDate }),
      {
        kind: "prose",
        markdown:
          "## What flows each way\n\nMunitions, missiles and troops are reported going to Russia; oil, food, air-defence systems and technology going to North Korea. The chart counts reports, which is one honest scale across kinds; the amounts follow below, each on its own scale.",
      },
      flowsEachWay([...flowCounts.values()], [...new Set([...moved, ...vague].map(claimantLabel))], ledger.buildDate),
      flowsTable(moved, vague),
      {
        kind: "prose",
        markdown:
          "## Reported amounts\n\nOne chart per category and unit, each with an axis of its own starting at zero: shells and soldiers are never drawn against one scale. Conversions (\"enough for 3 million shells\"), hypotheticals and denials are left out; they are in the evidence table.",
      },
      ...(multiples.length ? multiples : [{ kind: "prose" as const, markdown: "*No reported amounts besides containers.*" }]),
      amountsTable(moved),
    ],
  };
}
