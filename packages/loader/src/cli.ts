#!/usr/bin/env node
import { existsSync, statSync, createWriteStream, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { FIGURE_COLUMNS, figureRow } from "./figure-row.js";
import { formatWarning, loadCorpus } from "./corpus.js";

const HELP = `Usage: npm run extract -- --articles DIR --out FILE

Extracts figures from news articles without building reports.

Options:
  --articles DIR   folder of .txt, .md and .html articles (searched recursively)
  --out FILE       where to write: .csv, .jsonl or .json by extension, or - for
                   standard output (JSON Lines)
  --help           show this help

Bad files are reported on standard error, naming the file; the rest are read.
Exit codes: 0 done, 1 failed, 2 bad usage.`;

type Format = "csv" | "jsonl" | "json";

function parse(argv: readonly string[]): { articles: string; out: string; help: boolean } {
  const o = { articles: "", out: "", help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--help" || a === "-h") o.help = true;
    else if (a === "--articles" || a === "--out") {
      const v = argv[++i];
      if (v === undefined) throw new Error(`option ${a} needs a value`);
      o[a === "--articles" ? "articles" : "out"] = v;
    } else throw new Error(`unknown option '${a}' (see --help)`);
  }
  if (!o.help && (!o.articles || !o.out)) throw new Error("both --articles DIR and --out FILE are required (see --help)");
  return o;
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

async function main(): Promise<number> {
  let opts: ReturnType<typeof parse>;
  try {
    opts = parse(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`armsledger-extract: ${(e as Error).message}\n`);
    return 2;
  }
  if (opts.help) {
    process.stdout.write(HELP + "\n");
    return 0;
  }
  const dir = resolve(opts.articles);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(`armsledger-extract: articles folder not found: ${opts.articles}\n`);
    return 2;
  }
  const format: Format | null = opts.out === "-" ? "jsonl" : opts.out.endsWith(".csv") ? "csv" : opts.out.endsWith(".jsonl") ? "jsonl" : opts.out.endsWith(".json") ? "json" : null;
  if (!format) {
    process.stderr.write(`armsledger-extract: --out must end in .csv, .jsonl or .json, or be -\n`);
    return 2;
  }
  // Written to a temporary file and renamed: a failed run leaves any earlier output whole.
  const target = opts.out === "-" ? null : resolve(opts.out);
  const tmp = target ? `${target}.${process.pid}.tmp` : null;
  const out = tmp ? createWriteStream(tmp) : process.stdout;
  // Loaded only for CSV output: JSON Lines and JSON need no CSV writer, and a cold start pays for every import.
  const csv = format === "csv" ? (await import("csv-stringify")).stringify({ header: true, columns: [...FIGURE_COLUMNS], bom: true, record_delimiter: "windows", escape_formulas: true }) : null;
  if (csv) csv.pipe(out);
  let first = true;
  // Respect back-pressure: without it a large corpus's output piles up in memory faster than the disk takes it.
  const sink: NodeJS.WritableStream = csv ?? out;
  const put = async (chunk: string | Record<string, unknown>) => {
    if (!sink.write(chunk as never)) await new Promise<void>((resolve) => sink.once("drain", () => resolve()));
  };
  if (format === "json") await put("[\n");
  try {
    for await (const entry of loadCorpus(dir)) {
      if (entry.kind === "warning") {
        process.stderr.write(`warning: ${formatWarning(entry.warning)}\n`);
        continue;
      }
      for (const f of entry.figures) {
        if (csv) await put(figureRow(f));
        else if (format === "jsonl") await put(JSON.stringify(f) + "\n");
        else {
          await put((first ? "" : ",\n") + JSON.stringify(f));
          first = false;
        }
      }
    }
    if (format === "json") await put("\n]\n");
    await new Promise<void>((done, fail) => {
      if (csv) {
        csv.on("error", fail);
        out.on("error", fail);
        if (tmp) out.on("finish", () => done());
        csv.end(() => !tmp && done());
      } else if (tmp) (out as ReturnType<typeof createWriteStream>).end(() => done());
      else done();
    });
    if (tmp && target) renameSync(tmp, target);
  } catch (e) {
    if (tmp) rmSync(tmp, { force: true });
    throw e;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`armsledger-extract: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
