import { z } from "zod";
import { ARTICLE_FORMATS, DATE_PRECISIONS } from "./vocabulary.js";
import { isoDate, text } from "./schema-primitives.js";

/** One news article as read from a file: metadata and the clean text every offset refers to. */
export const ArticleSchema = z
  .object({
    id: text.describe("Stable id derived from the file path under the articles folder"),
    sourceFile: text.describe("Path of the file as found under the articles folder, with / separators"),
    format: z.enum(ARTICLE_FORMATS),
    title: z.string(),
    outlet: z.string().nullable(),
    byline: z.string().nullable(),
    url: z.string().nullable(),
    published: isoDate.nullable().describe("Publication date the article gives; null when it gives none"),
    publishedPrecision: z.enum(DATE_PRECISIONS).nullable(),
    text: z.string().describe("Clean article text; evidence offsets index into it"),
  })
  .strict();
export type Article = z.infer<typeof ArticleSchema>;
