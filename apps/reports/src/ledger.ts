import type { Article, Claim, Figure, SanctionMeasure, Series } from "@armsledger/model";

/** Everything a build knows: the input to every notebook. */
export interface Ledger {
  /** The date the build speaks for; an input, never the clock. */
  buildDate: string;
  articles: Article[];
  figures: Figure[];
  claims: Claim[];
  series: Series[];
  sanctions: SanctionMeasure[];
  warnings: string[];
}
