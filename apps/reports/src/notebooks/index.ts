import type { Ledger } from "../ledger.js";
import type { Notebook } from "../notebook.js";
import { sanctions } from "./sanctions.js";
import { shipments } from "./shipments.js";
import { sources } from "./sources.js";

/** The reports a build renders, in the order the index lists them. Adding a report: one file and one entry here. */
export const NOTEBOOKS: readonly ((ledger: Ledger) => Notebook)[] = [shipments, sanctions, sources];
