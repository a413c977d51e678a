import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { renderOutputs } from "../src/build.js";
import { NOTEBOOKS } from "../src/notebooks/index.js";
import { escapeHtml, markdown, safeUrl } from "../src/render/html.js";
import { PNG_SCALE, rasterise } from "../src/render/png.js";
import { emptyLedger, fixtureLedger, HOSTILE } from "./fixtures/ledger.js";
import { buildInto, corpusDir, listFiles } from "./corpus.js";
import { expectSnapshot } from "./helpers.js";

const text = (v: string | Uint8Array | undefined) => (typeof v === "string" ? v : "");

describe("the files a build writes", () => {
  const files = renderOutputs(fixtureLedger());
  const pages = [...files.keys()].filter((p) => p.endsWith(".html"));

  it("links every report from the index page", () => {
    const index = text(files.get("index.html"));
    for (const nb of NOTEBOOKS.map((n) => n(fixtureLedger()))) expect(index).toContain(`href="${nb.slug}/index.html"`);
  });

  it("writes a PNG beside every chart SVG, drawn at twice its size", () => {
    const svgs = [...files.keys()].filter((p) => p.endsWith(".svg"));
    expect(svgs.length).toBeGreaterThanOrEqual(8);
    for (const svg of svgs) {
      const png = files.get(svg.replace(/\.svg$/, ".png"));
      expect(png, `${svg} has a PNG`).toBeInstanceOf(Uint8Array);
      const bytes = png as Uint8Array;
      expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const width = new DataView(bytes.buffer, bytes.byteOffset).getUint32(16);
      const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(text(files.get(svg)))![1]);
      expect(width).toBe(svgWidth * PNG_SCALE);
    }
  });

  it.each(pages.map((p) => [p]))("%s loads nothing from the network and carries no script", (path) => {
    const html = text(files.get(path));
    // Parsed as a browser would (jsdom runs no scripts): the elements, not the escaped text, are checked.
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll("script, link, img, iframe, object, embed, base, meta[http-equiv=refresh]")).toHaveLength(0);
    for (const el of doc.querySelectorAll("*")) for (const attr of el.getAttributeNames()) expect(attr, `<${el.localName} ${attr}>`).not.toMatch(/^on/i);
    for (const a of doc.querySelectorAll("a[href]")) expect(a.getAttribute("href")).toMatch(/^(https?:\/\/|\.\.?\/|#|[\w-]+(\/[\w-]+)*\.(html|csv|svg|png|json)(#[\w-]*)?$)/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?![^"]*example\.org)[^"]*\.(css|js|woff2?|ttf|png|jpg|svg)"/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain("Content-Security-Policy");
  });

  it("renders hostile titles, outlets and claimants as text", () => {
    const html = pages.map((p) => text(files.get(p))).join("\n");
    expect(html).toContain(escapeHtml(HOSTILE.claimant));
    expect(html).toContain(escapeHtml(HOSTILE.title));
    expect(html).not.toContain(HOSTILE.claimant);
    expect(html).not.toContain(HOSTILE.title);
    expect(html).not.toContain(`href="${escapeHtml(HOSTILE.url)}"`);
  });

  it("has a print stylesheet that keeps cells whole and charts inside the page", () => {
    const html = text(files.get("shipments/index.html"));
    expect(html).toMatch(/@media print\{[^]*break-inside:avoid[^]*figure svg\{max-width:100%/);
  });

  // Every page and every table is a named snapshot; the charts' SVGs are snapshotted in charts.test.ts.
  it.each([...files.keys()].filter((p) => /\.(?:html|csv)$/.test(p)).sort())("%s matches its committed snapshot", (path) => {
    expectSnapshot(path.replace(/\//g, "--"), text(files.get(path)));
  });

  it("gives the same bytes when built twice", () => {
    const again = renderOutputs(fixtureLedger());
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [path, content] of files) expect(Buffer.from(again.get(path)!).equals(Buffer.from(content)), path).toBe(true);
  });
});

describe("reports on partial ledgers", () => {
  it.each([
    { name: "an empty ledger", ledger: emptyLedger() },
    { name: "figures without claims or series", ledger: fixtureLedger({ claims: false }) },
    { name: "claims without the sanctions reference", ledger: fixtureLedger({ sanctions: false }) },
  ])("render every page from $name", ({ ledger }) => {
    const files = renderOutputs(ledger);
    for (const nb of NOTEBOOKS.map((n) => n(ledger))) expect(text(files.get(`${nb.slug}/index.html`))).toContain(`<h1>${escapeHtml(nb.title)}</h1>`);
  });
});

describe("PNG text", () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="10" y="28" font-family="sans-serif" font-size="20">Containers</text></svg>`;
  const darkPixels = (pixels: Buffer) => {
    let n = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) n++;
    return n;
  };

  it("is drawn with the bundled font, not the machine's", () => {
    expect(darkPixels(rasterise(svg).pixels)).toBeGreaterThan(200);
  });

  it("would be missing without the bundled font, so the font really comes from the package", () => {
    expect(darkPixels(rasterise(svg, []).pixels)).toBe(0);
  });
});

describe("page text", () => {
  it.each([
    { input: `<script>alert(1)</script>`, expected: "&lt;script&gt;alert(1)&lt;/script&gt;" },
    { input: `<img src=x onerror="alert(1)">`, expected: "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" },
    { input: `Kim's "envoy" & co`, expected: "Kim&#39;s &quot;envoy&quot; &amp; co" },
  ])("escapes $input", ({ input, expected }) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it.each([
    { input: "https://example.org/a?b=1", expected: "https://example.org/a?b=1" },
    { input: "javascript:alert(1)", expected: null },
    { input: "JavaScript:alert(1)", expected: null },
    { input: " javascript:alert(1)", expected: null },
    { input: "data:text/html,<script>alert(1)</script>", expected: null },
    { input: 'https://example.org/"onmouseover="x', expected: null },
    { input: null, expected: null },
  ])("keeps $input as a link only if it is a web address", ({ input, expected }) => {
    expect(safeUrl(input)).toBe(expected);
  });

  it.each([
    { input: "## Key figures", expected: "<h2>Key figures</h2>" },
    { input: "a **b** *c*", expected: "<p>a <strong>b</strong> <em>c</em></p>" },
    { input: "[x](javascript:alert)", expected: "<p>x</p>" },
    { input: "[x](https://example.org)", expected: '<p><a href="https://example.org">x</a></p>' },
    { input: "- <b>one</b>\n- two", expected: "<ul><li>&lt;b&gt;one&lt;/b&gt;</li><li>two</li></ul>" },
  ])("renders the Markdown $input", ({ input, expected }) => {
    expect(markdown(input)).toBe(expected);
  });
});

describe("a build from article files", () => {
  it("writes byte-identical files when run twice on the same articles", async () => {
    const articles = corpusDir();
    const [a, b] = [await buildInto(articles), await buildInto(articles)];
    const files = listFiles(a);
    expect(listFiles(b)).toEqual(files);
    expect(files).toEqual(expect.arrayContaining(["index.html", "shipments/index.html", "sanctions/index.html", "sources/index.html", "shipments/container-timeline.png"]));
    for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  });
});
