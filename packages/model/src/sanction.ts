import { z } from "zod";
import { AUTHORITIES, CAP_PERIODS, QUALIFIERS, SANCTION_KINDS, UNITS } from "./vocabulary.js";
import { isoDate, nonNegative, text } from "./schema-primitives.js";

const measureId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id");

/**
 * A numeric ceiling a measure puts on a commodity, in force over a span of time.
 *
 * Field names follow data/reference/sanctions.json (hence `superseded_by`):
 * - `value` is null when the act freezes a level without stating it (2375 crude oil, 2371 work permits);
 * - `from` and `to` are both null on the caps of vetoed drafts, which never took effect
 *   (the measure-level check below allows that only for `kind: "veto"`);
 * - `note` explains the cap's terms; `superseded_by` is the id of the measure that replaced it.
 */
export const CapSchema = z
  .object({
    commodity: text,
    value: nonNegative.nullable().describe("Null for a freeze at an unstated level"),
    unit: z.enum(UNITS),
    per: z.enum(CAP_PERIODS),
    from: isoDate.nullable().describe("Null only on the caps of vetoed drafts"),
    to: isoDate.nullable().describe("Null when open-ended"),
    note: text.optional(),
    superseded_by: measureId.optional().describe("Id of the later measure that replaced this cap"),
  })
  .strict()
  .refine((c) => c.to === null || c.from !== null, { message: "a cap with an end date needs a start date", path: ["from"] })
  .refine((c) => c.to === null || c.from === null || c.from <= c.to, { message: "from must not be after to", path: ["from"] });
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
    id: measureId,
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
  .strict()
  .superRefine((m, ctx) => {
    m.caps.forEach((c, i) => {
      if (c.from === null && m.kind !== "veto") ctx.addIssue({ code: "custom", message: "only the caps of a vetoed draft may have no start date", path: ["caps", i, "from"] });
      if (c.superseded_by === m.id) ctx.addIssue({ code: "custom", message: "a cap cannot be superseded by its own measure", path: ["caps", i, "superseded_by"] });
    });
    if (m.vote !== null && m.authority === "UN Security Council" && m.vote.for + m.vote.against + m.vote.abstain !== 15)
      ctx.addIssue({ code: "custom", message: "a Security Council vote must add up to 15", path: ["vote"] });
    if (m.vote !== null && m.authority !== "UN Security Council") ctx.addIssue({ code: "custom", message: "only Security Council measures have a vote", path: ["vote"] });
    if (m.designations !== null && m.kind !== "designation") ctx.addIssue({ code: "custom", message: "only designation measures have designation counts", path: ["designations"] });
  });
export type SanctionMeasure = z.infer<typeof SanctionMeasureSchema>;

/** How a delivery compares with a cap: ratio of reported to capped amount, and whether it exceeds the cap. */
export const CapComparisonSchema = z
  .object({
    id: text,
    claimId: text.describe("The delivery claim compared"),
    figureIds: z.array(text).min(1),
    measureId: measureId,
    commodity: text,
    capValue: nonNegative,
    unit: z.enum(UNITS),
    per: z.enum(CAP_PERIODS),
    reportedValue: nonNegative,
    reportedHigh: nonNegative.nullable(),
    qualifier: z.enum(QUALIFIERS),
    referenceDate: isoDate.nullable(),
    spanMonths: z.number().positive().nullable().describe("Months the reported amount covers, when the text says; null when unknown"),
    ratio: z.number().nonnegative().describe("Reported value over the cap value (the low end of a range)"),
    exceeds: z.boolean().nullable().describe("True when the report shows the cap broken, false when within it, null when the text cannot tell"),
    note: text,
  })
  .strict();
export type CapComparison = z.infer<typeof CapComparisonSchema>;
