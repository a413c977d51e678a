import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { expect } from "vitest";

export const SNAPSHOTS = join(import.meta.dirname, "snapshots");
export const FIXTURES = join(import.meta.dirname, "fixtures");
export const REPO = join(import.meta.dirname, "..", "..", "..");
/** Screenshots and other files a person may want to look at after a run; gitignored. */
export const TEST_OUTPUT = join(import.meta.dirname, "..", "test-output");

/** True in CI, where a missing program or snapshot is a failure, never a skip. */
export const IN_CI = Boolean(process.env.CI);

/**
 * Compares `actual` with the committed snapshot `name`. On a mismatch it writes
 * `<name without extension>-changed.<ext>` beside it (for a diff or to accept it) and fails.
 * A missing snapshot fails in CI and is written locally. CI never writes a snapshot.
 */
export function expectSnapshot(name: string, actual: string): void {
  const path = join(SNAPSHOTS, name);
  const changed = path.replace(/(\.[a-z]+)$/, "-changed$1");
  if (!existsSync(path)) {
    if (IN_CI) throw new Error(`snapshot ${name} is missing: run the tests locally and commit test/snapshots/${name}`);
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, "utf8");
  if (expected !== actual) {
    // A "-changed" file is not a snapshot: writing it in CI too leaves the new version to inspect.
    writeFileSync(changed, actual);
    expect.fail(`${name} differs from its snapshot; the new version is in ${changed} (diff it, then move it over the snapshot to accept)`);
  }
}

/** Whether a program is on the PATH. */
export function hasProgram(name: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Tests that drive a real program run where it is installed. Without it they fail in CI
 * (.ci/run installs it) and skip locally, saying what to install.
 */
export function requireProgram(name: string, install: string): boolean {
  if (hasProgram(name)) return true;
  if (IN_CI) throw new Error(`${name} is not installed; CI must install it (${install})`);
  console.warn(`skipping: ${name} is not installed (${install})`);
  return false;
}
