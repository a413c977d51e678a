import type { ChartSpec } from "./render/svg.js";
import type { Cell as CsvCell } from "./render/csv.js";

/** A reference from a number on a page back to the sentence that stated it. */
export interface CitationLink {
  figureId: string;
  label: string;
}

export interface ProseCell {
  kind: "prose";
  /** A small Markdown subset: paragraphs, **bold**, *emphasis*, [links](url), "- " lists. */
  markdown: string;
}

export interface CalloutCell {
  kind: "callout";
  label: string;
  value: string;
  detail: string;
  citations: CitationLink[];
}

export interface ChartCell {
  kind: "chart";
  /** File name (without .svg) and id: lower-case words joined by hyphens. */
  name: string;
  title: string;
  subtitle: string;
  /** A text description of what the chart shows, for screen readers. */
  description: string;
  /** Who the numbers come from. */
  source: string;
  spec: ChartSpec;
}

export interface TableColumn {
  key: string;
  label: string;
  /** Column whose value is the figure id this cell links to. */
  linkTo?: "figure" | "url";
}

export interface TableCell {
  kind: "table";
  name: string;
  title: string;
  columns: TableColumn[];
  rows: Record<string, CsvCell>[];
  /** Show at most this many rows on the page; the CSV always has them all. */
  pageLimit?: number;
}

export type Cell = ProseCell | CalloutCell | ChartCell | TableCell;

/** A report: an ordered list of cells under a title. Adding a report means adding one notebook file. */
export interface Notebook {
  slug: string;
  title: string;
  summary: string;
  cells: Cell[];
}
