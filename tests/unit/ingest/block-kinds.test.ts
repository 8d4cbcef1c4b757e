import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../../src/lib/ingest/parse-article.ts';
import type { ArticleBlock } from '../../../src/lib/schemas/article-block.ts';

/** Invented prose lines, all different, so that no line repeats another (a repeat is a pull quote). */
const body = [
  'The committee met for three hours on Monday and agreed to publish its findings before the summer recess.',
  'Members said the report would include recommendations on funding, staffing and the timetable for new rules.',
  'A spokesperson for the ministry declined to comment on the details but said the government welcomed the work.',
  'Opposition parties said they would study the findings closely once the full text had been released.',
];
const [one, two, three, four] = body as [string, string, string, string];

const types = (text: string) => parseArticleText(text).map((block) => block.type);
const find = <T extends ArticleBlock['type']>(text: string, type: T) =>
  parseArticleText(text).filter((block): block is Extract<ArticleBlock, { type: T }> => block.type === type);

describe('each block kind, from a line in its usual place', () => {
  it.each([
    { kind: 'byline', text: `A Headline Here\nBy Jane Doe and John Roe\n${one}\n${two}`, expected: ['headline', 'byline', 'paragraph', 'paragraph'] },
    { kind: 'dateline', text: `A Headline Here\nPORTVILLE (EW) — ${one}\n${two}`, expected: ['headline', 'dateline', 'paragraph', 'paragraph'] },
    { kind: 'dateline alone on its line', text: `A Headline Here\nPORTVILLE (EW) —\n${one}\n${two}`, expected: ['headline', 'dateline', 'paragraph', 'paragraph'] },
    { kind: 'timestamp', text: `A Headline Here\nUpdated 5:14 PM EDT, March 18, 2025\n${one}\n${two}`, expected: ['headline', 'timestamp', 'paragraph', 'paragraph'] },
    { kind: 'ad slug', text: `A Headline Here\n${one}\nAdvertisement\n${two}`, expected: ['headline', 'paragraph', 'ad', 'paragraph'] },
    { kind: 'read-more line', text: `A Headline Here\n${one}\nRead more: Committee findings explained\n${two}`, expected: ['headline', 'paragraph', 'related-links', 'paragraph'] },
    { kind: 'photo credit alone, under its caption', text: `A Headline Here\n${one}\nThe committee room on Monday.\nPhoto: Jane Doe/Example Wire\n${two}`, expected: ['headline', 'paragraph', 'photo-caption', 'photo-credit', 'paragraph'] },
    { kind: 'photo credit glued to its caption', text: `A Headline Here\n${one}\nThe committee room on Monday. Photo: Jane Doe /Example Wire\n${two}`, expected: ['headline', 'paragraph', 'photo-caption', 'photo-credit', 'paragraph'] },
    { kind: 'reporting credit', text: `A Headline Here\n${one}\n${two}\nReporting by Jane Doe; Editing by John Roe`, expected: ['headline', 'paragraph', 'paragraph', 'reporting-credit'] },
    { kind: 'reporting credit glued to the last paragraph', text: `A Headline Here\n${one}\n${two} (Reporting by Jane Doe; Editing by John Roe)`, expected: ['headline', 'paragraph', 'paragraph', 'reporting-credit'] },
    { kind: 'pull quote', text: `A Headline Here\n${one}\n“Staffing and the timetable for new rules.”\nMembers said the report would include recommendations on funding, staffing and the timetable for new rules.`, expected: ['headline', 'paragraph', 'pull-quote', 'paragraph'] },
    { kind: 'share line', text: `A Headline Here\n${one}\nShare this article\n${two}`, expected: ['headline', 'paragraph', 'boilerplate', 'paragraph'] },
    { kind: 'newsletter line', text: `A Headline Here\n${one}\nSign up for our weekly newsletter\n${two}`, expected: ['headline', 'paragraph', 'boilerplate', 'paragraph'] },
    { kind: 'copyright line', text: `A Headline Here\n${one}\n${two}\n© 2025 Example Media. All rights reserved.`, expected: ['headline', 'paragraph', 'paragraph', 'boilerplate'] },
    { kind: 'numbered list', text: `A Headline Here\n${one}\n1. funding\n2. staffing\n${two}`, expected: ['headline', 'paragraph', 'list', 'paragraph'] },
    { kind: 'key points: a list before the body', text: `A Headline Here\n- funding\n- staffing\n${one}`, expected: ['headline', 'key-points', 'paragraph'] },
    { kind: 'key points after a byline and a timestamp', text: `A Headline Here\nBy Jane Doe\n18 March 2025\n- funding\n- staffing\n${one}`, expected: ['headline', 'byline', 'timestamp', 'key-points', 'paragraph'] },
    { kind: 'transcript turns', text: `A Headline Here\nHOST: ${one}\nDOE: ${two}\nHOST: ${three}\nDOE: ${four}`, expected: ['headline', 'turn', 'turn', 'turn', 'turn'] },
    {
      kind: 'a post pasted as a card',
      text: `A Headline Here\n${one}\nJane Doe\n@janedoe\nWe will publish the findings in June.\n5:14 PM · Mar 18, 2025\n${two}`,
      expected: ['headline', 'paragraph', 'social-post', 'paragraph'],
    },
    {
      kind: 'live-blog entries',
      text: `A Headline Here\n18:40 GMT\n${one}\n- funding\n- staffing\n18:05 GMT\n${two}`,
      expected: ['headline', 'timestamp', 'paragraph', 'list', 'timestamp', 'paragraph'],
    },
  ])('$kind', ({ text, expected }) => {
    expect(types(text)).toEqual(expected);
  });
});

describe('what each kind carries', () => {
  it('a byline names its authors; a dateline its place and agency', () => {
    const text = `A Headline Here\nBy Jane Doe and John Roe, Example Wire\nPORTVILLE, Norland, March 18 (EW) - ${one}`;
    expect(find(text, 'byline')).toEqual([{ type: 'byline', text: 'By Jane Doe and John Roe, Example Wire', authors: ['Jane Doe', 'John Roe'] }]);
    expect(find(text, 'dateline')).toEqual([{ type: 'dateline', text: 'PORTVILLE, Norland, March 18 (EW) -', place: 'PORTVILLE, Norland', agency: 'EW' }]);
    expect(find(text, 'paragraph')[0]!.text).toBe(one);
  });

  it('a dateline is read only at the start of the story (or of a live entry)', () => {
    expect(find(`A Headline Here\n${one}\nPORTVILLE (EW) — ${two}`, 'dateline')).toEqual([]);
  });

  it('ordered lists stay ordered, with their numbers', () => {
    expect(find(`A Headline Here\n${one}\n1. funding\n2) staffing\n${two}`, 'list')).toEqual([
      { type: 'list', ordered: true, items: [{ marker: '1.', text: 'funding' }, { marker: '2)', text: 'staffing' }] },
    ]);
  });

  it('a card post keeps its name and handle lines and reads author, handle, date and time', () => {
    const [post] = find(`A Headline Here\n${one}\nJane Doe ✓\n@janedoe\nFirst line.\nSecond line.\n5:14 PM · Mar 18, 2025\n${two}`, 'social-post');
    expect(post).toEqual({
      type: 'social-post',
      header: ['Jane Doe ✓', '@janedoe'],
      lines: ['First line.', 'Second line.'],
      attribution: { text: '5:14 PM · Mar 18, 2025', author: 'Jane Doe', handle: '@janedoe', date: 'Mar 18, 2025', time: '5:14 PM' },
    });
  });

  it('a handle line without a time line below is not a post', () => {
    expect(types(`A Headline Here\n${one}\nFollow her:\n@janedoe\n${two}`)).not.toContain('social-post');
  });

  it('live-blog timestamps open entries with their time; a single publication time does not', () => {
    const live = find(`A Headline Here\nUpdated 19:00 GMT\n18:40 GMT\n${one}\n6:05 p.m. GMT\n${two}`, 'timestamp');
    expect(live.map(({ opensEntry, time }) => [opensEntry, time])).toEqual([
      [false, '19:00'],
      [true, '18:40'],
      [true, '18:05'],
    ]);
    expect(find(`A Headline Here\n18:40 GMT\n${one}\n${two}`, 'timestamp').map((block) => block.opensEntry)).toEqual([false]);
  });

  it('a transcript needs several turns by two speakers, one speaking twice', () => {
    expect(types(`A Headline Here\nNote: ${one}\n${two}`)).toEqual(['headline', 'paragraph', 'paragraph']);
    expect(types(`A Headline Here\nDOE: ${one}\nROE: ${two}`)).toEqual(['headline', 'paragraph', 'paragraph']);
  });

  it('a paragraph repeated word for word: the later one is the pull quote', () => {
    expect(types(`A Headline Here\n${one}\n${two}\n${one}`)).toEqual(['headline', 'paragraph', 'paragraph', 'pull-quote']);
  });

  it('a line opening with the byline author’s name is a note about the author', () => {
    const blocks = parseArticleText(`A Headline Here\nBy Jane Doe\n${one}\nJane Doe is a reporter covering parliament.`);
    expect(blocks.at(-1)).toEqual({ type: 'boilerplate', role: 'author', text: 'Jane Doe is a reporter covering parliament.' });
  });

  it('a read-more label alone gathers the link titles under it', () => {
    expect(find(`A Headline Here\n${one}\n${two}\nRelated stories\nCommittee findings explained\nWhat the rules change`, 'related-links')).toEqual([
      { type: 'related-links', items: ['Related stories', 'Committee findings explained', 'What the rules change'] },
    ]);
  });

  it('a headline comes after leading page furniture', () => {
    expect(types(`View in browser\nThe Weekly Letter\nBy Jane Doe\n${one}`)).toEqual(['boilerplate', 'headline', 'byline', 'paragraph']);
  });

  it('a headline may open with a quotation followed by a colon', () => {
    expect(types(`'Not yet a deal': what the committee found\n${one}`)).toEqual(['headline', 'paragraph']);
    expect(types(`“Not yet,” she said\n${one}`)).toEqual(['paragraph', 'paragraph']);
    // …or after a comma with whose words they are, in a headline's present tense.
    expect(types(`'We will rebuild the pier by spring', harbour master vows\n${one}`)).toEqual(['headline', 'paragraph']);
    expect(types(`“We will rebuild it,” the harbour master said\n${one}`)).toEqual(['paragraph', 'paragraph']);
  });

  it('related-link titles trail the body even when furniture closes the page', () => {
    expect(types(`A Headline Here\n${one}\n${two}\nCommittee findings explained\nWhat the rules change\n© 2025 Example Media`)).toEqual([
      'headline',
      'paragraph',
      'paragraph',
      'related-links',
      'boilerplate',
    ]);
  });
});

describe('furniture of other common layouts', () => {
  it('a stacked dateline names its place and agency; page times above a live blog open no entry', () => {
    expect(find(`A Headline Here\nPortville\nExample News\n —\n${one}`, 'dateline')).toEqual([
      { type: 'dateline', text: 'Portville\nExample News\n —', place: 'Portville', agency: 'Example News' },
    ]);
    const times = find(`A Headline Here\nTue 18 Mar 2025 18.40 EDT\nFirst published on Tue 18 Mar 2025 09.05 EDT\n18.40 EDT\n${one}\n17.55 EDT\n${two}`, 'timestamp');
    expect(times.map((block) => block.opensEntry)).toEqual([false, false, true, true]);
  });

  it.each([
    {
      name: 'agency story with a rule and a contributors line',
      text: `A Headline Here\nBy JANE DOE and JOHN ROE\nUpdated 6:12 PM GMT+1, March 18, 2025\nPORTVILLE, Norland (EW) — ${one}\n${two}\nFILE - The committee room, Jan. 5, 2025. (EW Photo/Jane Doe, File)\n${three}\n___\nExample Wire writers Ann Lee and Bob Smith contributed to this report.`,
      expected: ['headline', 'byline', 'timestamp', 'dateline', 'paragraph', 'paragraph', 'photo-caption', 'photo-credit', 'paragraph', 'boilerplate', 'reporting-credit'],
    },
    {
      name: 'name and job title under the headline; a credit heading its caption',
      text: `A Headline Here\n2 hours ago\nShare\nJane Doe\nPolitical correspondent\nImage source, Example Images\nImage caption, The committee room on Monday\n${one}\n${two}`,
      expected: ['headline', 'timestamp', 'boilerplate', 'byline', 'byline', 'photo-credit', 'photo-caption', 'paragraph', 'paragraph'],
    },
    {
      name: 'press release',
      text: `FOR IMMEDIATE RELEASE\nA Headline Here\nPORTVILLE, Norland – March 18, 2025 – ${one}\n${two}\n###\nMedia Contact: Bob Smith, press@example.org`,
      expected: ['boilerplate', 'headline', 'dateline', 'paragraph', 'paragraph', 'boilerplate', 'boilerplate'],
    },
    {
      name: 'a dateline pasted as a stack of lines',
      text: `A Headline Here\nBy Jane Doe, Example News\nPortville\nExample News\n —\n${one}\n${two}`,
      expected: ['headline', 'byline', 'dateline', 'paragraph', 'paragraph'],
    },
    {
      name: 'numbered section headings of a listicle',
      text: `A Headline Here\n${one}\n1. Funding comes first\n${two}\n2. Staffing follows\n${three}`,
      expected: ['headline', 'paragraph', 'subheading', 'paragraph', 'subheading', 'paragraph'],
    },
    {
      name: 'a live blog under dated page times',
      text: `A Headline Here\nTue 18 Mar 2025 18.40 EDT\nFirst published on Tue 18 Mar 2025 09.05 EDT\n18.40 EDT\n${one}\n17.55 EDT\n${two}`,
      expected: ['headline', 'timestamp', 'timestamp', 'timestamp', 'paragraph', 'timestamp', 'paragraph'],
    },
    {
      name: 'screen-reader text around a list of links',
      text: `A Headline Here\n${one}\nKeep reading\nlist of 2 items\nlist 1 of 2\nCommittee findings explained\nlist 2 of 2\nWhat the rules change\nend of list\n${two}\nSource: Example Wire and agencies`,
      expected: ['headline', 'paragraph', 'boilerplate', 'boilerplate', 'boilerplate', 'subheading', 'boilerplate', 'subheading', 'boilerplate', 'paragraph', 'source-note'],
    },
  ])('$name', ({ text, expected }) => {
    expect(types(text)).toEqual(expected);
  });
});
