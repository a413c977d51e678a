// Analyst corrections: rows → validated corrections → figures changed, rejected or accepted.
// Pure: reading the file is the caller's job; every error names the row's file:line.
import { ACTOR_KINDS, CATEGORIES, CORRECTION_ACTIONS, COUNTRY_CODES, MODALITIES, QUALIFIERS, UNITS } from "./vocabulary.js";
import { CORRECTABLE_FIELDS, CorrectionSchema, type AppliedCorrection, type CorrectableField, type Correction } from "./correction.js";
import { FigureSchema, type Figure } from "./figure.js";
import type { Actor } from "./actor.js";
import { ValidationError, validate } from "./validate.js";

/** The columns of a corrections file, in order. */
export const CORRECTION_COLUMNS = ["target", "action", "field", "value", "reason", "author"] as const;

/** A correction and the row it was written on. */
export interface LocatedCorrection extends Correction {
  /** "file:line", as error messages and reports cite it. */
  source: string;
  line: number;
}

/** A corrections row that cannot be applied; the message starts with the row's file:line. */
export class CorrectionError extends Error {
  override name = "CorrectionError";
  constructor(
    readonly source: string,
    readonly detail: string,
  ) {
    super(`${source}: ${detail}`);
  }
}

const list = (xs: readonly string[]) => xs.join(", ");

/**
 * One row of a corrections file, as text cells, → a validated correction. `source` is the
 * row's "file:line". Actions and fields are matched case-insensitively; cells are trimmed.
 */
export function correctionFromRow(row: Readonly<Record<string, string | undefined>>, source: string, line: number): LocatedCorrection {
  const cell = (k: string) => (row[k] ?? "").trim();
  const fail = (detail: string): never => {
    throw new CorrectionError(source, detail);
  };
  const target = cell("target");
  if (!target) fail("target is required: a figure id or a claim id");
  const action = cell("action").toLowerCase();
  if (!(CORRECTION_ACTIONS as readonly string[]).includes(action)) fail(`unknown action '${cell("action")}': expected one of ${list(CORRECTION_ACTIONS)}`);
  const rawField = cell("field");
  let field: CorrectableField | null = null;
  if (action === "set") {
    if (!rawField) fail(`set needs a field: one of ${list(CORRECTABLE_FIELDS)}`);
    const known = CORRECTABLE_FIELDS.find((f) => f.toLowerCase() === rawField.toLowerCase());
    if (!known) fail(`unknown field '${rawField}': expected one of ${list(CORRECTABLE_FIELDS)}`);
    field = known!;
  } else {
    if (rawField) fail(`${action} takes no field (found '${rawField}')`);
    if (cell("value")) fail(`${action} takes no value (found '${cell("value")}')`);
  }
  if (!cell("reason")) fail("reason is required: say why");
  if (!cell("author")) fail("author is required: say who");
  const correction = validate(
    CorrectionSchema,
    { target, action, field, value: action === "set" ? cell("value") : null, reason: cell("reason"), author: cell("author") },
    source,
  );
  return { ...correction, source, line };
}

// ---------------------------------------------------------------- values

class InvalidValue extends Error {}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(raw: string, options: readonly T[], what = "one of"): T {
  const found = options.find((o) => o.toLowerCase() === raw.toLowerCase());
  if (!found) throw new InvalidValue(`expected ${what} ${list(options)}`);
  return found;
}

function country(raw: string): string | null {
  if (raw === "") return null;
  return oneOf(raw.toUpperCase(), COUNTRY_CODES, "a country code, empty for none, or one of");
}

function amount(raw: string): number | null {
  if (raw === "") return null;
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(raw)) throw new InvalidValue("expected a non-negative number such as 1000 or 1,000, or empty for none");
  return Number(raw.replace(/,/g, ""));
}

/** The field as a string, for "before" columns and messages. */
export function fieldText(f: Figure, field: CorrectableField): string | null {
  switch (field) {
    case "value":
      return f.quantity.value === null ? null : String(f.quantity.value);
    case "high":
      return f.quantity.high === null ? null : String(f.quantity.high);
    case "qualifier":
      return f.quantity.qualifier;
    case "unit":
      return f.quantity.unit;
    case "item":
      return f.item;
    case "category":
      return f.category;
    case "supplier":
      return f.flow?.supplier ?? null;
    case "recipient":
      return f.flow?.recipient ?? null;
    case "claimant":
      return f.claimant ? [f.claimant.name, f.claimant.kind, f.claimant.country ?? ""].join("; ").replace(/; $/, "") : null;
    case "modality":
      return f.modality;
    case "period":
      return f.period ? `${f.period.start ?? ""}..${f.period.end ?? ""}` : null;
    case "sanctionRef":
      return f.sanctionRef;
  }
}

function withFlow(f: Figure, side: "supplier" | "recipient", code: string | null): Figure {
  const flow = { supplier: f.flow?.supplier ?? null, recipient: f.flow?.recipient ?? null, [side]: code };
  return { ...f, flow: flow.supplier === null && flow.recipient === null ? null : (flow as Figure["flow"]) };
}

/** The figure with `field` set from the text `raw`; throws InvalidValue with what was expected. */
function setField(f: Figure, field: CorrectableField, raw: string, measureIds: ReadonlySet<string> | null): Figure {
  switch (field) {
    case "value":
      return { ...f, quantity: { ...f.quantity, value: amount(raw) } };
    case "high":
      return { ...f, quantity: { ...f.quantity, high: amount(raw) } };
    case "qualifier":
      return { ...f, quantity: { ...f.quantity, qualifier: oneOf(raw, QUALIFIERS) } };
    case "unit":
      return { ...f, quantity: { ...f.quantity, unit: oneOf(raw, UNITS) } };
    case "item":
      if (!raw) throw new InvalidValue("expected what is counted, as text");
      return { ...f, item: raw };
    case "category":
      return { ...f, category: oneOf(raw, CATEGORIES) };
    case "modality":
      return { ...f, modality: oneOf(raw, MODALITIES) };
    case "supplier":
    case "recipient":
      return withFlow(f, field, country(raw));
    case "claimant": {
      if (raw === "") return { ...f, claimant: null };
      const [name = "", kind = "", code = "", ...rest] = raw.split(";").map((s) => s.trim());
      if (!name || rest.length) throw new InvalidValue("expected 'Name', 'Name; kind' or 'Name; kind; country code'");
      const claimant: Actor = {
        name,
        kind: kind ? oneOf(kind, ACTOR_KINDS, "a kind of claimant:") : (f.claimant?.kind ?? "organisation"),
        country: code ? country(code) : null,
        role: null,
      };
      return { ...f, claimant };
    }
    case "period": {
      if (raw === "") return { ...f, period: null };
      const m = /^(\S*)\.\.(\S*)$/.exec(raw);
      if (!m || (m[1] && !DATE.test(m[1])) || (m[2] && !DATE.test(m[2]))) throw new InvalidValue("expected START..END with dates written YYYY-MM-DD (either side may be empty)");
      return { ...f, period: { text: f.period?.text ?? raw, start: m[1] || null, end: m[2] || null } };
    }
    case "sanctionRef":
      if (raw === "") return { ...f, sanctionRef: null };
      if (measureIds !== null && !measureIds.has(raw)) throw new InvalidValue("no measure in the sanctions reference has this id");
      return { ...f, sanctionRef: raw };
  }
}

// ---------------------------------------------------------------- applying

/** A correction with the figures it targets: the figure itself, or every figure of a claim. */
export interface TargetedCorrection {
  correction: LocatedCorrection;
  kind: "figure" | "claim";
  figureIds: readonly string[];
}

export interface CorrectionResult {
  /** The figures left after rejections, with set fields changed, in input order. */
  figures: Figure[];
  applied: AppliedCorrection[];
  /** Figures whose sanctionRef an analyst set: linking leaves them alone. */
  locked: Set<string>;
}

function quote(s: string | null): string {
  return s === null || s === "" ? "(empty)" : `'${s}'`;
}

/**
 * Applies corrections in order. reject drops the figures; set changes one field on each;
 * accept changes nothing and is recorded. Every changed figure is revalidated once all rows
 * are applied (so a value and its qualifier may be set on two rows). Throws CorrectionError
 * naming the row for an invalid value, or the last row that changed a figure left invalid.
 */
export function applyCorrections(figures: readonly Figure[], corrections: readonly TargetedCorrection[], measureIds: ReadonlySet<string> | null = null): CorrectionResult {
  const current = new Map<string, Figure | null>(figures.map((f) => [f.id, f]));
  const lastTouch = new Map<string, LocatedCorrection>();
  const locked = new Set<string>();
  const applied: AppliedCorrection[] = [];
  for (const { correction: c, kind, figureIds } of corrections) {
    const live = figureIds.filter((id) => current.get(id));
    const before: (string | null)[] = [];
    const evidence = live.map((id) => current.get(id)!.evidence.sentence);
    if (c.action === "reject") for (const id of live) current.set(id, null);
    if (c.action === "set") {
      for (const id of live) {
        const f = current.get(id)!;
        before.push(fieldText(f, c.field!));
        try {
          current.set(id, setField(f, c.field!, c.value ?? "", measureIds));
        } catch (e) {
          if (e instanceof InvalidValue) throw new CorrectionError(c.source, `invalid value ${quote(c.value)} for ${c.field}: ${e.message}`);
          throw e;
        }
        lastTouch.set(id, c);
        if (c.field === "sanctionRef") locked.add(id);
      }
    }
    const what = kind === "figure" ? `figure ${c.target}` : `claim ${c.target} (${live.length} figure${live.length === 1 ? "" : "s"})`;
    const first = live.length ? current.get(live[0]!) ?? figures.find((f) => f.id === live[0]) : undefined;
    const detail = kind === "figure" && first ? ` ("${first.quantity.text}" ${first.item}, ${first.sourceFile})` : "";
    const verb =
      c.action === "reject"
        ? `rejected ${what}${detail}`
        : c.action === "accept"
          ? `accepted ${what}${detail}`
          : `set ${c.field} of ${what} from ${uniqueText(before)} to ${quote(c.value)}`;
    applied.push({
      source: c.source,
      line: c.line,
      target: c.target,
      targetKind: kind,
      action: c.action,
      field: c.field,
      value: c.value,
      reason: c.reason,
      author: c.author,
      figureIds: live,
      before: c.action === "set" ? before : [],
      evidence,
      summary: `${verb}: ${c.reason} (${c.author}, ${c.source})`,
    });
  }
  for (const [id, c] of lastTouch) {
    const f = current.get(id);
    if (!f) continue;
    try {
      validate(FigureSchema, f, `figure ${id}`);
    } catch (e) {
      if (e instanceof ValidationError) throw new CorrectionError(c.source, `invalid value ${quote(c.value)} for ${c.field}: it leaves ${e.message}`);
      throw e;
    }
  }
  return { figures: figures.map((f) => current.get(f.id)).filter((f): f is Figure => !!f), applied, locked };
}

function uniqueText(values: readonly (string | null)[]): string {
  const distinct = [...new Set(values.map(quote))];
  return distinct.length ? distinct.join(" / ") : "(no figure)";
}
