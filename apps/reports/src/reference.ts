import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { checkReference, SanctionMeasureSchema, validate, type SanctionMeasure } from "@armsledger/model";

/** The reference file under --reference DIR. */
export const SANCTIONS_FILE = "sanctions.json";

/** A reference file that cannot be used; the message names the file, and the row when one is at fault. */
export class ReferenceFileError extends Error {
  override name = "ReferenceFileError";
}

/**
 * Reads DIR/sanctions.json and validates every row with the model ("FILE[3] unsc-1718: caps.0.value: …"),
 * then checks ids are unique and every superseded_by names a measure. `label` is how messages name the
 * file (the path as the user gave it).
 */
export async function loadSanctions(dir: string, label = join(dir, SANCTIONS_FILE)): Promise<SanctionMeasure[]> {
  let text: string;
  try {
    text = await readFile(join(dir, SANCTIONS_FILE), "utf8");
  } catch (e) {
    throw new ReferenceFileError(`${label}: cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  return parseSanctions(text, label);
}

/** The measures in a sanctions.json text, every row validated. */
export function parseSanctions(text: string, label: string): SanctionMeasure[] {
  let rows: unknown;
  try {
    rows = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new ReferenceFileError(`${label}: not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(rows)) throw new ReferenceFileError(`${label}: expected a JSON array of measures`);
  const measures = rows.map((row: unknown, i) => {
    const id = row && typeof row === "object" && typeof (row as { id?: unknown }).id === "string" ? ` ${(row as { id: string }).id}` : "";
    return validate(SanctionMeasureSchema, row, `${label}[${i}]${id}`);
  });
  try {
    return checkReference(measures, label);
  } catch (e) {
    throw new ReferenceFileError((e as Error).message);
  }
}
