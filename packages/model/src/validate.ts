import type { z } from "zod";

/** A record failed validation; the message names the record and every failing field. */
export class ValidationError extends Error {
  override name = "ValidationError";
  constructor(
    readonly record: string,
    readonly issues: readonly { path: string; message: string }[],
  ) {
    super(`${record}: ${issues.map((i) => `${i.path || "(record)"}: ${i.message}`).join("; ")}`);
  }
}

/** Validates `data` against `schema`, throwing a ValidationError labelled `record` (e.g. "figure f-12" or "sanctions.json[3]"). */
export function validate<S extends z.ZodType>(schema: S, data: unknown, record: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ValidationError(
    record,
    result.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
  );
}
