import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import * as Plot from "@observablehq/plot";
import { NOTEBOOKS } from "../src/notebooks/index.js";
import type { ChartCell, Notebook } from "../src/notebook.js";
import { ChartWarning, chartDocument, prettyXml, renderPlot, wrapText } from "../src/render/svg.js";
import { boundOf, valueLabel } from "../src/charts/common.js";
import { staggerRows } from "../src/charts/resolution-timeline.js";
import { containerTimeline } from "../src/charts/container-timeline.js";
import { emptyLedger, fixtureLedger } from "./fixtures/ledger.js";
import { expectSnapshot } from "./helpers.js";

const charts = (nb: Notebook) => nb.cells.filter((c): c is ChartCell => c.kind === "chart");
const render = (cell: ChartCell) => chartDocument(cell, renderPlot(cell.name, cell.spec));

/** Parses text as XML the way a strict reader would; throws on anything not well-formed. */
function parseXml(xml: string): Document {
  return new JSDOM(xml, { contentType: "image/svg+xml" }).window.document;
}

describe("every chart on the fixture ledger", () => {
  const ledger = fixtureLedger();
  const all = NOTEBOOKS.flatMap((nb) => charts(nb(ledger)).map((cell) => ({ slug: nb(ledger).slug, cell })));

  it("covers each kind of chart the reports draw", () => {
    const kinds = new Set(all.map(({ cell }) => cell.name.replace(/^volume-.*/, "volume")));
    expect([...kinds].sort()).toEqual(["claims-by-source", "container-timeline", "designations", "flows-each-way", "oil-deliveries", "petroleum-cap", "unsc-timeline", "volume"]);
  });

  it.each(all.map(({ slug, cell }) => [`${slug}/${cell.name}`, cell] as const))("%s matches its committed SVG snapshot", (path, cell) => {
    expectSnapshot(`${path.replace("/", "--")}.svg`, render(cell));
  });

  it.each(all.map(({ cell }) => [cell.name, cell] as const))("%s has a title, labelled axes, an as-of date, a source naming claimants and a description", (_name, cell) => {
    expect(cell.title).not.toBe("");
    expect(cell.asOf).toBe("2025-01-13");
    expect(cell.source).toMatch(/^Source: .+ Claimants: .+\.$/);
    expect(cell.description.length).toBeGreaterThan(30);
    const svg = render(cell);
    expect(svg).toContain(`>As of 2025-01-13.</text>`);
    expect(svg).toContain(`<title id="${cell.name}-title">`);
    expect(svg).toContain(`<desc id="${cell.name}-desc">`);
  });

  it.each(all.map(({ cell }) => [cell.name, cell] as const))("%s is well-formed XML with one SVG root in the SVG namespace and unique ids", (_name, cell) => {
    const svg = render(cell);
    const doc = parseXml(svg);
    expect(doc.documentElement.localName).toBe("svg");
    expect(doc.documentElement.namespaceURI).toBe("http://www.w3.org/2000/svg");
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith(`${cell.name}-`)).toBe(true);
  });
});

describe("charts on an empty ledger", () => {
  const cells = NOTEBOOKS.flatMap((nb) => charts(nb(emptyLedger())));
  it.each(cells.map((c) => [c.name, c] as const))("%s renders without warnings and says there is nothing to draw", (_name, cell) => {
    const svg = render(cell);
    expect(svg).toMatch(/No .+ (in|reported)/);
    expect(cell.description).toMatch(/^No /);
  });
});

describe("rendering a Plot spec", () => {
  it("gives the same bytes for the same chart whatever was rendered before it", () => {
    const cell = containerTimeline({ points: [{ id: "x", date: "2024-01-01", value: 5, high: null, qualifier: "more-than", claimant: "A" }], series: [], asOf: "2024-06-01" });
    const first = render(cell);
    for (let i = 0; i < 3; i++) renderPlot("other", { marks: [Plot.dot([1, 2], { x: (d: number) => d, clip: true })] });
    expect(render(cell)).toBe(first);
  });

  it("turns a Plot warning into a ChartWarning", () => {
    // Dates left as strings make Plot warn that it drew them as categories, not on a time axis.
    expect(() => renderPlot("warned", { marks: [Plot.dot([{ d: "2024-01-01" }, { d: "2024-02-01" }], { x: "d", y: () => 1 })] })).toThrow(ChartWarning);
  });

  it("refuses a spec that makes Plot wrap the chart in a <figure>", () => {
    expect(() => renderPlot("legend", { color: { legend: true }, marks: [Plot.dot([{ c: "a" }], { x: () => 1, fill: "c" })] })).toThrow(/not <svg>/);
  });
});

describe("prettyXml", () => {
  it.each([
    { input: "<svg><g><path d=\"M0,0\"/></g></svg>", expected: "<svg>\n  <g>\n    <path d=\"M0,0\"/>\n  </g>\n</svg>\n" },
    { input: "<svg><text x=\"1\"> a <tspan>b</tspan> </text></svg>", expected: "<svg>\n  <text x=\"1\"> a <tspan>b</tspan> </text>\n</svg>\n" },
    { input: "<svg><g></g><style>a{b:c}</style></svg>", expected: "<svg>\n  <g></g>\n  <style>a{b:c}</style>\n</svg>\n" },
  ])("indents $input without touching text", ({ input, expected }) => {
    expect(prettyXml(input)).toBe(expected);
  });
});

describe("wrapText", () => {
  it.each([
    { input: "short", width: 600, expected: ["short"] },
    { input: "one two three four five six", width: 100, expected: ["one two three", "four five six"] },
    { input: "", width: 100, expected: [] },
  ])("wraps '$input' at $width px", ({ input, width, expected }) => {
    expect(wrapText(input, width, 10)).toEqual(expected);
  });
});

describe("how bounds are drawn and labelled", () => {
  it.each([
    { qualifier: "more-than", bound: "lower", label: ">1,000" },
    { qualifier: "at-least", bound: "lower", label: "≥1,000" },
    { qualifier: "up-to", bound: "upper", label: "≤1,000" },
    { qualifier: "less-than", bound: "upper", label: "<1,000" },
    { qualifier: "about", bound: "point", label: "~1,000" },
    { qualifier: "exact", bound: "point", label: "1,000" },
  ] as const)("$qualifier is a $bound bound labelled $label", ({ qualifier, bound, label }) => {
    expect(boundOf(qualifier)).toBe(bound);
    expect(valueLabel(1000, null, qualifier)).toBe(label);
  });

  it("labels a range with both ends", () => {
    expect(valueLabel(1_000_000, 2_000_000, "about")).toBe("~1,000,000–2,000,000");
  });
});

describe("staggerRows", () => {
  it.each([
    { xs: [0, 100, 200], widths: [20, 20, 20], expected: [0, 0, 0] },
    { xs: [0, 10, 20], widths: [20, 20, 20], expected: [0, 1, 2] },
    { xs: [0, 10, 40], widths: [20, 20, 20], expected: [0, 1, 0] },
    { xs: [], widths: [], expected: [] },
  ])("puts labels at $xs on rows $expected", ({ xs, widths, expected }) => {
    expect(staggerRows(xs, widths)).toEqual(expected);
  });
});
