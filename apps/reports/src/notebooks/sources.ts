import { figureRow } from "@armsledger/loader";
import type { Notebook } from "../notebook.js";
import type { Ledger } from "../ledger.js";

/** The evidence behind every number: each figure with the sentence that states it and who states it. */
export function sources(ledger: Ledger): Notebook {
  const urls = new Map(ledger.articles.map((a) => [a.id, a.url]));
  const rows = ledger.figures.map((f) => ({ ...figureRow(f), url: urls.get(f.articleId) ?? null }));
  return {
    slug: "sources",
    title: "Sources and evidence",
    summary: `Every figure found in ${ledger.articles.length} articles, with the sentence it comes from. As of ${ledger.buildDate}.`,
    cells: [
      {
        kind: "prose",
        markdown: "Each row quotes the sentence a figure was read from. The claimant is who the article says makes the claim, which is not the outlet that reports it.",
      },
      {
        kind: "table",
        name: "evidence",
        title: "Evidence table",
        columns: [
          { key: "value", label: "Value" },
          { key: "qualifier", label: "Qualifier" },
          { key: "item", label: "Item" },
          { key: "category", label: "Category" },
          { key: "supplier", label: "From" },
          { key: "recipient", label: "To" },
          { key: "claimant", label: "Claimant" },
          { key: "modality", label: "Modality" },
          { key: "evidence", label: "Sentence" },
          { key: "outlet", label: "Article", linkTo: "url" },
          { key: "published", label: "Published" },
        ],
        rows: rows.map((r) => ({ ...r, outlet: r.outlet ?? r.source_file })),
      },
    ],
  };
}
