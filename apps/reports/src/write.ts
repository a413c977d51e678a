import { mkdir, rename, writeFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";

/**
 * Writes each file beside its target under a temporary name, then renames it into place:
 * a reader (or a crash) never sees a half-written file, and files from an earlier build
 * stay whole until their replacement is complete.
 */
export async function writeAtomically(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<string[]> {
  const written: string[] = [];
  const staged: { tmp: string; target: string }[] = [];
  try {
    for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const target = join(outDir, path);
      await mkdir(dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      await writeFile(tmp, content);
      staged.push({ tmp, target });
    }
    for (const { tmp, target } of staged) {
      await rename(tmp, target);
      written.push(target);
    }
  } catch (e) {
    await Promise.all(staged.map(({ tmp }) => rm(tmp, { force: true })));
    throw e;
  }
  return written;
}
