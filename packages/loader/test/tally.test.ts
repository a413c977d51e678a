import { describe, expect, it } from "vitest";
import { figuresOf } from "./helpers.js";

describe("vote tallies", () => {
  it.each([
    { input: "The council voted 13 to 1 with China abstaining.", expected: [[13, "votes in favour"], [1, "votes against"]] },
    { input: "After a 13-1-1 vote, the panel's mandate lapsed.", expected: [[13, "votes in favour"], [1, "votes against"], [1, "abstentions"]] },
    { input: "The draft passed by a vote of 12–2.", expected: [[12, "votes in favour"], [2, "votes against"]] },
  ])("'$input' is read as a tally", ({ input, expected }) => {
    expect(figuresOf(input).map((f) => [f.quantity.value, f.item])).toEqual(expected);
    expect(figuresOf(input).every((f) => f.category === "votes" && f.flow === null)).toBe(true);
  });

  it.each([
    { input: "North Korea sent 10,000 to 12,000 troops to Russia.", why: "a range of troops" },
    { input: "The score was 13 to 1 in the final.", why: "no word of voting" },
  ])("'$input' is no tally ($why)", ({ input }) => {
    expect(figuresOf(input).filter((f) => f.category === "votes")).toEqual([]);
  });
});
