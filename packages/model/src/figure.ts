import { z } from "zod";
import { CATEGORIES, COUNTRY_CODES, MODALITIES } from "./vocabulary.js";
import { ActorSchema } from "./actor.js";
import { QuantitySchema } from "./quantity.js";
import { PeriodSchema } from "./period.js";
import { isoDate, text } from "./schema-primitives.js";

const country = z.enum(COUNTRY_CODES as [string, ...string[]]);

/** Who gives and who gets; absent when nothing changes hands (missiles fired, casualties, a cap). */
export const FlowSchema = z
  .object({
    supplier: country.nullable(),
    recipient: country.nullable(),
  })
  .strict();
export type Flow = z.infer<typeof FlowSchema>;

/** The sentence a figure was read from, with offsets into Article.text. */
export const EvidenceSchema = z
  .object({
    sentence: z.string().min(1),
    sentenceStart: z.number().int().nonnegative(),
    sentenceEnd: z.number().int().nonnegative(),
    numberStart: z.number().int().nonnegative(),
    numberEnd: z.number().int().nonnegative(),
  })
  .strict()
  .refine((e) => e.sentenceEnd - e.sentenceStart === e.sentence.length, {
    message: "sentence offsets must span the sentence",
    path: ["sentenceEnd"],
  })
  .refine((e) => e.sentenceStart <= e.numberStart && e.numberEnd <= e.sentenceEnd && e.numberStart <= e.numberEnd, {
    message: "the number must lie inside the sentence",
    path: ["numberStart"],
  });
export type Evidence = z.infer<typeof EvidenceSchema>;

/** One quantity mentioned in one article. */
export const FigureSchema = z
  .object({
    id: text,
    articleId: text,
    sourceFile: text,
    articleTitle: z.string(),
    outlet: z.string().nullable(),
    published: isoDate.nullable(),
    quantity: QuantitySchema,
    item: text.describe("What is counted, as written"),
    category: z.enum(CATEGORIES),
    flow: FlowSchema.nullable(),
    claimant: ActorSchema.nullable(),
    modality: z.enum(MODALITIES),
    period: PeriodSchema.nullable(),
    evidence: EvidenceSchema,
    sanctionRef: z.string().nullable().describe("Id of the sanction measure this figure names, if any"),
  })
  .strict();
export type Figure = z.infer<typeof FigureSchema>;
