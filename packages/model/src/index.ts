export * from "./vocabulary.js";
export { ArticleSchema, type Article } from "./article.js";
export { ActorSchema, type Actor } from "./actor.js";
export { QuantitySchema, type Quantity } from "./quantity.js";
export { PeriodSchema, type Period } from "./period.js";
export { FigureSchema, FlowSchema, EvidenceSchema, type Figure, type Flow, type Evidence } from "./figure.js";
export {
  ClaimSchema,
  CitationSchema,
  SeriesSchema,
  SeriesPointSchema,
  type Claim,
  type Citation,
  type Series,
  type SeriesPoint,
} from "./claim.js";
export {
  SanctionMeasureSchema,
  CapSchema,
  VoteSchema,
  DesignationCountSchema,
  type SanctionMeasure,
  type Cap,
  type Vote,
  type DesignationCount,
} from "./sanction.js";
export { CorrectionSchema, CORRECTABLE_FIELDS, type Correction, type CorrectableField } from "./correction.js";
export { validate, ValidationError } from "./validate.js";
