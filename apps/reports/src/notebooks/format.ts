import { COUNTRIES, type Figure } from "@armsledger/model";

const QUALIFIER_WORDS: Record<string, string> = {
  exact: "",
  about: "about ",
  nearly: "nearly ",
  "more-than": "more than ",
  "at-least": "at least ",
  "up-to": "up to ",
  "less-than": "less than ",
  vague: "",
};

/** "more than 1,000", "10,000–12,000", "several": a quantity as a reader would say it. */
export function quantityText(f: Pick<Figure, "quantity">): string {
  const q = f.quantity;
  if (q.value === null) return q.text || "unspecified";
  const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });
  const money = q.unit === "USD" ? "$" : "";
  const value = q.high !== null ? `${money}${fmt(q.value)}–${fmt(q.high)}` : `${money}${fmt(q.value)}`;
  return `${QUALIFIER_WORDS[q.qualifier] ?? ""}${value}`;
}

export function countryName(code: string | null | undefined): string {
  return code ? ((COUNTRIES as Record<string, string>)[code] ?? code) : "—";
}
