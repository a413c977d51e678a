import type { Actor } from "@armsledger/model";
import type { Sentence } from "./sentences.js";

// A transcript's speaker label: a name or title in capitals, then a colon ("MAJ. GEN. RYDER:", "MR. KIRBY:").
const SPEAKER_LABEL = /^((?:[A-Z][A-Z'’.-]*\s+){0,4}[A-Z][A-Z'’-]+):\s/;

/** The transcript speaker of each sentence's paragraph, if the paragraph opens with a speaker label; questions ("Q:") have none. */
export function speakersOf(sentences: readonly Sentence[]): (Actor | null)[] {
  const byParagraph = new Map<number, Actor | null>();
  // A transcript has turns: two or more labelled paragraphs, or questions marked "Q:". One label is a dateline or a kicker ("SEOUL:", "UPDATE:").
  const turns = sentences.filter((s, i) => (i === 0 || sentences[i - 1]!.paragraph !== s.paragraph) && (SPEAKER_LABEL.test(s.text) || /^Q:\s/.test(s.text))).length;
  if (turns < 2) return sentences.map(() => null);
  return sentences.map((s) => {
    if (!byParagraph.has(s.paragraph)) {
      const label = SPEAKER_LABEL.exec(s.text)?.[1];
      const name = label && label.replace(/[^A-Z]/g, "").length >= 3 ? label.toLowerCase().replace(/(^|[\s.-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase()) : null;
      byParagraph.set(s.paragraph, name ? { kind: "person", name, country: null, role: null } : null);
    }
    return byParagraph.get(s.paragraph)!;
  });
}
