import { figureRow } from "@armsledger/loader";
import type { Notebook, TableCell } from "../notebook.js";
import type { Ledger } from "../ledger.js";
import { claimsBySource, type SourceCell } from "../charts/claims-by-source.js";
import { claimantLabel, cmp, estimates, type Estimate } from "./estimates.js";
import { directionName, quantityText } from "./format.js";

/** (claimant, outlet) pairs with the number of claims each claimant makes in each outlet. */
export function sourceCells(all: readonly Estimate[]): SourceCell[] {
  const counts = new Map<string, SourceCell>();
  for (const e of all) {
    for (const claimant of e.claimants) {
      for (const outlet of new Set(e.citations.map((c) => c.outlet ?? "(no outlet)"))) {
        const key = `${claimant}\u0000${outlet}`;
        (counts.get(key) ?? counts.set(key, { claimant, outlet, count: 0 }).get(key)!).count++;
      }
    }
  }
  return [...counts.values()].sort((a, b) => cmp(a.claimant, b.claimant) || cmp(a.outlet, b.outlet));
}

function sameFlow(a: Estimate, b: Estimate): boolean {
  const match = (x: string | null, y: string | null) => x === null || y === null || x === y;
  return match(a.supplier, b.supplier) && match(a.recipient, b.recipient);
}

/**
 * Each denial beside the claims it answers: the same category and a compatible flow (a
 * denial often names no direction). A denial nothing matches still gets its row.
 */
export function denialRows(all: readonly Estimate[]): Record<string, string | number | null>[] {
  const denials = all.filter((e) => e.modality === "denied");
  return denials.flatMap((d): Record<string, string | number | null>[] => {
    const denied = all.filter((e) => e.modality !== "denied" && e.category === d.category && sameFlow(d, e));
    const side = {
      denial_by: claimantLabel(d),
      denial_date: d.citations[0]?.published ?? d.date,
      denial: d.citations[0]?.evidence ?? d.item,
      denial_figure_id: d.citations[0]?.figureId ?? null,
    };
    if (!denied.length) return [{ ...side, claim: null, claim_by: null, claim_date: null, claim_sentence: null, claim_figure_id: null }];
    return denied.map((e) => ({
      ...side,
      claim: `${quantityText(e, e.item)} ${e.value === null ? "" : e.item}`.trim(),
      claim_by: claimantLabel(e),
      claim_date: e.date,
      claim_sentence: e.citations[0]?.evidence ?? null,
      claim_figure_id: e.citations[0]?.figureId ?? null,
    }));
  });
}

function claimantTable(all: readonly Estimate[]): TableCell {
  const by = new Map<string, Estimate[]>();
  for (const e of all) for (const c of e.claimants.length ? e.claimants : ["unattributed"]) by.set(c, [...(by.get(c) ?? []), e]);
  const rows = [...by]
    .map(([claimant, list]) => {
      const dates = list.flatMap((e) => e.citations.map((c) => c.published)).filter((d): d is string => d !== null).sort();
      return {
        claimant,
        claims: list.length,
        denials: list.filter((e) => e.modality === "denied").length,
        outlets: [...new Set(list.flatMap((e) => e.citations.map((c) => c.outlet ?? "(no outlet)")))].sort(cmp).join("; "),
        categories: [...new Set(list.map((e) => e.category))].sort(cmp).join("; "),
        first_cited: dates[0] ?? null,
        latest_cited: dates[dates.length - 1] ?? null,
      };
    })
    .sort((a, b) => b.claims - a.claims || cmp(a.claimant, b.claimant));
  return {
    kind: "table",
    name: "claimants",
    title: "Claimants",
    caption: "One row per claimant: how many claims they make, in which outlets, about what, and when they were first and last cited.",
    columns: [
      { key: "claimant", label: "Claimant" },
      { key: "claims", label: "Claims" },
      { key: "denials", label: "Denials" },
      { key: "outlets", label: "Outlets" },
      { key: "categories", label: "Categories" },
      { key: "first_cited", label: "First cited" },
      { key: "latest_cited", label: "Latest cited" },
    ],
    rows,
  };
}

/** The evidence behind every number: each figure with the sentence that states it and who states it. */
export function sources(ledger: Ledger): Notebook {
  const all = estimates(ledger);
  const articles = new Map(ledger.articles.map((a) => [a.id, a]));
  const denials = denialRows(all);
  return {
    slug: "sources",
    title: "Sources and evidence",
    summary: `Who claims what, where, and the sentence behind every figure in ${ledger.articles.length} articles. As of ${ledger.buildDate}.`,
    cells: [
      {
        kind: "prose",
        markdown:
          "The claimant is who an article says makes a claim (a government, an agency, a person), which is not the outlet that reports it. A claim repeated by several outlets is one claim with several citations.\n\n## Who claims what, where",
      },
      claimsBySource(sourceCells(all), ledger.buildDate),
      claimantTable(all),
      { kind: "prose", markdown: "## Denials\n\nEach denial beside the claims in the same category it answers." },
      denials.length
        ? {
            kind: "table",
            name: "denials",
            title: "Denials and what they deny",
            caption: "One row per denial and claim it answers, each side quoting its sentence.",
            columns: [
              { key: "denial_by", label: "Denied by" },
              { key: "denial_date", label: "Date" },
              { key: "denial", label: "Denial", quote: true, link: { to: "figure", key: "denial_figure_id" } },
              { key: "claim", label: "Claim denied" },
              { key: "claim_by", label: "Claimed by" },
              { key: "claim_date", label: "Refers to" },
              { key: "claim_sentence", label: "Claim", quote: true, link: { to: "figure", key: "claim_figure_id" } },
            ],
            rows: denials,
          }
        : { kind: "prose", markdown: "*No denials were found in the articles.*" },
      { kind: "prose", markdown: "## Analyst corrections\n\nWhat the corrections file changed in this build, row by row: each correction names the figures it touched, their value before, and who made it and why." },
      ledger.corrections.length
        ? {
            kind: "table",
            name: "corrections",
            title: "Corrections applied",
            columns: [
              { key: "summary", label: "Correction" },
              { key: "before", label: "Before" },
              { key: "evidence", label: "Sentence", quote: true },
              { key: "reason", label: "Reason" },
              { key: "author", label: "By" },
              { key: "source", label: "Row" },
              { key: "target", label: "Target id", csvOnly: true },
            ],
            rows: ledger.corrections.map((c) => ({
              summary: c.summary,
              before: c.before.filter((b) => b !== null).join("; ") || null,
              evidence: c.evidence[0] ?? null,
              reason: c.reason,
              author: c.author,
              source: c.source,
              target: c.target,
            })),
          }
        : { kind: "prose", markdown: "*No corrections were applied.*" },
      { kind: "prose", markdown: "## Evidence\n\nEvery figure found, in article order, quoting the sentence it was read from and linking to the article." },
      {
        kind: "table",
        name: "evidence",
        title: "Evidence table",
        caption: "One row per figure mention. Citations elsewhere in the reports link to these rows.",
        anchorRows: true,
        columns: [
          { key: "value", label: "Value" },
          { key: "qualifier", label: "Qualifier" },
          { key: "unit", label: "Unit", csvOnly: true },
          { key: "item", label: "Item" },
          { key: "category", label: "Category", csvOnly: true },
          { key: "direction", label: "From → to" },
          { key: "claimant", label: "Claimant" },
          { key: "modality", label: "Modality" },
          { key: "evidence", label: "Sentence", quote: true },
          { key: "article", label: "Article", link: { to: "url", key: "url" } },
          { key: "outlet", label: "Outlet" },
          { key: "published", label: "Published" },
          { key: "figure_id", label: "Figure id", csvOnly: true },
        ],
        rows: ledger.figures.map((f) => {
          const row = figureRow(f);
          return {
            ...row,
            direction: f.flow && (f.flow.supplier || f.flow.recipient) ? directionName(f.flow.supplier, f.flow.recipient) : null,
            article: f.articleTitle || f.sourceFile,
            url: articles.get(f.articleId)?.url ?? null,
          };
        }),
      },
    ],
  };
}
