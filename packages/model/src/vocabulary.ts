// Controlled vocabularies: each const list is the single source for its union type,
// its runtime validation and the JSON Schema enum.

export const CATEGORIES = [
  "containers",
  "artillery-shells",
  "ballistic-missiles",
  "missiles-other",
  "launchers",
  "artillery-systems",
  "rockets",
  "drones",
  "aircraft",
  "weapons-other",
  "troops",
  "casualties",
  "oil",
  "food",
  "money",
  "vessels",
  "trips",
  "designations",
  "sanction-cap",
  "votes",
  "other",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const QUALIFIERS = ["exact", "about", "nearly", "more-than", "at-least", "up-to", "less-than", "vague"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** How each qualifier reads before a number in prose ("more than 1,000"). */
export const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  exact: "",
  about: "about ",
  nearly: "nearly ",
  "more-than": "more than ",
  "at-least": "at least ",
  "up-to": "up to ",
  "less-than": "less than ",
  vague: "",
};

/** How a figure is put: stated as fact, estimated, a capacity conversion, denied, hypothetical or planned, or a legal limit. */
export const MODALITIES = ["asserted", "estimate", "capacity", "denied", "hypothetical", "limit"] as const;
export type Modality = (typeof MODALITIES)[number];

export const UNITS = ["count", "barrels", "tonnes", "kg", "litres", "USD", "EUR", "KRW", "RUB", "GBP", "percent"] as const;
export type Unit = (typeof UNITS)[number];

export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const ACTOR_KINDS = ["state", "organisation", "person"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ARTICLE_FORMATS = ["txt", "md", "html"] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/** ISO 3166-1 alpha-2 codes the subject needs, with English names for reports. */
export const COUNTRIES = {
  KP: "North Korea",
  RU: "Russia",
  UA: "Ukraine",
  KR: "South Korea",
  US: "United States",
  CN: "China",
  JP: "Japan",
  GB: "United Kingdom",
  IR: "Iran",
  BY: "Belarus",
  SY: "Syria",
  FR: "France",
  DE: "Germany",
} as const;
export type CountryCode = keyof typeof COUNTRIES;
export const COUNTRY_CODES = Object.keys(COUNTRIES) as CountryCode[];

export const AUTHORITIES = ["UN Security Council", "US", "EU", "UK", "KR", "JP"] as const;
export type Authority = (typeof AUTHORITIES)[number];

export const SANCTION_KINDS = ["resolution", "veto", "designation", "panel-mandate", "cap", "ban"] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];

export const CAP_PERIODS = ["year", "quarter", "period"] as const;
export type CapPeriod = (typeof CAP_PERIODS)[number];

export const CORRECTION_ACTIONS = ["accept", "reject", "set"] as const;
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number];
