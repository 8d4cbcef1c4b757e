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
