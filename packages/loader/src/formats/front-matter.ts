/**
 * Flat front matter (one `key: value` a line, as nearly every article has) read without the YAML
 * parser, which costs more than the rest of reading the file. Anything this reader is not sure of
 * returns null, and the caller hands the block to the YAML parser: so a result from here is always
 * the one the parser would give, errors included.
 */

// Characters that YAML reads literally in a scalar on one line: printable, no NBSP (trimming), no line
// or paragraph separators, no BOM, no surrogates (astral characters go to the parser).
const SAFE = String.raw`\x20-\x7e\u00a1-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd`;
const SAFE_EXCEPT = (chars: string) => `(?:(?![${chars}])[${SAFE}])`;
const LINE = new RegExp(
  String.raw`^([A-Za-z][\w-]*): +(?:"(${SAFE_EXCEPT(String.raw`"\\`)}*)"|'(${SAFE_EXCEPT("'")}*)'|([A-Za-z0-9]${SAFE_EXCEPT("#")}*))$`,
);
// Plain words and numbers YAML 1.2's core schema reads as something other than a string.
const NOT_A_STRING = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?)$/;

/** The fields of a flat front-matter block, or null when the YAML parser must read it. */
export function flatFrontMatter(block: string): Record<string, string> | null {
  const fields: Record<string, string> = {};
  for (const line of block.split("\n")) {
    const m = LINE.exec(line);
    if (!m) return null;
    const key = m[1]!;
    if (NOT_A_STRING.test(key) || Object.hasOwn(fields, key)) return null;
    let value: string;
    if (m[2] !== undefined) value = m[2];
    else if (m[3] !== undefined) value = m[3];
    else {
      value = m[4]!;
      // A plain value ends at a comment or a nested mapping, and loses trailing blanks: leave those to the parser.
      if (value.includes(": ") || value.endsWith(":") || value.endsWith(" ") || NOT_A_STRING.test(value)) return null;
    }
    fields[key] = value;
  }
  return fields;
}

const LOOSE_LINE = /^([A-Za-z][\w-]*):[ \t]+(.*?)[ \t]*$/;

/**
 * The fields of front matter the YAML parser refused only because a plain value holds ": "
 * ("title: Live: North Korean troops in Kursk"), which people write by hand and mean plainly.
 * Null when any line is not one `key: value` or a value opens YAML syntax (a list, a mapping, a block).
 */
export function looseFrontMatter(block: string): Record<string, string> | null {
  const fields: Record<string, string> = {};
  for (const line of block.split("\n")) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    const m = LOOSE_LINE.exec(line);
    if (!m || Object.hasOwn(fields, m[1]!)) return null;
    let value = m[2]!;
    if (/^[[{|>&*!%@`]/.test(value)) return null;
    const quote = value[0];
    if (quote === '"' || quote === "'") {
      if (value.length < 2 || !value.endsWith(quote)) return null;
      value = value.slice(1, -1);
    }
    fields[m[1]!] = value;
  }
  return fields;
}
