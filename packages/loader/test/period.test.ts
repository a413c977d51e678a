import { describe, expect, it } from "vitest";
import { periodsIn } from "../src/period.js";

const one = (sentence: string, published: string | null) => {
  const [p] = periodsIn(sentence, published);
  return p ? { text: p.text, start: p.start, end: p.end } : null;
};

describe("periods resolve against the publication date, leaning to the past", () => {
  it.each([
    { input: "shipped since August", published: "2023-11-02", expected: { text: "since August", start: "2023-08-01", end: "2023-11-02" } },
    { input: "shipped since August", published: "2024-03-01", expected: { text: "since August", start: "2023-08-01", end: "2024-03-01" } },
    { input: "since July 2023, North Korea", published: "2024-03-19", expected: { text: "since July 2023", start: "2023-07-01", end: "2024-03-19" } },
    { input: "by the end of February", published: "2024-03-19", expected: { text: "by the end of February", start: null, end: "2024-02-29" } },
    { input: "in recent weeks", published: "2024-01-07", expected: { text: "in recent weeks", start: "2023-12-10", end: "2024-01-07" } },
    { input: "Since last year, North Korea", published: "2024-03-19", expected: { text: "Since last year", start: "2023-01-01", end: "2024-03-19" } },
    { input: "last year", published: "2024-03-19", expected: { text: "last year", start: "2023-01-01", end: "2023-12-31" } },
    { input: "in just eight months this year", published: "2024-11-22", expected: { text: "in just eight months this year", start: "2024-01-01", end: "2024-08-31" } },
    { input: "On December 30, Russia", published: "2024-01-07", expected: { text: "On December 30", start: "2023-12-30", end: "2023-12-30" } },
    { input: "in March alone", published: "2024-12-06", expected: { text: "in March alone", start: "2024-03-01", end: "2024-03-31" } },
    { input: "in the first half of 2024", published: "2024-12-06", expected: { text: "in the first half of 2024", start: "2024-01-01", end: "2024-06-30" } },
    { input: "Since August last year, North Korea has sent", published: "2024-12-01", expected: { text: "Since August last year", start: "2023-08-01", end: "2024-12-01" } },
    { input: "missiles fired since the full-scale invasion began", published: "2024-11-20", expected: { text: "since the full-scale invasion began", start: "2022-02-24", end: "2024-11-20" } },
    { input: "losses since Ukraine's incursion into Kursk", published: "2024-11-20", expected: { text: "since Ukraine's incursion into Kursk", start: "2024-08-06", end: "2024-11-20" } },
    { input: "a year earlier", published: "2024-11-20", expected: { text: "a year earlier", start: "2023-11-20", end: "2023-11-20" } },
    { input: "sent in late 2023", published: "2024-11-20", expected: { text: "in late 2023", start: "2023-09-01", end: "2023-12-31" } },
    { input: "shipped in the past year", published: "2024-11-20", expected: { text: "in the past year", start: "2023-11-20", end: "2024-11-20" } },
    { input: "will send more by year-end", published: "2024-11-20", expected: { text: "by year-end", start: null, end: "2024-12-31" } },
    { input: "fired between late December and late February", published: "2024-03-20", expected: { text: "between late December and late February", start: "2023-12-01", end: "2024-02-29" } },
    { input: "shipped since mid-2022", published: "2024-03-20", expected: { text: "since mid-2022", start: "2022-06-01", end: "2024-03-20" } },
    { input: "in January and February, Russia delivered", published: "2024-03-20", expected: { text: "in January and February", start: "2024-01-01", end: "2024-02-29" } },
    { input: "fired over two months", published: "2024-03-20", expected: { text: "over two months", start: "2024-01-20", end: "2024-03-20" } },
    { input: "fired since Dec. 30", published: "2024-01-20", expected: { text: "since Dec. 30", start: "2023-12-30", end: "2024-01-20" } },
    { input: "another 3,000 troops in the early months of this year", published: "2025-05-02", expected: { text: "in the early months of this year", start: "2025-01-01", end: "2025-05-02" } },
    { input: "between March and November", published: "2024-11-20", expected: { text: "between March and November", start: "2024-03-01", end: "2024-11-30" } },
    { input: "between November and February", published: "2024-03-20", expected: { text: "between November and February", start: "2023-11-01", end: "2024-02-29" } },
    { input: "in the first half of the year", published: "2024-11-20", expected: { text: "in the first half of the year", start: "2024-01-01", end: "2024-06-30" } },
    { input: "Over the past two months, 50 missiles", published: "2024-11-20", expected: { text: "Over the past two months", start: "2024-09-20", end: "2024-11-20" } },
    { input: "In the three months to October, 20 tankers", published: "2024-11-20", expected: { text: "In the three months to October", start: "2024-08-01", end: "2024-10-31" } },
    { input: "in the third quarter of 2024", published: "2024-11-20", expected: { text: "in the third quarter of 2024", start: "2024-07-01", end: "2024-09-30" } },
    { input: "the number could reach 10,000 by December", published: "2024-11-01", expected: { text: "by December", start: null, end: "2024-12-31" } },
    { input: "since Kim and Putin held their summit in September 2023", published: "2024-02-27", expected: { text: "since Kim and Putin held their summit in September 2023", start: "2023-09-01", end: "2024-02-27" } },
  ])("'$input' published $published", ({ input, published, expected }) => {
    expect(one(input, published)).toEqual(expected);
  });

  it("reads 'a year earlier' against the time named just before it", () => {
    const periods = periodsIn("shipped 100,000 tonnes in 2024, up from 20,000 tonnes a year earlier", "2024-12-01").map((p) => [p.text, p.start, p.end]);
    expect(periods).toEqual([["in 2024", "2024-01-01", "2024-12-31"], ["a year earlier", "2023-01-01", "2023-12-31"]]);
  });

  it("keeps the words and leaves the dates empty when the article has no date", () => {
    expect(one("shipped since August", null)).toEqual({ text: "since August", start: null, end: null });
  });
});
