import type { Category, Claim, Figure, Modality, Qualifier, Unit } from "@armsledger/model";
import type { Ledger } from "../ledger.js";

/** Where an estimate was read, enough to cite and link it. */
export interface EstimateCitation {
  figureId: string;
  outlet: string | null;
  articleTitle: string;
  published: string | null;
  url: string | null;
  evidence: string;
}

/**
 * What the notebooks draw: a claim when the ledger has reconciled claims, else a single
 * figure mention. Notebooks read this one shape, so they work the same on a ledger with
 * claims and on one without (the figures are always there).
 */
export interface Estimate {
  id: string;
  value: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: Unit;
  item: string;
  category: Category;
  supplier: string | null;
  recipient: string | null;
  /** Who asserts it; empty when the article names no one. */
  claimants: string[];
  modality: Modality;
  /** The date the figure refers to: the end of the period it covers, else its first publication. */
  date: string | null;
  periodStart: string | null;
  periodText: string | null;
  citations: EstimateCitation[];
  /** Flagged as conflicting with another claim or a denial (claims only). */
  conflict: boolean;
}

function fromFigure(f: Figure, urls: ReadonlyMap<string, string | null>): Estimate {
  return {
    id: f.id,
    value: f.quantity.value,
    high: f.quantity.high,
    qualifier: f.quantity.qualifier,
    unit: f.quantity.unit,
    item: f.item,
    category: f.category,
    supplier: f.flow?.supplier ?? null,
    recipient: f.flow?.recipient ?? null,
    claimants: f.claimant ? [f.claimant.name] : [],
    modality: f.modality,
    date: f.period?.end ?? f.published,
    periodStart: f.period?.start ?? null,
    periodText: f.period?.text ?? null,
    citations: [{ figureId: f.id, outlet: f.outlet, articleTitle: f.articleTitle, published: f.published, url: urls.get(f.articleId) ?? null, evidence: f.evidence.sentence }],
    conflict: false,
  };
}

function fromClaim(c: Claim, figures: ReadonlyMap<string, Figure>): Estimate {
  const first = c.citations.map((x) => figures.get(x.figureId)).find((f) => f !== undefined);
  return {
    id: c.id,
    value: c.value,
    high: c.high,
    qualifier: c.qualifier,
    unit: c.unit,
    item: c.item,
    category: c.category,
    supplier: c.supplier,
    recipient: c.recipient,
    claimants: [...c.claimants],
    modality: c.modality,
    date: c.referenceDate ?? c.periodEnd ?? c.firstCited,
    periodStart: first?.period?.start ?? null,
    periodText: c.periodText,
    citations: c.citations.map((x) => ({ figureId: x.figureId, outlet: x.outlet, articleTitle: x.articleTitle, published: x.published, url: x.url, evidence: x.evidence })),
    conflict: c.conflict,
  };
}

/** Every estimate in the ledger, in a stable order (date, then id). */
export function estimates(ledger: Pick<Ledger, "claims" | "figures" | "articles">): Estimate[] {
  const list = ledger.claims.length
    ? ledger.claims.map((c) => fromClaim(c, new Map(ledger.figures.map((f) => [f.id, f]))))
    : ledger.figures.map((f) => fromFigure(f, new Map(ledger.articles.map((a) => [a.id, a.url]))));
  return list.sort((a, b) => cmp(a.date ?? "", b.date ?? "") || cmp(a.id, b.id));
}

/** Estimates of an amount that changed hands: not denials, hypotheticals, conversions or legal limits. */
export function isReportedAmount(e: Estimate): boolean {
  return e.value !== null && (e.modality === "asserted" || e.modality === "estimate");
}

export function claimantLabel(e: Pick<Estimate, "claimants">): string {
  return e.claimants.length ? e.claimants.join("; ") : "unattributed";
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The distinct values of a list, sorted: deterministic domains and legends. */
export function distinctSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(cmp);
}
