import { describe, expect, it } from 'vitest';
import { applySpeakerCorrections, checkSpeakerCorrections } from '../../../src/lib/review/speaker-corrections.ts';
import type { Quote } from '../../../src/lib/schemas/comparison.ts';

const sentences = [
  { id: 'alpha/s-a00001', articleId: 'alpha', text: '“We are pleased,” the mayor said.', reporting: true },
  { id: 'alpha/s-a00002', articleId: 'alpha', text: 'It was “fine,” someone said.', reporting: true },
];
const quotes: Quote[] = [
  { id: 'alpha/q1', articleId: 'alpha', sentenceIds: ['alpha/s-a00001'], text: 'We are pleased', speaker: 'Mayor', speakerId: null, speakerMethod: 'said-after', partial: false, groupId: null },
  { id: 'alpha/q2', articleId: 'alpha', sentenceIds: ['alpha/s-a00002'], text: 'fine', speaker: null, speakerId: null, speakerMethod: 'none', partial: true, groupId: null },
];
const entities = [{ id: 'ann-mayor', name: 'Ann Mayor', kind: 'person' as const, variants: ['Ann Mayor', 'Mayor'], titles: [], mentionCount: 2, articleIds: ['alpha'] }];

describe('checkSpeakerCorrections', () => {
  it('accepts a correction whose sentence and quote are current', () => {
    expect(checkSpeakerCorrections([{ sentence: { id: 'alpha/s-a00001', text: sentences[0]!.text }, quote: 'we are  PLEASED', speaker: 'Ann Mayor' }], sentences, quotes, 's.yaml')).toEqual([]);
  });

  it('names a stale sentence, and words that no quote of the sentence contains', () => {
    const problems = checkSpeakerCorrections(
      [
        { sentence: { id: 'alpha/s-a00001', text: 'Old words.' }, quote: 'pleased', speaker: 'Ann Mayor' },
        { sentence: { id: 'alpha/s-a00002', text: sentences[1]!.text }, quote: 'not there', speaker: null },
      ],
      sentences,
      quotes,
      'content/speakers.yaml',
    );
    expect(problems).toEqual([
      { path: 'content/speakers.yaml', message: 'sentence alpha/s-a00001 now reads "“We are pleased,” the mayor said."; check that it still states the claim, then copy its new text into the file (or remove the sentence)' },
      { path: 'content/speakers.yaml', message: 'no quote in sentence alpha/s-a00002 contains "not there"; copy words from inside its quotation marks' },
    ]);
  });
});

describe('applySpeakerCorrections', () => {
  it('sets the editor’s speaker, linked to a known entity, and leaves other quotes alone', () => {
    const corrected = applySpeakerCorrections(quotes, [{ sentence: { id: 'alpha/s-a00002', text: sentences[1]!.text }, quote: 'fine', speaker: 'mayor' }], entities);
    expect(corrected[0]).toBe(quotes[0]);
    expect(corrected[1]).toMatchObject({ speaker: 'Ann Mayor', speakerId: 'ann-mayor', speakerMethod: 'editor' });
  });

  it('can say the article names no speaker, and keeps a name no entity has', () => {
    const none = applySpeakerCorrections(quotes, [{ sentence: { id: 'alpha/s-a00001', text: sentences[0]!.text }, quote: 'pleased', speaker: null }], entities);
    expect(none[0]).toMatchObject({ speaker: null, speakerId: null, speakerMethod: 'editor' });
    const other = applySpeakerCorrections(quotes, [{ sentence: { id: 'alpha/s-a00001', text: sentences[0]!.text }, quote: 'pleased', speaker: 'Bo Clerk' }], entities);
    expect(other[0]).toMatchObject({ speaker: 'Bo Clerk', speakerId: null, speakerMethod: 'editor' });
  });
});
