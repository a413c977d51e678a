import { describe, expect, it } from "vitest";
import { decode } from "../src/decode.js";

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));

describe("decoding", () => {
  it.each([
    { name: "UTF-8", input: bytes("Shin’s estimate"), expected: "Shin’s estimate" },
    { name: "UTF-8 with BOM", input: bytes([0xef, 0xbb, 0xbf], "Shin’s estimate"), expected: "Shin’s estimate" },
    { name: "UTF-16 LE with BOM", input: Uint8Array.from([0xff, 0xfe, ...Buffer.from("Kim’s", "utf16le")]), expected: "Kim’s" },
    { name: "UTF-16 BE with BOM", input: Uint8Array.from([0xfe, 0xff, ...Buffer.from("Kim’s", "utf16le").swap16()]), expected: "Kim’s" },
    { name: "Windows-1252", input: Uint8Array.from([0x4b, 0x69, 0x6d, 0x92, 0x73, 0x20, 0x93, 0x78, 0x94]), expected: "Kim’s “x”" },
    { name: "CRLF line endings", input: bytes("a\r\nb\rc\n"), expected: "a\nb\nc\n" },
  ])("reads $name", ({ input, expected }) => {
    expect(decode(input)).toBe(expected);
  });

  it("refuses binary data with a reason", () => {
    expect(() => decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).toThrow("binary file (NUL bytes), not text");
  });
});
