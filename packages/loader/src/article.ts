import { ArticleSchema, validate, type Article } from "@armsledger/model";
import { decode } from "./decode.js";
import { readTxt } from "./formats/txt.js";
import type { RawArticle } from "./formats/raw.js";

export const ARTICLE_EXTENSIONS: Record<string, "txt" | "md" | "html"> = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
};

/** The file's extension, lower case, with its dot. */
export function extensionOf(path: string): string {
  const m = /\.[^./\\]+$/.exec(path);
  return m ? m[0].toLowerCase() : "";
}

// Each reader's module, imported once: a dynamic import goes through the module loader on every call.
let markdownModule: Promise<typeof import("./formats/markdown.js")> | null = null;
let htmlModule: Promise<typeof import("./formats/html.js")> | null = null;
const markdownReader = () => (markdownModule ??= import("./formats/markdown.js"));
const htmlReader = () => (htmlModule ??= import("./formats/html.js"));

/** An article and the spans of its text that are not prose. */
export interface LoadedArticle {
  article: Article;
  skip: { start: number; end: number }[];
}

/** Bytes of one file to an Article; `sourceFile` is its path under the articles folder, with / separators. */
export async function readArticle(bytes: Uint8Array, sourceFile: string): Promise<LoadedArticle> {
  const format = ARTICLE_EXTENSIONS[extensionOf(sourceFile)];
  if (!format) throw new Error(`unsupported file type '${extensionOf(sourceFile) || "(none)"}' (expected .txt, .md or .html)`);
  if (bytes.length === 0) throw new Error("empty file");
  const text = decode(bytes);
  if (!text.trim()) throw new Error("file holds only white space");
  // The Markdown and HTML readers pull in a YAML parser and a DOM: load them only when a file needs them.
  const raw: RawArticle = format === "txt" ? readTxt(text) : format === "md" ? (await markdownReader()).readMarkdown(text) : (await htmlReader()).readHtml(text);
  if (!/\p{L}{2,}/u.test(raw.text)) throw new Error("no prose: the file holds no words to read");
  const article = validate(
    ArticleSchema,
    {
      id: sourceFile.replace(/\.[^./]+$/, ""),
      sourceFile,
      format: raw.format,
      title: raw.title.slice(0, 500),
      outlet: raw.outlet,
      byline: raw.byline,
      url: raw.url,
      published: raw.published,
      publishedPrecision: raw.publishedPrecision,
      text: raw.text,
    },
    `article ${sourceFile}`,
  );
  return { article, skip: raw.skip };
}
