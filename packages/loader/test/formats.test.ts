import { describe, expect, it } from "vitest";
import { readArticle } from "../src/article.js";
import { extractFigures } from "../src/figures.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("plain-text articles", () => {
  const txt = [
    "Seoul says North Korea sent more shells",
    "Aug 27, 2024 5:54 PM",
    "By Jane Doe | Example Wire",
    "",
    "Trending Now",
    "North Korea has sent more than 13,000 containers to Russia, the agency said.",
    "Photo: Reuters",
    "",
    "Source: Example Wire, 2024-08-27, https://example.com/a",
  ].join("\n");

  it("takes title, date line, byline, outlet and link from the text", async () => {
    const { article } = await readArticle(utf8(txt), "x/a.txt");
    expect(article).toMatchObject({
      id: "x/a",
      title: "Seoul says North Korea sent more shells",
      published: "2024-08-27",
      byline: "Jane Doe",
      outlet: "Example Wire",
      url: "https://example.com/a",
    });
  });

  it("reads figures from prose only, not from page furniture or metadata lines", async () => {
    const { article, skip } = await readArticle(utf8(txt), "a.txt");
    expect(extractFigures(article, skip).map((f) => f.quantity.value)).toEqual([13000]);
  });

  it("never invents a publication date", async () => {
    const { article } = await readArticle(utf8("A headline\n\nIn 2023 North Korea sent 1,000 containers to Russia on October 1."), "a.txt");
    expect(article.published).toBeNull();
  });
});

describe("Markdown articles", () => {
  it("lets front matter win over the text", async () => {
    const md = `---\ntitle: "From front matter"\noutlet: Example\nurl: https://example.com/b\npublished: 2024-02-27\n---\n# A heading\n\nNovember 5, 2024\n\nNorth Korea sent 6,700 containers to Russia.\n`;
    const { article } = await readArticle(utf8(md), "b.md");
    expect(article).toMatchObject({ title: "From front matter", outlet: "Example", published: "2024-02-27", url: "https://example.com/b" });
  });

  it("reads a plain value with a colon in it as the writer meant it", async () => {
    const md = `---\ntitle: Live: North Korean troops in Kursk\noutlet: Example Live\npublished: 2024-12-17\n---\nNorth Korea sent 3,000 troops to Russia.\n`;
    const { article } = await readArticle(utf8(md), "live.md");
    expect(article).toMatchObject({ title: "Live: North Korean troops in Kursk", outlet: "Example Live", published: "2024-12-17" });
  });

  it("names the line of broken front matter", async () => {
    const md = `---\ntitle: ok\npublished: [unclosed\n---\nBody.\n`;
    await expect(readArticle(utf8(md), "c.md")).rejects.toThrow(/invalid YAML front matter/);
  });
});

describe("saved HTML pages", () => {
  const html = `<!doctype html><html><head><title>Page title | Site</title>
<meta property="og:site_name" content="Example Times"><meta property="article:published_time" content="2024-11-22T08:00:00Z">
<link rel="canonical" href="https://example.com/c"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="cookie">We use cookies. Accept all</div>
<article><h1>Russia sends oil to North Korea</h1><time datetime="2024-11-22">22 November 2024</time>
<p>North Korea has obtained <strong>more than 1 million</strong> barrels of oil from Russia since March, according to the <a href="/osc">Open Source Centre</a>.</p>
<p>Tankers made more than 40 trips to the port of Vostochny in Russia's Far East, the group said, citing satellite images that show ships arriving empty and leaving full.</p>
<p>Under UN sanctions, Pyongyang may import no more than 500,000 barrels of refined petroleum a year, a cap the shipments appear to break many times over.</p>
</article>
<aside><h3>Most read</h3><ol><li>1. Another story with 99 numbers</li></ol></aside>
<button>Share on Facebook</button><footer>© 2024 Example Times</footer></body></html>`;

  it.each([
    { input: '<meta name="parsely-pub-date" content="2024-11-20T05:00:00Z">', expected: "2024-11-20" },
    { input: '<meta name="DC.date.issued" content="2024-11-21">', expected: "2024-11-21" },
    { input: '<meta name="sailthru.date" content="2024-11-22 08:00:00">', expected: "2024-11-22" },
  ])("reads the publication date from $input", async ({ input, expected }) => {
    const page = `<html><head><title>T</title>${input}</head><body><p>North Korea sent 10,000 troops to Russia.</p></body></html>`;
    expect((await readArticle(utf8(page), "d.html")).article.published).toBe(expected);
  });

  it("takes metadata from the head and text from the article body", async () => {
    const { article } = await readArticle(utf8(html), "c.html");
    expect(article).toMatchObject({ outlet: "Example Times", published: "2024-11-22", url: "https://example.com/c", title: "Russia sends oil to North Korea" });
    expect(article.text).toContain("North Korea has obtained more than 1 million barrels of oil");
    expect(article.text).not.toContain("Accept all");
    expect(article.text).not.toContain("Another story");
  });

  it("extracts the article's figures and nothing from navigation or lists of other stories", async () => {
    const { article, skip } = await readArticle(utf8(html), "c.html");
    expect(extractFigures(article, skip).map((f) => [f.quantity.value, f.category])).toEqual([
      [1_000_000, "oil"],
      [40, "trips"],
      [500_000, "sanction-cap"],
    ]);
  });
});
