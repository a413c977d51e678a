import { z } from "zod";
import { isoDate } from "./schema-primitives.js";

/** The time a figure covers, as written, with dates resolved against the publication date where it has one. */
export const PeriodSchema = z
  .object({
    text: z.string().min(1),
    start: isoDate.nullable(),
    end: isoDate.nullable(),
  })
  .strict()
  .refine((p) => p.start === null || p.end === null || p.start <= p.end, {
    message: "start must not be after end",
    path: ["start"],
  });
export type Period = z.infer<typeof PeriodSchema>;
