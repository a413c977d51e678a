import type { Token } from "./tokens.js";
import type { NumberMatch } from "./numbers.js";
import { MONTHS } from "./calendar.js";
import { lexicon } from "./lexicon.js";

// Words before a number that make it a label, not an amount: "resolution 2397", "Article 4", "Hwasong-11".
const LABELS = new Set([
  "resolution", "resolutions", "no", "nos", "number", "article", "articles", "paragraph", "section", "page", "chapter", "flight", "route", "corps",
  "brigade", "division", "regiment", "battalion", "highway", "version", "model", "building", "room", "grade", "level", "phase", "stage", "item", "clause",
  "code", "decree", "law", "order", "platform", "pier", "berth", "gate", "block", "episode", "s/res", "volume", "vol", "point", "g", "top", "group",
  "type", "mk", "mark", "project", "series",
]);
const SPECIFICATIONS = new Set(["warhead", "payload", "range", "weight", "length", "diameter", "speed", "altitude", "yield", "calibre", "caliber"]);
// Weights that describe a weapon when a counted thing follows them: "500 kilogram ballistic missiles".
const WEIGHT_MODIFIERS = new Set(["kilogram", "kilograms", "kg", "tonne", "tonnes", "ton", "tons", "pound", "pounds", "lb"]);
// Units a specification is given in: "up to one tonne", "700 km".
const SPEC_UNITS = new Set(["tonne", "ton", "kg", "kilogram", "km", "kilometre", "kilometer", "mile", "metre", "meter", "m", "mph", "knot", "kiloton", "megaton", "pound", "lb"]);
const TIME_WORDS = new Set(["am", "pm", "a.m.", "p.m.", "gmt", "cet", "kst", "utc", "est", "edt", "bst", "hours", "hrs", "h", "o'clock", "jst", "msk", "cest"]);
const PERCENT = new Set(["%", "percent", "pct", "percentage", "per"]);
const COMPOUND_UNITS = new Set(["ton", "tonne", "kg", "kilogram", "pound", "lb", "mm", "millimetre", "millimeter", "inch", "calibre", "caliber", "mph", "knot", "year", "month", "week", "day", "hour", "minute", "second", "page", "member", "nation", "point", "storey", "story", "time", "mile", "kilometre", "kilometer", "km", "party", "way", "fold", "minute", "meter", "metre", "foot", "inch", "seat", "vote"]);

/** Whether the amount is a year, a date, a time, a percentage, a calibre, an age, a label or part of a compound adjective. */
export function isNotFigure(tokens: readonly Token[], n: NumberMatch): boolean {
  const first = tokens[n.start]!;
  const prev = tokens[n.start - 1];
  const next = tokens[n.end];
  const next2 = tokens[n.end + 1];
  if (n.measure) return true;
  // Years: four plain digits in the calendar's range.
  if (n.digits && !n.grouped && n.unit === null && n.value !== null && Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100 && /^\d{4}$/.test(first.text)) return true;
  // Days of the month: next to a month name ("December 30", "30 December", "Jan.07").
  const isMonth = (t: Token | undefined) => t !== undefined && MONTHS[t.norm.replace(/\.$/, "")] !== undefined && /^\p{Lu}/u.test(t.text);
  if (n.value !== null && n.value <= 31 && n.digits && (isMonth(prev) || isMonth(next) || (prev?.norm === "." && isMonth(tokens[n.start - 2])) || (next?.norm === "of" && isMonth(next2)))) return true;
  if (next && (next.norm === ":" || TIME_WORDS.has(next.norm)) && n.digits) return true;
  // "10:30": a colon glued between digits.
  if (prev?.norm === ":" && n.digits && prev.end === first.start && tokens[n.start - 2]?.kind === "num") return true;
  if (next && PERCENT.has(next.norm)) return true;
  if (prev && LABELS.has(prev.norm) && n.digits) return true;
  // "a warhead of up to one tonne", "a range of 700 km": a specification of a weapon, not an amount of anything.
  for (let j = n.start - 1; j >= 0 && j >= n.start - 4; j--) {
    if (tokens[j]!.norm === "of" && SPECIFICATIONS.has(tokens[j - 1]?.lemma ?? "") && SPEC_UNITS.has(next?.lemma ?? "")) return true;
    if (tokens[j]!.kind !== "word") break;
  }
  // "500 kilogram ballistic missiles", "warheads weighing up to one tonne": the weight of a weapon, not an amount of anything.
  if (next && WEIGHT_MODIFIERS.has(next.norm) && next2?.kind === "word" && next2.norm !== "of" && lexicon.heads.matchAt(tokens, n.end + 1)) return true;
  if (tokens.slice(Math.max(0, n.start - 3), n.start).some((t) => t.norm === "weighing" || t.norm === "weighs" || t.norm === "weigh")) return true;
  // "the 1718 Committee", "the Security Council's 1718 sanctions committee": a body named by its resolution.
  if (n.digits && (next?.lemma === "committee" || (next?.lemma === "sanction" && next2?.lemma === "committee"))) return true;
  if (prev && (prev.norm === "aged" || prev.norm === "age")) return true;
  // "a population of 25 million": the size of a country, not an amount of anything moved or counted in the trade.
  if (prev?.norm === "of" && /^(?:population|populations)$/.test(tokens[n.start - 2]?.norm ?? "")) return true;
  if (next?.norm === "-" && next2 && (COMPOUND_UNITS.has(next2.lemma) || /^year-old/.test(next2.norm))) return true;
  if (next && /^(?:year|years)$/.test(next.norm) && tokens[n.end + 1]?.norm === "old") return true;
  if (next?.norm === "year-old" || next?.norm === "years-old") return true;
  // "Thirteen of the council's 15 members": the total a partitive picks from is not a figure of its own.
  if (prev?.possessive && tokens.slice(Math.max(0, n.start - 6), n.start - 1).some((t, k, all) => t.norm === "of" && all.slice(0, k).some((u) => u.kind === "num" || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)$/.test(u.norm)))) return true;
  // "Of the council's 15 members, 13 voted yes": the whole a part is then taken from.
  if (tokens.slice(Math.max(0, n.start - 4), n.start).some((t) => t.norm === "of") && (prev?.possessive || prev?.norm === "its" || prev?.norm === "their")) {
    for (let j = n.end; j < tokens.length && j < n.end + 4; j++) if (tokens[j]!.norm === "," && tokens[j + 1]?.kind === "num") return true;
  }
  // "the two soldiers" points back at people already counted.
  if (prev?.norm === "the" && !n.digits && n.value !== null && n.value <= 10) return true;
  // Ordinals written with digits ("21st") are words and never reach here; "one of the largest" is not a count.
  // "no one voted against": nobody, not one.
  if (first.norm === "one" && prev?.norm === "no") return true;
  // "owned by one or more blocked persons": a legal formula, not a count.
  if (first.norm === "one" && next?.norm === "or" && next2?.norm === "more") return true;
  // Nor is "one of South Korea's most senior officials": one member picked out of a group.
  if (first.norm === "one" && next?.norm === "of" && (next2?.norm === "the" || next2?.norm === "its" || next2?.norm === "their" || next2?.kind === "num" || /^(?:two|three|four|five|six|seven|eight|nine|ten|his|her|our|most|several|many|few|numerous|multiple|dozens|hundreds|thousands)$/.test(next2?.norm ?? "") || next2?.possessive || tokens[n.end + 2]?.possessive)) return true;
  // A number glued to letters by a hyphen before it is a model name: "Su-27", "KN 23".
  if (prev?.norm === "-" && tokens[n.start - 2]?.kind === "word" && /\p{L}$/u.test(tokens[n.start - 2]!.text) && prev.start === tokens[n.start - 2]!.end) return true;
  return false;
}
