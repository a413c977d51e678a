import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync, truncateSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatWarning, loadCorpus, MAX_ARTICLE_BYTES } from "../src/corpus.js";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "armsledger-corpus-"));
  const put = (name: string, content: string | Uint8Array) => writeFileSync(join(dir, name), content);
  put("good.txt", "Headline\nNovember 5, 2024\n\nNorth Korea has sent more than 10,000 troops to Russia, Seoul said.\n");
  put("empty.txt", "");
  put("blank.md", "   \n\n ");
  put("binary.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]));
  put("latin1.txt", Uint8Array.from([...Buffer.from("Headline\n\nKim"), 0x92, ...Buffer.from("s regime sent 3,000 troops to Russia.\n")]));
  put("nobody.html", "<html><head><title>x</title></head></html>");
  put("numbers.txt", "1 2 3 4 5 6 7 8 9 10 11 12\n2023 2024 2025\n");
  put("longline.txt", `Headline\n\n${"North Korea sent 1,000 containers to Russia and ".repeat(1100)}end.`);
  put("nested.html", `<html><body>${"<div>".repeat(3000)}<p>North Korea sent 500 troops to Russia.</p>${"</div>".repeat(3000)}</body></html>`);
  put("broken.md", "---\ntitle: [oops\n---\nText.\n");
  put("ignored.pdf", "not an article");
  put("huge.txt", "");
  truncateSync(join(dir, "huge.txt"), MAX_ARTICLE_BYTES + 1);
  mkdirSync(join(dir, "sub"));
  put("sub/later.txt", "Later\n\nRussia shipped 100,000 tonnes of rice to North Korea.\n");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a corpus with bad files", () => {
  it("warns about each bad file by name, with its reason, and reads the rest", async () => {
    const warnings: string[] = [];
    const read: string[] = [];
    for await (const e of loadCorpus(dir)) {
      if (e.kind === "warning") warnings.push(formatWarning(e.warning));
      else read.push(`${e.article.sourceFile}:${e.figures.length}`);
    }
    expect(warnings).toEqual([
      "binary.txt: binary file (NUL bytes), not text",
      "blank.md: file holds only white space",
      "broken.md:2: invalid YAML front matter: Flow sequence in block collection must be sufficiently indented and end with a ]",
      "empty.txt: empty file",
      `huge.txt: file too large (${MAX_ARTICLE_BYTES + 1} bytes; the limit is ${MAX_ARTICLE_BYTES})`,
      "nobody.html: HTML page has no body to read",
      "numbers.txt: no prose: the file holds no words to read",
    ]);
    expect(read).toEqual(["good.txt:1", "latin1.txt:1", "longline.txt:1100", "nested.html:1", "sub/later.txt:1"]);
  });
});
