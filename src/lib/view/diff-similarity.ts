import { countWords } from "../ingest/article-stats.ts";
import type { DiffPart } from "../schemas/comparison.ts";

/**
 * How alike two wordings are, from their word diff: twice the words they share over the words
 * both have in all (Dice coefficient over words), from 0 (nothing shared) to 1 (same words).
 */
export function diffSimilarity(parts: readonly DiffPart[]): number {
  const { same, added, removed } = diffWordCounts(parts);
  const total = 2 * same + added + removed;
  return total === 0 ? 0 : Math.round((2 * same * 1000) / total) / 1000;
}

/**
 * How much of the shorter wording the longer one contains, from their word diff: the words they
 * share over the words of the shorter (0–1). A trimmed quotation scores 1 against its full form.
 */
export function diffContainment(parts: readonly DiffPart[]): number {
  const { same, added, removed } = diffWordCounts(parts);
  const shorter = Math.min(same + added, same + removed);
  return shorter === 0 ? 0 : Math.round((same * 1000) / shorter) / 1000;
}

/** Words a diff keeps, adds and removes. */
function diffWordCounts(parts: readonly DiffPart[]): {
  same: number;
  added: number;
  removed: number;
} {
  const counts = { same: 0, added: 0, removed: 0 };
  for (const part of parts) counts[part.kind] += countWords(part.text);
  return counts;
}
