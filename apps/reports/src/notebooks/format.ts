import { COUNTRIES, QUALIFIER_WORDS, type Category, type Qualifier, type Unit } from "@armsledger/model";


export function formatNumber(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** "more than 1,000", "10,000–12,000", "several": a quantity as a reader would say it. */
export function quantityText(q: { value: number | null; high: number | null; qualifier: Qualifier; unit: Unit }, vague = "unspecified"): string {
  if (q.value === null) return vague;
  const money = q.unit === "USD" ? "$" : "";
  const value = q.high !== null && q.high !== q.value ? `${money}${formatNumber(q.value)}–${formatNumber(q.high)}` : `${money}${formatNumber(q.value)}`;
  const unit = q.unit === "count" || q.unit === "USD" ? "" : q.unit === "percent" ? "%" : ` ${q.unit}`;
  return `${QUALIFIER_WORDS[q.qualifier]}${value}${unit}`;
}

export function countryName(code: string | null | undefined): string {
  return code ? ((COUNTRIES as Record<string, string>)[code] ?? code) : "—";
}

/** "North Korea → Russia". */
export function directionName(supplier: string | null, recipient: string | null): string {
  return `${countryName(supplier)} → ${countryName(recipient)}`;
}

/** How each category is named in a title, and what one of it is called on a count axis. */
const CATEGORY_NAMES: Record<Category, [string, string]> = {
  containers: ["Containers", "containers"],
  "artillery-shells": ["Artillery shells", "shells"],
  "ballistic-missiles": ["Ballistic missiles", "missiles"],
  "missiles-other": ["Other missiles", "missiles"],
  launchers: ["Launchers", "launchers"],
  "artillery-systems": ["Artillery systems", "guns and launchers"],
  rockets: ["Rockets", "rockets"],
  drones: ["Drones", "drones"],
  aircraft: ["Aircraft", "aircraft"],
  "weapons-other": ["Other weapons and equipment", "items"],
  troops: ["Troops", "soldiers"],
  casualties: ["Casualties", "people"],
  oil: ["Oil", "barrels"],
  food: ["Food", "items"],
  money: ["Money", "payments"],
  vessels: ["Vessels", "ships"],
  trips: ["Voyages and trips", "trips"],
  designations: ["Designations", "listings"],
  "sanction-cap": ["Sanctions caps", "caps"],
  votes: ["Votes", "votes"],
  other: ["Other", "items"],
};

const UNIT_NAMES: Record<Unit, string> = {
  count: "count",
  barrels: "barrels",
  tonnes: "tonnes",
  kg: "kilograms",
  litres: "litres",
  USD: "US dollars",
  EUR: "euros",
  KRW: "won",
  RUB: "roubles",
  GBP: "pounds sterling",
  percent: "percent",
};

export function categoryName(category: Category): string {
  return CATEGORY_NAMES[category][0];
}

/** An axis label that names its unit: "Artillery shells (count of shells)", "Oil (barrels)". */
export function axisLabel(category: Category, unit: Unit): string {
  return `${categoryName(category)} (${unit === "count" ? `count of ${CATEGORY_NAMES[category][1]}` : UNIT_NAMES[unit]})`;
}
