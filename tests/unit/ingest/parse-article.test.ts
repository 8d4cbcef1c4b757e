import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleText, parseAttribution } from '../../../src/lib/ingest/parse-article.ts';
import type { ArticleBlock } from '../../../src/lib/schemas/article-block.ts';
import { rawDir } from '../../helpers/render.ts';

const real = (name: string) => parseArticleText(readFileSync(join(rawDir, name), 'utf8'));
const ofType = <T extends ArticleBlock['type']>(blocks: ArticleBlock[], type: T) =>
  blocks.filter((block): block is Extract<ArticleBlock, { type: T }> => block.type === type);
const types = (text: string) => parseArticleText(text).map((block) => block.type);

describe('parseArticleText on the real files', () => {
  it('000: headline, three embedded posts with their authors, trailing related links', () => {
    const blocks = real('000_8fef80b7bb38206d.txt');
    expect(blocks[0]).toEqual({
      type: 'headline',
      text: 'Trump And Putin Agree To Energy and Infrastructure Ceasefire In First Steps Toward Peace',
    });
    const posts = ofType(blocks, 'social-post');
    expect(posts.map((post) => [post.attribution.author, post.attribution.handle, post.attribution.date])).toEqual([
      ['Donald J. Trump Posts From His Truth Social', '@TrumpDailyPosts', 'March 18, 2025'],
      ['Karoline Leavitt', '@PressSec', 'March 18, 2025'],
      ['AmericanPapaBear', '@AmericaPapaBear', 'March 13, 2025'],
    ]);
    expect(posts.map((post) => post.lines.length)).toEqual([1, 2, 5]);
    expect(posts[2]!.lines[0]).toBe('JUST IN:');
    expect(blocks.at(-1)).toEqual({ type: 'related-links', items: ['details on Black Sea ceasefire', 'NATO’s role in Ukraine'] });
    expect(ofType(blocks, 'paragraph')).toHaveLength(8);
  });

  it('001: video title and caption, section labels, subheadings, a photo caption, the source note', () => {
    const blocks = real('001_e5eb996588afff6c.txt');
    expect(blocks[0]?.type).toBe('headline');
    expect(blocks[1]).toMatchObject({ type: 'video', title: 'Trump to talk with Putin Tuesday' });
    expect(ofType(blocks, 'section-label').map((block) => block.text)).toContain('What they’re saying:'.replace('’', "'"));
    expect(ofType(blocks, 'section-label')).toHaveLength(10);
    expect(ofType(blocks, 'subheading').map((block) => block.text)).toEqual([
      'White House: Both leaders call for "the need for peace"',
      'Russia stays tight-lipped',
      '2nd phone call between Trump and Putin',
      'What could happen?',
      'Will Russia agree to a 30-day ceasefire?',
      'No NATO',
      'What else might Russia demand?',
    ]);
    expect(ofType(blocks, 'photo-caption')).toHaveLength(1);
    expect(ofType(blocks, 'photo-caption')[0]!.text).toMatch(/^FILE - \(COMBO\)/);
    expect(blocks.at(-1)?.type).toBe('source-note');
    expect(ofType(blocks, 'dateline')).toEqual([{ type: 'dateline', text: 'WASHINGTON -', place: 'WASHINGTON', agency: null }]);
    expect(ofType(blocks, 'paragraph')[0]!.text).toMatch(/^President Donald Trump/);
  });

  it('002: paragraphs separated by blank lines, under a headline', () => {
    const blocks = real('002_04143a84f24f8bd1.txt');
    expect(blocks.map((block) => block.type)).toEqual(['headline', ...Array(6).fill('paragraph')]);
  });

  it('003: no headline is invented when the file has none', () => {
    const blocks = real('003_28932a6090a60622.txt');
    expect(ofType(blocks, 'headline')).toHaveLength(0);
    expect(blocks.every((block) => block.type === 'paragraph')).toBe(true);
    expect(blocks).toHaveLength(11);
  });

  it('004: key-point bullets keep their markers; a subheading; no headline', () => {
    const blocks = real('004_b7e71b2a7a2c1987.txt');
    const [keyPoints] = ofType(blocks, 'key-points');
    expect(blocks[0]).toBe(keyPoints);
    expect(keyPoints!.items).toHaveLength(3);
    expect(keyPoints!.items.every((item) => item.marker === '-')).toBe(true);
    expect(keyPoints!.items[0]!.text).toMatch(/^U\.S\. President Donald Trump/);
    expect(ofType(blocks, 'subheading').map((block) => block.text)).toEqual(['Zelenskyy skeptical']);
    expect(ofType(blocks, 'headline')).toHaveLength(0);
  });
});

describe('parseArticleText on layouts a new file may have', () => {
  const prose =
    'The minister spoke for an hour on Tuesday and answered questions from reporters about the budget, the deficit and the plans for next year in some detail.';
  const more = 'Officials in the finance ministry said later that the figures would be published in full before the end of the month, as the law requires.';

  it.each([
    {
      name: 'a headline needs a body after it',
      text: 'Only a title',
      expected: ['paragraph'],
    },
    {
      name: 'a first line ending in a period is not a headline',
      text: `${prose}\n${more}`,
      expected: ['paragraph', 'paragraph'],
    },
    {
      name: 'a dateline opening is not a headline, and is split off the first paragraph',
      text: `KYIV, Ukraine (AP) — Talks began\n${more}`,
      expected: ['dateline', 'paragraph', 'paragraph'],
    },
    {
      name: 'bullets form one list per run; only a list opening the article is its key points',
      text: `Title here\n- one\n- two\n${prose}\n• three`,
      expected: ['headline', 'key-points', 'paragraph', 'list'],
    },
    {
      name: 'a post signature with nothing above it stays a paragraph',
      text: `Title here\n\n— Jane Doe (@jane) May 2, 2024\n${prose}`,
      expected: ['headline', 'paragraph', 'paragraph'],
    },
    {
      name: 'a post stops at a section label above it',
      text: `Title here\n${prose}\nWhat they said:\nShort post text.\n— Jane Doe (@jane) May 2, 2024\n${more}`,
      expected: ['headline', 'paragraph', 'section-label', 'social-post', 'paragraph'],
    },
    {
      name: 'a post stops at long prose above it',
      text: `Title here\n${prose}\nFirst post line.\nSecond post line.\n— Jane Doe (@jane) Sept. 2, 2024\n${more}`,
      expected: ['headline', 'paragraph', 'social-post', 'paragraph'],
    },
    {
      name: 'a photo credit in parentheses marks a caption and is split off it',
      text: `Title here\n${prose}\nThe minister arrives in Brussels. (AP Photo/Jane Doe)\n${more}`,
      expected: ['headline', 'paragraph', 'photo-caption', 'photo-credit', 'paragraph'],
    },
    {
      name: 'a sources line is the source note',
      text: `Title here\n${prose}\nSources: Reuters and the Associated Press.`,
      expected: ['headline', 'paragraph', 'source-note'],
    },
    {
      name: 'a short last line with a period is prose, not a related link',
      text: `Title here\n${prose}\nHe left.`,
      expected: ['headline', 'paragraph', 'paragraph'],
    },
    {
      name: 'no video without a dateline after it',
      text: `Title here\nA short title\n${prose}\n${more}`,
      expected: ['headline', 'subheading', 'paragraph', 'paragraph'],
    },
    {
      name: 'all-caps labels are not section labels',
      text: `Title here\n${prose}\nBREAKING:\n${more}`,
      expected: ['headline', 'paragraph', 'paragraph', 'paragraph'],
    },
  ])('$name', ({ text, expected }) => {
    expect(types(text)).toEqual(expected);
  });

  it('joins the lines of a hard-wrapped paragraph when blank lines separate paragraphs', () => {
    const blocks = parseArticleText('A Title For It\n\nFirst line of a paragraph\nthat wraps here.\n\nSecond paragraph.\n\nThird one.');
    expect(blocks).toEqual([
      { type: 'headline', text: 'A Title For It' },
      { type: 'paragraph', text: 'First line of a paragraph\nthat wraps here.' },
      { type: 'paragraph', text: 'Second paragraph.' },
      { type: 'paragraph', text: 'Third one.' },
    ]);
  });

  it('a video needs its title, one caption and then a dateline', () => {
    const blocks = parseArticleText(`The Headline\nClip title\nThe clip shows the minister.\nLONDON - ${prose}`);
    expect(blocks[1]).toEqual({ type: 'video', title: 'Clip title', caption: 'The clip shows the minister.' });
  });
});

describe('parseAttribution', () => {
  it.each([
    ['— Jane Doe (@jane_doe) March 18, 2025', { author: 'Jane Doe', handle: '@jane_doe', date: 'March 18, 2025' }],
    ['- Agency Desk (@desk) Sept. 9, 2024', { author: 'Agency Desk', handle: '@desk', date: 'Sept. 9, 2024' }],
    ['— Name (@h) Jan 1, 2020', { author: 'Name', handle: '@h', date: 'Jan 1, 2020' }],
  ])('reads %s', (line, expected) => {
    expect(parseAttribution(line)).toEqual({ text: line, ...expected });
  });

  it.each(['Jane Doe (@jane) March 18, 2025', '— Jane Doe @jane March 18, 2025', '— Jane Doe (@jane) yesterday'])(
    'rejects %s',
    (line) => {
      expect(parseAttribution(line)).toBeUndefined();
    },
  );
});

describe('link titles gathered under a label', () => {
  const story = [
    'Harbour board raises mooring fees by 18 per cent',
    '',
    'The harbour board voted five to two on Monday to raise mooring fees by 18 per cent from April, the first rise since 2019.',
    '',
    'The chairman said the money would pay for dredging the outer channel, which has silted up faster than the board expected.',
    '',
  ];
  it('takes titles set one under another without blank lines, as it takes titles one to a group', () => {
    const blocks = parseArticleText([...story, 'More from Harbour', '', 'Ferry timetable cut for the winter', 'Pilots agree new rota after strike threat', 'Lifeboat crew rescue two from sandbank'].join('\n'));
    expect(blocks.at(-1)).toEqual({
      type: 'related-links',
      items: ['More from Harbour', 'Ferry timetable cut for the winter', 'Pilots agree new rota after strike threat', 'Lifeboat crew rescue two from sandbank'],
    });
  });
  it('leaves a group that holds a sentence of prose under the label', () => {
    const blocks = parseArticleText([...story, 'More from Harbour', '', 'Ferry timetable cut for the winter', 'The ferry company said fewer people travel after October, so two sailings a day will stop.'].join('\n'));
    expect(blocks.at(-1)?.type).toBe('paragraph');
  });
});
