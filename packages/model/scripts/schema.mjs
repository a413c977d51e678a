// Writes schema/armsledger.schema.json from the compiled zod definitions, so
// non-TypeScript users validate against exactly what the model validates.
import { mkdirSync, writeFileSync, renameSync } from "node:fs";
import { z } from "zod";
import * as model from "../dist/index.js";

const records = ["Article", "Actor", "Quantity", "Period", "Figure", "MeasureMention", "Claim", "Series", "SanctionMeasure", "CapComparison", "Correction", "AppliedCorrection"];
const defs = {};
for (const name of records) {
  const { $schema, ...schema } = z.toJSONSchema(model[`${name}Schema`], { io: "input", unrepresentable: "any" });
  defs[name] = schema;
}
const doc = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://armsledger.invalid/schema/armsledger.schema.json",
  title: "armsledger records",
  $defs: defs,
};
mkdirSync(new URL("../schema/", import.meta.url), { recursive: true });
const target = new URL("../schema/armsledger.schema.json", import.meta.url);
const tmp = new URL("../schema/.armsledger.schema.json.tmp", import.meta.url);
writeFileSync(tmp, JSON.stringify(doc, null, 2) + "\n");
renameSync(tmp, target);
