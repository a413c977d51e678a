import { z } from "zod";
import { QUALIFIERS, UNITS } from "./vocabulary.js";
import { nonNegative } from "./schema-primitives.js";

/** An amount as stated: a value (or a range), how it is hedged, and what it counts in. */
export const QuantitySchema = z
  .object({
    value: nonNegative.nullable().describe("Null for vague amounts such as 'several' or 'dozens of'"),
    high: nonNegative.nullable().describe("Upper value of a stated range, else null"),
    qualifier: z.enum(QUALIFIERS),
    unit: z.enum(UNITS),
    text: z.string().describe("The quantity as written"),
  })
  .strict()
  .refine((q) => q.high === null || (q.value !== null && q.high >= q.value), {
    message: "high must be at least value",
    path: ["high"],
  })
  .refine((q) => (q.qualifier === "vague") === (q.value === null), {
    message: "value is null exactly when the qualifier is vague",
    path: ["value"],
  });
export type Quantity = z.infer<typeof QuantitySchema>;
