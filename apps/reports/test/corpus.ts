import { cpSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { loadLedger, renderOutputs } from "../src/build.js";
import { writeAtomically } from "../src/write.js";
import { FIXTURES, REPO } from "./helpers.js";

export const BUILD_DATE = "2025-01-13";

/** The fixture articles and the bundled sample corpus together in one fresh folder. */
export function corpusDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "armsledger-corpus-"));
  cpSync(join(FIXTURES, "articles"), join(dir, "fixtures"), { recursive: true });
  cpSync(join(REPO, "data", "articles"), join(dir, "sample"), { recursive: true });
  return dir;
}

/** Builds the reports from `articlesDir` into a fresh folder, as the CLI does, and returns the folder. */
export async function buildInto(articlesDir: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "armsledger-out-"));
  const ledger = await loadLedger({ articlesDir, buildDate: BUILD_DATE, referenceDir: join(REPO, "data", "reference"), correctionsFile: null });
  await writeAtomically(out, renderOutputs(ledger));
  return out;
}

/** Every file under a folder, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(dir)
    .map((p) => relative(dir, p))
    .sort();
}
