import type { Token } from "./tokens.js";
import type { Unit } from "@armsledger/model";
import { lexicon } from "./lexicon.js";

/** A number (or range, or vague amount) found among a sentence's tokens. */
export interface NumberMatch {
  /** Token index where the amount starts, and one past where it ends. */
  start: number;
  end: number;
  value: number | null;
  high: number | null;
  /** Currency or measure written with the number ("$", "kg"), if any. */
  unit: Unit | null;
  /** The number is written in digits (not words), which matters for the year and day tests. */
  digits: boolean;
  /** The digits carry a thousands separator or a scale word, so they cannot be a year. */
  grouped: boolean;
  /** A measure that is never a count: calibre, distance. */
  measure: boolean;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALE: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12,
  mn: 1e6, bn: 1e9, m: 1e6, k: 1e3, b: 1e9,
};
/** Every number word, so a sentence holding none (and no digit) can be passed over unread. */
export const NUMBER_WORDS: readonly string[] = [...Object.keys(SMALL), ...Object.keys(SCALE).filter((w) => w.length > 2)];
const CURRENCY: Record<string, Unit> = { $: "USD", "us$": "USD", usd: "USD", "€": "EUR", eur: "EUR", "£": "GBP", "₩": "KRW", krw: "KRW" };
const MEASURE_UNITS = new Set(["mm", "cm", "km", "m", "millimetre", "millimeter", "kilometre", "kilometer", "mile", "metre", "meter", "caliber", "calibre"]);
const WEIGHT_UNITS: Record<string, Unit> = { kg: "kg", t: "tonnes" };

function wordValue(word: string): number | null {
  const parts = word.split("-");
  let total = 0;
  for (const p of parts) {
    const v = SMALL[p];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

/** A decimal spoken in words from token k: "one-point-six" (one token) or "one point six" (three); its value and end. */
function spokenDecimal(word: string, tokens: readonly Token[], k: number): { value: number; end: number } | null {
  const glued = /^([a-z]+(?:-[a-z]+)?)-point-([a-z]+(?:-[a-z]+)*)$/.exec(word);
  const [whole, fraction, end] = glued
    ? [glued[1]!, glued[2]!.split("-"), k + 1]
    : tokens[k + 1]?.norm === "point" && SMALL[tokens[k + 2]?.norm ?? ""] !== undefined
      ? [word, [tokens[k + 2]!.norm], k + 3]
      : [null, [], k];
  if (whole === null) return null;
  const units = wordValue(whole);
  const places = fraction.map((d) => SMALL[d]);
  if (units === null || places.some((d) => d === undefined || d > 9)) return null;
  return { value: units + Number(`0.${places.join("")}`), end };
}

function digitsValue(text: string): number {
  return Number(text.replace(/[,\s\u00a0\u202f]/g, ""));
}

// Words that can begin an amount; anything else is rejected before any parsing.
const STARTERS = new Set([...Object.keys(SMALL), "a", "an", "half", ...Object.keys(CURRENCY), "us"]);

// At module level: a closure made on every call was garbage for every token read.
const numeric = (t: Token | undefined) => t !== undefined && (t.kind === "num" || (t.kind === "word" && /^\d/.test(t.norm)));

/** Reads a single amount starting at token `i`; null when none starts there. */
function readAmount(tokens: readonly Token[], i: number): Omit<NumberMatch, "high" | "start"> | null {
  const head = tokens[i];
  if (!head || head.kind === "punct" && !CURRENCY[head.norm]) return null;
  if (head.kind === "word") {
    const c = head.norm.charCodeAt(0);
    if (!(c >= 48 && c <= 57) && !STARTERS.has(head.norm) && !(head.norm.includes("-") && STARTERS.has(head.norm.slice(0, head.norm.indexOf("-"))))) return null;
  }
  let j = i;
  let unit: Unit | null = null;
  const cur = tokens[j];
  if (!cur) return null;
  // Currency prefixes: "$", "US$", "USD".
  if (CURRENCY[cur.norm] && numeric(tokens[j + 1])) {
    unit = CURRENCY[cur.norm]!;
    j++;
  } else if (cur.norm === "us" && tokens[j + 1]?.norm === "$" && numeric(tokens[j + 2])) {
    unit = "USD";
    j += 2;
  }
  const t = tokens[j]!;
  let value: number | null = null;
  let digits = false;
  let grouped = false;
  let measure = false;
  if (t.kind === "num") {
    digits = true;
    let text = t.text;
    grouped = text.includes(",");
    let end = t.end;
    // "6 700": digit groups split by a space.
    // ...unless the group is a calibre of its own: "20 240-mm rocket launchers".
    while (/^\d{1,3}$/.test(text.split(/[ \u00a0\u202f]/)[0]!) && tokens[j + 1]?.kind === "num" && /^\d{3}$/.test(tokens[j + 1]!.text) && tokens[j + 1]!.start === end + 1 && !/^(?:-|mm|millimetre|millimeter)$/.test(tokens[j + 2]?.norm ?? "")) {
      text += " " + tokens[j + 1]!.text;
      end = tokens[j + 1]!.end;
      grouped = true;
      j++;
    }
    // "60.000 tonnes", "1.200.000 shells": full stops between groups of three, as many European writers put them; no
    // English writer gives 60 to three decimal places.
    if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(text) || /^\d{1,3}\.000$/.test(text)) {
      text = text.replace(/\./g, "");
      grouped = true;
    }
    value = digitsValue(text);
    j++;
  } else if (t.kind === "word" && /^\d/.test(t.norm)) {
    // "12m", "1.5bn", "152mm", "67-thousand-300".
    const unitMatch = /^(\d+(?:\.\d+)?)(mm|cm|km|kg|bn|mn|m|k|b|t)$/.exec(t.norm);
    const wordMatch = /^(\d+(?:[.,]\d+)?)-(thousand|million|billion|hundred)(?:-(?:and-)?(\d+))?$/.exec(t.norm);
    digits = true;
    grouped = true;
    if (unitMatch) {
      const n = Number(unitMatch[1]);
      const suffix = unitMatch[2]!;
      if (SCALE[suffix] && suffix !== "m" && suffix !== "b") value = n * SCALE[suffix]!;
      else if ((suffix === "m" || suffix === "b") && /[MB]$/.test(t.text)) value = n * SCALE[suffix]!;
      else if ((suffix === "m" || suffix === "b") && unit) value = n * SCALE[suffix]!;
      // "1.5m barrels", "12m shells": before a counted thing, "m" is millions, not metres.
      else if (suffix === "m" && tokens[j + 1] && (lexicon.heads.matchAt(tokens, j + 1) || lexicon.units.matchAt(tokens, j + 1) || lexicon.countries.matchAt(tokens, j + 1)?.value.demonym)) value = n * SCALE[suffix]!;
      else if (WEIGHT_UNITS[suffix]) {
        value = n;
        unit = WEIGHT_UNITS[suffix]!;
      } else {
        value = n;
        measure = true;
      }
    } else if (wordMatch) {
      value = Number(wordMatch[1]!.replace(",", ".")) * SCALE[wordMatch[2]!]! + (wordMatch[3] ? Number(wordMatch[3]) : 0);
    } else return null;
    j++;
  } else if (t.kind === "word") {
    // Number words: "three", "twenty-five", "a million", "one hundred and fifty thousand", "half a million", "a dozen".
    let k = j;
    let total = 0;
    let current = 0;
    let any = false;
    let article = false;
    if ((t.norm === "a" || t.norm === "an") && tokens[k + 1] && SCALE[tokens[k + 1]!.norm] && !/^(?:mn|bn|m|k|b)$/.test(tokens[k + 1]!.norm)) {
      current = 1;
      article = true;
      k++;
    } else if (t.norm === "a" && tokens[k + 1]?.norm === "couple" && tokens[k + 2]?.kind === "word") {
      // "a couple thousand", "a couple of hundred": two, loosely.
      current = 2;
      any = true;
      k += tokens[k + 2]!.norm === "of" && SCALE[tokens[k + 3]?.norm ?? ""] ? 3 : 2;
    } else if (t.norm === "half" && (tokens[k + 1]?.norm === "a" || tokens[k + 1]?.norm === "an") && tokens[k + 2] && SCALE[tokens[k + 2]!.norm]) {
      current = 0.5;
      article = true;
      k += 2;
    }
    for (; k < tokens.length; k++) {
      const w = tokens[k]!;
      const small = w.kind === "word" ? wordValue(w.norm) : null;
      const scale = w.kind === "word" && !/^(?:mn|bn|m|k|b)$/.test(w.norm) ? SCALE[w.norm] : undefined;
      const point = !any && w.kind === "word" ? spokenDecimal(w.norm, tokens, k) : null;
      if (point !== null) {
        // Broadcast style: "one-point-six million", "one point six million".
        current += point.value;
        any = true;
        k = point.end - 1;
      } else if (small !== null && !(w.norm.includes("-") && /thousand|million/.test(w.norm))) {
        current += small;
        any = true;
      } else if (/^(?:[a-z]+)-(?:hundred|thousand|million|billion)(?:-\d+)?$/.test(w.norm) && SMALL[w.norm.split("-")[0]!] !== undefined) {
        // Broadcast style: "four-thousand-100", "two-thousand", "one-million".
        const [a, b, rest] = w.norm.split("-");
        current += SMALL[a!]!;
        current *= SCALE[b!]!;
        if (SCALE[b!]! >= 1000) {
          total += current;
          current = 0;
        }
        if (rest) total += Number(rest);
        any = true;
      } else if (scale !== undefined && (any || article)) {
        current = (current || 1) * scale;
        if (scale >= 1000) {
          total += current;
          current = 0;
        }
        any = true;
      } else if (w.norm === "and" && any && tokens[k + 1]?.norm === "a" && tokens[k + 2]?.norm === "half" && SCALE[tokens[k + 3]?.norm ?? ""]) {
        // "one and a half million": the half belongs to the number before the scale.
        current += 0.5;
        k += 2;
      } else if (w.norm === "and" && any && tokens[k + 1] && wordValue(tokens[k + 1]!.norm) !== null) {
        continue;
      } else if (w.norm === "-" && any && tokens[k + 1] && (SCALE[tokens[k + 1]!.norm] || wordValue(tokens[k + 1]!.norm) !== null)) {
        continue;
      } else break;
    }
    if (!any) return null;
    value = total + current;
    j = k;
    grouped = false;
    return { end: j, value, unit, digits: false, grouped, measure };
  } else return null;

  // Scale words after digits: "1.5 million", "12 thousand", "1-million".
  const next = tokens[j];
  if (next && value !== null && !measure) {
    const hyphen = next.norm === "-" && tokens[j + 1] && SCALE[tokens[j + 1]!.norm];
    const s = hyphen ? tokens[j + 1]! : next;
    const scale = s.kind === "word" ? SCALE[s.norm] : undefined;
    if (scale !== undefined && (s.norm.length > 1 || unit !== null || /[MBK]/.test(s.text)) && s.norm !== "dozen") {
      value *= scale;
      grouped = true;
      j += hyphen ? 2 : 1;
      if (tokens[j]?.norm === "and" && SCALE[tokens[j + 1]?.norm ?? ""] === undefined && tokens[j + 1]?.kind === "num") {
        // "1 million and 300" is rare; leave it.
      }
    }
  }
  // Measures written apart: "152 mm", "122-mm", "5 km".
  const after = tokens[j]?.norm === "-" ? tokens[j + 1] : tokens[j];
  if (after && MEASURE_UNITS.has(after.norm)) measure = true;
  if (after && WEIGHT_UNITS[after.norm] === undefined && after.norm === "kg") unit = "kg";
  return { end: j, value, unit, digits, grouped, measure };
}

const RANGE_JOINERS = new Set(["to", "-", "–", "—", "and", "or"]);

/** Every amount among `tokens`, ranges joined ("10,000 to 12,000", "between 4 and 6 million"). */
export function findNumbers(tokens: readonly Token[]): NumberMatch[] {
  const found: NumberMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = readAmount(tokens, i);
    if (!first) continue;
    // Every NumberMatch is written out field by field, in one order (as vagueAmounts writes its own), so all have one shape.
    let match: NumberMatch = { start: i, end: first.end, value: first.value, high: null, unit: first.unit, digits: first.digits, grouped: first.grouped, measure: first.measure };
    const joiner = tokens[first.end];
    if (joiner && RANGE_JOINERS.has(joiner.norm) && first.value !== null) {
      const second = readAmount(tokens, first.end + 1);
      const between = tokens[i - 1]?.norm === "between" || tokens[i - 1]?.norm === "from";
      const okJoiner = joiner.norm === "and" ? between : joiner.norm === "or" ? !first.digits || !second?.digits : true;
      if (second && second.value !== null && okJoiner && !second.measure && !first.measure) {
        let low = first.value;
        const high = second.value;
        // "between 4 and 6 million": the scale written once applies to both ends.
        if (low < high / 10 && high >= 1000 && low < 1000) {
          const scale = [1e3, 1e6, 1e9].find((s) => high / s >= 1 && high / s < 1000) ?? 1;
          if (low * scale <= high) low *= scale;
        }
        if (low < high) match = { start: match.start, end: second.end, value: low, high, unit: match.unit ?? second.unit, digits: match.digits, grouped: true, measure: match.measure };
      }
    }
    found.push(match);
    i = match.end - 1;
  }
  return found;
}
