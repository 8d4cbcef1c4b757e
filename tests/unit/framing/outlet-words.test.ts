import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/lib/analysis/tokens.ts';
import { commonestForm, countOutletWords } from '../../../src/lib/framing/outlet-words.ts';
import { quotedRanges } from '../../../src/lib/framing/quoted.ts';

const sentence = (id: string, text: string) => ({ id, tokens: tokenize(text), quoted: quotedRanges(text, false) });

describe('countOutletWords', () => {
  const counted = countOutletWords([
    sentence('a', 'The council halted the vote on Monday.'),
    sentence('b', 'Council members halt 3 votes, saying “the vote is unfair.”'),
  ]);

  it('counts content words as lemmas, leaving out stop words, numbers, punctuation and quoted words', () => {
    expect(Object.fromEntries([...counted.words].map(([term, use]) => [term, use.count]))).toEqual({
      council: 2,
      halt: 2,
      vote: 2,
      monday: 1,
      member: 1,
      say: 1,
    });
    expect(counted.wordsCounted).toBe(9);
  });

  it('keeps where each use is and how it is written', () => {
    const halt = counted.words.get('halt')!;
    expect(halt.occurrences).toEqual([
      { sentenceId: 'a', start: 12, end: 18 },
      { sentenceId: 'b', start: 16, end: 20 },
    ]);
    expect(Object.fromEntries(halt.forms)).toEqual({ halted: 1, halt: 1 });
    expect(counted.words.get('monday')!.forms.has('Monday')).toBe(true);
  });

  it('counts two-word phrases of neighbouring counted words only', () => {
    expect([...counted.phrases.keys()]).toEqual(['council halt', 'council member', 'member halt']);
    expect(counted.phrases.get('council member')!.occurrences).toEqual([{ sentenceId: 'b', start: 0, end: 15 }]);
  });
});

describe('commonestForm', () => {
  it('prefers lower case when the outlet ever writes the term so, else its most frequent form', () => {
    expect(commonestForm(new Map([['Energy Deal', 2], ['energy deal', 1]]))).toBe('energy deal');
    expect(commonestForm(new Map([['Kremlin', 1], ['KREMLIN', 1]]))).toBe('KREMLIN');
    expect(commonestForm(new Map([['Lisbon', 3], ['LISBON', 1]]))).toBe('Lisbon');
  });
});
