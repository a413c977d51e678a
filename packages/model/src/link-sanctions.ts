// Figures → sanction measures: which measure a figure names (a cap, a vote tally, a
// designation count), and how reported deliveries compare with the caps in force. Pure.
import type { Figure } from "./figure.js";
import type { Claim } from "./claim.js";
import type { Cap, CapComparison, SanctionMeasure } from "./sanction.js";
import type { Authority, CapPeriod, Qualifier } from "./vocabulary.js";
import { formatNumber, formatQuantity } from "./reconcile.js";

/** A cap with the measure that set it. */
export interface MeasureCap {
  measure: SanctionMeasure;
  cap: Cap;
}

/** A reference file that parses but does not hang together: duplicate ids, dangling superseded_by. */
export class ReferenceError extends Error {
  override name = "ReferenceError";
}

/** Checks what row-by-row validation cannot: ids unique, `superseded_by` naming a later measure. Returns the measures sorted as given. */
export function checkReference(measures: readonly SanctionMeasure[], label = "sanctions"): SanctionMeasure[] {
  const byId = new Map<string, { m: SanctionMeasure; row: number }>();
  measures.forEach((m, row) => {
    const seen = byId.get(m.id);
    if (seen) throw new ReferenceError(`${label}[${row}] ${m.id}: id already used by row ${seen.row}`);
    byId.set(m.id, { m, row });
  });
  measures.forEach((m, row) =>
    m.caps.forEach((c, i) => {
      if (c.superseded_by === undefined) return;
      const by = byId.get(c.superseded_by);
      if (!by) throw new ReferenceError(`${label}[${row}] ${m.id}: caps.${i}.superseded_by: no measure has id '${c.superseded_by}'`);
      if (by.m.date < m.date) throw new ReferenceError(`${label}[${row}] ${m.id}: caps.${i}.superseded_by: '${c.superseded_by}' is dated before this measure`);
    }),
  );
  return [...measures];
}

/**
 * The caps in force on `date`: caps of adopted resolutions whose from ≤ date ≤ to (a null `to`
 * is open-ended), minus any cap whose `superseded_by` measure is dated on or before `date`.
 * With no date, the caps in force now: open-ended and never superseded. Vetoed drafts never count.
 */
export function capsInForce(measures: readonly SanctionMeasure[], date: string | null): MeasureCap[] {
  const dateOf = new Map(measures.map((m) => [m.id, m.date]));
  const out: MeasureCap[] = [];
  for (const measure of measures) {
    if (measure.kind !== "resolution") continue;
    for (const cap of measure.caps) {
      if (cap.from === null) continue;
      if (date === null) {
        if (cap.to === null && cap.superseded_by === undefined) out.push({ measure, cap });
        continue;
      }
      if (cap.from > date || (cap.to !== null && date > cap.to)) continue;
      const supersededOn = cap.superseded_by === undefined ? undefined : dateOf.get(cap.superseded_by);
      if (supersededOn !== undefined && supersededOn <= date) continue;
      out.push({ measure, cap });
    }
  }
  return out;
}

const COMMODITIES: readonly [RegExp, string][] = [
  [/\bcrude\b/i, "crude oil"],
  [/\b(?:refined|petroleum|oil products?|diesel|gasoline|petrol|jet fuel|kerosene|fuel)\b/i, "refined petroleum products"],
  [/\bcoal\b/i, "coal (DPRK exports)"],
];

/** The capped commodity a text names, as the reference spells it; null when it names none. */
export function commodityIn(text: string): string | null {
  for (const [re, commodity] of COMMODITIES) if (re.test(text)) return commodity;
  return null;
}

const PER_WORDS: readonly [RegExp, CapPeriod][] = [
  [/\b(?:annual(?:ly)?|a year|per year|each year|every year|yearly|per annum)\b/i, "year"],
  [/\b(?:quarter(?:ly)?|three months)\b/i, "quarter"],
];

function perIn(text: string): CapPeriod | null {
  for (const [re, per] of PER_WORDS) if (re.test(text)) return per;
  return null;
}

const RESOLUTION = /\bresolutions?\s+(\d{3,4})\b/gi;

function namedResolutions(text: string, byId: ReadonlyMap<string, SanctionMeasure>): SanctionMeasure[] {
  const out: SanctionMeasure[] = [];
  for (const m of text.matchAll(RESOLUTION)) {
    const measure = byId.get(`unsc-${m[1]}`);
    if (measure && !out.includes(measure)) out.push(measure);
  }
  return out;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The one measure all candidates share, else null (ambiguous or none). */
function only(candidates: readonly SanctionMeasure[]): SanctionMeasure | null {
  const ids = [...new Set(candidates.map((m) => m.id))];
  return ids.length === 1 ? candidates.find((m) => m.id === ids[0])! : null;
}

function capMeasure(f: Figure, measures: readonly SanctionMeasure[], byId: ReadonlyMap<string, SanctionMeasure>): SanctionMeasure | null {
  const value = f.quantity.value;
  if (value === null) return null;
  const text = `${f.item} ${f.evidence.sentence}`;
  const commodity = commodityIn(text);
  const per = perIn(`${f.period?.text ?? ""} ${f.evidence.sentence}`);
  const fits = ({ cap }: MeasureCap) =>
    cap.value === value && cap.unit === f.quantity.unit && (commodity === null || cap.commodity === commodity) && (per === null || cap.per === per || (per === "quarter" && cap.per === "period"));
  const named = namedResolutions(f.evidence.sentence, byId).filter((m) => m.caps.some((cap) => fits({ measure: m, cap })));
  if (named.length) return only(named);
  const inForce = capsInForce(measures, f.published).filter(fits);
  if (inForce.length) return only(inForce.map((c) => c.measure));
  // A cap no longer (or never) in force: a historical level, or a vetoed draft's proposal.
  const any = measures.filter((m) => (f.published === null || m.date <= f.published) && m.caps.some((cap) => fits({ measure: m, cap })));
  return only(any);
}

const VOTE_SIDES: readonly [RegExp, "for" | "against" | "abstain"][] = [
  [/\babstain|abstention/i, "abstain"],
  [/\bagainst|opposed|\bno\b/i, "against"],
  [/\bfavou?r|\bfor\b|\byes\b|support/i, "for"],
];

function voteMeasure(f: Figure, measures: readonly SanctionMeasure[], byId: ReadonlyMap<string, SanctionMeasure>): SanctionMeasure | null {
  const value = f.quantity.value;
  if (value === null) return null;
  const side = VOTE_SIDES.find(([re]) => re.test(f.item))?.[1] ?? null;
  const fits = (m: SanctionMeasure) => m.vote !== null && (side ? m.vote[side] === value : [m.vote.for, m.vote.against, m.vote.abstain].includes(value));
  const named = namedResolutions(f.evidence.sentence, byId).filter(fits);
  if (named.length) return only(named);
  if (f.published === null) return null;
  const recent = measures.filter((m) => fits(m) && m.date <= f.published! && daysBetween(m.date, f.published!) <= 31);
  const latest = recent.map((m) => m.date).sort().pop();
  return only(recent.filter((m) => m.date === latest));
}

const AUTHORITY_WORDS: readonly [RegExp, Authority][] = [
  [/\b(?:South Korea|Seoul|Korean government|Ministry of Foreign Affairs)\b/i, "KR"],
  [/\b(?:United States|U\.S\.|US|Washington|Treasury|State Department|OFAC)\b/, "US"],
  [/\b(?:European Union|EU|Brussels)\b/, "EU"],
  [/\b(?:Britain|British|United Kingdom|UK|U\.K\.|London)\b/, "UK"],
  [/\b(?:Japan|Japanese|Tokyo)\b/, "JP"],
];
const COUNTRY_AUTHORITY: Record<string, Authority> = { US: "US", GB: "UK", KR: "KR", JP: "JP" };

const DESIGNATION_KINDS: readonly [RegExp, "individuals" | "entities" | "vessels"][] = [
  [/\b(?:vessels?|ships?|tankers?|freighters?)\b/i, "vessels"],
  [/\b(?:entit(?:y|ies)|compan(?:y|ies)|firms?|banks?|organi[sz]ations?|businesses|groups?)\b/i, "entities"],
  [/\b(?:individuals?|persons?|people|officials?|executives?|nationals|North Koreans|Russians|generals?)\b/i, "individuals"],
];
const SANCTION_WORDS = /\b(?:sanction(?:s|ed|ing)?|blacklist(?:s|ed|ing)?|designat(?:e|es|ed|ing|ion|ions)|asset freezes?|listed)\b/i;

function designationMeasure(f: Figure, measures: readonly SanctionMeasure[]): SanctionMeasure | null {
  const value = f.quantity.value;
  if (value === null || f.published === null) return null;
  const kind = DESIGNATION_KINDS.find(([re]) => re.test(f.item))?.[1] ?? null;
  const named = AUTHORITY_WORDS.find(([re]) => re.test(f.evidence.sentence))?.[1] ?? null;
  const authority = named ?? (f.claimant?.country ? (COUNTRY_AUTHORITY[f.claimant.country] ?? null) : null);
  const candidates = measures.filter((m) => {
    if (m.designations === null || m.date > f.published! || daysBetween(m.date, f.published!) > 14) return false;
    if (authority !== null && m.authority !== authority) return false;
    const d = m.designations;
    return kind ? d[kind] === value : [d.individuals, d.entities, d.vessels].includes(value);
  });
  const latest = candidates.map((m) => m.date).sort().pop();
  return only(candidates.filter((m) => m.date === latest));
}

/**
 * Links each figure that names a measure to it (figure.sanctionRef), leaving figures that
 * already carry a reference, and those in `locked` (set by an analyst), as they are:
 * - a cap (category sanction-cap or modality limit) → the cap with that value, unit, commodity
 *   and period named in the sentence ("Resolution 2397"), else in force at the article date,
 *   else the one earlier measure (historical or vetoed) that set that level;
 * - a vote tally → the Security Council vote with that count on that side, named or within a month before;
 * - a designation count (or a count of vessels in a sentence about sanctions) → the designation
 *   with that count, by the authority the sentence names, up to 14 days before the article.
 * Ambiguous matches stay unlinked.
 */
export function linkSanctions(figures: readonly Figure[], measures: readonly SanctionMeasure[], locked: ReadonlySet<string> = new Set()): Figure[] {
  if (!measures.length) return [...figures];
  const byId = new Map(measures.map((m) => [m.id, m]));
  return figures.map((f) => {
    if (f.sanctionRef !== null || locked.has(f.id)) return f;
    let measure: SanctionMeasure | null = null;
    if (f.category === "sanction-cap" || f.modality === "limit") measure = capMeasure(f, measures, byId);
    else if (f.category === "votes") measure = voteMeasure(f, measures, byId);
    else if (f.category === "designations" || ((f.category === "vessels" || f.category === "other") && SANCTION_WORDS.test(f.evidence.sentence)))
      measure = designationMeasure(f, measures);
    return measure ? { ...f, sanctionRef: measure.id } : f;
  });
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  eighteen: 18, "twenty-four": 24,
};

/**
 * Months a period covers: from words such as "eight months" when the text gives them (they say
 * more than dates resolved from "this year"), else from its dates, else from words such as
 * "a year" or "annually"; null when unknown.
 */
export function spanInMonths(period: { text: string; start: string | null; end: string | null } | null): number | null {
  if (!period) return null;
  const m = /\b(\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+months?\b/i.exec(period.text);
  if (m) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()];
    if (n) return n;
  }
  if (period.start !== null && period.end !== null) return Math.max(0.1, Math.round(((daysBetween(period.start, period.end) + 1) / 30.44) * 10) / 10);
  if (/\b(?:a|one|this|last|per|each|the past|the last) year\b|\bannual(?:ly)?\b|\b(?:in|during) \d{4}\b/i.test(period.text)) return 12;
  return null;
}

function capMonths(cap: Cap): number | null {
  if (cap.per === "year") return 12;
  if (cap.per === "quarter") return 3;
  return cap.from !== null && cap.to !== null ? spanInMonths({ text: "", start: cap.from, end: cap.to }) : null;
}

const LOWER_BOUNDS: readonly Qualifier[] = ["more-than", "at-least", "vague"];
const UPPER_BOUNDS: readonly Qualifier[] = ["up-to", "less-than"];

/**
 * Compares each reported delivery with the cap in force on the date it refers to, in the cap's
 * own unit: refined petroleum and crude oil going to North Korea, coal coming from it. Oil the
 * report does not call crude is compared with the refined-petroleum cap, which is what reports
 * cite, and the note says so. A delivery above the cap over no longer than the cap's period
 * exceeds it; one below it (and not a lower bound) is within it; otherwise the text cannot tell.
 */
export function compareWithCaps(claims: readonly Claim[], measures: readonly SanctionMeasure[]): CapComparison[] {
  const out: CapComparison[] = [];
  for (const claim of claims) {
    if ((claim.modality !== "asserted" && claim.modality !== "estimate") || claim.value === null) continue;
    if (claim.category === "sanction-cap" || claim.category === "votes" || claim.category === "designations") continue;
    const text = [claim.item, ...claim.citations.map((c) => c.evidence)].join(" ");
    let commodity = commodityIn(claim.item) ?? commodityIn(text);
    let assumed = false;
    if (commodity === null && claim.category === "oil") {
      commodity = "refined petroleum products";
      assumed = true;
    }
    if (commodity === null) continue;
    const imported = commodity !== "coal (DPRK exports)";
    if (imported ? claim.recipient !== "KP" : claim.supplier !== "KP") continue;
    const caps = capsInForce(measures, claim.referenceDate).filter(({ cap }) => cap.commodity === commodity && cap.unit === claim.unit && cap.value !== null);
    for (const { measure, cap } of caps) {
      const capValue = cap.value!;
      const period = claimPeriod(claim);
      const spanMonths = spanInMonths(period);
      const capSpan = capMonths(cap);
      const ratio = Math.round((claim.value / capValue) * 1000) / 1000;
      let exceeds: boolean | null;
      let why: string;
      if (claim.value > capValue) {
        if (UPPER_BOUNDS.includes(claim.qualifier)) [exceeds, why] = [null, "an upper bound cannot show the cap broken"];
        else if (spanMonths === null) [exceeds, why] = [null, "the report does not say over how long"];
        else if (capSpan !== null && spanMonths <= capSpan) [exceeds, why] = [true, `above the cap within ${formatMonths(spanMonths)}`];
        else [exceeds, why] = [null, `reported over ${formatMonths(spanMonths)}, longer than the cap's period`];
      } else if (LOWER_BOUNDS.includes(claim.qualifier)) [exceeds, why] = [null, "a lower bound below the cap cannot show it kept"];
      else [exceeds, why] = [false, "within the cap"];
      const capText = `${formatNumber(capValue)} ${cap.unit}${cap.per === "period" ? "" : ` a ${cap.per}`}`;
      const note =
        `${formatQuantity(claim)} ${claim.unit}${period?.text ? ` (${period.text})` : ""} against ${measure.instrument}'s cap of ${capText} on ${commodity}: ` +
        `${ratio} times the cap; ${why}.` +
        (assumed ? " The report does not say refined or crude; compared with the refined-petroleum cap." : "");
      out.push({
        id: `${claim.id}~${measure.id}`,
        claimId: claim.id,
        figureIds: claim.citations.map((c) => c.figureId),
        measureId: measure.id,
        commodity,
        capValue,
        unit: cap.unit,
        per: cap.per,
        reportedValue: claim.value,
        reportedHigh: claim.high,
        qualifier: claim.qualifier,
        referenceDate: claim.referenceDate,
        spanMonths,
        ratio,
        exceeds,
        note,
      });
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The period a claim's first dated citation gives, as the claim keeps it (text and end). */
function claimPeriod(claim: Claim): { text: string; start: string | null; end: string | null } | null {
  if (claim.periodText === null) return null;
  return { text: claim.periodText, start: claim.periodStart, end: claim.periodEnd };
}

function formatMonths(n: number): string {
  return n === 12 ? "a year" : `${n} month${n === 1 ? "" : "s"}`;
}
