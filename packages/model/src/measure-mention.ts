import { z } from "zod";
import { EvidenceSchema } from "./figure.js";
import { text } from "./schema-primitives.js";

/**
 * A sanctions measure an article names by its number ("Resolution 2397", "UNSCR 1718",
 * "resolutions 2270 and 2321"), whether or not a figure stands beside it. The evidence's
 * number offsets span the measure's number as written.
 */
export const MeasureMentionSchema = z
  .object({
    articleId: text,
    sourceFile: text,
    measureId: text.describe("The measure the number names, written as the sanctions reference writes ids: unsc-2397"),
    text: text.describe("The words that name it, as written"),
    evidence: EvidenceSchema,
  })
  .strict();
export type MeasureMention = z.infer<typeof MeasureMentionSchema>;
