import type { HighlightedText } from '../schemas/search.ts';
import type { QueryTerm } from './expand-query.ts';
import { normalizeWithOffsets } from './normalize.ts';

/** Every word of the texts that some term of the query matches (any alternative). */
export function matchedWords(terms: readonly QueryTerm[]): Set<string> {
  const words = new Set<string>();
  for (const term of terms) for (const { words: matches } of term.alternatives) for (const map of matches) for (const word of map.keys()) words.add(word);
  return words;
}

/**
 * The spans of `text` to mark: every word whose normalised form is matched, not only the one
 * best match Fuse reports. `[start, end)` in UTF-16 code units of the original text, in order,
 * touching spans merged.
 */
export function highlightRanges(text: string, matched: ReadonlySet<string>): Array<[number, number]> {
  if (matched.size === 0) return [];
  const { text: normal, starts, ends } = normalizeWithOffsets(text);
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (const word of normal.split(' ')) {
    const to = from + word.length;
    if (word && matched.has(word)) {
      const start = starts[from]!;
      const end = ends[to - 1]!;
      const last = ranges[ranges.length - 1];
      if (last && last[1] >= start) last[1] = Math.max(last[1], end);
      else ranges.push([start, end]);
    }
    from = to + 1;
  }
  return ranges;
}

export function highlight(text: string, matched: ReadonlySet<string>): HighlightedText {
  return { text, ranges: highlightRanges(text, matched) };
}
