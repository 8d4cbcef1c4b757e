import { describe, expect, it } from 'vitest';
import { groupQuotes, type MatchableQuote } from '../../../../src/lib/analysis/quotes/quote-groups.ts';
import { wordDiff } from '../../../../src/lib/analysis/word-diff.ts';

const quote = (id: string, articleId: string, text: string, speaker: string | null = 'Ivan Petrov'): MatchableQuote => ({
  id,
  articleId,
  text,
  speaker,
  speakerId: speaker ? 'ivan-petrov' : null,
});

describe('groupQuotes', () => {
  it('matches the same words rendered differently by two outlets and diffs them', () => {
    const groups = groupQuotes([
      quote('a/q1', 'a', 'So the idea itself is correct, and we certainly support it'),
      quote('b/q1', 'b', 'The idea [of a ceasefire] itself is correct and we are certainly supporting it, but there are issues'),
      quote('c/q1', 'c', 'We will not sign anything today'),
    ]);
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group).toMatchObject({ quoteIds: ['a/q1', 'b/q1'], referenceQuoteId: 'b/q1', speaker: 'Ivan Petrov', speakerId: 'ivan-petrov' });
    expect(group!.variants[0]!.quoteId).toBe('a/q1');
    expect(group!.variants[0]!.similarity).toBeGreaterThan(0.6);
    const diff = group!.variants[0]!.diff;
    expect(diff.filter((part) => part.kind !== 'removed').map((part) => part.text).join('')).toBe('So the idea itself is correct, and we certainly support it');
  });

  it('matches a short quoted phrase found word for word in a longer quote', () => {
    const groups = groupQuotes([quote('a/q1', 'a', 'technical negotiations'), quote('b/q1', 'b', 'technical negotiations on a maritime truce')]);
    expect(groups.map((group) => group.quoteIds)).toEqual([['a/q1', 'b/q1']]);
  });

  it('does not match quotes of one article with each other, nor quotes sharing only small words', () => {
    expect(groupQuotes([quote('a/q1', 'a', 'we will win this'), quote('a/q2', 'a', 'we will win this')])).toEqual([]);
    expect(groupQuotes([quote('a/q1', 'a', 'it is what it is'), quote('b/q1', 'b', 'what it is, it is')])).toEqual([]);
  });

  it('names the speaker most members give', () => {
    const [group] = groupQuotes([
      quote('a/q1', 'a', 'the border will stay open for trade', 'Ivan Petrov'),
      quote('b/q1', 'b', 'the border will stay open for trade', 'Ivan Petrov'),
      quote('c/q1', 'c', 'the border will stay open for trade and travel', null),
    ]);
    expect(group).toMatchObject({ speaker: 'Ivan Petrov', quoteIds: ['a/q1', 'b/q1', 'c/q1'], referenceQuoteId: 'c/q1' });
  });
});

describe('wordDiff', () => {
  it('rebuilds both texts from its parts', () => {
    const reference = 'The leaders agreed to begin with an energy ceasefire.';
    const variant = 'The leaders agreed... to begin with energy and infrastructure ceasefire.';
    const parts = wordDiff(reference, variant);
    expect(parts.filter((part) => part.kind !== 'added').map((part) => part.text).join('')).toBe(reference);
    expect(parts.filter((part) => part.kind !== 'removed').map((part) => part.text).join('')).toBe(variant);
    expect(parts.some((part) => part.kind === 'added' && part.text.includes('infrastructure'))).toBe(true);
  });

  it('is one "same" part for identical texts', () => {
    expect(wordDiff('a b c', 'a b c')).toEqual([{ kind: 'same', text: 'a b c' }]);
  });
});
