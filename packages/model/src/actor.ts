import { z } from "zod";
import { ACTOR_KINDS, COUNTRY_CODES } from "./vocabulary.js";
import { text } from "./schema-primitives.js";

/** A state, organisation or person that supplies, receives or asserts something. */
export const ActorSchema = z
  .object({
    kind: z.enum(ACTOR_KINDS),
    name: text,
    country: z.enum(COUNTRY_CODES as [string, ...string[]]).nullable(),
    role: z.string().nullable(),
  })
  .strict();
export type Actor = z.infer<typeof ActorSchema>;
