import { describe, expect, it } from "vitest";
import { findNumbers } from "../src/numbers.js";
import { tokenize } from "../src/tokens.js";

const first = (text: string) => {
  const n = findNumbers(tokenize(text))[0];
  return n ? { value: n.value, high: n.high } : null;
};

describe("numbers", () => {
  it.each([
    { input: "1,000 containers", expected: { value: 1000, high: null } },
    { input: "6 700 containers", expected: { value: 6700, high: null } },
    { input: "1.5 million shells", expected: { value: 1_500_000, high: null } },
    { input: "one and a half million shells", expected: { value: 1_500_000, high: null } },
    { input: "one-point-six million shells", expected: { value: 1_600_000, high: null } },
    { input: "over 60.000 tonnes", expected: { value: 60_000, high: null } },
    { input: "12M shells", expected: { value: 12_000_000, high: null } },
    { input: "56 thousand shells", expected: { value: 56_000, high: null } },
    { input: "67-thousand-300 troops", expected: { value: 67_300, high: null } },
    { input: "a million shells", expected: { value: 1_000_000, high: null } },
    { input: "half a million rounds", expected: { value: 500_000, high: null } },
    { input: "one-thousand troops", expected: { value: 1000, high: null } },
    { input: "twenty-five ships", expected: { value: 25, high: null } },
    { input: "three missiles", expected: { value: 3, high: null } },
    { input: "a dozen tankers", expected: { value: 12, high: null } },
    { input: "a couple thousand troops", expected: { value: 2000, high: null } },
    { input: "a couple of hundred engineers", expected: { value: 200, high: null } },
    { input: "one hundred and fifty thousand troops", expected: { value: 150_000, high: null } },
    { input: "10,000 to 12,000 troops", expected: { value: 10_000, high: 12_000 } },
    { input: "between 4 and 6 million shells", expected: { value: 4_000_000, high: 6_000_000 } },
    { input: "50 to 60 kg", expected: { value: 50, high: 60 } },
    { input: "$1.2bn in aid", expected: { value: 1_200_000_000, high: null } },
    { input: "about 4,000, while others", expected: { value: 4000, high: null } },
    { input: "US$20bn in trade", expected: { value: 20_000_000_000, high: null } },
    { input: "8,000–10,000 troops", expected: { value: 8000, high: 10_000 } },
    { input: "eleven thousand troops", expected: { value: 11_000, high: null } },
    { input: "12,000. Then", expected: { value: 12_000, high: null } },
  ])("reads '$input' as $expected.value", ({ input, expected }) => {
    expect(first(input)).toEqual(expected);
  });

  it("marks a calibre as a measure, not a count", () => {
    expect(findNumbers(tokenize("152 mm shells"))[0]?.measure).toBe(true);
    expect(findNumbers(tokenize("122mm rounds"))[0]?.measure).toBe(true);
  });

  it("finds no number in prose without one", () => {
    expect(findNumbers(tokenize("Moscow denied the shipments."))).toEqual([]);
  });
});
