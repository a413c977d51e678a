import type { Actor, Figure, SanctionMeasure } from "../src/index.js";

export const US: Actor = { kind: "state", name: "U.S.", country: "US", role: null };
export const US_INTEL: Actor = { kind: "organisation", name: "U.S. intelligence", country: "US", role: null };
export const SHIN: Actor = { kind: "person", name: "Shin Won-sik", country: "KR", role: "Defence Minister" };
export const NIS: Actor = { kind: "organisation", name: "National Intelligence Service", country: "KR", role: null };
export const KREMLIN: Actor = { kind: "organisation", name: "Kremlin", country: "RU", role: null };
export const UA: Actor = { kind: "state", name: "Ukraine", country: "UA", role: null };

export interface FigureSpec {
  article?: string;
  at?: number;
  title?: string;
  outlet?: string | null;
  published?: string | null;
  value?: number | null;
  high?: number | null;
  qualifier?: Figure["quantity"]["qualifier"];
  unit?: Figure["quantity"]["unit"];
  item?: string;
  category?: Figure["category"];
  flow?: [string | null, string | null] | null;
  claimant?: Actor | null;
  modality?: Figure["modality"];
  period?: Figure["period"];
  sentence?: string;
  sanctionRef?: string | null;
}

/** A valid figure with the defaults of "more than 1,000 containers, North Korea → Russia, says the U.S." */
export function fig(spec: FigureSpec = {}): Figure {
  const article = spec.article ?? "a1";
  const at = spec.at ?? 10;
  const value = spec.value === undefined ? 1000 : spec.value;
  const sentence = spec.sentence ?? `The U.S. said North Korea shipped more than ${value ?? "several"} ${spec.item ?? "containers"} to Russia.`;
  const flow = spec.flow === undefined ? (["KP", "RU"] as const) : spec.flow;
  return {
    id: `${article}:${at}`,
    articleId: article,
    sourceFile: `${article}.txt`,
    articleTitle: spec.title ?? `Headline of ${article}`,
    outlet: spec.outlet === undefined ? `Outlet ${article}` : spec.outlet,
    published: spec.published === undefined ? "2024-01-07" : spec.published,
    quantity: {
      value,
      high: spec.high ?? null,
      qualifier: spec.qualifier ?? (value === null ? "vague" : "more-than"),
      unit: spec.unit ?? "count",
      text: value === null ? "several" : String(value),
    },
    item: spec.item ?? "containers",
    category: spec.category ?? "containers",
    flow: flow === null ? null : ({ supplier: flow[0], recipient: flow[1] } as Figure["flow"]),
    claimant: spec.claimant === undefined ? US : spec.claimant,
    modality: spec.modality ?? "asserted",
    period: spec.period ?? null,
    evidence: { sentence, sentenceStart: at, sentenceEnd: at + sentence.length, numberStart: at, numberEnd: at + 1 },
    sanctionRef: spec.sanctionRef ?? null,
  };
}

const src = ["https://undocs.org/S/RES/2397(2017)"];

/** A small reference: 2375 (Q4 2017 window and a 2 million barrel cap superseded by 2397), 2397, the May 2022 veto, a vote, a designation. */
export const MEASURES: SanctionMeasure[] = [
  {
    id: "unsc-2375",
    authority: "UN Security Council",
    instrument: "Resolution 2375",
    date: "2017-09-11",
    kind: "resolution",
    vote: { for: 15, against: 0, abstain: 0 },
    summary: "Capped refined petroleum.",
    caps: [
      { commodity: "refined petroleum products", value: 500000, unit: "barrels", per: "period", from: "2017-10-01", to: "2017-12-31" },
      { commodity: "refined petroleum products", value: 2000000, unit: "barrels", per: "year", from: "2018-01-01", to: null, superseded_by: "unsc-2397" },
    ],
    designations: null,
    sources: src,
  },
  {
    id: "unsc-2397",
    authority: "UN Security Council",
    instrument: "Resolution 2397",
    date: "2017-12-22",
    kind: "resolution",
    vote: { for: 15, against: 0, abstain: 0 },
    summary: "Cut refined petroleum to 500,000 barrels a year.",
    caps: [
      { commodity: "refined petroleum products", value: 500000, unit: "barrels", per: "year", from: "2018-01-01", to: null },
      { commodity: "crude oil", value: 4000000, unit: "barrels", per: "year", from: "2017-12-22", to: null },
    ],
    designations: null,
    sources: src,
  },
  {
    id: "unsc-veto-2022-05-26",
    authority: "UN Security Council",
    instrument: "Draft resolution S/2022/431 (vetoed)",
    date: "2022-05-26",
    kind: "veto",
    vote: { for: 13, against: 2, abstain: 0 },
    summary: "Would have lowered the caps.",
    caps: [{ commodity: "refined petroleum products", value: 375000, unit: "barrels", per: "year", from: null, to: null }],
    designations: null,
    sources: src,
  },
  {
    id: "unsc-veto-2024-03-28",
    authority: "UN Security Council",
    instrument: "Draft resolution S/2024/255 (vetoed)",
    date: "2024-03-28",
    kind: "veto",
    vote: { for: 13, against: 1, abstain: 1 },
    summary: "Would have renewed the Panel of Experts.",
    caps: [],
    designations: null,
    sources: src,
  },
  {
    id: "kr-mofa-2024-05-24",
    authority: "KR",
    instrument: "Unilateral sanctions",
    date: "2024-05-24",
    kind: "designation",
    vote: null,
    summary: "Seven North Koreans and two Russian ships.",
    caps: [],
    designations: { individuals: 7, entities: 0, vessels: 2 },
    sources: src,
  },
];
