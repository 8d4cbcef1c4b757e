import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../../src/lib/ingest/parse-article.ts';
import type { ArticleBlock } from '../../../src/lib/schemas/article-block.ts';

/** Rules for layouts first met in round text2 (issue 16): each with an invented snippet. */
const parse = (lines: readonly string[]) => parseArticleText(lines.join('\n'));
const kindOf = (blocks: readonly ArticleBlock[], text: string) => {
  const block = blocks.find((candidate) => 'text' in candidate && candidate.text === text);
  return block === undefined ? undefined : block.type === 'boilerplate' ? `boilerplate:${block.role}` : block.type;
};
const headline = (blocks: readonly ArticleBlock[]) => blocks.find((block) => block.type === 'headline')?.text;

describe('a forwarded e-mail', () => {
  const blocks = parse([
    'Hi both,',
    '',
    'Worth reading before the meeting on Friday. See you there.',
    '',
    'Sam',
    '',
    '-------- Original Message --------',
    'From: The Weekly Bulletin <news@bulletin.example>',
    'Date: Mon, 2 Jun 2025 at 08:00',
    'Subject: Ferry fares to rise in July',
    '',
    'Ferry fares to rise in July',
    '',
    'Fares on the island ferry will rise by 4% from 1 July, the operator said on Monday.',
    '',
    'The operator blamed the cost of fuel and said the rise was its first in three years.',
  ]);

  it('sets the forwarder’s note, the divider and the header apart as furniture', () => {
    for (const line of ['Hi both,', 'Worth reading before the meeting on Friday. See you there.', 'Sam', '-------- Original Message --------', 'From: The Weekly Bulletin <news@bulletin.example>', 'Subject: Ferry fares to rise in July']) {
      expect(kindOf(blocks, line)).toBe('boilerplate:page');
    }
  });

  it('finds the headline in the message forwarded', () => {
    expect(headline(blocks)).toBe('Ferry fares to rise in July');
    expect(kindOf(blocks, 'Fares on the island ferry will rise by 4% from 1 July, the operator said on Monday.')).toBe('paragraph');
  });

  it('takes a run of header lines anywhere as furniture, but not one "Date:" line in the text', () => {
    const alone = parse(['Ferry fares to rise in July', 'Fares will rise by 4% from 1 July.', 'Date: to be confirmed by the council', 'The operator said so on Monday.']);
    expect(kindOf(alone, 'Date: to be confirmed by the council')).not.toBe('boilerplate:page');
  });
});

describe('a press release’s closing matter', () => {
  const blocks = parse([
    'FOR IMMEDIATE RELEASE',
    '',
    'Harbour Trust opens a new cargo berth at Lisk',
    '',
    'LISK, Norland, May 5, 2025 /Business Wire/ -- The Harbour Trust today opened a fourth cargo berth at Lisk.',
    '',
    '"It doubles what we can unload in a day," said the trust’s director, Ana Pell.',
    '',
    'About the Harbour Trust',
    '',
    'The Harbour Trust runs three ports on the north coast and employs 900 people.',
    '',
    'Notes to editors',
    '',
    'Photographs of the berth are available on request.',
    '',
    'For more information, contact:',
    'Tom Reyes, press office',
    'Tel: +47 22 00 11 22',
    'press@harbourtrust.example',
    'www.harbourtrust.example',
    '',
    '- Ends -',
  ]);

  it('reads a dateline with a newswire’s tag between slashes', () => {
    expect(blocks.find((block) => block.type === 'dateline')).toEqual({ type: 'dateline', text: 'LISK, Norland, May 5, 2025 /Business Wire/ --', place: 'LISK, Norland', agency: 'Business Wire' });
  });

  it('takes "About …" and "Notes to editors" sections, the contact block and the end mark as furniture', () => {
    for (const line of ['About the Harbour Trust', 'The Harbour Trust runs three ports on the north coast and employs 900 people.', 'Notes to editors', 'Photographs of the berth are available on request.', 'For more information, contact:', 'Tom Reyes, press office', 'Tel: +47 22 00 11 22', 'press@harbourtrust.example', 'www.harbourtrust.example', '- Ends -']) {
      expect(kindOf(blocks, line)).toBe('boilerplate:page');
    }
    expect(kindOf(blocks, '"It doubles what we can unload in a day," said the trust’s director, Ana Pell.')).toBe('paragraph');
  });

  it('keeps a subheading about the story ("About the deal") and its paragraphs as the story', () => {
    const story = parse(['Ports agree a shared berth', '', 'The two ports agreed on Monday to share a berth.', '', 'About the deal', '', 'The berth will be run by a joint company from June.']);
    expect(kindOf(story, 'The berth will be run by a joint company from June.')).toBe('paragraph');
  });

  it('keeps a number or a year range in the text', () => {
    const story = parse(['Ports agree a shared berth', '', 'The two ports agreed on Monday to share a berth.', '', '2024-2025', '', 'The berth will be run by a joint company from June.']);
    expect(kindOf(story, '2024-2025')).not.toBe('boilerplate:page');
  });
});

describe('a podcast or radio transcript', () => {
  const blocks = parse([
    'THE MORNING TIDE',
    'Why the ferry fares are rising',
    'Transcript',
    '[MUSIC]',
    '[00:00:05] ANA PELL: Good morning. Ferry fares rise by 4% in July.',
    '[00:00:12] TOM REYES: And the operator blames fuel.',
    '[00:01:40]',
    'ANA PELL: Is that the whole story?',
    '[00:01:44] TOM REYES: Not quite. [LAUGHS] Wages rose too.',
    '[MUSIC ENDS]',
    'This transcript was generated automatically and may contain errors.',
  ]);

  it('reads turns opened by a time code, the time code kept with the speaker', () => {
    expect(blocks).toContainEqual({ type: 'turn', speaker: '[00:00:05] ANA PELL:', text: 'Good morning. Ferry fares rise by 4% in July.' });
    expect(blocks).toContainEqual({ type: 'turn', speaker: 'ANA PELL:', text: 'Is that the whole story?' });
    expect(blocks).toContainEqual({ type: 'turn', speaker: '[00:01:44] TOM REYES:', text: 'Not quite. [LAUGHS] Wages rose too.' });
  });

  it('takes sound cues in brackets, a time code alone, the "Transcript" label and the note on how it was made as furniture', () => {
    for (const line of ['Transcript', '[MUSIC]', '[00:01:40]', '[MUSIC ENDS]', 'This transcript was generated automatically and may contain errors.']) expect(kindOf(blocks, line)).toBe('boilerplate:page');
    expect(headline(blocks)).toBe('Why the ferry fares are rising');
  });

  it('keeps a bracketed aside in ordinary case as text', () => {
    expect(kindOf(parse(['Ferry fares rise', 'Fares rise in July.', '[Updated with the operator’s comment]', 'The operator said so.']), '[Updated with the operator’s comment]')).not.toBe('boilerplate:page');
  });
});

describe('a live blog’s key events', () => {
  it('takes the timed titles under "Key events" as links to the entries, and leaves a summary list under it alone', () => {
    const blocks = parse(['Floods along the Ember', 'Key events', '13:40 Peak at Carlow Bridge expected tonight', '11:15 Two schools closed', '13:40 GMT', 'The river will peak at 7pm.', '11:15 GMT', 'Two schools closed today.']);
    expect(blocks).toContainEqual({ type: 'related-links', items: ['Key events', '13:40 Peak at Carlow Bridge expected tonight', '11:15 Two schools closed'] });
    const summary = parse(['Floods along the Ember', 'Key events', '- The river will peak at 7pm', '- Two schools are closed', '13:40 GMT', 'The river will peak at 7pm.']);
    expect(summary.some((block) => block.type === 'related-links')).toBe(false);
  });
});

describe('a story shared from a news app', () => {
  it('takes the source’s name over the date under the headline as a masthead, a person’s name as a byline', () => {
    const blocks = parse(['Fares to rise on the island ferry', 'Harbour Weekly News', '2h ago', 'Fares will rise by 4% from July, the operator said.', 'The rise is its first in three years.']);
    expect(kindOf(blocks, 'Harbour Weekly News')).toBe('boilerplate:masthead');
    const signed = parse(['Fares to rise on the island ferry', 'Ana Pell', '2h ago', 'Fares will rise by 4% from July, the operator said.', 'The rise is its first in three years.']);
    expect(kindOf(signed, 'Ana Pell')).toBe('byline');
  });

  it('keeps a subheading over the body as a subheading', () => {
    const blocks = parse(['Fares to rise on the island ferry', 'Fares will rise by 4% from July, the operator said.', 'What Changes', 'The rise is its first in three years.']);
    expect(kindOf(blocks, 'What Changes')).toBe('subheading');
  });
});
