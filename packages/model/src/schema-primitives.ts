import { z } from "zod";

/** A calendar date written YYYY-MM-DD that names a real day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date written YYYY-MM-DD", abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "expected a real calendar date");

export const nonNegative = z.number().finite().nonnegative();
export const text = z.string().min(1);
