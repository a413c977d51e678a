import type { ChartSpec } from "./render/svg.js";
import type { Cell as CsvCell } from "./render/csv.js";

/** A reference from a number on a page back to the sentence that stated it. */
export interface CitationLink {
  figureId: string;
  label: string;
}

export interface ProseCell {
  kind: "prose";
  /** A small Markdown subset: "## " headings, paragraphs, **bold**, *emphasis*, [links](url), "- " lists. */
  markdown: string;
}

export interface CalloutCell {
  kind: "callout";
  label: string;
  value: string;
  detail: string;
  citations: CitationLink[];
}

/** One key entry drawn both in the page (HTML) and in the standalone SVG/PNG, so a pasted chart keeps its key. */
export interface LegendItem {
  label: string;
  color: string;
  shape: "circle" | "square" | "line" | "dashed-line" | "arrow-up" | "arrow-down";
}

export interface ChartCell {
  kind: "chart";
  /** File name (without .svg) and id prefix: lower-case words joined by hyphens, unique within its notebook. */
  name: string;
  title: string;
  subtitle: string;
  /** A text description of what the chart shows, for screen readers. */
  description: string;
  /** Who the numbers come from: "Source: …; claimants: …". */
  source: string;
  /** The date the chart speaks for (the build date). */
  asOf: string;
  legend: LegendItem[];
  /** "small" charts sit side by side in a grid (small multiples); "wide" ones take the full column. */
  size: "wide" | "small";
  spec: ChartSpec;
}

export interface TableColumn {
  key: string;
  label: string;
  /** Link the cell to the evidence row of the figure id in row[key], or to the web address in row[key]. */
  link?: { to: "figure" | "url"; key: string };
  /** Quoted text (a sentence from an article): drawn as a quotation. */
  quote?: boolean;
  /** In the CSV only: the page keeps to the columns a reader scans. */
  csvOnly?: boolean;
}

export interface TableCell {
  kind: "table";
  name: string;
  title: string;
  /** One sentence under the title saying what a row is. */
  caption?: string;
  columns: TableColumn[];
  rows: Record<string, CsvCell>[];
  /** Show at most this many rows on the page; the CSV always has them all. */
  pageLimit?: number;
  /** Rows get id="fig-<figure_id>" so citations elsewhere can link to them. */
  anchorRows?: boolean;
}

export type Cell = ProseCell | CalloutCell | ChartCell | TableCell;

/** A report: an ordered list of cells under a title. Adding a report means adding one notebook file. */
export interface Notebook {
  slug: string;
  title: string;
  summary: string;
  cells: Cell[];
}
