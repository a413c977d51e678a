import { z } from "zod";
import { AUTHORITIES, CAP_PERIODS, SANCTION_KINDS, UNITS } from "./vocabulary.js";
import { isoDate, nonNegative, text } from "./schema-primitives.js";

/** A numeric ceiling a measure puts on a commodity, in force over a span of time. */
export const CapSchema = z
  .object({
    commodity: text,
    value: nonNegative,
    unit: z.enum(UNITS),
    per: z.enum(CAP_PERIODS),
    from: isoDate,
    to: isoDate.nullable(),
  })
  .strict()
  .refine((c) => c.to === null || c.from <= c.to, { message: "from must not be after to", path: ["from"] });
export type Cap = z.infer<typeof CapSchema>;

export const VoteSchema = z
  .object({ for: z.number().int().nonnegative(), against: z.number().int().nonnegative(), abstain: z.number().int().nonnegative() })
  .strict();
export type Vote = z.infer<typeof VoteSchema>;

export const DesignationCountSchema = z
  .object({
    individuals: z.number().int().nonnegative(),
    entities: z.number().int().nonnegative(),
    vessels: z.number().int().nonnegative(),
  })
  .strict();
export type DesignationCount = z.infer<typeof DesignationCountSchema>;

/** A resolution, veto or national designation, with the figures it sets and where it is documented. */
export const SanctionMeasureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id"),
    authority: z.enum(AUTHORITIES),
    instrument: text,
    date: isoDate,
    kind: z.enum(SANCTION_KINDS),
    vote: VoteSchema.nullable(),
    summary: text,
    caps: z.array(CapSchema),
    designations: DesignationCountSchema.nullable(),
    sources: z.array(z.string().url()).min(1, "cite at least one source URL"),
  })
  .strict();
export type SanctionMeasure = z.infer<typeof SanctionMeasureSchema>;
