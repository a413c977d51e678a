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
}

// News reuses a small vocabulary; normalising each distinct word once is most of the tokenizer's saving.
const FORMS = new Map<string, Forms>();

function formsOf(text: string, kind: Token["kind"]): Forms {
  // Numbers and punctuation are their own forms; only words are worth remembering.
  if (kind !== "word") {
    const norm = normalise(text);
    return { norm, lemma: norm, possessive: false };
  }
  const key = text;
  let f = FORMS.get(key);
  if (!f) {
    const norm = normalise(text);
    const possessive = kind === "word" && /'s?$/.test(norm) && norm.length > 2;
    const bare = possessive ? norm.replace(/'s?$/, "") : norm;
    f = { norm: bare, lemma: kind === "word" ? singular(bare) : bare, possessive };
    if (FORMS.size > 50_000) FORMS.clear();
    FORMS.set(key, f);
  }
  return f;
}

/** Splits `text` (from `offset` in its article) into tokens. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const groups = m.groups!;
    const kind = groups.punct !== undefined ? "punct" : groups.num !== undefined ? "num" : "word";
    const { norm, lemma, possessive } = formsOf(m[0], kind);
    tokens.push({ text: m[0], norm, lemma, start: offset + m.index, end: offset + m.index + m[0].length, kind, possessive });
  }
  return tokens;
}
