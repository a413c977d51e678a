import type { DatePrecision } from "@armsledger/model";
import { MONTHS, MONTH_PATTERN, iso, isValidDate } from "./calendar.js";

export interface PublicationDate {
  date: string;
  precision: DatePrecision;
}

const MONTH = `(${MONTH_PATTERN})\\.?`;
const WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?";
const PATTERNS: { re: RegExp; pick: (m: RegExpExecArray) => [number, number, number] | null }[] = [
  // 2024-08-27, 2024-08-27T09:00:00Z, 2024/08/27
  { re: /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?=\b|T)/, pick: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 2024.01.30 (year first, as Korean outlets write it)
  { re: /\b(\d{4})\.(\d{1,2})\.(\d{1,2})\b/, pick: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 05.11.2024 (day first, as European outlets write it)
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, pick: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
  // 26.07.24 (day first, a two-digit year, as Ukrainian outlets write it)
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/, pick: (m) => [2000 + Number(m[3]), Number(m[2]), Number(m[1])] },
  // 11/05/2024: month first unless the first part cannot be a month
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, pick: (m) => (Number(m[1]) > 12 ? [Number(m[3]), Number(m[2]), Number(m[1])] : [Number(m[3]), Number(m[1]), Number(m[2])]) },
  // Jan.07 - 2024, Nov 02 2023, Aug 27, 2024, Dec. 6, 2024, November 5, 2024
  { re: new RegExp(`\\b${MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b[\\s,.\\-–]*(\\d{4})\\b`, "i"), pick: (m) => [Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])] },
  // 19 March 2024, 27 February 2024, 13 Jan 2025
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\s*,?\\s*(\\d{4})\\b`, "i"), pick: (m) => [Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])] },
  // 29-Jul-2023, 05-Nov-2024 (wire and database style)
  { re: new RegExp(`\\b(\\d{1,2})-${MONTH}-(\\d{4})\\b`, "i"), pick: (m) => [Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])] },
];

/** A full calendar date written in `text` in one of the forms news pages use, or null. */
export function parseDate(text: string): PublicationDate | null {
  let best: { index: number; date: string } | null = null;
  for (const { re, pick } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const parts = pick(m);
    if (!parts || !isValidDate(...parts)) continue;
    if (!best || m.index < best.index) best = { index: m.index, date: iso(...parts) };
  }
  return best ? { date: best.date, precision: "day" } : null;
}

const FILLER = new RegExp(
  [
    `\\b${WEEKDAY}`,
    "\\b(?:published|updated|posted|last updated|first published|modified|date|on|at|by|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|cet|cest|kst|jst|est|edt|bst|msk|gst|write|written|update)\\b",
    "\\b\\d+\\s*min(?:ute)?s?\\s+read\\b",
    "\\b\\d+\\s*(?:hours?|hrs?|minutes?|mins?|days?)\\s+ago\\b",
    "\\b(?:news desk|staff|correspondent|reporter|editor)\\b",
    "\\b\\d{1,2}[:.h]\\d{2}(?::\\d{2})?\\b",
    "[|:,\\-–—/()·•+]",
  ].join("|"),
  "gi",
);

/**
 * The publication date from a date line: a short line near the top that is a date and
 * little else ("Jan.07 - 2024 7:43 AM CET", "Published : Dec. 6, 2024 - 15:41", "Posted on : 2023-11-02 17:02 KST").
 * Dates inside sentences are events, not publication dates.
 */
export function isDateLine(line: string): PublicationDate | null {
  const trimmed = line.trim();
  if (!trimmed) return null;
  // A long header bar ("Ambassador Robert Wood, ..., U.S. Mission to the UN | New York | November 4, 2024") holds its date in a field.
  if (trimmed.length > 90) return trimmed.length <= 240 && !/[.!?]$/.test(trimmed) ? headerField(trimmed) : null;
  if (/[.!?]["”']?$/.test(trimmed) && trimmed.split(/\s+/).length > 8) return null;
  const date = parseDate(trimmed);
  if (!date) return null;
  // Bylines share the line: "By Jane Doe | ...", "By Hyonhee Shin and Josh Smith / November 20, 2024".
  const rest = trimmed.replace(/\b(?:[Bb]y|[Ww]ritten by)\s+[\p{Lu}][\p{L}'. -]+?(?:\s+and\s+[\p{Lu}][\p{L}'. -]+?)*(?=\s*[|,/–—-]|$)/u, " ");
  const leftover = rest
    .replace(new RegExp(`\\b${MONTH}`, "gi"), " ")
    .replace(/\b\d+(?:st|nd|rd|th)?\b/g, " ")
    .replace(FILLER, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  // Outlet and section names may share the line ("KYODO NEWS - May 24, 2024 - 12:47 | Politics, World");
  // prose does not pass: it has lower-case words.
  const lower = leftover.filter((w) => /^\p{Ll}/u.test(w));
  if (lower.length <= 2 && leftover.length <= 8) return date;
  // "Oct. 29, 2024 | U.S. Department of Defense | Transcript excerpt": fields of a header bar, one of them the date.
  return /[.!?]$/.test(trimmed) ? null : headerField(trimmed);
}

/** The date in one field of a header bar or breadcrumb ("Oct. 29, 2024 | U.S. Department of Defense", "World › 3 November 2024"). */
function headerField(line: string): PublicationDate | null {
  const fields = line.split(/\s+[|•·›»]\s+/);
  if (fields.length < 2) return null;
  for (const field of fields) {
    const d = field.length <= 90 ? isDateLine(field) : null;
    if (d) return d;
  }
  return null;
}
