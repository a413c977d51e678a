// `npm run bench`: extraction speed and memory on a generated corpus of news-like text and saved
// pages, with chrono-node (dates only) and compromise (numbers only) as reference points.
//   node packages/loader/dist/bench/extract.bench.js [--mb 50]
// --mb sets the size of the text articles (.txt/.md); the saved HTML pages generated beside them
// (same sources, same variation) come on top, in a folder of their own.
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { loadCorpus, listArticles } from "../src/corpus.js";

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!readdirSync(dir).includes("turbo.json") && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
const root = findRoot();
const mbArg = process.argv.indexOf("--mb");
const targetMB = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 50;

// A small deterministic generator: the same corpus on every run.
let seed = 20241120;
const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
const NAMES = ["Shin Won-sik", "Kyrylo Budanov", "John Kirby", "Lee Seong-kweun", "the National Intelligence Service", "the Open Source Centre", "Ukraine's military intelligence", "a senior U.S. official"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function vary(text: string): string {
  return text
    .replace(/\b\d{1,3}(?:,\d{3})+\b/g, () => Math.floor(rand() * 99_000 + 1000).toLocaleString("en-US"))
    .replace(/\b(?:Shin Won-sik|Budanov|Kirby|Kostin|Zelensky)\b/g, () => pick(NAMES))
    .replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, () => pick(MONTHS))
    .replace(/\b20(2[2-5])\b/g, () => String(2022 + Math.floor(rand() * 4)));
}

/** Writes text articles until they reach `targetMB`, with the HTML pages that come up in the same cycle of sources. */
function generate(dir: string): { textBytes: number; htmlBytes: number; textFiles: number; htmlFiles: number } {
  const sources = [join(root, "data/articles"), join(root, "packages/loader/test/dev-set/articles")].flatMap((d) =>
    readdirSync(d)
      .filter((f) => /\.(txt|md|html)$/.test(f) && f !== "README.md")
      .map((f) => ({ ext: extname(f), text: readFileSync(join(d, f), "utf8") })),
  );
  const made = { textBytes: 0, htmlBytes: 0, textFiles: 0, htmlFiles: 0 };
  for (let n = 0; made.textBytes < targetMB * 1e6; n++) {
    const s = sources[n % sources.length]!;
    const html = s.ext === ".html";
    const count = html ? made.htmlFiles++ : made.textFiles++;
    const sub = join(dir, html ? "html" : "text", String(Math.floor(count / 1000)).padStart(3, "0"));
    if (count % 1000 === 0) mkdirSync(sub, { recursive: true });
    const text = vary(s.text);
    writeFileSync(join(sub, `a${n}${s.ext}`), text);
    if (html) made.htmlBytes += Buffer.byteLength(text);
    else made.textBytes += Buffer.byteLength(text);
  }
  return made;
}

async function timeExtraction(dir: string) {
  let articles = 0;
  let figures = 0;
  let bytes = 0;
  // File sizes are taken before the clock starts: a stat per article is the bench's cost, not extraction's.
  const sizes = new Map((await listArticles(dir)).map((f) => [f, statSync(join(dir, f)).size]));
  const t0 = performance.now();
  for await (const e of loadCorpus(dir)) {
    if (e.kind !== "article") continue;
    articles++;
    figures += e.figures.length;
    bytes += sizes.get(e.article.sourceFile)!;
  }
  return { seconds: (performance.now() - t0) / 1000, articles, figures, bytes };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "armsledger-bench-"));
  try {
    const gen = generate(dir);
    const textDir = join(dir, "text");
    const htmlDir = join(dir, "html");
    console.log(
      `corpus: ${gen.textFiles} text articles (.txt/.md), ${(gen.textBytes / 1e6).toFixed(1)} MB, and ${gen.htmlFiles} saved HTML pages, ${(gen.htmlBytes / 1e6).toFixed(1)} MB, generated from the sample and development articles`,
    );
    // Each kind in a run of its own: text articles are the news the targets speak of; pages cost a DOM parse on top.
    const text = await timeExtraction(textDir);
    const mbps = text.bytes / 1e6 / text.seconds;
    console.log(`news text (.txt/.md): ${mbps.toFixed(1)} MB/s, ${(text.articles / text.seconds).toFixed(0)} articles/s, ${text.figures} figures over ${(text.bytes / 1e6).toFixed(1)} MB`);
    const html = await timeExtraction(htmlDir);
    const htmlMbps = html.bytes / 1e6 / html.seconds;
    console.log(`saved HTML pages: ${htmlMbps.toFixed(1)} MB/s, ${(html.articles / html.seconds).toFixed(0)} pages/s, ${html.figures} figures over ${(html.bytes / 1e6).toFixed(1)} MB`);
    const all = await timeExtraction(dir);
    console.log(`whole mixed corpus: ${(all.bytes / 1e6 / all.seconds).toFixed(1)} MB/s, ${(all.articles / all.seconds).toFixed(0)} articles/s over ${(all.bytes / 1e6).toFixed(1)} MB`);
    // Memory in a process of its own that does nothing else, with the heap capped: it finishes only if
    // extraction streams the corpus; its peak RSS is what a user's run costs.
    const peakChild = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, "--max-old-space-size=96", join(root, "packages/loader/dist/src/cli.js"), "--articles", dir, "--out", join(tmpdir(), `armsledger-bench-${process.pid}.jsonl`)], { encoding: "utf8" });
    if (peakChild.status !== 0) throw new Error(`extraction with a 96 MB heap failed (or /usr/bin/time is missing): ${peakChild.stderr.slice(0, 500)}`);
    const peak = Number(peakChild.stderr.trim().split("\n").pop()) / 1024;
    rmSync(join(tmpdir(), `armsledger-bench-${process.pid}.jsonl`), { force: true });
    console.log(`peak memory of \`extract\` on the whole corpus (heap capped at 96 MB): ${peak.toFixed(0)} MB RSS`);

    // Reference points on the same text.
    const chrono = await import("chrono-node");
    let chronoBytes = 0;
    const t1 = performance.now();
    for (const f of await listArticles(textDir)) {
      const text = readFileSync(join(textDir, f), "utf8");
      chronoBytes += Buffer.byteLength(text);
      chrono.parse(text);
      if (chronoBytes > 20e6) break;
    }
    const chronoMbps = chronoBytes / 1e6 / ((performance.now() - t1) / 1000);
    console.log(`chrono-node (dates only): ${chronoMbps.toFixed(1)} MB/s on ${(chronoBytes / 1e6).toFixed(1)} MB`);
    const nlp = (await import("compromise")).default;
    let slice = "";
    for (const f of await listArticles(textDir)) {
      if (slice.length > 2e6) break;
      slice += readFileSync(join(textDir, f), "utf8") + "\n";
    }
    const t2 = performance.now();
    nlp(slice).numbers().json();
    const nlpMbps = Buffer.byteLength(slice) / 1e6 / ((performance.now() - t2) / 1000);
    console.log(`compromise (numbers only): ${nlpMbps.toFixed(2)} MB/s on a ${(Buffer.byteLength(slice) / 1e6).toFixed(1)} MB slice`);

    // Cold start: one article through the extract command, as a user runs it.
    const one = mkdtempSync(join(tmpdir(), "armsledger-bench-one-"));
    writeFileSync(join(one, "a.txt"), readFileSync(join(textDir, (await listArticles(textDir)).find((f) => f.endsWith(".txt"))!)));
    const cli = join(root, "packages/loader/dist/src/cli.js");
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      const r = spawnSync(process.execPath, [cli, "--articles", one, "--out", join(one, "out.jsonl")]);
      if (r.status !== 0) throw new Error(`extract failed: ${r.stderr}`);
      runs.push(performance.now() - t);
    }
    const t3 = performance.now();
    spawnSync(process.execPath, ["-e", "0"]);
    const bare = performance.now() - t3;
    rmSync(one, { recursive: true, force: true });
    const cold = runs.sort((a, b) => a - b)[3]!;
    console.log(`extract one article, cold: ${cold.toFixed(0)} ms median of 7 (node alone: ${bare.toFixed(0)} ms)`);

    const checks = [
      [`news text ≥ 25 MB/s`, mbps >= 25],
      [`news text ≥ 2× chrono-node`, mbps >= 2 * chronoMbps],
      [`peak memory ≤ 150 MB`, peak <= 150],
      [`one article cold ≤ 300 ms`, cold <= 300],
      [`saved HTML ≥ 5 MB/s`, htmlMbps >= 5],
    ] as const;
    for (const [name, ok] of checks) console.log(`${ok ? "PASS" : "MISS"} ${name}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
