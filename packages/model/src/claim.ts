import { z } from "zod";
import { CATEGORIES, COUNTRY_CODES, MODALITIES, QUALIFIERS, UNITS } from "./vocabulary.js";
import { isoDate, nonNegative, text } from "./schema-primitives.js";

const country = z.enum(COUNTRY_CODES as [string, ...string[]]);

/** Where a claim was read: one figure in one article. */
export const CitationSchema = z
  .object({
    figureId: text,
    articleId: text,
    sourceFile: text,
    articleTitle: z.string(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    published: isoDate.nullable(),
    claimant: z.string().nullable(),
    evidence: z.string(),
    story: text.describe("Id of the story this article tells: syndicated copies (same title or same sentence) share one"),
  })
  .strict();
export type Citation = z.infer<typeof CitationSchema>;

/** Figures from one or more articles that state the same thing. */
export const ClaimSchema = z
  .object({
    id: text,
    value: nonNegative.nullable(),
    high: nonNegative.nullable(),
    qualifier: z.enum(QUALIFIERS),
    unit: z.enum(UNITS),
    item: z.string(),
    category: z.enum(CATEGORIES),
    supplier: country.nullable(),
    recipient: country.nullable(),
    claimants: z.array(z.string()),
    modality: z.enum(MODALITIES),
    periodText: z.string().nullable().describe("The period as the first citation that gives one words it"),
    periodStart: isoDate.nullable(),
    periodEnd: isoDate.nullable().describe("The earliest period end among the citations"),
    referenceDate: isoDate.nullable().describe("The date the estimate refers to: period end, else first publication"),
    firstCited: isoDate.nullable(),
    latestCited: isoDate.nullable(),
    citations: z.array(CitationSchema).min(1),
    independentSources: z.number().int().nonnegative().describe("Distinct stories among the citations: syndicated copies count once"),
    derivedFrom: z.string().nullable().describe("Claim id a capacity estimate converts"),
    sanctionRef: z.string().nullable(),
    conflict: z.boolean().describe("Flagged: the same claimant gives another value for the same flow and period, or a denial stands beside it"),
    denied: z.boolean().describe("A denial stands beside the claim: a denied figure on the same flow, or a denial in an article that cites it"),
    conflictNotes: z.array(z.string()),
    corrected: z.boolean(),
    corrections: z.array(z.string()).describe("What analysts corrected or accepted, one line each"),
  })
  .strict();
export type Claim = z.infer<typeof ClaimSchema>;

export const SeriesPointSchema = z
  .object({
    claimId: text,
    date: isoDate.nullable(),
    value: nonNegative,
    high: nonNegative.nullable(),
    qualifier: z.enum(QUALIFIERS),
    claimants: z.array(z.string()),
  })
  .strict();

/** Successive estimates of one flow of one category in one unit, in the order of the dates they refer to. */
export const SeriesSchema = z
  .object({
    id: text,
    supplier: country.nullable(),
    recipient: country.nullable(),
    category: z.enum(CATEGORIES),
    unit: z.enum(UNITS),
    points: z.array(SeriesPointSchema),
  })
  .strict();
export type Series = z.infer<typeof SeriesSchema>;
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;
