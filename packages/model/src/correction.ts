import { z } from "zod";
import { CORRECTION_ACTIONS } from "./vocabulary.js";
import { text } from "./schema-primitives.js";

/**
 * Fields of a figure an analyst may set by a correction. A correction on a claim sets the
 * field on every figure the claim cites. Values are written as in figures.csv, except:
 * `claimant` is "Name", "Name; kind" or "Name; kind; CC"; `period` is "START..END" with
 * either side empty; `sanctionRef` is a measure id from the sanctions reference; an empty
 * value clears a nullable field.
 */
export const CORRECTABLE_FIELDS = [
  "value",
  "high",
  "qualifier",
  "unit",
  "item",
  "category",
  "supplier",
  "recipient",
  "claimant",
  "modality",
  "period",
  "sanctionRef",
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** An analyst's verdict on one figure or claim, applied on every build. */
export const CorrectionSchema = z
  .object({
    target: text.describe("A figure id or claim id"),
    action: z.enum(CORRECTION_ACTIONS),
    field: z.enum(CORRECTABLE_FIELDS).nullable(),
    value: z.string().nullable(),
    reason: text,
    author: text,
  })
  .strict()
  .refine((c) => (c.action === "set") === (c.field !== null), {
    message: "field is required for set and only for set",
    path: ["field"],
  });
export type Correction = z.infer<typeof CorrectionSchema>;

/** A correction as a build applied it: where it was written, what it touched, and what changed. */
export const AppliedCorrectionSchema = z
  .object({
    source: text.describe("file:line of the row in the corrections file"),
    line: z.number().int().positive(),
    target: text,
    targetKind: z.enum(["figure", "claim"]),
    action: z.enum(CORRECTION_ACTIONS),
    field: z.enum(CORRECTABLE_FIELDS).nullable(),
    value: z.string().nullable(),
    reason: text,
    author: text,
    figureIds: z.array(text).describe("The figures the correction applied to (a claim's are all its figures)"),
    before: z.array(z.string().nullable()).describe("For set: the field's previous value on each figure, in the order of figureIds"),
    evidence: z.array(z.string()).describe("The sentence each figure was read from, in the order of figureIds"),
    summary: text.describe("One line a report can print"),
  })
  .strict();
export type AppliedCorrection = z.infer<typeof AppliedCorrectionSchema>;
