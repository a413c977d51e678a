import type { Period } from "@armsledger/model";
import { MONTHS, MONTH_PATTERN, iso, lastDayOfMonth, parseIso, shift } from "./calendar.js";
import eventsData from "../lexicon/events.json" with { type: "json" };

// "since the full-scale invasion": events whose day is known (lexicon: events.json), longest phrase first.
const EVENTS = eventsData.events.flatMap((e) => e.phrases.map((p) => ({ phrase: p, date: e.date }))).sort((a, b) => b.phrase.length - a.phrase.length);
const EVENT_PATTERN = EVENTS.map((e) => e.phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]")).join("|");

/** A time expression found in a sentence, with its character span in the sentence. */
export interface PeriodMatch extends Period {
  at: number;
  length: number;
}

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, a: 1, few: 3, several: 3 };
const M = `(${MONTH_PATTERN})(?:(?<=jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.)?`;
const N = `(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)`;
const Y = `(\\d{4})`;
// "late December", "early April": the part of the month does not change which months a span covers.
const PART = `(?:early |late |mid-?)?`;

type Resolve = (m: RegExpExecArray, pub: string | null, future: boolean) => { start: string | null; end: string | null };
// What a rule cannot match without (any one of these strings in the lower-cased sentence, or a digit):
// most sentences lack it, and a look for a string is cheaper than a run of the rule's expression.
const DIGIT = "digit";
type Needs = readonly string[] | typeof DIGIT;

/** The most recent occurrence of month `month` not after the publication date. */
function pastMonth(month: number, year: number | null, pub: string | null): { y: number; m: number } | null {
  if (year !== null) return { y: year, m: month };
  if (!pub) return null;
  const p = parseIso(pub);
  return { y: month <= p.m ? p.y : p.y - 1, m: month };
}
/** The next occurrence of month `month` not before the publication date: "could reach 10,000 by December". */
function nextMonth(month: number, year: number | null, pub: string | null): { y: number; m: number } | null {
  if (year !== null) return { y: year, m: month };
  if (!pub) return null;
  const p = parseIso(pub);
  return { y: month >= p.m ? p.y : p.y + 1, m: month };
}
const monthOf = (s: string) => MONTHS[s.replace(".", "")]!;
const count = (s: string) => (/^\d+$/.test(s) ? Number(s) : (WORD_NUMBERS[s.replace(/^a /, "")] ?? 3));
const monthStart = (p: { y: number; m: number } | null) => (p ? iso(p.y, p.m, 1) : null);
const monthEnd = (p: { y: number; m: number } | null) => (p ? iso(p.y, p.m, lastDayOfMonth(p.y, p.m)) : null);
const yearOf = (pub: string | null, delta = 0) => (pub ? parseIso(pub).y + delta : null);

// Most specific first: the first rule that matches at a position wins there.
const RULES: { re: RegExp; resolve: Resolve; needs: Needs }[] = [
  { re: new RegExp(`\\bsince (${EVENT_PATTERN})(?![\\w-])`, "g"), resolve: (m, pub) => ({ start: EVENTS.find((e) => e.phrase === m[1]!.replace(/’/g, "'"))?.date ?? null, end: pub }), needs: ["since "] },
  { re: new RegExp(`\\bbetween ${PART}${M}(?: ${Y})? and ${PART}${M},? ${Y}`, "g"), resolve: (m) => ({ start: iso(Number(m[2] ?? m[4]), monthOf(m[1]!), 1), end: monthEnd({ y: Number(m[4]), m: monthOf(m[3]!) }) }), needs: ["between "] },
  // "between March and November": the most recent such span, leaning to the past.
  { re: new RegExp(`\\bbetween ${PART}${M} and ${PART}${M}(?![\\w-])`, "g"), resolve: (m, pub) => { const e = pastMonth(monthOf(m[2]!), null, pub); const s = e ? { y: monthOf(m[1]!) <= e.m ? e.y : e.y - 1, m: monthOf(m[1]!) } : null; return { start: monthStart(s), end: monthEnd(e) }; }, needs: ["between "] },
  // "in the three months to October": the span that ends with that month.
  { re: new RegExp(`\\b(?:in|over|during) the (?:past |last )?${N} months (?:to|through|until|ending in) (?:the end of )?${M}(?:,? ${Y})?`, "g"), resolve: (m, pub) => { const e = pastMonth(monthOf(m[2]!), m[3] ? Number(m[3]) : null, pub); if (!e) return { start: null, end: null }; const back = count(m[1]!) - 1; const sm = e.m - back; const s = sm >= 1 ? { y: e.y, m: sm } : { y: e.y - 1, m: sm + 12 }; return { start: monthStart(s), end: monthEnd(e) }; }, needs: ["months "] },
  // "in the third quarter of 2024", "in the first quarter".
  { re: /\bin the (first|second|third|fourth|last) quarter(?: of (\d{4}|this year|last year|the year))?/g, resolve: (m, pub) => { const q = { first: 1, second: 2, third: 3, fourth: 4, last: 4 }[m[1] as "first"]; const y = m[2] && /^\d/.test(m[2]) ? Number(m[2]) : yearOf(pub, m[2] === "last year" ? -1 : 0); return y === null ? { start: null, end: null } : { start: iso(y, q * 3 - 2, 1), end: iso(y, q * 3, lastDayOfMonth(y, q * 3)) }; }, needs: ["quarter"] },
  { re: new RegExp(`\\bfrom ${PART}${M}(?: ${Y})? (?:to|through|until) ${PART}${M}(?:,? ${Y})?`, "g"), resolve: (m, pub) => { const e = pastMonth(monthOf(m[3]!), m[4] ? Number(m[4]) : null, pub); const s = e ? { y: m[2] ? Number(m[2]) : monthOf(m[1]!) <= e.m ? e.y : e.y - 1, m: monthOf(m[1]!) } : null; return { start: monthStart(s), end: monthEnd(e) }; }, needs: ["from "] },
  // "since August last year": that month of the year before the article.
  // "since Dec. 30", "since February 14, 2024": from that day.
  { re: new RegExp(`\\bsince ${M} (\\d{1,2})(?:st|nd|rd|th)?(?:,? ${Y})?(?![\\d,]*\\d)`, "g"), resolve: (m, pub) => { const p = pastMonth(monthOf(m[1]!), m[3] ? Number(m[3]) : null, pub); return { start: p ? iso(p.y, p.m, Math.min(Number(m[2]), lastDayOfMonth(p.y, p.m))) : null, end: pub }; }, needs: ["since "] },
  { re: new RegExp(`\\bsince (?:early |late |mid-?|the (?:start|beginning|end) of )?${M} (last|this) year`, "g"), resolve: (m, pub) => { const y = yearOf(pub, m[2] === "last" ? -1 : 0); return { start: y === null ? null : iso(y, monthOf(m[1]!), 1), end: pub }; }, needs: ["since "] },
  { re: new RegExp(`\\bsince (?:early |late |mid-?|the (?:start|beginning|end) of )?${M},? ${Y}`, "g"), resolve: (m, pub) => ({ start: iso(Number(m[2]), monthOf(m[1]!), 1), end: pub }), needs: ["since "] },
  { re: new RegExp(`\\bsince (?:early |late |mid-?|the (?:start|beginning|end) of )?${M}(?![\\w-])`, "g"), resolve: (m, pub) => ({ start: monthStart(pastMonth(monthOf(m[1]!), null, pub)), end: pub }), needs: ["since "] },
  // "since mid-2022", "since late 2023": from the part of the year the word names.
  { re: new RegExp(`\\bsince (mid|late|the end of)[- ]?${Y}`, "g"), resolve: (m, pub) => ({ start: iso(Number(m[2]), m[1] === "mid" ? 6 : m[1] === "late" ? 9 : 12, 1), end: pub }), needs: ["since "] },
  { re: new RegExp(`\\bsince (?:early |the (?:start|beginning) of )?${Y}`, "g"), resolve: (m, pub) => ({ start: iso(Number(m[1]), 1, 1), end: pub }), needs: ["since "] },
  { re: /\bsince (?:the (?:start|beginning) of )?(last|this) (year|month|week)/g, resolve: (m, pub) => { if (!pub) return { start: null, end: null }; const back = m[1] === "last" ? 1 : 0; const unit = m[2] as "year" | "month" | "week"; const p = parseIso(pub); const s = unit === "year" ? iso(p.y - back, 1, 1) : unit === "month" ? iso(parseIso(shift(pub, -back, "month")).y, parseIso(shift(pub, -back, "month")).m, 1) : shift(pub, -7 * back, "day"); return { start: s, end: pub }; }, needs: ["since "] },
  { re: new RegExp(`\\b(?:in|over|during|within) (?:just |only )?(?:the )?(?:past|last|previous) ${N} (day|week|month|year)s?`, "g"), resolve: (m, pub) => ({ start: pub ? shift(pub, -count(m[1]!), m[2] as "day") : null, end: pub }), needs: ["past ", "last ", "previous "] },
  // "over two months", "over the course of three weeks": a span that ends with the article, leaning to the past.
  { re: new RegExp(`\\bover (?:the course of )?(?:just |only )?${N} (day|week|month|year)s?\\b`, "g"), resolve: (m, pub) => ({ start: pub ? shift(pub, -count(m[1]!), m[2] as "day") : null, end: pub }), needs: ["over "] },
  // "in the early months of this year", "in the first months of 2025": from the year's start to the article (or to April).
  { re: /\bin the (?:early|first) months of (this year|\d{4})/g, resolve: (m, pub) => { const y = /^\d/.test(m[1]!) ? Number(m[1]) : yearOf(pub); return y === null ? { start: null, end: null } : { start: iso(y, 1, 1), end: /^\d/.test(m[1]!) ? iso(y, 4, 30) : pub }; }, needs: ["months of "] },
  // "in the past year", "over the last month": one of the unit, back from the publication date.
  { re: /\b(?:in|over|during|within) (?:just |only )?the (?:past|last|previous) (day|week|month|year)\b/g, resolve: (m, pub) => ({ start: pub ? shift(pub, -1, m[1] as "day") : null, end: pub }), needs: ["past ", "last ", "previous "] },
  { re: new RegExp(`\\b(?:in|over|during) (?:just |only )?(?:the first )?${N} months? (?:of )?this year`, "g"), resolve: (m, pub) => { const y = yearOf(pub); return y === null ? { start: null, end: null } : { start: iso(y, 1, 1), end: iso(y, count(m[1]!), lastDayOfMonth(y, count(m[1]!))) }; }, needs: ["this year"] },
  { re: new RegExp(`\\bin the first ${N} months of ${Y}`, "g"), resolve: (m) => ({ start: iso(Number(m[2]), 1, 1), end: iso(Number(m[2]), count(m[1]!), lastDayOfMonth(Number(m[2]), count(m[1]!))) }), needs: ["in the first "] },
  { re: /\bin the (first|second) half of (\d{4}|this year|last year|the year)/g, resolve: (m, pub) => { const y = /^\d/.test(m[2]!) ? Number(m[2]) : yearOf(pub, m[2] === "last year" ? -1 : 0); if (y === null) return { start: null, end: null }; return m[1] === "first" ? { start: iso(y, 1, 1), end: iso(y, 6, 30) } : { start: iso(y, 7, 1), end: iso(y, 12, 31) }; }, needs: ["half of "] },
  { re: /\bin recent (day|week|month)s/g, resolve: (m, pub) => ({ start: pub ? shift(pub, m[1] === "month" ? -3 : m[1] === "week" ? -4 : -7, m[1] === "month" ? "month" : m[1] === "week" ? "week" : "day") : null, end: pub }), needs: ["in recent "] },
  { re: new RegExp(`\\bby the end of ${M}(?:,? ${Y})?`, "g"), resolve: (m, pub) => ({ start: null, end: monthEnd(pastMonth(monthOf(m[1]!), m[2] ? Number(m[2]) : null, pub)) }), needs: ["by the end of "] },
  { re: /\bby (?:the end of the year|(?:the )?year-end|the year's end)\b/g, resolve: (_m, pub) => { const y = yearOf(pub); return { start: null, end: y === null ? null : iso(y, 12, 31) }; }, needs: ["year"] },
  { re: /\bby the end of (last|this|next) year/g, resolve: (m, pub) => { const y = yearOf(pub, m[1] === "last" ? -1 : m[1] === "next" ? 1 : 0); return { start: null, end: y === null ? null : iso(y, 12, 31) }; }, needs: ["by the end of "] },
  { re: /\bby the end of (\d{4})/g, resolve: (m) => ({ start: null, end: iso(Number(m[1]), 12, 31) }), needs: ["by the end of "] },
  { re: /\b(?:by|as of|until|through) (early|mid|late)[- ](\d{4})/g, resolve: (m) => ({ start: null, end: iso(Number(m[2]), m[1] === "early" ? 3 : m[1] === "mid" ? 6 : 12, m[1] === "early" ? 31 : m[1] === "mid" ? 30 : 31) }), needs: ["early", "mid", "late"] },
  { re: new RegExp(`\\b(?:as of|by|through|until) (?:early |late |mid-?)?${M}(?:,? ${Y})?(?![\\w-])`, "g"), resolve: (m, pub, future) => ({ start: null, end: monthEnd((future ? nextMonth : pastMonth)(monthOf(m[1]!), m[2] ? Number(m[2]) : null, pub)) }), needs: ["as of ", "by ", "through ", "until "] },
  { re: new RegExp(`\\b(?:on )?${M} (\\d{1,2})(?:st|nd|rd|th)?(?:,? ${Y})?(?![\\d,]*\\d)`, "g"), resolve: (m, pub) => { const p = pastMonth(monthOf(m[1]!), m[3] ? Number(m[3]) : null, pub); const d = p ? iso(p.y, p.m, Math.min(Number(m[2]), lastDayOfMonth(p.y, p.m))) : null; return { start: d, end: d }; }, needs: DIGIT },
  { re: new RegExp(`\\b(?:on )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${M}(?:,? ${Y})?`, "g"), resolve: (m, pub) => { const p = pastMonth(monthOf(m[2]!), m[3] ? Number(m[3]) : null, pub); const d = p ? iso(p.y, p.m, Math.min(Number(m[1]), lastDayOfMonth(p.y, p.m))) : null; return { start: d, end: d }; }, needs: DIGIT },
  // "in January and February": both months.
  { re: new RegExp(`\\b(?:in|during) ${M} and ${M}(?:,? ${Y})?(?![\\w-])`, "g"), resolve: (m, pub) => { const e = pastMonth(monthOf(m[2]!), m[3] ? Number(m[3]) : null, pub); const s = e ? { y: monthOf(m[1]!) <= e.m ? e.y : e.y - 1, m: monthOf(m[1]!) } : null; return { start: monthStart(s), end: monthEnd(e) }; }, needs: [" and "] },
  { re: new RegExp(`\\b(?:in|during|throughout|for) (?:early |late |mid-?)?${M}(?:,? ${Y})?(?: alone)?(?![\\w-])`, "g"), resolve: (m, pub) => { const p = pastMonth(monthOf(m[1]!), m[2] ? Number(m[2]) : null, pub); return { start: monthStart(p), end: monthEnd(p) }; }, needs: ["in ", "during ", "throughout ", "for "] },
  // "in late 2023": the third of the year the word names.
  { re: /\b(?:in|during|throughout) (early|mid|late)[- ](\d{4})(?!\d)/g, resolve: (m) => { const y = Number(m[2]); const [a, b] = m[1] === "early" ? [1, 4] : m[1] === "mid" ? [5, 8] : [9, 12]; return { start: iso(y, a, 1), end: iso(y, b, lastDayOfMonth(y, b)) }; }, needs: ["early", "mid", "late"] },
  { re: /\b(?:in|during|throughout|for) (\d{4})(?: alone)?(?!\d)/g, resolve: (m) => ({ start: iso(Number(m[1]), 1, 1), end: iso(Number(m[1]), 12, 31) }), needs: DIGIT },
  { re: /\b(?:so far |earlier )?this year\b/g, resolve: (_m, pub) => { const y = yearOf(pub); return { start: y === null ? null : iso(y, 1, 1), end: pub }; }, needs: ["this year"] },
  { re: /\blast year\b/g, resolve: (_m, pub) => { const y = yearOf(pub, -1); return y === null ? { start: null, end: null } : { start: iso(y, 1, 1), end: iso(y, 12, 31) }; }, needs: ["last year"] },
  { re: /\b(?:earlier )?this month\b/g, resolve: (_m, pub) => ({ start: pub ? pub.slice(0, 8) + "01" : null, end: pub }), needs: ["this month"] },
  { re: /\blast month\b/g, resolve: (_m, pub) => { if (!pub) return { start: null, end: null }; const p = parseIso(shift(pub, -1, "month")); return { start: iso(p.y, p.m, 1), end: iso(p.y, p.m, lastDayOfMonth(p.y, p.m)) }; }, needs: ["last month"] },
  { re: /\blast week\b/g, resolve: (_m, pub) => ({ start: pub ? shift(pub, -13, "day") : null, end: pub ? shift(pub, -7, "day") : null }), needs: ["last week"] },
  { re: /\b(?:recently|lately|to date|so far)\b/g, resolve: (_m, pub) => ({ start: null, end: pub }), needs: ["recently", "lately", "to date", "so far"] },
  { re: /\b(?:annual(?:ly)?|a year|per year|each year|every year|a month|per month|monthly|per annum)\b(?! (?:earlier|ago|before|later|after))/g, resolve: () => ({ start: null, end: null }), needs: ["annual", "year", "month", "per annum"] },
  { re: /\b(?:a|one) (year|month|week) (?:earlier|ago|before)\b/g, resolve: (m, pub) => { if (!pub) return { start: null, end: null }; const d = shift(pub, -1, m[1] as "year"); return { start: d, end: d }; }, needs: ["earlier", "ago", "before"] },
];

/** Every time expression in `sentence`, resolved against the publication date; overlapping matches keep the earliest, longest. */
// A modal shortly before a date points forward: "could reach 10,000 by December".
const FUTURE = /\b(?:could|will|would|may|might|expected to|plans? to|set to|is to|are to)\b/;

// Every rule needs one of these words; most sentences have none and skip the rules.
const MAY_HOLD_PERIOD = new RegExp(`\\b(?:${MONTH_PATTERN}|since|years?|months?|weeks?|days?|recent|recently|lately|annual|annually|per|so far|to date|half|quarter|\\d{4})\\b`, "i");

function includesAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

export function periodsIn(sentence: string, published: string | null): PeriodMatch[] {
  if (!MAY_HOLD_PERIOD.test(sentence)) return [];
  const lower = sentence.toLowerCase().replace(/[’‘]/g, "'");
  const found: PeriodMatch[] = [];
  const digit = /\d/.test(lower);
  for (const rule of RULES) {
    if (rule.needs === DIGIT ? !digit : !includesAny(lower, rule.needs)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(lower); m; m = rule.re.exec(lower)) {
      const at = m.index;
      const length = m[0].length;
      if (found.some((f) => at < f.at + f.length && f.at < at + length)) continue;
      const { start, end } = rule.resolve(m, published, FUTURE.test(lower.slice(Math.max(0, at - 60), at)));
      const text = sentence.slice(at, at + length);
      found.push({ text, start: start && end && start > end ? end : start, end, at, length });
    }
  }
  // "since Kim and Putin met in September 2023": a dated event after "since" opens the period.
  for (const p of found) {
    if (!/^(?:in|during|on) /i.test(p.text) && !/^\d/.test(p.text)) continue;
    const before = lower.slice(Math.max(0, p.at - 80), p.at);
    const since = /\bsince\b([^,;.]*)$/.exec(before);
    if (!since || found.some((q) => q !== p && q.at < p.at && q.at >= p.at - since[0].length)) continue;
    const from = p.at - since[0].length;
    p.text = sentence.slice(from, p.at + p.length);
    p.at = from;
    p.length = p.text.length;
    p.end = published;
  }
  found.sort((a, b) => a.at - b.at);
  // "in 2024, up from 20,000 tonnes a year earlier": earlier than the time just named, not than the article.
  for (let i = 1; i < found.length; i++) {
    const p = found[i]!;
    const m = /^(?:a|one) (year|month|week) (?:earlier|before)$/i.exec(p.text);
    const prior = found[i - 1]!;
    if (!m || !prior.start || !prior.end) continue;
    p.start = shift(prior.start, -1, m[1]!.toLowerCase() as "year");
    p.end = shift(prior.end, -1, m[1]!.toLowerCase() as "year");
  }
  return found;
}
