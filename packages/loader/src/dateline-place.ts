import type { CountryCode } from "@armsledger/model";
import type { Sentence } from "./sentences.js";
import { tokenize } from "./tokens.js";
import { countriesIn } from "./countries.js";

// "TOKYO -", "SEOUL, Nov. 18 (Yonhap) --", "KYIV, Ukraine (AP) —": a place in capitals opens wire copy.
const DATELINE = /^([A-Z][A-Z.'’ -]{1,30}?)(?:,\s*[\p{L}\d. ]{1,30})?\s*(?:\([^)]{1,30}\))?\s*(?:--|[—–-])\s/u;

/** The country an article is filed from, when its first paragraphs open with a dateline naming a known place. */
export function datelineCountry(sentences: readonly Sentence[]): CountryCode | null {
  for (const s of sentences.slice(0, 6)) {
    const m = DATELINE.exec(s.text);
    if (!m) continue;
    const place = m[1]!.trim();
    const tokens = tokenize(place.charAt(0) + place.slice(1).toLowerCase());
    const found = countriesIn(tokens);
    if (found.length && found[0]!.start === 0) return found[0]!.code;
  }
  return null;
}
