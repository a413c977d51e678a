/** Why a file could not be read as text. */
export class DecodeError extends Error {
  override name = "DecodeError";
}

/**
 * Bytes to text as a reader would see it: a BOM decides UTF-8 or UTF-16; otherwise UTF-8
 * if the bytes are valid UTF-8, else Windows-1252 (what old news sites and Word save).
 * Line endings become "\n". Binary data (NUL bytes outside UTF-16) is refused.
 */
// One decoder for every file: a call without { stream: true } starts afresh, so nothing carries over.
const UTF8 = new TextDecoder("utf-8", { fatal: true });

export function decode(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    const probe = bytes.subarray(0, 8192);
    if (probe.includes(0)) throw new DecodeError("binary file (NUL bytes), not text");
    try {
      text = UTF8.decode(bytes);
    } catch {
      text = windows1252(bytes);
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 8192).replace(/\u001b/g, ""))) throw new DecodeError("binary file (control characters), not text");
  return text.replace(/\r\n?/g, "\n");
}

// Bytes 0x80–0x9F of Windows-1252; Node's TextDecoder reads that label as Latin-1 and leaves them as C1 controls.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function windows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk.map((b) => b)).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}
