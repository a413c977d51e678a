import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDir } from "./corpus.js";
import { IN_CI, REPO } from "./helpers.js";

const CLI = join(import.meta.dirname, "..", "dist", "src", "cli.js");

/** Runs the CLI from an empty folder, so the project's own corrections file (whose ids name the sample articles) stays out of it. */
function run(args: string[]): { stdout: string } {
  const cwd = mkdtempSync(join(tmpdir(), "armsledger-cwd-"));
  const stdout = execFileSync("node", [CLI, "--reference", join(REPO, "data", "reference"), ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, SOURCE_DATE_EPOCH: "" } });
  return { stdout };
}

// The CLI is the built program (npm test builds before it tests), run as a user would.
describe.runIf(IN_CI || existsSync(CLI))("npm run reports", () => {
  it("prints how many files it wrote, where, and how long it took", () => {
    const out = mkdtempSync(join(tmpdir(), "armsledger-cli-"));
    const { stdout } = run(["--articles", corpusDir(), "--out", out, "--build-date", "2025-01-13"]);
    expect(stdout).toMatch(/^wrote \d+ files to .+ in \d+\.\d\d s: \d+ articles, \d+ figures/);
    for (const page of ["shipments/index.html", "sanctions/index.html", "sources/index.html"]) expect(stdout).toContain(page);
    expect(existsSync(join(out, "shipments", "container-timeline.png"))).toBe(true);
  });

  it("prints nothing with --quiet", () => {
    const out = mkdtempSync(join(tmpdir(), "armsledger-cli-"));
    expect(run(["--articles", corpusDir(), "--out", out, "--build-date", "2025-01-13", "--quiet"]).stdout).toBe("");
    expect(existsSync(join(out, "index.html"))).toBe(true);
  });
});
