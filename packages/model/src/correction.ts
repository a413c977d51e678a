import { z } from "zod";
import { CORRECTION_ACTIONS } from "./vocabulary.js";
import { text } from "./schema-primitives.js";

/** Fields of a figure an analyst may set by a correction. */
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
