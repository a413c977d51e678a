import type { AppliedCorrection, Article, CapComparison, Claim, Figure, MeasureMention, SanctionMeasure, Series } from "@armsledger/model";

/** Everything a build knows: the input to every notebook. */
export interface Ledger {
  /** The date the build speaks for; an input, never the clock. */
  buildDate: string;
  articles: Article[];
  /** Figure mentions after analyst corrections (rejected ones left out), with their sanction links. */
  figures: Figure[];
  /** Figures that state the same thing, merged, with every citation; conflicts and denials flagged. */
  claims: Claim[];
  /** Successive estimates of one flow, category and unit, ordered by the date each refers to. */
  series: Series[];
  /** Every sanctions measure an article names by number ("Resolution 2397"), figure or not. */
  mentions: MeasureMention[];
  /** The sanctions reference (data/reference/sanctions.json), validated. */
  sanctions: SanctionMeasure[];
  /** Reported deliveries set against the cap in force in the cap's unit. */
  capComparisons: CapComparison[];
  /** The analyst corrections this build applied, in file order: what a report shows as corrected. */
  corrections: AppliedCorrection[];
  warnings: string[];
}
