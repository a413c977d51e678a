import type { Ledger } from "../ledger.js";
import type { Notebook } from "../notebook.js";
import { shipments } from "./shipments.js";
import { sources } from "./sources.js";

/** The reports a build renders, in the order the index lists them. */
export const NOTEBOOKS: readonly ((ledger: Ledger) => Notebook)[] = [shipments, sources];
