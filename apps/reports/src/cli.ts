#!/usr/bin/env node
import { existsSync, statSync } from "node:fs";
import { resolve, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { loadLedger, renderOutputs } from "./build.js";
import { writeAtomically } from "./write.js";

const HELP = `Usage: npm run reports -- [options]

Reads news articles (.txt, .md, .html) and writes the armsledger reports.

Options:
  --articles DIR      folder of articles, searched recursively (default: data/articles)
  --out DIR           folder to write into (default: out)
  --reference DIR     folder holding sanctions.json, the sanctions reference
                      (default: data/reference; skipped with a warning if absent)
  --corrections FILE  analyst corrections CSV applied on every build (default:
                      data/corrections.csv, which corrects the sample articles, when
                      --articles is data/articles; otherwise none)
  --build-date DATE   the "as of" date printed on every report, YYYY-MM-DD
                      (default: $SOURCE_DATE_EPOCH if set, else the newest article's date)
  --quiet             print nothing but warnings and errors
  --help              show this help

Writes OUT/index.html, one folder per report (index.html, charts as .svg, tables as .csv),
and OUT/data/: figures, claims, series, sanctions, cap-comparisons and corrections-applied,
each as .csv and .json (columns in docs/codebook.md). An error in the reference or the
corrections stops the build before anything is written.
Exit codes: 0 done, 1 build failed, 2 bad usage.`;

class UsageError extends Error {}

const DEFAULT_ARTICLES = "data/articles";

interface Options {
  articles: string;
  out: string;
  reference: string;
  referenceGiven: boolean;
  corrections: string;
  correctionsGiven: boolean;
  buildDate: string | null;
  quiet: boolean;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = {
    articles: DEFAULT_ARTICLES,
    out: "out",
    reference: "data/reference",
    referenceGiven: false,
    corrections: "data/corrections.csv",
    correctionsGiven: false,
    buildDate: null,
    quiet: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith("--"))) throw new UsageError(`option ${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--articles":
        o.articles = value();
        break;
      case "--out":
        o.out = value();
        break;
      case "--reference":
        o.reference = value();
        o.referenceGiven = true;
        break;
      case "--corrections":
        o.corrections = value();
        o.correctionsGiven = true;
        break;
      case "--build-date": {
        const d = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`))) throw new UsageError(`--build-date must be a date written YYYY-MM-DD, not '${d}'`);
        o.buildDate = d;
        break;
      }
      case "--quiet":
        o.quiet = true;
        break;
      case "--help":
      case "-h":
        o.help = true;
        break;
      default:
        throw new UsageError(`unknown option '${arg}' (see --help)`);
    }
  }
  return o;
}

function epochDate(): string | null {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (!epoch || !/^\d+$/.test(epoch)) return null;
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}

async function main(argv: readonly string[]): Promise<number> {
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`armsledger-reports: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    process.stdout.write(HELP + "\n");
    return 0;
  }
  const articlesDir = resolve(opts.articles);
  if (!existsSync(articlesDir) || !statSync(articlesDir).isDirectory()) {
    process.stderr.write(`armsledger-reports: articles folder not found: ${opts.articles}\n`);
    return 2;
  }
  const referenceFound = existsSync(opts.reference) && statSync(opts.reference).isDirectory();
  if (!referenceFound && opts.referenceGiven) {
    process.stderr.write(`armsledger-reports: reference folder not found: ${opts.reference}\n`);
    return 2;
  }
  if (!referenceFound) process.stderr.write(`warning: no sanctions reference at ${opts.reference}: figures are not linked to sanctions\n`);
  // The default corrections file corrects the default corpus: another folder of articles
  // has other figures, and its corrections are given by name.
  const defaultCorpus = resolve(opts.articles) === resolve(DEFAULT_ARTICLES);
  const correctionsFound = (opts.correctionsGiven || defaultCorpus) && existsSync(opts.corrections);
  if (!correctionsFound && opts.correctionsGiven) {
    process.stderr.write(`armsledger-reports: corrections file not found: ${opts.corrections}\n`);
    return 2;
  }
  const started = performance.now();
  const tty = process.stderr.isTTY && !opts.quiet;
  const ledger = await loadLedger({
    articlesDir,
    referenceDir: referenceFound ? opts.reference : null,
    correctionsFile: correctionsFound ? opts.corrections : null,
    buildDate: opts.buildDate ?? epochDate(),
    onWarning: (m) => process.stderr.write(`${tty ? "\r\x1b[K" : ""}warning: ${m}\n`),
    onProgress: tty ? (n, file) => process.stderr.write(`\r\x1b[Kreading ${n}: ${file.slice(0, 60)}`) : undefined,
  });
  if (tty) process.stderr.write("\r\x1b[K");
  const files = renderOutputs(ledger);
  const written = await writeAtomically(resolve(opts.out), files);
  if (!opts.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stdout.write(
      `wrote ${written.length} files to ${relative(process.cwd(), resolve(opts.out)) || "."}/ in ${seconds} s: ${ledger.articles.length} articles, ${ledger.figures.length} figures, ` +
        `${ledger.claims.length} claims, ${ledger.series.length} series, ${ledger.corrections.length} corrections, ${ledger.warnings.length} warnings\n`,
    );
    for (const f of written.filter((p) => p.endsWith("index.html") || p.endsWith("figures.csv"))) process.stdout.write(`  ${relative(process.cwd(), f)}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`armsledger-reports: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
