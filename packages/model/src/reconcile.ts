// Figures → claims, series and conflicts. Pure and deterministic: the output depends on the
// set of figures (and articles) given, not on their order, and never on the clock.
import type { Actor } from "./actor.js";
import type { Article } from "./article.js";
import type { Citation, Claim, Series, SeriesPoint } from "./claim.js";
import type { AppliedCorrection } from "./correction.js";
import type { Figure, Flow } from "./figure.js";
import type { Period } from "./period.js";
import { QUALIFIER_WORDS, type Category, type Modality, type Qualifier } from "./vocabulary.js";

/** What reconcile needs of an article: its title and URL for citations, its text to find denials. */
export type ArticleInfo = Pick<Article, "id" | "title" | "url"> & Partial<Pick<Article, "text">>;

export interface ReconcileOptions {
  /** Articles the figures come from: URLs for citations, and the text searched for denials. */
  articles?: readonly ArticleInfo[];
  /** Corrections already applied to the figures, to mark the claims they touch. */
  applied?: readonly AppliedCorrection[];
}

export interface Reconciled {
  claims: Claim[];
  series: Series[];
  /** Figure id → id of the claim that cites it. */
  claimOf: Map<string, string>;
}

/** Categories that count how measures were taken, not what changed hands: never a series. */
const NOT_FLOWS: readonly Category[] = ["sanction-cap", "votes", "designations"];

// ---------------------------------------------------------------- formatting

/** 1234567 → "1,234,567" without depending on the runtime's locale data. */
export function formatNumber(n: number): string {
  const [int, frac] = String(n).split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${grouped}.${frac}` : grouped;
}


/** "more than 1,000", "about 3,000–4,000", "an unstated number": an amount as a reader would say it. */
export function formatQuantity(q: { value: number | null; high: number | null; qualifier: Qualifier }): string {
  if (q.value === null) return "an unstated number";
  const amount = q.high !== null ? `${formatNumber(q.value)}–${formatNumber(q.high)}` : formatNumber(q.value);
  return `${QUALIFIER_WORDS[q.qualifier]}${amount}`;
}

// ---------------------------------------------------------------- helpers

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const LATE = "9999-12-31";

/** The order every output is built in: by publication date, article and position in it. */
function figureOrder(a: Figure, b: Figure): number {
  return cmp(a.published ?? LATE, b.published ?? LATE) || cmp(a.articleId, b.articleId) || a.evidence.numberStart - b.evidence.numberStart || cmp(a.id, b.id);
}

/** Lower-case words only: "U.S. intelligence's" → "u s intelligence s". */
export function normalizeText(s: string): string {
  return s
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u0092`]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const NAMES = new Map<string, string>();
/** normalizeText, remembered: claimant names recur across thousands of comparisons. */
function normalizedName(name: string): string {
  let n = NAMES.get(name);
  if (n === undefined) {
    n = normalizeText(name);
    if (NAMES.size > 50_000) NAMES.clear();
    NAMES.set(name, n);
  }
  return n;
}

function hasFlow(flow: Flow | null): flow is Flow {
  return flow !== null && (flow.supplier !== null || flow.recipient !== null);
}

function flowKey(flow: Flow | null): string {
  return `${flow?.supplier ?? "_"}-${flow?.recipient ?? "_"}`;
}

/** Figures reported as fact or estimate say the same kind of thing; the other modalities stand apart. */
function modalityGroup(m: Modality): string {
  return m === "asserted" || m === "estimate" ? "reported" : m;
}

function isReported(m: Modality): boolean {
  return m === "asserted" || m === "estimate";
}

/**
 * Two claimants can stand behind the same claim when either is unknown, they have the same
 * name, or they speak for the same country and one of them is that state itself ("U.S." and
 * "U.S. intelligence") or both are cited in the same article (the NIS and "South Korea's
 * intelligence service" repeating one number).
 */
export function claimantsCompatible(a: Actor | null, b: Actor | null, sameArticle = false): boolean {
  if (a === null || b === null) return true;
  if (a.name === b.name || normalizedName(a.name) === normalizedName(b.name)) return true;
  if (a.country === null || a.country !== b.country) return false;
  return a.kind === "state" || b.kind === "state" || sameArticle;
}

/** Two periods are compatible when either is unknown or their spans overlap. */
export function periodsCompatible(a: Period | null, b: Period | null): boolean {
  if (a === null || b === null) return true;
  if ((a.start === null && a.end === null) || (b.start === null && b.end === null)) return true;
  return (a.start ?? "0000-01-01") <= (b.end ?? LATE) && (b.start ?? "0000-01-01") <= (a.end ?? LATE);
}

/** Categories too coarse to tell things apart ("killed" and "wounded" are both casualties): their items must share a word. */
const COARSE: readonly Category[] = ["casualties", "other", "weapons-other", "money"];
const NOT_CONTENT = new Set(["of", "the", "a", "an", "and", "or", "in", "on", "to", "for", "with", "by", "from", "have", "has", "had", "been", "were", "was", "north", "korean", "koreans", "russian", "russians", "ukrainian", "its", "their", "more", "than"]);

const WORDS = new Map<string, Set<string>>();
function contentWords(item: string): Set<string> {
  let words = WORDS.get(item);
  if (words === undefined) {
    words = new Set(normalizeText(item).split(" ").filter((w) => w && !NOT_CONTENT.has(w)).map((w) => w.replace(/(?:ies|es|s)$/, "")));
    if (WORDS.size > 50_000) WORDS.clear();
    WORDS.set(item, words);
  }
  return words;
}

/** Two figures of one category count the same thing, unless the category is coarse and their items share no word. */
export function sameThing(a: Pick<Figure, "category" | "item">, b: Pick<Figure, "category" | "item">): boolean {
  if (a.category !== b.category) return false;
  if (!COARSE.includes(a.category)) return true;
  const wa = contentWords(a.item);
  const wb = contentWords(b.item);
  return wa.size === 0 || wb.size === 0 || [...wa].some((w) => wb.has(w));
}

/** The same period: the same end date, and the same start where both give one. */
function samePeriod(a: Figure, b: Figure): boolean {
  if (a.period?.end && b.period?.end) return a.period.end === b.period.end && (a.period.start === null || b.period.start === null || a.period.start === b.period.start);
  if (!a.period?.end && !b.period?.end) return a.articleId === b.articleId;
  return false;
}

// ---------------------------------------------------------------- denials

const DENIAL =
  /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|rebuff(?:s|ed)?|disput(?:e|es|ed))\b.{0,80}?\b(?:shipments?|accusations?|allegations?|claims?|reports?|transfers?|deliver(?:y|ies)|cooperation|arms|weapons|deals?|suppl(?:y|ies|ying)|charges?|dealings?|trade)\b/i;

/** Words after which a full stop does not end a sentence: initials ("U.S."), titles, months. */
const ABBREVIATION = /(?:\b(?:[A-Za-z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Rep|Sen|Gov|Adm|Capt|Maj|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|vs|etc|approx)\.)$/;

/** Sentences of a text, split at . ! ? before a capital letter, but not after "U.S." or "Mr.". */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    let current = "";
    for (const piece of line.split(/(?<=[.!?]["\u201d\u2019']?)\s+(?=["\u201c\u2018(]?[A-Z0-9])/)) {
      current = current ? `${current} ${piece}` : piece;
      if (!ABBREVIATION.test(current)) {
        out.push(current.trim());
        current = "";
      }
    }
    if (current.trim()) out.push(current.trim());
  }
  return out.filter((s) => s.length > 0);
}

/** Sentences of a text that deny shipments or accusations ("Moscow denied the shipments"). */
export function denialsIn(text: string): string[] {
  return sentencesOf(text).filter((s) => DENIAL.test(s));
}

// ---------------------------------------------------------------- stories (syndication)

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    // The smaller id roots the set, so a story's id does not depend on the order of unions.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

/**
 * Article id → story id. Articles are one story when they carry the same headline or share a
 * sentence that states a figure, word for word: syndicated copies of one report. A story's id
 * is the smallest article id among its copies.
 */
export function storiesOf(figures: readonly Figure[]): Map<string, string> {
  const uf = new UnionFind();
  const byTitle = new Map<string, string>();
  const bySentence = new Map<string, string>();
  for (const f of [...figures].sort(figureOrder)) {
    uf.find(f.articleId);
    const title = normalizeText(f.articleTitle);
    if (title.length >= 12) {
      const first = byTitle.get(title);
      if (first === undefined) byTitle.set(title, f.articleId);
      else uf.union(first, f.articleId);
    }
    const sentence = normalizeText(f.evidence.sentence);
    if (sentence.length >= 40) {
      const first = bySentence.get(sentence);
      if (first === undefined) bySentence.set(sentence, f.articleId);
      else uf.union(first, f.articleId);
    }
  }
  const out = new Map<string, string>();
  for (const f of figures) out.set(f.articleId, uf.find(f.articleId));
  return out;
}

// ---------------------------------------------------------------- derived figures

/**
 * Capacity figure id → id of the figure it converts: the nearest earlier figure in the same
 * sentence, else in the sentence just before, that is not itself a capacity, denial or limit,
 * has a value, and counts something else ("6,700 containers could hold 3 million shells").
 */
export function derivations(figures: readonly Figure[], articles: readonly ArticleInfo[] = []): Map<string, string> {
  const text = new Map(articles.map((a) => [a.id, a.text]));
  const byArticle = groupBy([...figures].sort(figureOrder), (f) => f.articleId);
  const out = new Map<string, string>();
  for (const list of byArticle.values()) {
    for (const f of list) {
      if (f.modality !== "capacity") continue;
      const sources = list.filter(
        (s) =>
          s !== f &&
          s.quantity.value !== null &&
          (s.modality === "asserted" || s.modality === "estimate" || s.modality === "hypothetical") &&
          (s.category !== f.category || s.quantity.unit !== f.quantity.unit) &&
          s.evidence.numberStart < f.evidence.numberStart,
      );
      const same = sources.filter((s) => s.evidence.sentenceStart === f.evidence.sentenceStart);
      const previous = sources.filter((s) => {
        if (s.evidence.sentenceEnd > f.evidence.sentenceStart) return false;
        const body = text.get(f.articleId);
        const gap = body === undefined ? null : body.slice(s.evidence.sentenceEnd, f.evidence.sentenceStart);
        return gap === null ? f.evidence.sentenceStart - s.evidence.sentenceEnd <= 3 : /^\s*$/.test(gap);
      });
      const source = (same.length ? same : previous).at(-1);
      if (source) out.set(f.id, source.id);
    }
  }
  return out;
}

// ---------------------------------------------------------------- claims

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * The flow a figure is about. A figure that names no flow takes the flow of the same amount of
 * the same thing elsewhere in its article (a heading repeating the body), and a capacity
 * estimate takes the flow of the figure it converts.
 */
function effectiveFlows(figures: readonly Figure[], derivedFrom: ReadonlyMap<string, string>): Map<string, Flow | null> {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const out = new Map<string, Flow | null>();
  const sameAmount = (a: Figure, b: Figure) =>
    a.category === b.category && a.quantity.unit === b.quantity.unit && a.quantity.value === b.quantity.value && a.quantity.high === b.quantity.high && a.quantity.qualifier === b.quantity.qualifier;
  const byArticle = groupBy(figures, (f) => f.articleId);
  for (const f of figures) {
    if (hasFlow(f.flow)) {
      out.set(f.id, f.flow);
      continue;
    }
    const flows = new Map<string, Flow>();
    for (const g of byArticle.get(f.articleId) ?? []) if (g !== f && hasFlow(g.flow) && sameAmount(f, g)) flows.set(flowKey(g.flow), g.flow);
    out.set(f.id, flows.size === 1 ? [...flows.values()][0]! : f.flow);
  }
  for (const [capacity, source] of derivedFrom) {
    const f = byId.get(capacity);
    const s = byId.get(source);
    if (f && s && !hasFlow(f.flow) && hasFlow(out.get(s.id) ?? null)) out.set(f.id, out.get(s.id)!);
  }
  return out;
}

interface Cluster {
  key: string;
  flow: Flow | null;
  figures: Figure[];
}

function claimBaseId(c: Cluster): string {
  const f = c.figures[0]!;
  const q = f.quantity;
  const amount = q.value === null ? "vague" : q.high !== null ? `${q.value}-${q.high}` : String(q.value);
  const group = modalityGroup(f.modality);
  return [flowKey(c.flow), f.category, q.qualifier, amount, q.unit, ...(group === "reported" ? [] : [group])].join(".");
}

function uniq<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/**
 * Figures stating the same thing become one claim that cites them all: same flow, category,
 * unit, value (and upper value), qualifier and kind of statement (reported, capacity, denied,
 * hypothetical, limit), with compatible claimants and periods. Capacity estimates link to the
 * claim they convert; conflicts and denials are flagged; series are built from the reported
 * claims of each flow. Ids: flow.category.qualifier.amount.unit[.modality], with
 * "@<first figure id>" appended when two claims would share one.
 */
export function reconcile(figures: readonly Figure[], options: ReconcileOptions = {}): Reconciled {
  const sorted = [...figures].sort(figureOrder);
  const articles = new Map((options.articles ?? []).map((a) => [a.id, a]));
  const derived = derivations(sorted, options.articles);
  const flows = effectiveFlows(sorted, derived);
  const stories = storiesOf(sorted);

  // 1. Cluster figures that state the same thing.
  const clusters: Cluster[] = [];
  const open = new Map<string, Cluster[]>();
  for (const f of sorted) {
    const flow = flows.get(f.id) ?? null;
    const q = f.quantity;
    const key = [flowKey(flow), f.category, q.unit, q.value ?? "vague", q.high ?? "", q.qualifier, modalityGroup(f.modality)].join("|");
    const candidates = open.get(key) ?? [];
    // A vague amount ("several missiles") is only the same claim as itself repeated in one article.
    const fits = (c: Cluster) =>
      c.figures.every(
        (g) =>
          (q.value !== null || g.articleId === f.articleId) &&
          sameThing(f, g) &&
          claimantsCompatible(f.claimant, g.claimant, f.articleId === g.articleId) &&
          periodsCompatible(f.period, g.period),
      );
    const home = candidates.find(fits);
    if (home) home.figures.push(f);
    else {
      const c: Cluster = { key, flow: hasFlow(flow) ? flow : null, figures: [f] };
      clusters.push(c);
      open.set(key, [...candidates, c]);
    }
  }

  // 2. Ids: readable, unique, independent of input order.
  const bases = clusters.map(claimBaseId);
  const counts = groupBy(bases, (b) => b);
  const ids = clusters.map((c, i) => (counts.get(bases[i]!)!.length > 1 ? `${bases[i]}@${c.figures[0]!.id}` : bases[i]!));
  const claimOf = new Map<string, string>();
  clusters.forEach((c, i) => c.figures.forEach((f) => claimOf.set(f.id, ids[i]!)));

  // 3. Claims.
  const claims: Claim[] = clusters.map((c, i) => {
    const first = c.figures[0]!;
    const withPeriod = [...c.figures].filter((f) => f.period !== null).sort((a, b) => cmp(a.period!.end ?? LATE, b.period!.end ?? LATE))[0];
    const published = uniq(c.figures.map((f) => f.published).filter((d): d is string => d !== null)).sort();
    const periodEnd = withPeriod?.period?.end ?? null;
    const citations: Citation[] = c.figures.map((f) => ({
      figureId: f.id,
      articleId: f.articleId,
      sourceFile: f.sourceFile,
      articleTitle: f.articleTitle,
      outlet: f.outlet,
      url: articles.get(f.articleId)?.url ?? null,
      published: f.published,
      claimant: f.claimant?.name ?? null,
      evidence: f.evidence.sentence,
      story: stories.get(f.articleId) ?? f.articleId,
    }));
    const group = modalityGroup(first.modality);
    const source = c.figures.map((f) => derived.get(f.id)).find((s) => s !== undefined);
    return {
      id: ids[i]!,
      value: first.quantity.value,
      high: first.quantity.high,
      qualifier: first.quantity.qualifier,
      unit: first.quantity.unit,
      item: first.item,
      category: first.category,
      supplier: c.flow?.supplier ?? null,
      recipient: c.flow?.recipient ?? null,
      claimants: uniq(c.figures.map((f) => f.claimant?.name).filter((n): n is string => !!n)),
      modality: group === "reported" ? (c.figures.some((f) => f.modality === "asserted") ? "asserted" : "estimate") : first.modality,
      periodText: withPeriod?.period?.text ?? null,
      periodStart: withPeriod?.period?.start ?? null,
      periodEnd,
      referenceDate: periodEnd ?? published[0] ?? null,
      firstCited: published[0] ?? null,
      latestCited: published.at(-1) ?? null,
      citations,
      independentSources: new Set(citations.map((ct) => ct.story)).size,
      derivedFrom: source === undefined ? null : (claimOf.get(source) ?? null),
      sanctionRef: c.figures.map((f) => f.sanctionRef).find((r) => r !== null) ?? null,
      conflict: false,
      denied: false,
      conflictNotes: [],
      corrected: false,
      corrections: [],
    };
  });
  const membersOf = new Map(clusters.map((c, i) => [ids[i]!, c.figures]));

  flagConflicts(claims, membersOf);
  flagDenials(claims, membersOf, sorted, options.articles ?? []);
  markCorrections(claims, options.applied ?? []);

  claims.sort(claimOrder);
  const series = buildSeries(claims);
  return { claims, series, claimOf };
}

function claimOrder(a: Claim, b: Claim): number {
  return (
    cmp(a.supplier ?? "~", b.supplier ?? "~") ||
    cmp(a.recipient ?? "~", b.recipient ?? "~") ||
    cmp(a.category, b.category) ||
    cmp(a.unit, b.unit) ||
    cmp(a.referenceDate ?? LATE, b.referenceDate ?? LATE) ||
    (a.value ?? -1) - (b.value ?? -1) ||
    cmp(a.id, b.id)
  );
}

function note(claim: Claim, text: string, denial = false): void {
  claim.conflict = true;
  if (denial) claim.denied = true;
  if (!claim.conflictNotes.includes(text)) claim.conflictNotes.push(text);
}

function describe(c: Claim): string {
  return `${formatQuantity(c)} ${c.unit === "count" ? "" : `${c.unit} of `}${c.item}`.replace(/\s+/g, " ");
}

/** The same claimant, flow and period with a different value: both claims are flagged, neither merged. */
function flagConflicts(claims: Claim[], membersOf: ReadonlyMap<string, Figure[]>): void {
  const buckets = groupBy(
    claims.filter((c) => isReported(c.modality) && c.value !== null),
    (c) => [c.supplier ?? "_", c.recipient ?? "_", c.category, c.unit].join("|"),
  );
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (a.value === b.value && a.high === b.high) continue;
        for (const fa of membersOf.get(a.id)!) {
          const fb = membersOf
            .get(b.id)!
            .find((g) => fa.claimant !== null && g.claimant !== null && sameThing(fa, g) && claimantsCompatible(fa.claimant, g.claimant, fa.articleId === g.articleId) && samePeriod(fa, g));
          if (!fb) continue;
          const when = fa.period?.end ? `the period ending ${fa.period.end}` : `the same period (${fa.sourceFile})`;
          note(a, `conflict: ${fb.claimant!.name} also gives ${describe(b)} for ${when} (claim ${b.id})`);
          note(b, `conflict: ${fa.claimant!.name} also gives ${describe(a)} for ${when} (claim ${a.id})`);
          break;
        }
      }
    }
  }
}

/**
 * A claim beside a denial is flagged: a denied figure on the same flow and category, or a
 * sentence denying the shipments or accusations in an article that cites the claim (found in
 * the article text when given, else among the sentences figures were read from).
 */
function flagDenials(claims: Claim[], membersOf: ReadonlyMap<string, Figure[]>, figures: readonly Figure[], articles: readonly ArticleInfo[]): void {
  const flowClaims = claims.filter((c) => isReported(c.modality) && c.supplier !== null && c.recipient !== null);
  for (const d of claims.filter((c) => c.modality === "denied")) {
    const dArticles = new Set(membersOf.get(d.id)!.map((f) => f.articleId));
    const denier = d.claimants.length ? d.claimants.join(", ") : "someone";
    const targets = flowClaims.filter(
      (c) =>
        c.category === d.category &&
        ((d.supplier !== null && c.supplier === d.supplier && c.recipient === d.recipient) ||
          (d.supplier === null && d.recipient === null && c.citations.some((ct) => dArticles.has(ct.articleId)))),
    );
    for (const c of targets) note(c, `denied: ${denier} denies ${describe(d)} (claim ${d.id})`, true);
    if (targets.length) note(d, `a denial of ${targets.map((c) => c.id).join(", ")}`, true);
  }
  const denials = new Map<string, string>();
  for (const a of articles) {
    const found = a.text === undefined ? [] : denialsIn(a.text);
    if (found.length) denials.set(a.id, found[0]!);
  }
  const searched = new Set(articles.filter((a) => a.text !== undefined).map((a) => a.id));
  for (const f of figures) if (!denials.has(f.articleId) && !searched.has(f.articleId) && DENIAL.test(f.evidence.sentence)) denials.set(f.articleId, f.evidence.sentence);
  for (const c of flowClaims) {
    for (const ct of c.citations) {
      const sentence = denials.get(ct.articleId);
      if (sentence !== undefined) note(c, `denial beside it in ${ct.sourceFile}: "${sentence}"`, true);
    }
  }
}

/** Claims whose figures an analyst changed are marked corrected; accepted ones have their conflicts cleared. */
function markCorrections(claims: Claim[], applied: readonly AppliedCorrection[]): void {
  for (const c of claims) {
    const ids = new Set(c.citations.map((ct) => ct.figureId));
    for (const a of applied) {
      if (a.action === "reject" || !a.figureIds.some((id) => ids.has(id))) continue;
      if (!c.corrections.includes(a.summary)) c.corrections.push(a.summary);
      if (a.action === "set") c.corrected = true;
      if (a.action === "accept" && c.conflict) {
        c.conflict = false;
        c.denied = false;
        c.conflictNotes.push(`reviewed: accepted by ${a.author} (${a.source}): ${a.reason}`);
      }
    }
  }
}

/**
 * Reported claims with a value on one flow (a supplier and a recipient), category and unit,
 * ordered by the date each refers to (period end, else first publication; undated last): a
 * series when they give at least two different values. Capacity conversions, denials,
 * hypotheticals and limits never enter a series.
 */
export function buildSeries(claims: readonly Claim[]): Series[] {
  const eligible = claims.filter((c) => isReported(c.modality) && c.value !== null && c.supplier !== null && c.recipient !== null && !NOT_FLOWS.includes(c.category));
  const groups = groupBy(eligible, (c) => `${c.supplier}-${c.recipient}.${c.category}.${c.unit}`);
  const series: Series[] = [];
  for (const [id, list] of groups) {
    if (new Set(list.map((c) => `${c.value}|${c.high}`)).size < 2) continue;
    const points: SeriesPoint[] = [...list]
      .sort((a, b) => cmp(a.referenceDate ?? LATE, b.referenceDate ?? LATE) || a.value! - b.value! || cmp(a.id, b.id))
      .map((c) => ({ claimId: c.id, date: c.referenceDate, value: c.value!, high: c.high, qualifier: c.qualifier, claimants: c.claimants }));
    const first = list[0]!;
    series.push({ id, supplier: first.supplier, recipient: first.recipient, category: first.category, unit: first.unit, points });
  }
  return series.sort((a, b) => cmp(a.id, b.id));
}
