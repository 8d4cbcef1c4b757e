import { describe, expect, it } from 'vitest';
import { attributeSentences } from '../../../../src/lib/analysis/quotes/attribution.ts';
import { prepareCorpus } from '../../../../src/lib/analysis/corpus.ts';
import { findQuotes } from '../../../../src/lib/analysis/quotes/quotes.ts';
import { articlesFrom } from '../../../helpers/corpus.ts';

const attributions = (text: string) => {
  const corpus = prepareCorpus(articlesFrom({ a: `A Headline For The Story\n${text}` }));
  const map = attributeSentences(corpus, findQuotes(corpus));
  return corpus.sentences.slice(1).map((sentence) => {
    const { kind, source, cue } = map.get(sentence.id)!;
    return { kind, source, cue };
  });
};

describe('attributeSentences', () => {
  it.each([
    ['The talks ended without a deal.', { kind: 'own-voice', source: null, cue: null }],
    ['Talks will reportedly resume in Geneva.', { kind: 'unnamed-source', cue: 'reportedly' }],
    ['Senior officials said the talks would resume.', { kind: 'unnamed-source', source: 'Senior officials' }],
    ['The deal is close, according to the European Commission.', { kind: 'named-institution', source: 'European Commission', cue: 'according to' }],
    ['Ivan Petrov confirmed the talks would resume.', { kind: 'named-person', source: 'Ivan Petrov', cue: 'confirmed' }],
    ['“We will be back next week,” Ivan Petrov said.', { kind: 'named-person', source: 'Ivan Petrov', cue: 'quoted' }],
    ['The deal was close, Ivan Petrov told The Associated Press.', { kind: 'named-person', source: 'Ivan Petrov' }],
    ['The deal was close, according to unnamed sources cited by Bloomberg News.', { kind: 'other-outlet', source: 'Bloomberg News' }],
    ['The ministry has yet to respond to requests for comment.', { kind: 'own-voice' }],
    ['The ministry did not immediately respond to a request.', { kind: 'own-voice' }],
  ])('%s', (text, expected) => {
    expect(attributions(text)[0]).toMatchObject(expected);
  });

  it('attributes an embedded post to its author', () => {
    const all = attributions('A long paragraph of ordinary news prose comes first here and it runs on for well over twenty-five words before it ends.\nShort post text.\n— Ivan Petrov (@ipetrov) May 2, 2024');
    expect(all[1]).toMatchObject({ kind: 'embedded-post', source: 'Ivan Petrov' });
  });
});
