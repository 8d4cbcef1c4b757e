import { describe, expect, it } from 'vitest';
import { normaliseForMatching } from '../../../src/lib/text/typography.ts';

describe('normaliseForMatching', () => {
  it('makes curly quote marks straight and collapses whitespace, leaving case and dashes', () => {
    expect(normaliseForMatching(' ‘In the dark’ –  “Not yet,”\n she said ')).toBe(`'In the dark' – "Not yet," she said`);
    expect(normaliseForMatching('Lopez’s ‚quote‛ and „this‟')).toBe(`Lopez's 'quote' and "this"`);
  });
});
