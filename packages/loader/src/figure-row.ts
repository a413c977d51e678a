import type { Figure } from "@armsledger/model";

/** The columns of the per-mention export, in order. */
export const FIGURE_COLUMNS = [
  "figure_id", "source_file", "article_title", "outlet", "published", "value", "value_high", "qualifier", "unit", "item", "category",
  "supplier", "recipient", "claimant", "claimant_kind", "claimant_country", "modality", "period_start", "period_end", "period_text",
  "evidence", "sentence_start", "sentence_end", "number_start", "number_end",
] as const;
export type FigureRow = Record<(typeof FIGURE_COLUMNS)[number], string | number | null>;

/** A figure flattened for tables: numbers stay numbers, unknowns are null. */
export function figureRow(f: Figure): FigureRow {
  return {
    figure_id: f.id,
    source_file: f.sourceFile,
    article_title: f.articleTitle,
    outlet: f.outlet,
    published: f.published,
    value: f.quantity.value,
    value_high: f.quantity.high,
    qualifier: f.quantity.qualifier,
    unit: f.quantity.unit,
    item: f.item,
    category: f.category,
    supplier: f.flow?.supplier ?? null,
    recipient: f.flow?.recipient ?? null,
    claimant: f.claimant?.name ?? null,
    claimant_kind: f.claimant?.kind ?? null,
    claimant_country: f.claimant?.country ?? null,
    modality: f.modality,
    period_start: f.period?.start ?? null,
    period_end: f.period?.end ?? null,
    period_text: f.period?.text ?? null,
    evidence: f.evidence.sentence,
    sentence_start: f.evidence.sentenceStart,
    sentence_end: f.evidence.sentenceEnd,
    number_start: f.evidence.numberStart,
    number_end: f.evidence.numberEnd,
  };
}
