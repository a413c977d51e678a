export * from "./vocabulary.js";
export { ArticleSchema, type Article } from "./article.js";
export { ActorSchema, type Actor } from "./actor.js";
export { QuantitySchema, type Quantity } from "./quantity.js";
export { PeriodSchema, type Period } from "./period.js";
export { FigureSchema, FlowSchema, EvidenceSchema, type Figure, type Flow, type Evidence } from "./figure.js";
export { MeasureMentionSchema, type MeasureMention } from "./measure-mention.js";
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
  CapComparisonSchema,
  type CapComparison,
  type SanctionMeasure,
  type Cap,
  type Vote,
  type DesignationCount,
} from "./sanction.js";
export {
  CorrectionSchema,
  AppliedCorrectionSchema,
  CORRECTABLE_FIELDS,
  type Correction,
  type AppliedCorrection,
  type CorrectableField,
} from "./correction.js";
export { validate, ValidationError } from "./validate.js";
export {
  reconcile,
  buildSeries,
  storiesOf,
  derivations,
  denialsIn,
  sentencesOf,
  sameThing,
  claimantsCompatible,
  periodsCompatible,
  normalizeText,
  formatNumber,
  formatQuantity,
  type ArticleInfo,
  type ReconcileOptions,
  type Reconciled,
} from "./reconcile.js";
export { linkSanctions, capsInForce, compareWithCaps, checkReference, commodityIn, spanInMonths, ReferenceError, type MeasureCap } from "./link-sanctions.js";
export {
  applyCorrections,
  correctionFromRow,
  fieldText,
  CorrectionError,
  CORRECTION_COLUMNS,
  type LocatedCorrection,
  type TargetedCorrection,
  type CorrectionResult,
} from "./corrections.js";
export { analyse, type Analysis, type AnalysisInput } from "./analyse.js";
