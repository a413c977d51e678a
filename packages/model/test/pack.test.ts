import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const pkg = resolve(import.meta.dirname, "..");

describe("the published model package", () => {
  it("packs, installs into an empty project and imports from plain Node", () => {
    const dir = mkdtempSync(join(tmpdir(), "armsledger-pack-"));
    try {
      const [packed] = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: pkg, encoding: "utf8" })) as { filename: string; files: { path: string }[] }[];
      const files = packed!.files.map((f) => f.path);
      expect(files).toContain("dist/index.js");
      expect(files).toContain("dist/index.d.ts");
      expect(files).toContain("schema/armsledger.schema.json");
      expect(files.some((f) => f.startsWith("src/") || f.startsWith("test/"))).toBe(false);
      writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
      execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", join(dir, packed!.filename)], { cwd: dir, stdio: "pipe" });
      const script = `
        import { validate, FigureSchema, CATEGORIES } from "@armsledger/model";
        import schema from "@armsledger/model/schema.json" with { type: "json" };
        let message = "";
        try { validate(FigureSchema, { id: "x" }, "figure x"); } catch (e) { message = e.message; }
        console.log(JSON.stringify({ categories: CATEGORIES.length, message: message.slice(0, 40), defs: Object.keys(schema.$defs) }));`;
      const out = JSON.parse(execFileSync("node", ["--input-type=module", "-e", script], { cwd: dir, encoding: "utf8" }));
      expect(out.categories).toBe(21);
      expect(out.message).toMatch(/^figure x: /);
      expect(out.defs).toEqual(expect.arrayContaining(["Article", "Actor", "Quantity", "Period", "Figure", "Claim", "Series", "SanctionMeasure", "Correction"]));
      const manifest = JSON.parse(readFileSync(join(dir, "node_modules/@armsledger/model/package.json"), "utf8"));
      expect(Object.keys(manifest.exports["."])[0]).toBe("types");
      expect(manifest.sideEffects).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
