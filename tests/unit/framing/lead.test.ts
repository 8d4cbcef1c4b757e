import { describe, expect, it } from 'vitest';
import { articleOpening, sentencePositions, type OpeningSentence } from '../../../src/lib/framing/lead.ts';

/** A sentence of `words` words ("w1 w2 …"), so word counts are plain to see. */
function s(id: string, block: string, words: number, reporting = true): OpeningSentence {
  return { id, block, reporting, text: Array.from({ length: words }, (_, at) => `w${at + 1}`).join(' ') + '.' };
}

describe('articleOpening', () => {
  it('takes the headline, then body sentences while their middle falls within the lead length', () => {
    // Body words: 30, then 20 (middle at 30 + 10 = 40 ≤ 60: in), then 25 (middle at 50 + 12.5 = 62.5 > 60: out).
    const opening = articleOpening([s('h', 'headline', 8), s('a', 'paragraph', 30), s('b', 'paragraph', 20), s('c', 'paragraph', 25)], 60);
    expect(opening).toEqual({ headlineSentenceIds: ['h'], leadSentenceIds: ['a', 'b'], leadWords: 50 });
  });

  it('works without a headline', () => {
    const opening = articleOpening([s('a', 'paragraph', 40), s('b', 'paragraph', 10)], 60);
    expect(opening).toEqual({ headlineSentenceIds: [], leadSentenceIds: ['a', 'b'], leadWords: 50 });
  });

  it('starts at the body, after key points printed above it', () => {
    const opening = articleOpening([s('k1', 'list-item', 25), s('k2', 'list-item', 25), s('a', 'paragraph', 30), s('b', 'paragraph', 30)], 60);
    // The second body sentence's middle is at 30 + 15 = 45 ≤ 60.
    expect(opening.leadSentenceIds).toEqual(['a', 'b']);
  });

  it('leaves out a dateline, a byline and other furniture, which are never reporting', () => {
    const opening = articleOpening(
      [s('h', 'headline', 6), s('by', 'byline', 3, false), s('d', 'dateline', 1, false), s('a', 'paragraph', 35), s('t', 'timestamp', 4, false), s('b', 'paragraph', 20)],
      60,
    );
    expect(opening.leadSentenceIds).toEqual(['a', 'b']);
    expect(opening.leadWords).toBe(55);
  });

  it('skips a video title and caption above the body', () => {
    const opening = articleOpening([s('h', 'headline', 6), s('v', 'video-title', 5), s('vc', 'video-caption', 20), s('a', 'paragraph', 30)], 60);
    expect(opening.leadSentenceIds).toEqual(['a']);
  });

  it('always keeps the first sentence, however long', () => {
    expect(articleOpening([s('a', 'paragraph', 150), s('b', 'paragraph', 5)], 60).leadSentenceIds).toEqual(['a']);
  });

  it('ends at a heading, a section label or an embed', () => {
    expect(articleOpening([s('a', 'paragraph', 20), s('x', 'heading', 4), s('b', 'paragraph', 10)], 60).leadSentenceIds).toEqual(['a']);
    expect(articleOpening([s('a', 'paragraph', 20), s('x', 'section-label', 3, false), s('b', 'paragraph', 10)], 60).leadSentenceIds).toEqual(['a']);
    expect(articleOpening([s('a', 'paragraph', 20), s('x', 'social-post', 10), s('b', 'paragraph', 10)], 60).leadSentenceIds).toEqual(['a']);
  });

  it('starts with the first reporting sentence after the headline when there is no paragraph', () => {
    expect(articleOpening([s('h', 'headline', 5), s('k1', 'list-item', 10), s('k2', 'list-item', 10)], 60).leadSentenceIds).toEqual(['k1', 'k2']);
  });

  it('finds no lead in an article with nothing to report', () => {
    expect(articleOpening([s('r', 'related-link', 5, false)], 60)).toEqual({ headlineSentenceIds: [], leadSentenceIds: [], leadWords: 0 });
    expect(articleOpening([], 60).leadSentenceIds).toEqual([]);
  });
});

describe('sentencePositions', () => {
  it('gives the share of reporting words before each sentence, headline at 0 and not counted', () => {
    const positions = sentencePositions([s('h', 'headline', 7), s('a', 'paragraph', 10), s('l', 'section-label', 2, false), s('b', 'paragraph', 20), s('c', 'paragraph', 10)]);
    expect(Object.fromEntries(positions)).toEqual({ h: 0, a: 0, b: 0.25, c: 0.75 });
  });

  it('counts key points above the body as the top of the article', () => {
    const positions = sentencePositions([s('k', 'list-item', 10), s('a', 'paragraph', 30)]);
    expect(positions.get('k')).toBe(0);
    expect(positions.get('a')).toBe(0.25);
  });
});
