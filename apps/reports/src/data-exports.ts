// The flat tables under OUT/data/: claims, series, sanctions, cap comparisons and applied
// corrections. Column meanings are documented in docs/codebook.md; keep the two in step.
import type { AppliedCorrection, CapComparison, Claim, Figure, MeasureMention, SanctionMeasure, Series } from "@armsledger/model";
import type { Cell } from "./render/csv.js";

type Row<C extends readonly string[]> = Record<C[number], Cell>;

/** Joins the values of a multi-valued cell. */
const many = (xs: readonly (string | null)[]) => xs.filter((x): x is string => x !== null && x !== "").join("; ");

export const CLAIM_COLUMNS = [
  "claim_id", "value", "value_high", "qualifier", "unit", "item", "category", "supplier", "recipient", "claimants", "modality",
  "period_text", "period_start", "period_end", "reference_date", "first_cited", "latest_cited", "citations", "independent_sources",
  "outlets", "derived_from", "sanction_ref", "conflict", "denied", "conflict_notes", "corrected", "corrections", "figure_ids",
] as const;

export function claimRow(c: Claim): Row<typeof CLAIM_COLUMNS> {
  return {
    claim_id: c.id,
    value: c.value,
    value_high: c.high,
    qualifier: c.qualifier,
    unit: c.unit,
    item: c.item,
    category: c.category,
    supplier: c.supplier,
    recipient: c.recipient,
    claimants: many(c.claimants),
    modality: c.modality,
    period_text: c.periodText,
    period_start: c.periodStart,
    period_end: c.periodEnd,
    reference_date: c.referenceDate,
    first_cited: c.firstCited,
    latest_cited: c.latestCited,
    citations: c.citations.length,
    independent_sources: c.independentSources,
    outlets: many([...new Set(c.citations.map((ct) => ct.outlet ?? ct.sourceFile))]),
    derived_from: c.derivedFrom,
    sanction_ref: c.sanctionRef,
    conflict: c.conflict,
    denied: c.denied,
    conflict_notes: c.conflictNotes.join(" | "),
    corrected: c.corrected,
    corrections: c.corrections.join(" | "),
    figure_ids: many(c.citations.map((ct) => ct.figureId)),
  };
}

export const SERIES_COLUMNS = [
  "series_id", "supplier", "recipient", "category", "unit", "point", "date", "value", "value_high", "qualifier", "claimants", "claim_id",
  "modality", "citations", "independent_sources", "conflict",
] as const;

/** One row per point of every series. */
export function seriesRows(series: readonly Series[], claims: readonly Claim[]): Row<typeof SERIES_COLUMNS>[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return series.flatMap((s) =>
    s.points.map((p, i) => {
      const c = byId.get(p.claimId);
      return {
        series_id: s.id,
        supplier: s.supplier,
        recipient: s.recipient,
        category: s.category,
        unit: s.unit,
        point: i + 1,
        date: p.date,
        value: p.value,
        value_high: p.high,
        qualifier: p.qualifier,
        claimants: many(p.claimants),
        claim_id: p.claimId,
        modality: c?.modality ?? null,
        citations: c?.citations.length ?? null,
        independent_sources: c?.independentSources ?? null,
        conflict: c?.conflict ?? null,
      };
    }),
  );
}

export const SANCTION_COLUMNS = [
  "measure_id", "authority", "instrument", "date", "kind", "vote_for", "vote_against", "vote_abstain", "individuals", "entities", "vessels",
  "cap_commodity", "cap_value", "cap_unit", "cap_per", "cap_from", "cap_to", "cap_superseded_by", "cap_note", "cited_by_figures", "named_by_articles", "summary", "sources",
] as const;

/** One row per cap; a measure without caps gets one row with the cap columns empty. */
export function sanctionRows(measures: readonly SanctionMeasure[], figures: readonly Figure[], mentions: readonly MeasureMention[] = []): Row<typeof SANCTION_COLUMNS>[] {
  const citedBy = new Map<string, string[]>();
  for (const f of figures) if (f.sanctionRef) citedBy.set(f.sanctionRef, [...(citedBy.get(f.sanctionRef) ?? []), f.id]);
  const namedBy = articlesNaming(mentions);
  return measures.flatMap((m): Row<typeof SANCTION_COLUMNS>[] => {
    const base = {
      measure_id: m.id,
      authority: m.authority,
      instrument: m.instrument,
      date: m.date,
      kind: m.kind,
      vote_for: m.vote?.for ?? null,
      vote_against: m.vote?.against ?? null,
      vote_abstain: m.vote?.abstain ?? null,
      individuals: m.designations?.individuals ?? null,
      entities: m.designations?.entities ?? null,
      vessels: m.designations?.vessels ?? null,
      cited_by_figures: many(citedBy.get(m.id) ?? []),
      named_by_articles: many(namedBy.get(m.id) ?? []),
      summary: m.summary,
      sources: m.sources.join(" "),
    };
    const none = { cap_commodity: null, cap_value: null, cap_unit: null, cap_per: null, cap_from: null, cap_to: null, cap_superseded_by: null, cap_note: null };
    if (!m.caps.length) return [{ ...base, ...none }];
    return m.caps.map((c) => ({
      ...base,
      cap_commodity: c.commodity,
      cap_value: c.value,
      cap_unit: c.unit,
      cap_per: c.per,
      cap_from: c.from,
      cap_to: c.to,
      cap_superseded_by: c.superseded_by ?? null,
      cap_note: c.note ?? null,
    }));
  });
}

/** For each measure named by number, the ids of the articles that name it, sorted. */
export function articlesNaming(mentions: readonly MeasureMention[]): Map<string, string[]> {
  const byMeasure = new Map<string, Set<string>>();
  for (const m of mentions) byMeasure.set(m.measureId, (byMeasure.get(m.measureId) ?? new Set()).add(m.articleId));
  return new Map([...byMeasure].map(([id, articles]) => [id, [...articles].sort()]));
}

export const MEASURE_MENTION_COLUMNS = ["article_id", "source_file", "measure_id", "in_reference", "text", "sentence", "sentence_start", "number_start", "number_end"] as const;

/** One row per measure an article names by number; `in_reference` says whether the sanctions reference holds it. */
export function measureMentionRow(m: MeasureMention, measures: readonly SanctionMeasure[]): Row<typeof MEASURE_MENTION_COLUMNS> {
  return {
    article_id: m.articleId,
    source_file: m.sourceFile,
    measure_id: m.measureId,
    in_reference: measures.some((s) => s.id === m.measureId),
    text: m.text,
    sentence: m.evidence.sentence,
    sentence_start: m.evidence.sentenceStart,
    number_start: m.evidence.numberStart,
    number_end: m.evidence.numberEnd,
  };
}

export const CAP_COMPARISON_COLUMNS = [
  "comparison_id", "claim_id", "measure_id", "commodity", "cap_value", "unit", "per", "reported_value", "reported_high", "qualifier",
  "reference_date", "span_months", "ratio", "exceeds", "note", "figure_ids",
] as const;

export function capComparisonRow(c: CapComparison): Row<typeof CAP_COMPARISON_COLUMNS> {
  return {
    comparison_id: c.id,
    claim_id: c.claimId,
    measure_id: c.measureId,
    commodity: c.commodity,
    cap_value: c.capValue,
    unit: c.unit,
    per: c.per,
    reported_value: c.reportedValue,
    reported_high: c.reportedHigh,
    qualifier: c.qualifier,
    reference_date: c.referenceDate,
    span_months: c.spanMonths,
    ratio: c.ratio,
    exceeds: c.exceeds,
    note: c.note,
    figure_ids: many(c.figureIds),
  };
}

export const CORRECTION_APPLIED_COLUMNS = ["source", "target", "target_kind", "action", "field", "value", "before", "reason", "author", "figure_ids", "summary"] as const;

export function appliedCorrectionRow(a: AppliedCorrection): Row<typeof CORRECTION_APPLIED_COLUMNS> {
  return {
    source: a.source,
    target: a.target,
    target_kind: a.targetKind,
    action: a.action,
    field: a.field,
    value: a.value,
    before: [...new Set(a.before.map((b) => b ?? ""))].join("; "),
    reason: a.reason,
    author: a.author,
    figure_ids: many(a.figureIds),
    summary: a.summary,
  };
}
