import type { Actor, CountryCode } from "@armsledger/model";
import { tokenize, type Token } from "./tokens.js";
import { countriesIn } from "./countries.js";
import { lexicon } from "./lexicon.js";

/** An attribution found in a sentence: who, and the token span of the words that say so. */
export interface Attribution {
  actor: Actor | null;
  /** A pronoun or a definite description ("he", "the minister") to resolve against earlier claimants. */
  anaphor: string | null;
  /** Span of the claimant's words, and of the whole cue including the verb. */
  start: number;
  end: number;
  cueStart: number;
  cueEnd: number;
  /** Names where the figure comes from ("according to", "citing", "a report by") rather than who speaks. */
  source: boolean;
}

const AUXILIARIES = new Set([
  "has", "have", "had", "also", "publicly", "previously", "recently", "reportedly", "further", "then", "earlier", "later", "had", "was", "were",
  "is", "are", "separately", "again", "already", "repeatedly", "today", "yesterday", "on", "monday", "tuesday", "wednesday", "thursday",
  "friday", "saturday", "sunday", "last", "week", "in", "a", "statement", "would", "will", "told", "both", "initially", "now", "even", "however",
  "turn", "meanwhile", "separately", "for", "his", "her", "part", "its", "publicly", "privately", "openly", "repeatedly", "first",
]);
const DETERMINERS = new Set(["the", "a", "an", "both", "its", "their", "his", "her", "this", "that"]);
const NP_STOP = new Set([
  "that", "which", "who", "on", "in", "to", "at", "during", "after", "before", "while", "when", "with", "as", "for", "citing", "because", "if",
  // A clause that follows "according to X" without a comma: "according to the newspaper these are the first ...".
  "is", "are", "was", "were", "has", "have", "had", "will", "would", "these", "this", "those", "it", "they", "there",
  // "a government document seen by Reuters": the document is the source, not the outlet that saw it.
  ...lexicon.seenBy,
]);

// Modal verbs, in lower case: "May" the month is no modal.
const MODALS = new Set(["could", "can", "may", "might", "should", "must", "shall", "would", "will"]);
// Modifiers after which "report", "estimate" or "states" is a noun: "the first report", "its latest estimate", "member states".
const DOCUMENT_MODIFIERS = new Set(["member", "first", "second", "third", "latest", "last", "new", "recent", "annual", "final", "interim", "internal", "confidential", "classified", "joint", "own", "official", "preliminary", "full"]);
// Conjunctions that begin a clause: "..., but satellite imagery shows".
const CLAUSE_JOINS = new Set(["but", "and", "or", "while", "yet", "although", "though", "because", "so", "whereas"]);
// Heads of place names: "Najin Port", "Tumangang Rail Facility".
const PLACE_HEADS = new Set(["port", "facility", "base", "station", "terminal", "airfield", "airport", "harbour", "harbor", "region", "oblast", "province", "border", "shipyard", "site"]);
const PREPOSITIONS = new Set(["from", "of", "on", "in", "with", "by", "to", "for", "about", "under"]);
// Words the role lexicon keeps so that names like "Ministry of Defence" hold together; they end no phrase.
const CONNECTORS = new Set(["of", "and", "for", "'s", "s"]);

// Words of closed classes are capitalised only because a sentence starts with them: "These indicate", "It said".
const CLOSED_CLASS = new Set(["these", "those", "this", "that", "it", "its", "they", "their", "there", "he", "she", "we", "our", "i", "such", "some", "many", "most", "all", "both", "other", "others", "but", "and", "while", "however", "meanwhile", "also", "then", "thus", "yet", "so"]);

function isNameWord(t: Token): boolean {
  if (CLOSED_CLASS.has(t.norm)) return false;
  return (t.kind === "word" && /^[\p{Lu}\d]/u.test(t.text)) || (t.kind === "word" && t.norm.includes("."));
}
function isNpWord(t: Token): boolean {
  return isNameWord(t) || lexicon.roleWords.has(t.norm) || lexicon.roleWords.has(t.lemma) || t.norm === "-" || t.norm === "'" || /^[\p{Ll}]+-based$/u.test(t.norm);
}

/** A dash set off by spaces ("WASHINGTON -- The United States"), which ends a phrase where a hyphen would join it. */
function spacedDash(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.norm === "-" && (tokens[i - 1]?.end !== t.start || tokens[i + 1]?.start !== t.end);
}

/** Collects a noun phrase ending at `end` (exclusive), walking back over names and role words. */
function npBackward(tokens: readonly Token[], end: number, floor: number): { start: number; end: number } | null {
  let s = end;
  for (;;) {
    while (s > floor && isNpWord(tokens[s - 1]!) && !lexicon.timeWords.has(tokens[s - 1]!.norm) && !spacedDash(tokens, s - 1)) s--;
    // Lower-case modifiers after a possessive or a name: "South Korea's spy agency", "Ukraine's top prosecutor".
    let k = s;
    while (k > floor && s - k < 3 && tokens[k - 1]!.kind === "word" && /^\p{Ll}/u.test(tokens[k - 1]!.text) && !NP_STOP.has(tokens[k - 1]!.norm) && !DETERMINERS.has(tokens[k - 1]!.norm) && !lexicon.timeWords.has(tokens[k - 1]!.norm)) k--;
    // Only in front of a role word already taken: "spy agency", not "Kremlin denied".
    const roleHead = s < end && lexicon.roleWords.has(tokens[s]!.lemma);
    if (roleHead && k < s && k > floor && (tokens[k - 1]!.possessive || (isNameWord(tokens[k - 1]!) && !lexicon.timeWords.has(tokens[k - 1]!.norm)))) {
      s = k;
      continue;
    }
    // "the spy agency": a determiner closes the phrase after its modifiers.
    if (roleHead && k < s && k > floor && DETERMINERS.has(tokens[k - 1]!.norm)) s = k;
    break;
  }
  while (s < end && (tokens[s]!.norm === "and" || tokens[s]!.norm === "of" || tokens[s]!.norm === "'" || tokens[s]!.norm === "-")) s++;
  if (s > floor && DETERMINERS.has(tokens[s - 1]!.norm)) s--;
  // "Seoul and its allies": a possessive pronoun points back at the name joined before it.
  if (s - 2 >= floor && /^(?:its|their)$/.test(tokens[s]?.norm ?? "") && tokens[s - 1]!.norm === "and" && isNameWord(tokens[s - 2]!)) {
    s -= 2;
    while (s > floor && isNameWord(tokens[s - 1]!)) s--;
  }
  if (s === end) return null;
  return { start: s, end };
}

/** Collects a noun phrase starting at `start`, up to punctuation or a clause word; a comma followed by a capitalised name is an apposition and is kept. */
function npForward(tokens: readonly Token[], from: number, limit = 14): { start: number; end: number } | null {
  // A quoted title: according to "Putin's Partner", a new study.
  const start = /^["“'‘]$/.test(tokens[from]?.text ?? "") ? from + 1 : from;
  let e = start;
  while (e < tokens.length && e - start < limit) {
    const t = tokens[e]!;
    if (t.kind === "punct" && t.norm !== "-" && t.norm !== "'" && t.norm !== "&") {
      if (/^["”'’]$/.test(t.text) && e > start) break;
      if (t.norm === "," && tokens[e + 1] && isNameWord(tokens[e + 1]!) && !NP_STOP.has(tokens[e + 1]!.norm)) {
        let k = e + 1;
        // A list of names ("the United States, South Korea and Ukraine") or an apposition ("..., Shin Won Sik.").
        while (k < tokens.length && (isNameWord(tokens[k]!) || tokens[k]!.norm === "-" || ((tokens[k]!.norm === "and" || tokens[k]!.norm === "the") && tokens[k + 1] && isNameWord(tokens[k + 1]!)))) k++;
        const closing = tokens[k];
        if (!closing || closing.kind === "punct") {
          e = k;
          break;
        }
      }
      break;
    }
    // "the Institute for the Study of War", "the Korea Institute for Defense Analyses": "for" inside a name joins it.
    const inName = t.norm === "for" && isNameWord(tokens[e - 1]!) && tokens[e + 1] !== undefined && (isNameWord(tokens[e + 1]!) || (tokens[e + 1]!.norm === "the" && tokens[e + 2] !== undefined && isNameWord(tokens[e + 2]!)));
    if (NP_STOP.has(t.norm) && e > start && !inName) break;
    // A modal verb starts a predicate: "..., says the troops could reach Russia" reports, it names no speaker.
    if (e > start && MODALS.has(t.text)) break;
    // A verb of saying ends the phrase ("according to officials estimates show"), but after a determiner or a
    // modifier the same word is a noun: "the report", "the first report of the team".
    if (e > start && /^\p{Ll}/u.test(t.text) && !DETERMINERS.has(tokens[e - 1]!.norm) && !CONNECTORS.has(tokens[e - 1]!.norm) && !DOCUMENT_MODIFIERS.has(tokens[e - 1]!.norm) && lexicon.attributionVerbs.matchAt(tokens, e) && !lexicon.roleWords.has(`${t.norm} ${tokens[e + 1]?.norm ?? ""}`)) break;
    e++;
  }
  return e > start ? { start, end: e } : null;
}

const LEADING = /^(?:both |the |a |an |its |their |that |which |who )+/i;

/** Whether `text` is a country's name and nothing more ("North Korea", "Seoul"). */
function namesOnlyCountry(text: string): boolean {
  const t = tokenize(text);
  return lexicon.countries.matchAt(t, 0)?.end === t.length;
}

/** Titles that describe a person: "the diplomat said" points back to a person, and unresolved it stays one. */
export const PERSON_TITLES = /^(?:official|spokes\w+|chief|general|president|lawmaker|diplomat|ambassador|envoy|minister|secretary|prosecutor|commander|director|adviser|advisor|analyst|expert)$/;

/** Turns the words of a noun phrase into an Actor: a known one from the lexicon, else a person or a body by its shape. */
export function actorFrom(tokens: readonly Token[], span: { start: number; end: number }, text: string): Actor | null {
  let s = span.start;
  let e = span.end;
  // "a report by X", "information available to X", "data provided by X", "X's findings": the author is the claimant.
  for (let i = s; i < e; i++) {
    // A capitalised noun is part of a name ("the Institute for the Study of War"), not a document.
    const noun = /^\p{Ll}/u.test(tokens[i]!.text) ? lexicon.attributionNouns.matchAt(tokens, i) : null;
    if (!noun) continue;
    let k = noun.end;
    if (/^(?:available|provided|obtained|gathered|released|published|compiled|collected)$/.test(tokens[k]?.norm ?? "")) k++;
    // "An assessment obtained by the newspaper says": past the phrase, whoever saw a document is a reader, not its author.
    // "imagery of Najin Port" shows a place, not its author.
    const ofPlace = tokens[k]?.norm === "of" && PLACE_HEADS.has(tokens[(npForward(tokens, k + 1)?.end ?? k + 1) - 1]?.norm ?? "");
    if (/^(?:by|from|of|to)$/.test(tokens[k]?.norm ?? "") && !ofPlace && (k < e || !lexicon.seenBy.has(tokens[noun.end]?.norm ?? ""))) {
      s = k + 1;
      e = npForward(tokens, s)?.end ?? e;
      break;
    }
  }
  for (let i = s; i < e; i++) {
    const noun = tokens[i]!.possessive ? lexicon.attributionNouns.matchAt(tokens, i + 1) : null;
    if (noun && noun.end === e) {
      // "the Open Source Centre's project findings"
      e = i + 1;
      break;
    }
  }
  while (e > s && tokens[e - 1]!.kind === "punct") e--;
  if (e <= s) return null;
  const raw = text.slice(tokens[s]!.start, tokens[e - 1]!.end).replace(/\s+/g, " ").replace(/[’]/g, "'");
  let name = raw.replace(LEADING, "").replace(/'s$/, "").trim();
  let role: string | null = null;
  // "South Korea's Defence Minister, Shin Won Sik": the name is the capitalised part, the rest its role.
  const comma = name.split(/,\s*/);
  const list = /\band\b/.test(name) && comma.length >= 2;
  if (comma.length === 2 && !list) {
    const [a, b] = comma as [string, string];
    const looksLikeName = (x: string) => /^(?:\p{Lu}[\p{L}'.-]*\s?){1,4}$/u.test(x) && !/'s\b/.test(x);
    // "... ambassador to North Korea, Alexander Matsegora": a country before the comma ends a title, the person follows.
    if (looksLikeName(b) && (!looksLikeName(a) || (namesOnlyCountry(a) && !namesOnlyCountry(b)))) [name, role] = [b, a];
    else if (looksLikeName(a)) [name, role] = [a, b.replace(LEADING, "")];
  }
  // "Ambassador Robert Wood, Alternative Representative ...": a title before the name, with more of it after the comma.
  const titled = role ? /^(\p{Lu}[\p{Ll}]+) (\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+){1,2})$/u.exec(name) : null;
  if (titled && lexicon.roleWords.has(titled[1]!.toLowerCase())) [name, role] = [titled[2]!, `${titled[1]}, ${role}`];
  if (!name || name.length > 120) return null;
  if (list) return { kind: "organisation", name, country: null, role: null };
  // "Defense Minister Shin Won-sik", "U.S. Deputy Assistant Secretary of State Robert Koepcke": a title, then a name
  // (unless a known body ends the phrase: "Office of Foreign Assets Control").
  let tailKnown = false;
  for (let i = s; i < e; i++) {
    const m = lexicon.actors.matchAt(tokens, i);
    if (m && m.end === e) tailKnown = true;
  }
  if (!role && !tailKnown) {
    const words = name.split(" ");
    let k = words.length;
    while (k > 0 && /^\p{Lu}[\p{Ll}'-]+$/u.test(words[k - 1]!) && !lexicon.roleWords.has(words[k - 1]!.toLowerCase()) && !lexicon.countries.matchAt(tokenize(words[k - 1]!), 0)) k--;
    const titled = words.slice(0, k).some((w) => lexicon.roleWords.has(w.toLowerCase().replace(/'s$/, "")) && !["of", "and", "the", "for", "'s", "s"].includes(w.toLowerCase()));
    // "Office of Foreign Assets Control" is a body: a personal name does not follow "of".
    const afterPreposition = /^(?:of|for|and|the)$/i.test(words[k - 1] ?? "");
    if (words.length - k >= 2 && words.length - k <= 4 && k > 0 && titled && !afterPreposition) {
      role = words.slice(0, k).join(" ");
      name = words.slice(k).join(" ");
    }
  }
  // The head of an English noun phrase comes last: "Russian Security Council Secretary Sergei Shoigu" is Shoigu.
  let known: ReturnType<typeof lexicon.actors.matchAt> = null;
  const coordinated = tokens.slice(s, e).some((t) => t.norm === "and");
  for (let i = s; i < e; i++) {
    const m = lexicon.actors.matchAt(tokens, i);
    if (m && m.end <= e) {
      known = m;
      i = m.end - 1;
    }
  }
  if (coordinated) known = null;
  // "Russian Security Council Secretary Sergei Shoigu": a known body inside a title is not the speaker
  // (but "the Treasury's Office of Foreign Assets Control" ends with the body's own name).
  if (known && known.value.kind !== "person" && (known.end < e || role !== null)) {
    const words = name.split(" ");
    const tail = words.slice(-2);
    if (tail.length === 2 && tail.every((w) => /^\p{Lu}[\p{Ll}'-]+$/u.test(w) && !lexicon.roleWords.has(w.toLowerCase())) && !known.value.name.split(" ").some((w) => tail.includes(w))) known = null;
  }
  const country: CountryCode | null = known?.value.country ?? countriesIn(tokens.slice(s, e))[0]?.code ?? null;
  const words = name.split(/\s+/);
  const onlyCountry = lexicon.countries.matchAt(tokens, s + (DETERMINERS.has(tokens[s]!.norm) ? 1 : 0));
  const kind: Actor["kind"] =
    known && !(known.value.kind === "person" && words.length > 4)
      ? known.value.kind
      : known?.value.kind === "person" && words.length <= 4
      ? "person"
      : onlyCountry && onlyCountry.end === e
        ? "state"
        : words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}'-]+$/u.test(w)) && !words.some((w) => lexicon.roleWords.has(w.toLowerCase())) && !country
          ? "person"
          : known?.value.kind ?? (words.length <= 3 && /^\p{Lu}[\p{Ll}]+ \p{Lu}/u.test(name) && !words.some((w) => lexicon.roleWords.has(w.toLowerCase())) ? "person" : "organisation");
  // A known actor goes by one name however the text spells it, so claims reconcile.
  return { kind, name: known && kind === known.value.kind ? known.value.name : name.replace(/^[^\p{L}\p{N}]+/u, ""), country, role: role ?? known?.value.role ?? null };
}

/** Every attribution in one sentence: "according to X", "X said", "said X", "a report by X", "X has accused". */
export function attributionsIn(tokens: readonly Token[], text: string): Attribution[] {
  const found: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const prep = lexicon.attributionPrepositions.matchAt(tokens, i);
    // "the ministry was quoted by the agency as saying": the one quoted speaks, not the agency that quotes.
    if (prep && tokens[i]!.norm === "quoted" && /^(?:was|were|is|are|been)$/.test(tokens[i - 1]?.norm ?? "")) {
      const speaker = npBackward(tokens, i - 1, 0);
      if (speaker && hasNameOrRole(tokens, speaker)) {
        let end = i + 1;
        while (end < tokens.length && end < i + 12 && tokens[end]!.norm !== "saying" && tokens[end]!.kind !== "punct") end++;
        found.push({ ...make(tokens, speaker, text, speaker.start, Math.min(end + 1, tokens.length)), source: false });
        i = end;
        continue;
      }
    }
    if (prep) {
      const np = npForward(tokens, prep.end);
      if (np) {
        // "according to satellite images that RUSI shared": the supplier of the data is its source.
        const supplier = supplierAfter(tokens, np);
        if (supplier) {
          found.push({ ...make(tokens, supplier, text, i, supplier.end), source: true });
          i = supplier.end - 1;
          continue;
        }
        // "citing X", "quoting X" name where a figure comes from; "according to X" may only relay it.
        found.push({ ...make(tokens, np, text, i, np.end), source: lexicon.citing.matchAt(tokens, i) !== null });
        i = np.end - 1;
      }
      continue;
    }
    const verbAt = verbCue(tokens, i, text);
    if (verbAt) {
      found.push(verbAt.attribution);
      i = verbAt.next - 1;
      continue;
    }
    // "a briefing by X", "a report from X" with no verb of saying.
    const noun = lexicon.attributionNouns.matchAt(tokens, i);
    // "Zelensky's statement that 3,800 ...", "the NIS's assessment that ...": the possessor makes the claim.
    if (noun && i > 0 && tokens[i - 1]!.possessive && /^\p{Ll}/u.test(tokens[i]!.text) && tokens[noun.end]?.norm === "that") {
      const np = npBackward(tokens, i, 0);
      if (np && hasNameOrRole(tokens, np)) {
        found.push({ ...make(tokens, np, text, np.start, noun.end), source: true });
        i = noun.end - 1;
        continue;
      }
    }
    // "a report by X", "the report, by X,", "a study released by X".
    const by = noun ? (tokens[noun.end]?.norm === "," ? noun.end + 1 : (lexicon.authoredBy.matchAt(tokens, noun.end)?.end ?? noun.end)) : -1;
    if (noun && (tokens[by]?.norm === "by" || tokens[by]?.norm === "from")) {
      const np = npForward(tokens, by + 1);
      if (np && (isNameWord(tokens[np.start]!) || DETERMINERS.has(tokens[np.start]!.norm))) {
        found.push({ ...make(tokens, np, text, i, np.end), source: true });
        i = np.end - 1;
      }
    }
  }
  return found;
}

// A verb of saying with its subject before it ("X said"), or after it when the verb follows a comma or quote ('..., said X').
function verbCue(tokens: readonly Token[], i: number, text: string): { attribution: Attribution; next: number } | null {
  // A verb of saying is written in lower case; "States" in "United States" is not one.
  // The look-up first: it rules out most tokens more cheaply than the test of case.
  const match = lexicon.attributionVerbs.matchAt(tokens, i);
  const verb = match && /^\p{Ll}/u.test(tokens[i]!.text) ? match : null;
  if (!verb) return null;
  // "Western officials put losses at 1,000" states an amount; "Kim puts the war dead on show" does not.
  if (/^(?:put|puts|putting)$/.test(tokens[i]!.norm) && !tokens.slice(i + 1, i + 32).some((t) => t.norm === "at")) return null;
  // "Moscow wrote off the debt": a particle makes it another verb.
  // ("claimed up to 12,000": "up to" hedges the amount; it is no particle.)
  if (lexicon.notSayingWith.has(tokens[verb.end]?.norm ?? "") && !(tokens[verb.end]!.norm === "up" && tokens[verb.end + 1]?.norm === "to")) return null;
  // "Pyongyang agreed to send 6,000 workers": with an infinitive the verb names an act.
  // The infinitive may follow a phrase set off by commas: "agreed, at a meeting with Shoigu, to send".
  let to = verb.end;
  if (tokens[to]?.norm === ",") for (let c = to + 1; c < tokens.length && c < to + 24; c++) if (tokens[c]!.norm === ",") {
    to = c + 1;
    break;
  }
  if (tokens[to]?.norm === "to" && lexicon.notSayingBeforeTo.has(tokens[i]!.norm) && /^\p{Ll}/u.test(tokens[to + 1]?.text ?? "") && !lexicon.roleWords.has(tokens[to + 1]!.norm)) return null;
  // "Evgeniy Nikiforov, who chairs ..., gave the estimate, telling Sputnik that ...": a participle after a comma
  // has the sentence's subject for its speaker.
  if (/ing$/.test(tokens[i]!.norm) && tokens[i - 1]?.norm === ",") {
    const subject = npForward(tokens, 0, 6);
    if (subject && isNameWord(tokens[0]!) && !PREPOSITIONS.has(tokens[0]!.norm) && !lexicon.timeWords.has(tokens[0]!.norm) && hasNameOrRole(tokens, subject)) {
      return { attribution: { ...make(tokens, subject, text, i, verb.end), source: false }, next: verb.end };
    }
    return null;
  }
  // "the sanctioned company": after a determiner the word is an adjective.
  if (DETERMINERS.has(tokens[i - 1]?.norm ?? "")) return null;
  // "the British think tank": the verb-like word is part of a noun.
  if (lexicon.roleWords.has(`${tokens[i]!.norm} ${tokens[i + 1]?.norm ?? ""}`)) return null;
  // "worked from intelligence reports": a plural noun after a noun that a preposition governs is no verb.
  if (/s$/.test(tokens[i]!.norm) && PREPOSITIONS.has(tokens[i - 2]?.norm ?? "") && tokens[i - 1]!.kind === "word" && /^\p{Ll}/u.test(tokens[i - 1]!.text)) return null;
  // "exports notified to the UN", "figures reported by the agency": a participle, not a verb with a subject;
  // its agent after "by" says so ("the figure was first disclosed by the Defence Intelligence Agency"),
  // unless it only saw or quoted it ("cited by the BBC").
  // ("The MSMT reported in May that ...", "said in a statement": "in" and "for" follow active verbs as well, so only "to" and "by" mark the participle.)
  if (/ed$/.test(tokens[i]!.norm) && verb.end === i + 1 && (/^(?:to|by)$/.test(tokens[i + 1]?.norm ?? "") || (tokens[i + 1]?.norm === "at" && /^(?:estimated|valued|assessed)$/.test(tokens[i]!.norm)))) {
    if (tokens[i + 1]!.norm !== "by" || lexicon.seenBy.has(tokens[i]!.norm)) return null;
    // "Lee, who was briefed by the NIS, said": a relative clause describes the speaker, who still speaks.
    if (/^(?:who|which|that)$/.test(tokens[i - 1]?.norm ?? "") || /^(?:who|which|that)$/.test(tokens[i - 2]?.norm ?? "")) return null;
    const agent = npForward(tokens, i + 2, 10);
    if (!agent || !hasNameOrRole(tokens, agent)) return null;
    return { attribution: { ...make(tokens, agent, text, i, agent.end), source: true }, next: agent.end };
  }
  // "X is believed to", "were reported": a passive names what is said, not who says it.
  if (/^(?:is|are|was|were|be|been|being)$/.test(tokens[i - 1]?.norm ?? "") && (/(?:ed|wn)$/.test(tokens[i]!.norm) || /^(?:said|told|thought|held|seen|known|found)$/.test(tokens[i]!.norm))) return null;
  let subjectEnd = i;
  // Skip what stands between subject and verb: auxiliaries, adverbs, "on Monday", a bracketed acronym "(NIS)".
  for (;;) {
    const t = tokens[subjectEnd - 1];
    if (!t) break;
    if ((AUXILIARIES.has(t.norm) && !isNameWord(t)) || lexicon.timeWords.has(t.norm) || /^(?:has|have|had|also)$/.test(t.norm)) {
      subjectEnd--;
      continue;
    }
    if (t.norm === ")") {
      let k = subjectEnd - 2;
      while (k > 0 && tokens[k]!.norm !== "(" && subjectEnd - k < 6) k--;
      if (tokens[k]?.norm === "(") {
        subjectEnd = k;
        continue;
      }
    }
    break;
  }
  const pronounAt = lexicon.pronouns.matchEndingAt(tokens, subjectEnd, 3);
  // "a Russian trade official said": a bare role word after modifiers describes someone new; it points back to no one.
  const described = pronounAt !== null && subjectEnd - pronounAt.start === 1 && lexicon.roleWords.has(tokens[pronounAt.start]!.lemma) && tokens[pronounAt.start - 1]?.kind === "word" && !/^(?:and|that|but|as|while|the|these|those)$/.test(tokens[pronounAt.start - 1]!.norm);
  if (pronounAt && !described && (pronounAt.start === 0 || !isNpWord(tokens[pronounAt.start - 1]!) || DETERMINERS.has(tokens[pronounAt.start]!.norm))) {
    return { attribution: { actor: null, anaphor: pronounAt.value, start: pronounAt.start, end: subjectEnd, cueStart: pronounAt.start, cueEnd: verb.end, source: false }, next: verb.end };
  }
  let np = npBackward(tokens, subjectEnd, 0);
  if (!np && tokens[subjectEnd - 1]?.norm === ",") {
    // Apposition closed by a comma: "Shin Won-sik, the defence minister, said".
    const inner = npBackward(tokens, subjectEnd - 1, 0);
    if (inner && tokens[inner.start - 1]?.norm === ",") {
      const outer = npBackward(tokens, inner.start - 1, 0);
      if (outer && !isTime(tokens, outer)) np = { start: outer.start, end: inner.end };
    } else {
      // A longer apposition: "Lim Soo-ho, an analyst at an NIS-run think tank, estimated".
      let open = subjectEnd - 2;
      while (open > 0 && subjectEnd - open < 14 && tokens[open]!.norm !== "," && tokens[open]!.kind !== "punct") open--;
      const outer = tokens[open]?.norm === "," ? npBackward(tokens, open, 0) : null;
      const described = tokens[open + 1] && DETERMINERS.has(tokens[open + 1]!.norm);
      // "Lee Seong-kweun, who was briefed by the NIS, said": a relative clause describes the subject; the subject speaks.
      const relative = tokens[open + 1] && /^(?:who|which)$/.test(tokens[open + 1]!.norm);
      if (outer && (described || relative) && !isTime(tokens, outer) && tokens.slice(outer.start, outer.end).some(isNameWord)) np = relative ? outer : { start: outer.start, end: subjectEnd - 1 };
    }
  }
  // "Satellite imagery of Najin Port shows": a picture of a place speaks, not the place.
  if (np && tokens[np.start - 1]?.norm === "of" && (countriesIn(tokens.slice(np.start, np.end)).some((c) => c.place) || PLACE_HEADS.has(tokens[np.end - 1]!.norm))) {
    const document = documentBefore(tokens, np.start - 1);
    if (document) np = { start: document.start, end: np.end };
  }
  // "A Ukrainian government document seen by Reuters says": the document speaks; whoever saw it only relays it.
  // "Western officials cited by the BBC put ...": likewise the officials, not the outlet that cites them.
  if (np && tokens[np.start - 1]?.norm === "by" && lexicon.seenBy.has(tokens[np.start - 2]?.norm ?? "")) {
    const document = documentBefore(tokens, np.start - 2);
    const speaker = document ? null : npBackward(tokens, np.start - 2, 0);
    if (document) np = document;
    else if (speaker && hasNameOrRole(tokens, speaker)) np = speaker;
  }
  // "the Russian embassy in Pyongyang said", "officials in Kyiv say": a place after "in" or "at" locates the speaker before it.
  if (np && /^(?:in|at)$/.test(tokens[np.start - 1]?.norm ?? "") && countriesIn(tokens.slice(np.start, np.end)).length) {
    const speaker = npBackward(tokens, np.start - 1, 0);
    if (speaker && hasRoleWord(tokens, speaker)) np = { start: speaker.start, end: np.end };
  }
  // "satellite imagery shows", "the data suggest": a document can be the subject of a verb of saying.
  const document = np ? null : documentBefore(tokens, subjectEnd);
  if (document) return { attribution: { ...make(tokens, document, text, document.start, verb.end), source: false }, next: verb.end };
  // "a multinational team that tracks UN sanctions on Pyongyang said": the subject is the noun before "that".
  if (np) {
    for (let k = np.start - 1; k >= Math.max(0, np.start - 10); k--) {
      const t = tokens[k]!;
      if (t.kind === "punct") break;
      if (/^(?:that|which|who)$/.test(t.norm)) {
        const head = npBackward(tokens, k, 0);
        if (head && hasNameOrRole(tokens, head)) np = head;
        break;
      }
    }
  }
  if (np && hasNameOrRole(tokens, np) && !isTime(tokens, np)) return { attribution: { ...make(tokens, np, text, np.start, verb.end), source: false }, next: verb.end };
  // Inverted: '..., said Shin.' / '"...," said the official'.
  const prev = tokens[i - 1];
  if (prev && prev.kind === "punct" && verb.end === i + 1 && lexicon.invertedVerbs.has(tokens[i]!.norm)) {
    const after = npForward(tokens, verb.end, 10);
    // The inverted subject closes the clause ('..., said the official.'); '..., said the deployment was ...' reports instead.
    const closes = after && (after.end >= tokens.length || tokens[after.end]!.kind === "punct" || lexicon.timeWords.has(tokens[after.end]!.norm) || /^(?:in|on|at|adding|citing|according)$/.test(tokens[after.end]!.norm));
    if (after && closes && !lexicon.timeWords.has(tokens[after.start]!.norm) && (isNameWord(tokens[after.start]!) || DETERMINERS.has(tokens[after.start]!.norm))) {
      const p = lexicon.pronouns.matchAt(tokens, after.start);
      const attribution: Attribution = p && p.end >= after.end
        ? { actor: null, anaphor: p.value, start: after.start, end: p.end, cueStart: i, cueEnd: after.end, source: false }
        : { ...make(tokens, after, text, i, after.end), source: false };
      return { attribution, next: after.end };
    }
  }
  return null;
}

// A function of its own, not a closure in verbCue: a closure over `tokens` cost verbCue an allocation on every token it was asked about.
function isTime(tokens: readonly Token[], span: { start: number; end: number }): boolean {
  return lexicon.timeWords.has(tokens[span.start]!.norm) || lexicon.timeWords.has(tokens[span.end - 1]!.norm);
}

/** The document named just before `end` with its modifiers ("A Ukrainian government document"), if a document noun ends there. */
function documentBefore(tokens: readonly Token[], end: number): { start: number; end: number } | null {
  const noun = lexicon.attributionNouns.matchEndingAt(tokens, end, 3);
  if (!noun) return null;
  let s = noun.start;
  while (s > 0 && end - s < 7 && tokens[s - 1]!.kind === "word" && !NP_STOP.has(tokens[s - 1]!.norm) && !CLAUSE_JOINS.has(tokens[s - 1]!.norm)) s--;
  return { start: s, end };
}

/** "images that RUSI shared with the newspaper": the one who supplied the data named at `np`, if a relative clause says so. */
function supplierAfter(tokens: readonly Token[], np: { start: number; end: number }): { start: number; end: number } | null {
  if (!/^(?:that|which)$/.test(tokens[np.end]?.norm ?? "")) return null;
  let named = false;
  for (let i = np.start; i < np.end; i++) {
    // "figures from Seoul's spy agency that a lawmaker shared": the data already name their source.
    if (/^(?:from|by|of)$/.test(tokens[i]!.norm)) return null;
    named ||= lexicon.attributionNouns.matchAt(tokens, i) !== null;
  }
  if (!named) return null;
  const supplier = npForward(tokens, np.end + 1, 8);
  if (!supplier || !hasNameOrRole(tokens, supplier)) return null;
  // The verb may follow an apposition or an acronym: "the Royal United Services Institute (RUSI), a British think tank, shared".
  for (let i = supplier.start + 1; i < tokens.length && i < supplier.end + 12; i++) {
    if (/^[.;:!?]$/.test(tokens[i]!.norm)) return null;
    if (lexicon.sharedBy.matchAt(tokens, i)) return { start: supplier.start, end: Math.min(supplier.end, i) };
  }
  return null;
}

function hasRoleWord(tokens: readonly Token[], np: { start: number; end: number }): boolean {
  for (let k = np.start; k < np.end; k++) if (lexicon.roleWords.has(tokens[k]!.lemma) && !CONNECTORS.has(tokens[k]!.norm)) return true;
  return false;
}

function hasNameOrRole(tokens: readonly Token[], np: { start: number; end: number }): boolean {
  for (let k = np.start; k < np.end; k++) {
    const t = tokens[k]!;
    if (isNameWord(t) && !(k === 0 && DETERMINERS.has(t.norm))) return true;
    if (lexicon.roleWords.has(t.lemma) && !["of", "and", "the", "'s", "s", "for"].includes(t.norm)) return true;
  }
  return false;
}

function make(tokens: readonly Token[], np: { start: number; end: number }, text: string, cueStart: number, cueEnd: number): Attribution {
  const pron = lexicon.pronouns.matchAt(tokens, np.start);
  if (pron && pron.end === np.end) return { actor: null, anaphor: pron.value, start: np.start, end: np.end, cueStart, cueEnd, source: false };
  // "the spy agency", "the ministry": a definite description with no name refers back to someone already named.
  const words = tokens.slice(np.start, np.end);
  const last = words[words.length - 1];
  // "the British newspaper", "the Japanese daily": an outlet named before, described by its nationality.
  if (words[0]?.norm === "the" && last && words.length <= 4 && lexicon.mediaNouns.has(last.norm) && words.slice(1, -1).every((t, k) => !isNameWord(t) || lexicon.countries.matchAt(tokens, np.start + 1 + k)?.value.demonym)) {
    return { actor: null, anaphor: `the ${last.norm}`, start: np.start, end: np.end, cueStart, cueEnd, source: false };
  }
  // "his agency", "her ministry": the body of the person named before.
  if (/^(?:his|her)$/.test(words[0]?.norm ?? "") && last && words.length <= 3 && !words.slice(1).some(isNameWord) && lexicon.roleWords.has(last.norm)) {
    return { actor: null, anaphor: `${words[0]!.norm} ${last.norm}`, start: np.start, end: np.end, cueStart, cueEnd, source: false };
  }
  if (words[0]?.norm === "the" && words.length <= 4 && !words.slice(1).some(isNameWord) && !lexicon.actors.matchAt(tokens, np.start + 1)) {
    return { actor: null, anaphor: `the ${words[words.length - 1]!.norm}`, start: np.start, end: np.end, cueStart, cueEnd, source: false };
  }
  return { actor: actorFrom(tokens, np, text), anaphor: null, start: np.start, end: np.end, cueStart, cueEnd, source: false };
}

// "member states", "allied governments": groups of states are cited, not described as an agency or its researchers.
const GROUPS_OF_STATES = /\b(?:states|countries|nations|governments|allies)\b/i;
const DOCUMENT_HEADS = /^(?:report|study|analysis|assessment|findings|document|paper|review|survey|investigation)$/;

/** Resolves "he", "the minister", "the agency" to the most recent fitting claimant; "the report" to the most recent author of one. */
export function resolveAnaphor(given: string, history: readonly Actor[], documents: readonly Actor[] = []): Actor | null {
  // "his agency said": the body the person last named works for, when their title names it ("NIS Director Cho").
  const owned = /^(?:his|her) (.+)$/.exec(given);
  if (owned && owned[1] !== "office") {
    for (let i = history.length - 1; i >= 0; i--) {
      if (history[i]!.kind !== "person") continue;
      const body = bodyInRole(history[i]!);
      if (body) return body;
      break;
    }
  }
  // "his office said": the office speaks for the person; "his agency", with no body in the title, is "the agency".
  // "according to him": the object form points back as the subject form does.
  const anaphor = given === "his office" || given === "him" ? "he" : given === "her office" ? "she" : given === "them" ? "they" : owned ? `the ${owned[1]}` : given;
  const head = anaphor.replace(/^the /, "");
  // "the paper said": the outlet named before, if there is one; else a paper is a document ("the paper by RUSI").
  if (lexicon.mediaNouns.has(head)) {
    for (let i = history.length - 1; i >= 0; i--) if (history[i]!.kind === "organisation" && lexicon.mediaName.test(`${history[i]!.name} ${history[i]!.role ?? ""}`)) return history[i]!;
    if (!DOCUMENT_HEADS.test(head)) return null;
  }
  if (DOCUMENT_HEADS.test(head) && documents.length) return documents[documents.length - 1]!;
  for (let i = history.length - 1; i >= 0; i--) {
    const a = history[i]!;
    if (anaphor === "he" || anaphor === "she") {
      if (a.kind === "person") return a;
      continue;
    }
    if (anaphor === "they" || anaphor === "these" || anaphor === "those" || anaphor === "officials" || anaphor === "which" || anaphor === "who") return a;
    if (anaphor === "it") {
      if (a.kind !== "person") return a;
      continue;
    }
    const words = `${a.name} ${a.role ?? ""}`.toLowerCase();
    if (words.includes(head.replace(/s$/, ""))) return a;
  }
  // No one named or described by the word itself: the last body or person of the fitting kind.
  for (let i = history.length - 1; i >= 0; i--) {
    const a = history[i]!;
    // "the researchers estimate": the people of the body last named speak for it.
    // "the think tank", "the institute": only a research body, never an official named in passing.
    if (/^(?:think tank|institute)$/.test(head) && !lexicon.researchBody.test(`${a.name} ${a.role ?? ""}`)) continue;
    if (/^(?:agency|service|ministry|group|institute|think tank|report|study|analysis|document|statement|researchers|analysts|experts|authors|investigators|monitors)$/.test(head) && a.kind === "organisation" && !GROUPS_OF_STATES.test(a.name)) return a;
    if (PERSON_TITLES.test(head) && a.kind === "person") return a;
  }
  return null;
}

/** A known body named in a person's title: the National Intelligence Service in "National Intelligence Service Director". */
function bodyInRole(person: Actor): Actor | null {
  if (!person.role) return null;
  const tokens = tokenize(person.role);
  for (let i = 0; i < tokens.length; i++) {
    const known = lexicon.actors.matchAt(tokens, i);
    if (known && known.value.kind !== "person") return { ...known.value };
  }
  return null;
}

/**
 * "Dmytro Ponomarenko, Ukraine's ambassador to South Korea, gave ...": a person named with a title as the subject of a
 * sentence, without a verb of saying, whom a "he" or "she" in the next sentences may point back to.
 */
export function subjectPerson(tokens: readonly Token[], text: string): Actor | null {
  let e = 0;
  while (e < tokens.length && e < 4 && isNameWord(tokens[e]!) && /^\p{Lu}\p{Ll}/u.test(tokens[e]!.text)) e++;
  if (e < 2 || tokens[e]?.norm !== ",") return null;
  let close = e + 1;
  while (close < tokens.length && close - e < 14 && tokens[close]!.norm !== ",") close++;
  if (tokens[close]?.norm !== ",") return null;
  const title = { start: e + 1, end: close };
  if (!hasRoleWord(tokens, title) && !hasRoleWord(tokens, { start: 0, end: e })) return null;
  const actor = actorFrom(tokens, { start: 0, end: close }, text);
  return actor?.kind === "person" ? actor : null;
}
