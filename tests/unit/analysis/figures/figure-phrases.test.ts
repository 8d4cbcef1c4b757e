import { describe, expect, it } from 'vitest';
import { quantitiesIn } from '../../../../src/lib/analysis/figures/figures.ts';
import { tokenize } from '../../../../src/lib/analysis/tokens.ts';
import { FIGURE_PHRASES } from './figure-phrases.ts';

const read = (text: string) => quantitiesIn({ articleId: 'a', id: 'a/s-1', text, tokens: tokenize(text) });

describe('figure phrases in the usual news forms', () => {
  it('has at least 150 phrases', () => {
    expect(FIGURE_PHRASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(FIGURE_PHRASES)('$form: “$figure” in “$sentence”', ({ sentence, figure, expected }) => {
    const found = read(sentence);
    const quantity = found.find((candidate) => candidate.text === figure);
    expect(quantity, `read: ${found.map((candidate) => `“${candidate.text}”`).join(', ') || 'nothing'}`).toBeDefined();
    const { value, low, high, ...rest } = expected;
    expect(quantity).toMatchObject(rest);
    expect(quantity!.value).toBeCloseTo(value, 2);
    if (low !== undefined) expect(quantity!.low).toBeCloseTo(low, 2);
    if (high !== undefined) {
      if (high === null) expect(quantity!.high).toBeNull();
      else expect(quantity!.high).toBeCloseTo(high, 2);
    }
  });
});
