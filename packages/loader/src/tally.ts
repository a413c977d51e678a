import type { Token } from "./tokens.js";
import type { NumberMatch } from "./numbers.js";

/** What each amount of a vote tally counts, in the order tallies are written: for, against, abstaining. */
export const TALLY_ITEMS = ["votes in favour", "votes against", "abstentions"] as const;
export type TallyItem = (typeof TALLY_ITEMS)[number];

const JOINS = new Set(["to", "-", "–", "—"]);
const VOTE_WORDS = new Set(["vote", "voted", "votes", "voting", "tally", "margin"]);
// A tally counts the members of a body: no council or parliament casts thousands of votes in one count written "N to M".
const LARGEST_BODY = 1000;

/**
 * The amounts of a vote tally written as a run of numbers ("voted 13 to 1", "a vote of 13-1", "a 13-1-1 vote"),
 * each with what it counts. A run counts as a tally only next to a word of voting.
 */
export function tallyItems(tokens: readonly Token[], numbers: readonly NumberMatch[]): Map<NumberMatch, TallyItem> {
  const found = new Map<NumberMatch, TallyItem>();
  for (let i = 0; i < numbers.length; i++) {
    const run = [numbers[i]!];
    while (run.length < 3) {
      const last = run[run.length - 1]!;
      const next = numbers[i + run.length];
      if (!next || next.start !== last.end + 1 || !JOINS.has(tokens[last.end]!.norm)) break;
      run.push(next);
    }
    if (run.length < 2 || run.some((n) => n.value === null || n.high !== null || n.value > LARGEST_BODY || n.unit)) continue;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const before = tokens.slice(Math.max(0, first.start - 4), first.start).some((t) => VOTE_WORDS.has(t.norm));
    const after = VOTE_WORDS.has(tokens[last.end]?.norm ?? "");
    if (!before && !after) continue;
    run.forEach((n, k) => found.set(n, TALLY_ITEMS[k]!));
    i += run.length - 1;
  }
  return found;
}
