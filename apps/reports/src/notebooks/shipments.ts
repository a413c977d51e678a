import type { Notebook, Cell } from "../notebook.js";
import type { Ledger } from "../ledger.js";
import { containerTimeline } from "../charts/container-timeline.js";
import { figuresByCategory } from "../charts/figures-by-category.js";
import { countryName, quantityText } from "./format.js";

/** Key figures per flow and category: the latest-dated mention with a value, and who gave it. */
function keyFigures(ledger: Ledger): Cell[] {
  const latest = new Map<string, Ledger["figures"][number]>();
  for (const f of ledger.figures) {
    if (!f.flow?.supplier || !f.flow.recipient || f.quantity.value === null || f.modality === "hypothetical" || f.modality === "denied" || f.modality === "capacity") continue;
    const key = `${f.flow.supplier}>${f.flow.recipient}>${f.category}`;
    const date = (x: typeof f) => x.period?.end ?? x.published ?? "";
    const current = latest.get(key);
    if (!current || date(f) > date(current) || (date(f) === date(current) && f.quantity.value > current.quantity.value!)) latest.set(key, f);
  }
  return [...latest.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, f]) => ({
      kind: "callout" as const,
      label: `${f.category.replace(/-/g, " ")}: ${countryName(f.flow!.supplier)} → ${countryName(f.flow!.recipient)}`,
      value: quantityText(f),
      detail: `${f.item}; ${f.claimant?.name ?? "unattributed"}, ${f.period?.end ?? f.published ?? "undated"}`,
      citations: [{ figureId: f.id, label: f.outlet ?? f.sourceFile }],
    }));
}

export function shipments(ledger: Ledger): Notebook {
  return {
    slug: "shipments",
    title: "Shipments between North Korea and Russia",
    summary: `What the articles say was sent each way, who said it and when. Built from ${ledger.articles.length} articles as of ${ledger.buildDate}.`,
    cells: [
      {
        kind: "prose",
        markdown:
          "Each figure below is a claim made in a news report, not a verified count. Key figures show the most recent estimate for each flow; follow a link to read the sentence it comes from.",
      },
      ...keyFigures(ledger),
      containerTimeline(ledger.figures, ledger.buildDate),
      figuresByCategory(ledger.figures, ledger.buildDate),
    ],
  };
}
