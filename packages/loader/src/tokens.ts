/** A word, number or punctuation mark with its place in the text it was cut from. */
export interface Token {
  readonly text: string;
  /** Lower case, curly apostrophes made straight. */
  readonly norm: string;
  /** `norm` singularised and without a possessive 's, for lexicon look-ups. */
  readonly lemma: string;
  readonly start: number;
  readonly end: number;
  readonly kind: "word" | "num" | "punct";
  readonly possessive: boolean;
  /** One bit per lexicon phrase set that has a phrase whose first word is this token's lemma or norm (see `starterBit`). */
  readonly starts: number;
}

// Order matters: the first alternative that matches at a position wins.
const TOKEN = new RegExp(
  [
    String.raw`(?<numword>\d+(?:[.,]\d+)?-(?:thousand|million|billion|hundred)(?:-(?:and-)?\d+)?)`,
    String.raw`(?<ordinal>\d+(?:st|nd|rd|th)(?![\p{L}\p{N}]))`,
    String.raw`(?<numunit>\d+(?:\.\d+)?(?:mm|cm|km|kg|bn|mn|m|k|b|t)(?![\p{L}\p{N}]))`,
    String.raw`(?<abbr>(?:\p{L}\.){2,}(?:-\p{L}+)?)`,
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d+(?:\.\d+)?)`,
    String.raw`(?<word>[\p{L}\p{N}]+(?:(?:-\n?|['’])[\p{L}\p{N}]+)*(?:['’]s?)?)`,
    String.raw`(?<punct>[^\s*_#\x60])`,
  ].join("|"),
  "giu",
);

const IRREGULAR: Record<string, string> = {
  servicemen: "serviceman",
  men: "man",
  people: "person",
  women: "woman",
  series: "series",
  news: "news",
  data: "data",
  arms: "arm",
  personnel: "personnel",
  aircraft: "aircraft",
  us: "us",
};

/** Singular form of an English noun, good enough for lexicon look-ups. */
export function singular(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3) return word;
  if (word.endsWith("ies") && word.length > 4) return word.slice(0, -3) + "y";
  if (/(?:ss|us|is|ous)$/.test(word)) return word;
  if (/(?:sses|ches|shes|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

export function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/-\n/g, "-");
}

interface Forms {
  norm: string;
  lemma: string;
  possessive: boolean;
  starts: number;
}

// First words of every lexicon phrase, each with the bits of the phrase sets it opens. Phrase sets are
// matched at nearly every token; a bit test on the token rules most of them out without a map look-up.
const STARTERS = new Map<string, number>();
let nextBit = 0;

/** A bit of its own for a new phrase set, or 0 once all 31 are taken (0 means "always look"). */
export function starterBit(): number {
  return nextBit < 31 ? 1 << nextBit++ : 0;
}

/** Records that the phrase set with bit `bit` has a phrase starting with `word` (a lemma). */
export function addStarter(word: string, bit: number): void {
  if (bit === 0 || ((STARTERS.get(word) ?? 0) & bit) !== 0) return;
  STARTERS.set(word, (STARTERS.get(word) ?? 0) | bit);
  // Forms remembered so far carry the old bits.
  FORMS.clear();
}

function startsOf(norm: string, lemma: string): number {
  return (STARTERS.get(lemma) ?? 0) | (lemma === norm ? 0 : (STARTERS.get(norm) ?? 0));
}

// News reuses a small vocabulary; normalising each distinct word once is most of the tokenizer's saving.
const FORMS = new Map<string, Forms>();

function formsOf(text: string, kind: Token["kind"]): Forms {
  // Numbers and punctuation are their own forms; only words are worth remembering.
  if (kind !== "word") {
    const norm = normalise(text);
    return { norm, lemma: norm, possessive: false, starts: startsOf(norm, norm) };
  }
  const key = text;
  let f = FORMS.get(key);
  if (!f) {
    const norm = normalise(text);
    const possessive = kind === "word" && /'s?$/.test(norm) && norm.length > 2;
    const bare = possessive ? norm.replace(/'s?$/, "") : norm;
    const lemma = kind === "word" ? singular(bare) : bare;
    f = { norm: bare, lemma, possessive, starts: startsOf(bare, lemma) };
    if (FORMS.size > 50_000) FORMS.clear();
    FORMS.set(key, f);
  }
  return f;
}

// Forms of punctuation marks, which are few; numbers are too varied to be worth remembering.
const PUNCT_FORMS = new Map<string, Forms>();

function punctForms(text: string): Forms {
  let f = PUNCT_FORMS.get(text);
  if (!f) {
    f = formsOf(text, "punct");
    if (PUNCT_FORMS.size > 1000) PUNCT_FORMS.clear();
    PUNCT_FORMS.set(text, f);
  }
  return f;
}

/** Splits `text` (from `offset` in its article) into tokens. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const push = (start: number, end: number, kind: Token["kind"]) => {
    const t = text.slice(start, end);
    const { norm, lemma, possessive, starts } = kind === "punct" ? punctForms(t) : formsOf(t, kind);
    tokens.push({ text: t, norm, lemma, start: offset + start, end: offset + end, kind, possessive, starts });
  };
  // Most of a news text is ASCII words, spaces and punctuation: those are cut here by hand, with the
  // same result as TOKEN. Digits (several number forms) and anything outside ASCII go to TOKEN itself.
  for (let p = 0; p < text.length; ) {
    const c = text.charCodeAt(p);
    if (c < 128) {
      if (isAsciiSkip(c)) {
        p++;
        continue;
      }
      if (isAsciiLetter(c)) {
        const end = asciiWordEnd(text, p);
        if (end > p) {
          push(p, end, "word");
          p = end;
          continue;
        }
      } else if (!isAsciiDigit(c)) {
        push(p, p + 1, "punct");
        p++;
        continue;
      }
    }
    TOKEN.lastIndex = p;
    const m = TOKEN.exec(text);
    if (!m) break;
    const groups = m.groups!;
    const kind = groups.punct !== undefined ? "punct" : groups.num !== undefined ? "num" : "word";
    push(m.index, m.index + m[0].length, kind);
    p = m.index + m[0].length;
  }
  return tokens;
}

// White space and the Markdown marks TOKEN never matches: the ASCII part of [\s*_#`].
function isAsciiSkip(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 42 || c === 95 || c === 35 || c === 96;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c);
}
const RIGHT_QUOTE = 0x2019;

/**
 * End of the `abbr` or `word` token TOKEN would match at `p` (an ASCII letter), or -1 when a character
 * outside ASCII takes part and only TOKEN can say (it may be a letter, or a case variant of "s").
 */
function asciiWordEnd(text: string, p: number): number {
  // abbr: (?:\p{L}\.){2,}(?:-\p{L}+)?
  if (text.charCodeAt(p + 1) === 46) {
    let q = p;
    let pairs = 0;
    for (;;) {
      const c = text.charCodeAt(q);
      if (c >= 128) return -1;
      if (!isAsciiLetter(c) || text.charCodeAt(q + 1) !== 46) break;
      q += 2;
      pairs++;
    }
    if (pairs >= 2) {
      if (text.charCodeAt(q) !== 45) return q;
      const c = text.charCodeAt(q + 1);
      if (c >= 128) return -1;
      if (!isAsciiLetter(c)) return q;
      let r = q + 1;
      for (;;) {
        const d = text.charCodeAt(r);
        if (d >= 128) return -1;
        if (!isAsciiLetter(d)) return r;
        r++;
      }
    }
  }
  // word: [\p{L}\p{N}]+(?:(?:-\n?|['’])[\p{L}\p{N}]+)*(?:['’]s?)?
  let q = alnumRunEnd(text, p);
  while (q >= 0) {
    const c = text.charCodeAt(q);
    let r: number;
    if (c === 45) r = text.charCodeAt(q + 1) === 10 ? q + 2 : q + 1;
    else if (c === 39 || c === RIGHT_QUOTE) r = q + 1;
    else break;
    const d = text.charCodeAt(r);
    if (d >= 128) return -1;
    if (!isAsciiAlnum(d)) break;
    q = alnumRunEnd(text, r);
  }
  if (q < 0) return -1;
  const c = text.charCodeAt(q);
  if (c === 39 || c === RIGHT_QUOTE) {
    const d = text.charCodeAt(q + 1);
    if (d >= 128) return -1;
    return d === 115 || d === 83 ? q + 2 : q + 1;
  }
  return q;
}

/** End of the run of ASCII letters and digits from `p`, or -1 if it runs into a character outside ASCII (but not ’). */
function alnumRunEnd(text: string, p: number): number {
  let q = p;
  for (; q < text.length; q++) {
    const c = text.charCodeAt(q);
    if (c >= 128) return c === RIGHT_QUOTE ? q : -1;
    if (!isAsciiAlnum(c)) return q;
  }
  return q;
}
