import type { SanctionMeasure, Unit } from "@armsledger/model";
import type { Notebook, TableCell } from "../notebook.js";
import type { Ledger } from "../ledger.js";
import { resolutionTimeline, type Lane, type ResolutionMark } from "../charts/resolution-timeline.js";
import { petroleumCap, type CapProposal, type CapStep } from "../charts/petroleum-cap.js";
import { oilDeliveries, type Delivery, type DeliveryKind } from "../charts/oil-deliveries.js";
import { designationsChart, type DesignationRow } from "../charts/designations.js";
import { ACCENT, addDays, MUTED, PALETTE, utc } from "../charts/common.js";
import { claimantLabel, cmp, estimates, isReportedAmount, type Estimate } from "./estimates.js";
import { formatNumber } from "./format.js";
import { articlesNaming } from "../data-exports.js";

type Measure = SanctionMeasure;
type MeasureCap = Measure["caps"][number];
/** The reference data may state a cap without a number (a freeze at an unstated level) or without dates (a vetoed draft). */
type LooseCap = Omit<MeasureCap, "value" | "from"> & { value: number | null; from: string | null };

const PETROLEUM = /refined petroleum/i;

const UNSC_LANES: (Lane & { kinds: readonly string[] })[] = [
  { name: "Sanctions resolution", color: ACCENT, kinds: ["resolution", "cap", "ban"] },
  { name: "Panel of Experts renewal", color: MUTED, kinds: ["panel-mandate"] },
  { name: "Vetoed draft", color: PALETTE[1], kinds: ["veto"] },
];

function isUnsc(m: Measure): boolean {
  return m.authority === "UN Security Council";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Oct–Dec 2017", "Dec 2017–Mar 2018". */
export function monthSpan(from: string, to: string): string {
  const m = (d: string) => MONTHS[Number(d.slice(5, 7)) - 1]!;
  return from.slice(0, 4) === to.slice(0, 4) ? `${m(from)}–${m(to)} ${to.slice(0, 4)}` : `${m(from)} ${from.slice(0, 4)}–${m(to)} ${to.slice(0, 4)}`;
}

function days(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000) + 1;
}

/** A cap's amount as a yearly rate, so a three-month window and an annual cap share one axis. */
export function perYear(cap: Pick<LooseCap, "value" | "per" | "from" | "to">): number | null {
  if (cap.value === null) return null;
  if (cap.per === "year") return cap.value;
  if (cap.per === "quarter") return cap.value * 4;
  return cap.from && cap.to ? Math.round((cap.value * 365) / days(cap.from, cap.to)) : null;
}

/**
 * The stretches of time under each cap on one commodity, up to the "as of" date. On any day
 * the cap in force is the one set by the latest-adopted resolution whose window covers the
 * day: 2397 (December 2017) replaced 2375's 2 million barrels a year before it took effect.
 */
export function capSteps(measures: readonly Measure[], commodity: RegExp, unit: Unit, asOf: string): CapStep[] {
  const caps = measures
    .filter((m) => m.kind === "resolution" || m.kind === "cap")
    .flatMap((m) => (m.caps as LooseCap[]).map((c) => ({ m, c })))
    .filter((x): x is { m: Measure; c: LooseCap & { value: number; from: string } } => commodity.test(x.c.commodity) && x.c.unit === unit && x.c.value !== null && x.c.from !== null && x.c.from <= asOf);
  const changes = [...new Set(caps.flatMap(({ c }) => [c.from, ...(c.to ? [addDays(c.to, 1)] : [])]))].filter((d) => d <= asOf).sort();
  const inForce = (day: string) =>
    caps.filter(({ c }) => c.from <= day && (c.to === null || day <= c.to)).sort((a, b) => cmp(b.m.date, a.m.date) || cmp(b.m.id, a.m.id))[0];
  const steps: (CapStep & { key: string })[] = [];
  changes.forEach((day, i) => {
    const last = i + 1 < changes.length ? addDays(changes[i + 1]!, -1) : asOf;
    const x = inForce(day);
    if (!x) return;
    const key = `${x.m.id}|${x.c.from}|${x.c.per}`;
    const prev = steps[steps.length - 1];
    if (prev && prev.key === key && addDays(prev.to, 1) === day) {
      prev.to = last;
      return;
    }
    const rate = perYear(x.c)!;
    const label =
      x.c.per === "year"
        ? `${x.m.instrument}: ${formatNumber(x.c.value)} ${unit} a year`
        : `${x.m.instrument}: ${formatNumber(x.c.value)} ${unit} for ${x.c.to ? monthSpan(x.c.from, x.c.to) : `the period from ${x.c.from}`} (≈${formatNumber(Math.round(rate / 1000) * 1000)} a year)`;
    steps.push({ key, from: day, to: last, perYear: rate, label });
  });
  return steps.map(({ key: _key, ...s }) => s);
}

/** Caps proposed in drafts that were vetoed, for comparison with the caps in force. */
export function vetoedCaps(measures: readonly Measure[], commodity: RegExp, unit: Unit): CapProposal[] {
  return measures
    .filter((m) => m.kind === "veto")
    .flatMap((m) =>
      (m.caps as LooseCap[])
        .filter((c) => commodity.test(c.commodity) && c.unit === unit && c.value !== null && c.per === "year")
        .map((c) => ({ date: m.date, perYear: c.value!, label: `Vetoed draft (${m.date.slice(0, 7)}): ${formatNumber(c.value!)} ${unit} a year` })),
    );
}

/**
 * Whether an oil figure is what a state notified to the UN 1718 Committee or someone's
 * estimate (satellite counts, think tanks, governments describing the other side's trade).
 */
export function deliveryKind(e: Pick<Estimate, "claimants" | "citations" | "item">): DeliveryKind {
  const notified = /1718|notif|reported to the (un|united nations|security council|committee)|officially (reported|declared)/i;
  return [...e.claimants, e.item, ...e.citations.map((c) => c.evidence)].some((t) => notified.test(t)) ? "notified" : "estimated";
}

function measureTable(name: string, title: string, caption: string, measures: readonly Measure[], withVote: boolean, namedBy: ReadonlyMap<string, number>): TableCell {
  return {
    kind: "table",
    name,
    title,
    caption,
    columns: [
      { key: "date", label: "Date" },
      { key: "authority", label: "Authority" },
      { key: "instrument", label: "Instrument", link: { to: "url", key: "url" } },
      { key: "kind", label: "Kind" },
      ...(withVote ? [{ key: "vote", label: "Vote (for–against–abstain)" }] : [{ key: "individuals", label: "Individuals" }, { key: "entities", label: "Entities" }, { key: "vessels", label: "Vessels" }]),
      { key: "caps", label: "Caps" },
      { key: "named", label: "Articles naming it" },
      { key: "summary", label: "Summary" },
    ],
    rows: measures.map((m) => ({
      id: m.id,
      date: m.date,
      authority: m.authority,
      instrument: m.instrument,
      kind: m.kind,
      vote: m.vote ? `${m.vote.for}–${m.vote.against}–${m.vote.abstain}` : null,
      individuals: m.designations?.individuals ?? null,
      entities: m.designations?.entities ?? null,
      vessels: m.designations?.vessels ?? null,
      caps: (m.caps as LooseCap[]).map((c) => `${c.commodity}: ${c.value === null ? "frozen" : formatNumber(c.value)} ${c.unit} per ${c.per}`).join("; "),
      named: namedBy.get(m.id) ?? 0,
      summary: m.summary,
      url: m.sources[0] ?? null,
    })),
  };
}

export function sanctions(ledger: Ledger): Notebook {
  const asOf = ledger.buildDate;
  const measures = [...ledger.sanctions].filter((m) => m.date <= asOf).sort((a, b) => cmp(a.date, b.date) || cmp(a.id, b.id));
  const unsc = measures.filter(isUnsc);
  const marks: ResolutionMark[] = unsc.flatMap((m) => {
    const lane = UNSC_LANES.find((l) => l.kinds.includes(m.kind));
    return lane ? [{ id: m.id, date: m.date, lane: lane.name, label: m.kind === "veto" ? m.date.slice(0, 4) : (/\d{3,4}/.exec(m.instrument)?.[0] ?? m.instrument) }] : [];
  });
  const steps = capSteps(measures, PETROLEUM, "barrels", asOf);
  const current = steps.find((s) => s.to === asOf);
  const deliveries: Delivery[] = estimates(ledger)
    .filter((e) => e.category === "oil" && e.recipient === "KP" && e.unit === "barrels" && isReportedAmount(e) && e.date !== null)
    .map((e) => ({ id: e.id, date: e.date!, value: e.value!, high: e.high, qualifier: e.qualifier, claimant: claimantLabel(e), start: e.periodStart, kind: deliveryKind(e) }));
  // How many articles name each measure by number ("Resolution 2397"), whether or not a figure stands beside it.
  const namedBy = new Map([...articlesNaming(ledger.mentions)].map(([id, articles]) => [id, articles.length]));
  const designations: DesignationRow[] = measures
    .filter((m) => m.kind === "designation" && m.designations !== null)
    .map((m) => ({ id: m.id, date: m.date, authority: m.authority, instrument: m.instrument, ...m.designations! }));
  return {
    slug: "sanctions",
    title: "Sanctions on North Korea and the Russia trade",
    summary: `UN Security Council resolutions and caps, oil deliveries reported against the cap, and national designations. As of ${asOf}.`,
    cells: [
      {
        kind: "prose",
        markdown: measures.length
          ? "The resolutions, caps and designations come from the project's sanctions reference, each row with its source; the deliveries come from news reports, each with its claimant.\n\n## The UN Security Council"
          : "*The sanctions reference was not loaded for this build: the charts below are empty. Deliveries reported in the articles are still shown.*\n\n## The UN Security Council",
      },
      resolutionTimeline(marks, UNSC_LANES, asOf),
      {
        kind: "prose",
        markdown:
          "Resolution 2375 (September 2017) first capped refined petroleum; resolution 2397 (December 2017) cut the cap to 500,000 barrels a year. Russia and China vetoed a 2022 draft that would have lowered it further, and Russia's 2024 veto ended the Panel of Experts that reported breaches.",
      },
      petroleumCap({ steps, proposals: vetoedCaps(measures, PETROLEUM, "barrels"), asOf }),
      { kind: "prose", markdown: "## Oil delivered against the cap\n\nWhat Russia notified to the UN sanctions committee, beside what others estimate it actually delivered." },
      oilDeliveries({ deliveries, cap: current ? { perYear: current.perYear, label: `UN cap: ${current.label}` } : null, asOf }),
      { kind: "prose", markdown: "## Designations\n\nNational and EU listings of people, companies and ships tied to the arms trade between North Korea and Russia." },
      designationsChart(designations, asOf),
      measureTable("designations", "Designations", "One row per announcement, with the counts the release gives and a link to it.", measures.filter((m) => m.kind === "designation"), false, namedBy),
      measureTable("unsc-measures", "UN Security Council measures", "One row per resolution, renewal or vetoed draft, with its vote, caps, the number of articles naming it and a link to the document.", unsc, true, namedBy),
    ],
  };
}
