import { describe, expect, it } from 'vitest';
import { sentenceAnchor } from '../../../src/lib/markdown/sentence-anchor.ts';

describe('sentenceAnchor', () => {
  it('is a short hash of the text, the same on every run', () => {
    const anchor = sentenceAnchor('The call lasted 90 minutes.', new Set());
    expect(anchor).toMatch(/^s-[0-9a-f]{6}$/);
    expect(sentenceAnchor('The call lasted 90 minutes.', new Set())).toBe(anchor);
  });

  it('ignores differences in spacing and Unicode composition', () => {
    expect(sentenceAnchor('Evrim  Ağacı\nsaid.', new Set())).toBe(sentenceAnchor('Evrim Ag\u0306acı said.', new Set()));
  });

  it('numbers repeats of the same sentence within one article', () => {
    const taken = new Set<string>();
    const first = sentenceAnchor('Same.', taken);
    expect([sentenceAnchor('Same.', taken), sentenceAnchor('Same.', taken)]).toEqual([`${first}-2`, `${first}-3`]);
    expect(sentenceAnchor('Different.', taken)).not.toBe(first);
  });
});
