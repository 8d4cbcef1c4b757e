import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/lib/analysis/tokens.ts';
import { splitClauses } from '../../../src/lib/text/clauses.ts';

const clauses = (text: string) => {
  const tokens = tokenize(text);
  return splitClauses(tokens).map((range) => text.slice(tokens[range.first]!.start, tokens[range.last]!.end));
};

describe('splitClauses', () => {
  it.each([
    [
      'The leaders agreed on a truce, according to a readout of the call, which lasted at least 90 minutes.',
      ['The leaders agreed on a truce, according to a readout of the call,', 'which lasted at least 90 minutes.'],
    ],
    [
      'He demanded strict monitoring of the truce, as well as a complete end of foreign military aid to the country.',
      ['He demanded strict monitoring of the truce,', 'as well as a complete end of foreign military aid to the country.'],
    ],
    [
      'They discussed tensions in the region, with both leaders stressing the importance of limiting weapons.',
      ['They discussed tensions in the region,', 'with both leaders stressing the importance of limiting weapons.'],
    ],
    ['Food prices rose steeply; wages fell sharply across the region.', ['Food prices rose steeply;', 'wages fell sharply across the region.']],
    ['Prices rose; wages fell sharply across the region.', ['Prices rose; wages fell sharply across the region.']],
    ['The war has gone on too long and that the movement to peace will begin now.', ['The war has gone on too long', 'and that the movement to peace will begin now.']],
  ])('%s', (text, expected) => {
    expect(clauses(text)).toEqual(expected);
  });

  it('joins fragments too small to compare to the clause before', () => {
    expect(clauses('He agreed to the plan for the region, but not now.')).toEqual(['He agreed to the plan for the region, but not now.']);
  });

  it('keeps a sentence without boundaries whole, and handles no tokens', () => {
    expect(clauses('The talks will resume next week in Geneva.')).toEqual(['The talks will resume next week in Geneva.']);
    expect(splitClauses([])).toEqual([{ first: 0, last: -1 }]);
  });
});
