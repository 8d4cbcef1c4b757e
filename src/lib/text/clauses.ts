import type { Token } from '../analysis/tokens.ts';

/** A clause: a run of a sentence's tokens, `first` to `last` inclusive. */
export interface ClauseRange {
  first: number;
  last: number;
}

const AFTER_COMMA = new Set(['which', 'who', 'whom', 'whose', 'while', 'whereas', 'although', 'though', 'but', 'and', 'including', 'yet']);

/**
 * Splits a sentence where a new fact usually starts: after a semicolon; at a comma followed by
 * a relative or contrasting word (", which …", ", while …", ", but …", ", including …"); at
 * ", as well as", "and that", and ", with …ing" (an absolute phrase). Clauses with fewer than
 * `minimumWords` content words join the clause before them (or after, at the start), so that
 * no fragment is too small to compare.
 */
export function splitClauses(tokens: readonly Token[], minimumWords = 3): ClauseRange[] {
  const starts = [0];
  for (let index = 1; index < tokens.length; index++) {
    const previous = tokens[index - 1]!.text;
    const word = tokens[index]!.text.toLowerCase();
    const next = tokens[index + 1]?.text.toLowerCase();
    if (previous === ';') starts.push(index);
    else if (previous === ',' && AFTER_COMMA.has(word)) starts.push(index);
    else if (word === 'as' && next === 'well' && tokens[index + 2]?.text.toLowerCase() === 'as') starts.push(index);
    else if (word === 'and' && next === 'that') starts.push(index);
    else if (previous === ',' && word === 'with' && tokens.slice(index + 1, index + 6).some((token) => token.pos === 'VERB' && /(?:ing|ed)$/.test(token.text))) {
      starts.push(index);
    }
  }
  const ranges: ClauseRange[] = starts.map((first, position) => ({ first, last: (starts[position + 1] ?? tokens.length) - 1 }));
  const contentWords = (range: ClauseRange) =>
    tokens.slice(range.first, range.last + 1).filter((token) => !token.stop && ['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM'].includes(token.pos)).length;
  const merged: ClauseRange[] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && contentWords(range) < minimumWords) previous.last = range.last;
    else merged.push({ ...range });
  }
  if (merged.length > 1 && contentWords(merged[0]!) < minimumWords) {
    merged[1]!.first = merged[0]!.first;
    merged.shift();
  }
  return merged;
}
