import { describe, expect, it } from 'vitest';
import { confirmHeadline, contentStems, titleEvidence, withoutIndexAbove, withoutRunInLabel } from '../../../src/lib/ingest/headline-evidence.ts';
import { parseArticleText } from '../../../src/lib/ingest/parse-article.ts';
import type { ArticleBlock } from '../../../src/lib/schemas/article-block.ts';

const LEDE =
  'The river authority has ordered an independent inquiry into the collapse of the Marlow weir, which gave way during the storm on Saturday night and flooded twelve homes downstream.';
const SECOND = 'The stone weir was inspected in the spring and rated in fair condition, the authority said on Monday.';

const headlineOf = (blocks: readonly ArticleBlock[]) => blocks.find((block) => block.type === 'headline');
const texts = (blocks: readonly ArticleBlock[]) => blocks.map((block) => ('text' in block ? block.text : ''));

describe('contentStems and titleEvidence', () => {
  it('keeps the stems of open-class words and numbers, in any case, and drops closed-class words and punctuation', () => {
    expect(contentStems('RIVER AUTHORITY ORDERS INQUIRY INTO THE COLLAPSE')).toEqual(['river', 'author', 'order', 'inquiri', 'collaps']);
    expect(contentStems('Fares rise by 12% from January')).toEqual(expect.arrayContaining(['fare', 'rise', '12', 'januari']));
    expect(contentStems('of the and, to!')).toEqual([]);
  });

  it('counts the distinct words of a line that the opening uses, and weighs many and mostly', () => {
    const opening = new Set(contentStems(LEDE));
    expect(titleEvidence('River authority orders inquiry into weir collapse', opening)).toEqual({ shared: 6, words: 6, score: 6 });
    expect(titleEvidence('The Daily Observer', opening)).toEqual({ shared: 0, words: 2, score: 0 });
    expect(titleEvidence('', opening)).toEqual({ shared: 0, words: 0, score: 0 });
  });
});

describe('confirmHeadline', () => {
  const story: ArticleBlock[] = [
    { type: 'paragraph', text: LEDE },
    { type: 'paragraph', text: SECOND },
  ];

  it('puts the title the story bears out in place of a masthead read as the headline; the masthead becomes furniture', () => {
    const blocks: ArticleBlock[] = [
      { type: 'headline', text: 'THE DAILY OBSERVER' },
      { type: 'subheading', text: 'RIVER AUTHORITY ORDERS INQUIRY INTO COLLAPSE OF MARLOW WEIR' },
      { type: 'byline', text: 'By Ana Reed', authors: ['Ana Reed'] },
      ...story,
    ];
    const out = confirmHeadline(blocks);
    expect(headlineOf(out)?.type === 'headline' && headlineOf(out)?.text).toBe('RIVER AUTHORITY ORDERS INQUIRY INTO COLLAPSE OF MARLOW WEIR');
    expect(out[0]).toEqual({ type: 'boilerplate', role: 'masthead', text: 'THE DAILY OBSERVER' });
    expect(texts(out)).toEqual(texts(blocks));
  });

  it("makes the headings above the chosen title labels, and the short paragraphs there (an issue line, a greeting) the page's", () => {
    const blocks: ArticleBlock[] = [
      { type: 'headline', text: 'Notes from a small town' },
      { type: 'subheading', text: 'Home' },
      { type: 'subheading', text: 'Events' },
      { type: 'paragraph', text: 'MEMBERS BULLETIN No. 41' },
      { type: 'paragraph', text: 'Dear members,' },
      { type: 'subheading', text: 'Inquiry ordered into collapse of the Marlow weir after storm' },
      ...story,
    ];
    const out = confirmHeadline(blocks);
    expect(out.map((block) => block.type)).toEqual(['boilerplate', 'section-label', 'section-label', 'boilerplate', 'boilerplate', 'headline', 'paragraph', 'paragraph']);
  });

  it('finds the headline when none was read, in a strongly borne-out title over the story', () => {
    const blocks: ArticleBlock[] = [{ type: 'boilerplate', role: 'page', text: 'From: bulletin@example.org' }, { type: 'subheading', text: 'Weir collapse: authority orders inquiry' }, ...story];
    expect(headlineOf(confirmHeadline(blocks))).toEqual({ type: 'headline', text: 'Weir collapse: authority orders inquiry' });
  });

  it('takes the title alone out of a line that repeats it with a date and a site name', () => {
    const blocks: ArticleBlock[] = [
      { type: 'headline', text: '04/11/2026, 09:42 River authority orders inquiry into Marlow weir collapse | The Observer' },
      { type: 'subheading', text: 'River authority orders inquiry into Marlow weir collapse' },
      ...story,
    ];
    const out = confirmHeadline(blocks);
    expect(headlineOf(out)).toEqual({ type: 'headline', text: 'River authority orders inquiry into Marlow weir collapse' });
    expect(out[0]?.type).toBe('boilerplate');
  });

  it('keeps a headline the story bears out, and a deck under it, and a title below it with weak evidence', () => {
    const withDeck: ArticleBlock[] = [
      { type: 'headline', text: 'Weir gives way in storm' },
      { type: 'subheading', text: 'Independent inquiry ordered as twelve homes flooded downstream' },
      ...story,
    ];
    expect(confirmHeadline(withDeck)).toEqual(withDeck);
    const weakBelow: ArticleBlock[] = [{ type: 'headline', text: 'Authority orders weir inquiry after storm' }, { type: 'subheading', text: 'Marlow weir' }, ...story];
    expect(confirmHeadline(weakBelow)).toEqual(weakBelow);
  });

  it('checks titles against the story, not a long line above it that ends no sentence (a citation, a field line)', () => {
    const blocks: ArticleBlock[] = [
      { type: 'headline', text: 'Research Education Campaigns Jobs' },
      { type: 'subheading', text: 'River authority orders inquiry into Marlow weir collapse' },
      // A citation block of some 350 words: were it taken for the story's start, it would fill the opening the titles are checked against.
      { type: 'paragraph', text: Array.from({ length: 40 }, (_unused, at) => `Cited by: The Weekly Record 2026; 412: c${2000 + at} doi`).join(' | ') },
      ...story,
    ];
    expect(headlineOf(confirmHeadline(blocks))).toEqual({ type: 'headline', text: 'River authority orders inquiry into Marlow weir collapse' });
  });

  it('changes nothing without a story paragraph to check against, or with no title line borne out', () => {
    const short: ArticleBlock[] = [{ type: 'headline', text: 'The Observer' }, { type: 'subheading', text: 'Weir inquiry ordered' }, { type: 'paragraph', text: 'Dear readers,' }];
    expect(confirmHeadline(short)).toEqual(short);
    const none: ArticleBlock[] = [{ type: 'headline', text: 'The Observer' }, { type: 'subheading', text: 'Letters page' }, ...story];
    expect(confirmHeadline(none)).toEqual(none);
  });

  it('works in the text reader, and an editor-given headline stands', () => {
    const text = ['Notes from a small town by the river', '', 'River authority orders inquiry into Marlow weir collapse', '', 'By Ana Reed', '', LEDE, '', SECOND].join('\n');
    expect(headlineOf(parseArticleText(text))).toEqual({ type: 'headline', text: 'River authority orders inquiry into Marlow weir collapse' });
    const given = parseArticleText(text, { lineKinds: new Map([['Notes from a small town by the river', 'headline']]) });
    expect(headlineOf(given)).toEqual({ type: 'headline', text: 'Notes from a small town by the river' });
  });
});

describe('withoutIndexAbove', () => {
  it("makes a list above the headline that lists the headline the page's, each item a line with its marker", () => {
    const blocks: ArticleBlock[] = [
      { type: 'list', ordered: true, items: [{ marker: '1.', text: 'Weir inquiry ordered' }, { marker: '2.', text: 'Bridge reopens' }] },
      { type: 'headline', text: 'Weir inquiry ordered' },
      { type: 'paragraph', text: LEDE },
      { type: 'list', ordered: true, items: [{ marker: '1.', text: 'Weir inquiry ordered' }] },
    ];
    expect(withoutIndexAbove(blocks)).toEqual([
      { type: 'boilerplate', role: 'page', text: '1. Weir inquiry ordered' },
      { type: 'boilerplate', role: 'page', text: '2. Bridge reopens' },
      ...blocks.slice(1),
    ]);
  });

  it('leaves a list above the headline that does not list it, and a file without a headline', () => {
    const blocks: ArticleBlock[] = [{ type: 'list', ordered: false, items: [{ marker: '-', text: 'Home' }] }, { type: 'headline', text: 'Weir inquiry ordered' }];
    expect(withoutIndexAbove(blocks)).toEqual(blocks);
    expect(withoutIndexAbove(blocks.slice(0, 1))).toEqual(blocks.slice(0, 1));
  });
});

describe('withoutRunInLabel', () => {
  const opening = new Set(['the', 'river', 'authority', 'has', 'ordered', 'inquiry', 'into', 'collapse', 'weir', 'ferry', 'strike']);

  it('sets apart a label the story never uses, before ":", ",", "|" or a hyphen glued to capitals', () => {
    for (const [line, label] of [
      ['HED: River authority orders weir inquiry', 'HED:'],
      ['Heading level 1, River authority orders weir inquiry', 'Heading level 1,'],
      ['CORRECTED-UPDATE 1-River authority orders weir inquiry', 'CORRECTED-UPDATE 1-'],
      ['Analysis | River authority orders weir inquiry', 'Analysis |'],
    ]) {
      const out = withoutRunInLabel([{ type: 'headline', text: line! }], opening);
      expect(out, line).toEqual([{ type: 'section-label', text: label }, { type: 'headline', text: 'River authority orders weir inquiry' }]);
    }
  });

  it('keeps a title whose words before the colon are the story\'s, and one too short after it', () => {
    for (const line of ['Ferry strike: hundreds stranded at the quay', 'Analysis: weir', 'River authority orders weir inquiry']) {
      const blocks: ArticleBlock[] = [{ type: 'headline', text: line }];
      expect(withoutRunInLabel(blocks, opening), line).toEqual(blocks);
    }
  });

  it('works through confirmHeadline, with the story as its evidence', () => {
    const out = confirmHeadline([{ type: 'headline', text: 'EXCLUSIVE: Marlow weir inquiry ordered by river authority' }, { type: 'paragraph', text: LEDE }]);
    expect(out.slice(0, 2)).toEqual([{ type: 'section-label', text: 'EXCLUSIVE:' }, { type: 'headline', text: 'Marlow weir inquiry ordered by river authority' }]);
  });
});

describe('the story begins where its prose runs on', () => {
  it('passes over a lone paragraph of prose above the title (a cache notice) to find the title over the story', () => {
    const notice = "This is a search engine's cache of the page as it appeared on 6 December. The current page could have changed in the meantime.";
    const out = confirmHeadline([{ type: 'paragraph', text: notice }, { type: 'subheading', text: 'Marlow weir inquiry ordered by river authority' }, { type: 'paragraph', text: LEDE }, { type: 'paragraph', text: SECOND }]);
    expect(headlineOf(out)).toEqual({ type: 'headline', text: 'Marlow weir inquiry ordered by river authority' });
    expect(out[0]).toEqual({ type: 'boilerplate', role: 'page', text: notice });
  });
});

describe('a title read together with the page lines around it', () => {
  it('sets the title line apart when the story bears it out, the lines around it keeping their kind', () => {
    const out = confirmHeadline([
      { type: 'boilerplate', role: 'page', text: 'READER APP · Library › Unread\nMarlow weir inquiry ordered by river authority\n2026-06-10 14:22 GMT' },
      { type: 'paragraph', text: LEDE },
      { type: 'paragraph', text: SECOND },
    ]);
    expect(out.slice(0, 3)).toEqual([
      { type: 'boilerplate', role: 'page', text: 'READER APP · Library › Unread' },
      { type: 'headline', text: 'Marlow weir inquiry ordered by river authority' },
      { type: 'boilerplate', role: 'page', text: '2026-06-10 14:22 GMT' },
    ]);
  });

  it('leaves such a block whole when no line of it is borne out, or when a headline the story bears out is read', () => {
    const weak: ArticleBlock[] = [{ type: 'boilerplate', role: 'page', text: 'READER APP · Library\nSaved for later' }, { type: 'paragraph', text: LEDE }, { type: 'paragraph', text: SECOND }];
    expect(confirmHeadline(weak)).toEqual(weak);
    const read: ArticleBlock[] = [
      { type: 'headline', text: 'River authority orders inquiry into Marlow weir collapse' },
      { type: 'boilerplate', role: 'page', text: 'Related\nMarlow weir inquiry ordered by river authority' },
      { type: 'paragraph', text: LEDE },
      { type: 'paragraph', text: SECOND },
    ];
    expect(confirmHeadline(read)).toEqual(read);
  });
});

describe('a live blog', () => {
  it('keeps its headline and its entries: each entry is a lone paragraph, and the first is the story', () => {
    const blocks: ArticleBlock[] = [
      { type: 'headline', text: 'Marlow weir live: homes flooded as the river rises' },
      { type: 'timestamp', text: '15:32 GMT', opensEntry: true, time: '15:32' },
      { type: 'subheading', text: 'Twelve homes flooded' },
      { type: 'paragraph', text: LEDE },
      { type: 'timestamp', text: '13:05 GMT', opensEntry: true, time: '13:05' },
      { type: 'subheading', text: 'Weir inspected in the spring and rated fair' },
      { type: 'paragraph', text: SECOND },
      { type: 'paragraph', text: 'The stone weir was inspected again in the autumn, and the inspectors rated it in fair condition once more.' },
    ];
    expect(confirmHeadline(blocks)).toEqual(blocks);
  });
});
