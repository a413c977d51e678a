// The analysis layer in one call: corrections → sanction links → claims, series, conflicts →
// cap comparisons. Pure; apps/reports reads the files and hands the contents in.
import type { Figure } from "./figure.js";
import type { Claim, Series } from "./claim.js";
import type { AppliedCorrection } from "./correction.js";
import type { CapComparison, SanctionMeasure } from "./sanction.js";
import { reconcile, type ArticleInfo } from "./reconcile.js";
import { compareWithCaps, linkSanctions } from "./link-sanctions.js";
import { applyCorrections, CorrectionError, type LocatedCorrection } from "./corrections.js";

export interface AnalysisInput {
  figures: readonly Figure[];
  articles?: readonly ArticleInfo[];
  measures?: readonly SanctionMeasure[];
  corrections?: readonly LocatedCorrection[];
}

export interface Analysis {
  /** The figures after corrections (rejected ones dropped) with their sanction links. */
  figures: Figure[];
  claims: Claim[];
  series: Series[];
  capComparisons: CapComparison[];
  corrections: AppliedCorrection[];
}

/**
 * Corrections that target a figure id apply first, in file order; then those that target a
 * claim id (as the claims stand after the figure corrections) apply to every figure of the
 * claim, in file order. A target that is neither a figure id nor a claim id is an error.
 */
export function analyse(input: AnalysisInput): Analysis {
  const measures = input.measures ?? [];
  const measureIds = new Set(measures.map((m) => m.id));
  const corrections = input.corrections ?? [];
  const figureIds = new Set(input.figures.map((f) => f.id));
  const onFigures = corrections.filter((c) => figureIds.has(c.target));
  const onClaims = corrections.filter((c) => !figureIds.has(c.target));

  const first = applyCorrections(
    input.figures,
    onFigures.map((c) => ({ correction: c, kind: "figure" as const, figureIds: [c.target] })),
    measureIds,
  );
  let figures = first.figures;
  let applied = first.applied;
  let locked = first.locked;
  if (onClaims.length) {
    const { claimOf } = reconcile(linkSanctions(figures, measures, locked), { articles: input.articles });
    const members = new Map<string, string[]>();
    for (const [figureId, claimId] of claimOf) members.set(claimId, [...(members.get(claimId) ?? []), figureId]);
    for (const c of onClaims) if (!members.has(c.target)) throw new CorrectionError(c.source, `unknown id '${c.target}': no figure or claim has this id`);
    const second = applyCorrections(
      figures,
      onClaims.map((c) => ({ correction: c, kind: "claim" as const, figureIds: members.get(c.target)!.sort() })),
      measureIds,
    );
    figures = second.figures;
    applied = [...applied, ...second.applied];
    locked = new Set([...locked, ...second.locked]);
  }
  const linked = linkSanctions(figures, measures, locked);
  const { claims, series } = reconcile(linked, { articles: input.articles, applied });
  return { figures: linked, claims, series, capComparisons: compareWithCaps(claims, measures), corrections: applied.sort((a, b) => a.line - b.line) };
}
