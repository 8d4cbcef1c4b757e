import { describe, expect, it } from 'vitest';
import { blockSource, blockTexts, countBlocks, countWords, readingMinutes } from '../../../src/lib/ingest/article-stats.ts';
import type { ArticleBlock } from '../../../src/lib/schemas/article-block.ts';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['One two three.', 3],
    ['The U.S.-Russia talks', 3],
    ['Trump’s 30-day ceasefire, 2,500 soldiers', 5],
    ['— — …', 0],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [1, 1],
    [230, 1],
    [231, 2],
    [1101, 5],
  ])('%i words take %i minutes', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});

const blocks: ArticleBlock[] = [
  { type: 'headline', text: 'Title' },
  { type: 'key-points', ordered: false, items: [{ marker: '-', text: 'a' }, { marker: '-', text: 'b' }] },
  { type: 'paragraph', text: 'p1' },
  { type: 'paragraph', text: 'p2' },
  { type: 'social-post', lines: ['l1', 'l2'], attribution: { text: '— A (@a) May 1, 2024', author: 'A', handle: '@a', date: 'May 1, 2024' } },
  { type: 'video', title: 't', caption: 'c' },
  { type: 'related-links', items: ['r1'] },
  { type: 'list', ordered: true, items: [{ marker: '1.', text: 'first' }] },
  { type: 'turn', speaker: 'Q:', text: 'Why?' },
  {
    type: 'social-post',
    header: ['Jane Doe', '@jane'],
    lines: ['card text'],
    attribution: { text: '5:14 PM · Mar 18, 2025', author: 'Jane Doe', handle: '@jane', date: 'Mar 18, 2025', time: '5:14 PM' },
  },
  { type: 'byline', text: 'By Jane Doe', authors: ['Jane Doe'] },
];

describe('countBlocks', () => {
  it('counts each kind and reports absent kinds as zero', () => {
    expect(countBlocks(blocks)).toEqual({
      headline: 1,
      'key-points': 1,
      list: 1,
      subheading: 0,
      'section-label': 0,
      paragraph: 2,
      turn: 1,
      'social-post': 2,
      'photo-caption': 0,
      'photo-credit': 0,
      video: 1,
      'source-note': 0,
      'related-links': 1,
      byline: 1,
      dateline: 0,
      timestamp: 0,
      ad: 0,
      'reporting-credit': 0,
      'pull-quote': 0,
      boilerplate: 0,
    });
  });
});

describe('blockTexts', () => {
  it('lists every piece of text of a block in reading order', () => {
    expect(blocks.map(blockTexts)).toEqual([
      ['Title'],
      ['a', 'b'],
      ['p1'],
      ['p2'],
      ['l1', 'l2', '— A (@a) May 1, 2024'],
      ['t', 'c'],
      ['r1'],
      ['first'],
      ['Q:', 'Why?'],
      ['Jane Doe', '@jane', 'card text', '5:14 PM · Mar 18, 2025'],
      ['By Jane Doe'],
    ]);
  });
});

describe('blockSource', () => {
  it('adds list markers to the texts, so that the pieces give back the file', () => {
    expect(blocks.map(blockSource)).toEqual([
      ['Title'],
      ['-', 'a', '-', 'b'],
      ['p1'],
      ['p2'],
      ['l1', 'l2', '— A (@a) May 1, 2024'],
      ['t', 'c'],
      ['r1'],
      ['1.', 'first'],
      ['Q:', 'Why?'],
      ['Jane Doe', '@jane', 'card text', '5:14 PM · Mar 18, 2025'],
      ['By Jane Doe'],
    ]);
  });
});
