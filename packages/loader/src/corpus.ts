import { readdir } from "node:fs/promises";
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Article, Figure, MeasureMention } from "@armsledger/model";
import { ARTICLE_EXTENSIONS, extensionOf, readArticle } from "./article.js";
import { extractFigures } from "./figures.js";
import { measureMentionsIn } from "./measure-mentions.js";
import { splitSentences } from "./sentences.js";
import { FormatError } from "./formats/error.js";

/** Files larger than this are refused unread: no news article is anywhere near it. */
export const MAX_ARTICLE_BYTES = 32 * 1024 * 1024;

export interface Warning {
  file: string;
  line: number | null;
  message: string;
}

export function formatWarning(w: Warning): string {
  return `${w.file}${w.line !== null ? `:${w.line}` : ""}: ${w.message}`;
}

export type CorpusEntry = { kind: "article"; article: Article; figures: Figure[]; mentions: MeasureMention[] } | { kind: "warning"; warning: Warning };

/** Article files under `dir`, as sorted relative paths with / separators. */
export async function listArticles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (d: string) => {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const full = join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && ARTICLE_EXTENSIONS[extensionOf(e.name)] && e.name.toLowerCase() !== "readme.md") found.push(relative(dir, full).split(sep).join("/"));
    }
  };
  await walk(dir);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Reads one file and extracts its figures; never throws: a bad file becomes a warning. */
export async function loadFile(dir: string, file: string): Promise<CorpusEntry> {
  try {
    const full = join(dir, file);
    const bytes = readSmallFile(full);
    if (typeof bytes === "number") return warn(file, null, `file too large (${bytes} bytes; the limit is ${MAX_ARTICLE_BYTES})`);
    const { article, skip } = await readArticle(bytes, file);
    // Split once: figures and measure mentions read the same sentences.
    const sentences = splitSentences(article.text, skip);
    return { kind: "article", article, figures: extractFigures(article, skip, sentences), mentions: measureMentionsIn(article, skip, sentences) };
  } catch (e) {
    const line = e instanceof FormatError ? e.line : null;
    return warn(file, line, e instanceof Error ? e.message : String(e));
  }
}

/**
 * The file's bytes, or its size when that is over the limit. Synchronous, one small file at a time (the
 * promise machinery cost more than the read), and one open, size and read on the same descriptor rather
 * than a stat by path and then a read that looks the path up again.
 */
function readSmallFile(full: string): Buffer | number {
  let fd: number;
  try {
    fd = openSync(full, "r");
  } catch {
    // The slow way, for its error message: the one a stat of the path gives.
    const info = statSync(full);
    return info.size > MAX_ARTICLE_BYTES ? info.size : readFileSync(full);
  }
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_ARTICLE_BYTES) return size;
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, null);
      if (n === 0) break;
      read += n;
    }
    return read === size ? bytes : bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function warn(file: string, line: number | null, message: string): CorpusEntry {
  return { kind: "warning", warning: { file, line, message } };
}

/** Streams the corpus one file at a time, so memory stays flat whatever its size. */
export async function* loadCorpus(dir: string): AsyncGenerator<CorpusEntry> {
  for (const file of await listArticles(dir)) yield await loadFile(dir, file);
}
