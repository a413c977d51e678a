import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { renderOutputs } from "../src/build.js";
import { writeAtomically } from "../src/write.js";
import { fixtureLedger } from "./fixtures/ledger.js";
import { buildInto, corpusDir } from "./corpus.js";
import { requireProgram, TEST_OUTPUT } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = requireProgram(CHROMIUM, "apt-get install chromium");
const PAGES = ["index.html", "shipments/index.html", "sanctions/index.html", "sources/index.html"];

/** What a page did while it loaded: anything here is a defect a reader would hit. */
interface Visit {
  page: Page;
  errors: string[];
  failed: string[];
  requests: string[];
}

describe.skipIf(!haveChromium)("the reports in Chromium", () => {
  let browser: Browser;
  let out: string;
  let hostileOut: string;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    out = await buildInto(corpusDir());
    hostileOut = mkdtempSync(join(tmpdir(), "armsledger-hostile-"));
    await writeAtomically(hostileOut, renderOutputs(fixtureLedger()));
    mkdirSync(TEST_OUTPUT, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function visit(dir: string, path: string): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const v: Visit = { page, errors: [], failed: [], requests: [] };
    page.on("console", (m) => void (m.type() === "error" && v.errors.push(m.text())));
    page.on("pageerror", (e) => void v.errors.push(String(e)));
    page.on("dialog", (d) => void (v.errors.push(`dialog: ${d.message()}`), d.dismiss()));
    page.on("requestfailed", (r) => void v.failed.push(`${r.url()}: ${r.failure()?.errorText}`));
    page.on("request", (r) => void v.requests.push(r.url()));
    await page.goto(pathToFileURL(join(dir, path)).href, { waitUntil: "load" });
    return v;
  }

  it.each(PAGES.map((p) => [p]))("opens %s with no console errors, no failed requests and nothing fetched but the page", async (path) => {
    const v = await visit(out, path);
    expect(v.errors).toEqual([]);
    expect(v.failed).toEqual([]);
    expect(v.requests).toEqual([pathToFileURL(join(out, path)).href]);
    await v.page.screenshot({ path: join(TEST_OUTPUT, `${path.replace(/\/index\.html$|\.html$/, "")}.png`), fullPage: true });
    await v.page.close();
  });

  it.each(PAGES.slice(1).map((p) => [p]))("shows every chart on %s, visible and with a size", async (path) => {
    const v = await visit(out, path);
    const figures = v.page.locator("figure > svg");
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const svg = figures.nth(i);
      await expect.soft(svg.isVisible()).resolves.toBe(true);
      const box = await svg.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
      expect(box?.height ?? 0).toBeGreaterThan(80);
    }
    await v.page.close();
  });

  it("lays every chart inside the printed page", async () => {
    const v = await visit(out, "shipments/index.html");
    await v.page.emulateMedia({ media: "print" });
    await v.page.setViewportSize({ width: 700, height: 1000 });
    const overflow = await v.page.evaluate(() => [...document.querySelectorAll("figure svg")].filter((s) => s.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length);
    expect(overflow).toBe(0);
    const pdf = await v.page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await v.page.close();
  });

  it.each(PAGES.map((p) => [p]))("shows hostile titles, outlets and claimants on %s as text and runs no script", async (path) => {
    for (const dir of [out, hostileOut]) {
      const v = await visit(dir, path);
      const state = await v.page.evaluate(() => ({
        xss: (window as unknown as { __xss?: string }).__xss ?? null,
        scripts: document.querySelectorAll("script").length,
        handlers: [...document.querySelectorAll("*")].flatMap((el) => el.getAttributeNames().filter((a) => /^on/i.test(a))),
        jsLinks: [...document.querySelectorAll("a[href]")].filter((a) => /^\s*javascript:/i.test(a.getAttribute("href")!)).length,
        text: document.body.innerText,
      }));
      expect(state.xss).toBeNull();
      expect(state.scripts).toBe(0);
      expect(state.handlers).toEqual([]);
      expect(state.jsLinks).toBe(0);
      expect(v.errors).toEqual([]);
      if (path === "sources/index.html") expect(state.text).toContain(dir === out ? "<script>window.__xss = 'md-title'</script>" : `<img src=x onerror="window.__xss='claimant'">`);
      await v.page.close();
    }
  });
});
