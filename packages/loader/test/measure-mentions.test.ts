import { describe, expect, it } from "vitest";
import { measureMentionsIn } from "../src/measure-mentions.js";
import { articleOf } from "./helpers.js";

const mentions = (text: string) => measureMentionsIn(articleOf(text)).map((m) => [m.measureId, text.slice(m.evidence.numberStart, m.evidence.numberEnd)]);

describe("measures named by number", () => {
  it.each([
    { input: "The transfers breach Resolution 2397.", expected: [["unsc-2397", "2397"]] },
    { input: "They violate UN Security Council resolutions 1718, 1874 and 2397 (2017).", expected: [["unsc-1718", "1718"], ["unsc-1874", "1874"], ["unsc-2397", "2397"]] },
    { input: "Under UNSCR 2321 coal exports were capped.", expected: [["unsc-2321", "2321"]] },
    { input: "The text of S/RES/2397 (2017) sets the cap.", expected: [["unsc-2397", "2397"]] },
    { input: "Resolution No. 2270 banned arms trade.", expected: [["unsc-2270", "2270"]] },
    { input: "The resolution was adopted in 2017 by 15 votes.", expected: [] },
    { input: "The resolutions committee met 12 times.", expected: [] },
  ])("'$input' names $expected", ({ input, expected }) => {
    expect(mentions(input)).toEqual(expected);
  });

  it("quotes the sentence with offsets into the article text", () => {
    const text = "North Korea sent shells.\n\nThat breaches Resolution 1718, the envoy said.";
    const [m] = measureMentionsIn(articleOf(text));
    expect(text.slice(m!.evidence.sentenceStart, m!.evidence.sentenceEnd)).toBe(m!.evidence.sentence);
    expect(m!.text).toBe("Resolution 1718");
  });
});
