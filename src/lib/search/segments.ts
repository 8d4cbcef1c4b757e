import type { HighlightedText } from '../schemas/search.ts';

/** A highlighted text cut into plain and marked pieces, for building text nodes and `<mark>`s. */
export function highlightSegments({ text, ranges }: HighlightedText): Array<{ text: string; marked: boolean }> {
  const segments: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: text.slice(at, from), marked: false });
    if (end > from) segments.push({ text: text.slice(from, end), marked: true });
    at = Math.max(at, end);
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
