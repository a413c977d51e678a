import { describe, expect, it } from "vitest";
import { isDateLine, parseDate } from "../src/dateline.js";

describe("publication date lines", () => {
  it.each([
    { input: "Jan.07 - 2024 7:43 AM CET", expected: "2024-01-07" },
    { input: "Thu Nov 02 2023", expected: "2023-11-02" },
    { input: "19 March 2024 17:04", expected: "2024-03-19" },
    { input: "Aug 27, 2024 5:54 PM", expected: "2024-08-27" },
    { input: "Published : Dec. 6, 2024 - 15:41", expected: "2024-12-06" },
    { input: "2024-08-27", expected: "2024-08-27" },
    { input: "05.11.2024", expected: "2024-11-05" },
    { input: "November 5, 2024", expected: "2024-11-05" },
    { input: "Tue, 27 February 2024 at 6:11 am GMT", expected: "2024-02-27" },
    { input: "Posted on : 2023-11-02 17:02 KST", expected: "2023-11-02" },
    { input: "By Jane Doe | Aug 27, 2024", expected: "2024-08-27" },
    { input: "Thursday, 23 January 2025, 11:37", expected: "2025-01-23" },
    { input: "Oct. 29, 2024 | U.S. Department of Defense | Transcript excerpt, condensed and paraphrased", expected: "2024-10-29" },
    { input: "By Hyonhee Shin and Josh Smith / November 20, 2024 10:23 AM GMT+9 Updated 2 hours ago", expected: "2024-11-20" },
    { input: "Wednesday 20 November 2024 06.00 GMT", expected: "2024-11-20" },
    { input: "The Nation (AFP) | 29-Jul-2023", expected: "2023-07-29" },
    { input: "26.07.24 10:41", expected: "2024-07-26" },
    { input: "World › 3 November 2024", expected: "2024-11-03" },
    { input: "Ambassador Robert Wood, Alternative Representative for Special Political Affairs, U.S. Mission to the United Nations | New York | November 4, 2024", expected: "2024-11-04" },
  ])("reads '$input' as $expected", ({ input, expected }) => {
    expect(isDateLine(input)?.date).toBe(expected);
  });

  it.each([
    { input: "On December 30, Russia launched at least one of these missiles into Ukraine, which landed in an open field." },
    { input: "Written by Henrik Rothen" },
    { input: "Trending Now" },
    { input: "31 February 2024" },
    { input: "The draft failed on March 28, 2024 | the vote was 13 to 1." },
  ])("does not take '$input' for a date line", ({ input }) => {
    expect(isDateLine(input)).toBeNull();
  });

  it("reads ISO timestamps from page metadata as the date they name", () => {
    expect(parseDate("2024-11-05T09:00:00Z")).toEqual({ date: "2024-11-05", precision: "day" });
  });
});
