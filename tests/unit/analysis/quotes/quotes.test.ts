import { describe, expect, it } from 'vitest';
import { prepareCorpus } from '../../../../src/lib/analysis/corpus.ts';
import { blocksOf, findQuotes } from '../../../../src/lib/analysis/quotes/quotes.ts';
import { articlesFrom } from '../../../helpers/corpus.ts';

const quotesIn = (text: string) =>
  findQuotes(prepareCorpus(articlesFrom({ outlet: text }))).map((quote) => ({
    text: quote.text,
    speaker: quote.speaker?.name ?? null,
    method: quote.speakerMethod,
    partial: quote.partial,
  }));

const lead = 'A Headline For The Story\n';

describe('findQuotes: speakers', () => {
  it.each([
    {
      name: '"X said" after the quote',
      text: '“We will not give up,” Maria Lopez said on Monday.',
      expected: { text: 'We will not give up', speaker: 'Maria Lopez', method: 'said-after' },
    },
    {
      name: '"said X" after the quote',
      text: '“Enough is enough,” said Maria Lopez, the mayor.',
      expected: { text: 'Enough is enough', speaker: 'Maria Lopez', method: 'said-after' },
    },
    {
      name: 'a passive tag',
      text: '“Talks were hard...” was noted by spokesperson Ivan Petrov, who declined to elaborate.',
      expected: { text: 'Talks were hard...', speaker: 'Ivan Petrov', method: 'said-after' },
    },
    {
      name: 'an institution speaking',
      text: '“Negotiations will resume next week,” the State Department said.',
      expected: { text: 'Negotiations will resume next week', speaker: 'State Department', method: 'said-after' },
    },
    {
      name: '"X told …" with the quote before',
      text: '“It is a good first step,” Maria Lopez told reporters in Madrid.',
      expected: { speaker: 'Maria Lopez', method: 'said-after' },
    },
    {
      name: '"according to X"',
      text: 'The two sides “agreed to keep talking,” according to the European Commission.',
      expected: { speaker: 'European Commission', method: 'according-to', partial: true },
    },
    {
      name: 'a document speaking for its issuer',
      text: 'The Foreign Ministry’s statement said the talks were “constructive and frank.”',
      expected: { speaker: 'Foreign Ministry', method: 'possessive-source', partial: true },
    },
    {
      name: 'a speech verb before the quote, its subject not the object of a preposition',
      text: 'Maria Lopez spoke to Ivan Petrov and said the meeting was “long overdue.”',
      expected: { speaker: 'Maria Lopez', method: 'said-before', partial: true },
    },
    {
      name: 'an appositive before the verb',
      text: 'Prices will rise, Maria Lopez, a senior economist, said in a note that called the rise “inevitable.”',
      expected: { speaker: 'Maria Lopez', partial: true },
    },
  ])('$name', ({ text, expected }) => {
    const [quote] = quotesIn(`${lead}${text}`);
    expect(quote).toMatchObject(expected);
  });

  it('resolves "he said" to the person acting in the sentence before', () => {
    const quotes = quotesIn(`${lead}Ivan Petrov, the envoy, arrived late on Tuesday night.\n“We came to listen,” he said.`);
    expect(quotes).toEqual([{ text: 'We came to listen', speaker: 'Ivan Petrov', method: 'said-after', partial: false }]);
  });

  it('resolves "he said" to the last speaker, not the last name mentioned', () => {
    const quotes = quotesIn(
      `${lead}“The border stays open,” Ivan Petrov said in an interview with a local newspaper that was read by Maria Lopez.\n“We will not close it,” he said.`,
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ivan Petrov', 'Ivan Petrov']);
  });

  it('keeps a quote spanning sentences whole, with the speaker named after it', () => {
    const quotes = quotesIn(`${lead}“The first sentence is here. The second one follows,” Maria Lopez wrote.`);
    expect(quotes).toEqual([
      { text: 'The first sentence is here. The second one follows', speaker: 'Maria Lopez', method: 'said-after', partial: false },
    ]);
  });

  it('gives a quote continued in the next sentence the same speaker', () => {
    const quotes = quotesIn(`${lead}“We are ready,” Maria Lopez said. “But we need time.”`);
    expect(quotes.map((quote) => [quote.text, quote.speaker, quote.method])).toEqual([
      ['We are ready', 'Maria Lopez', 'said-after'],
      ['But we need time.', 'Maria Lopez', 'continued-quote'],
    ]);
  });

  it('joins a quote that runs on into the next paragraph and takes the speaker from its tag', () => {
    const quotes = quotesIn(`${lead}“This is the first paragraph of the statement.\n“And this closes it,” Maria Lopez said.`);
    expect(quotes).toEqual([
      { text: 'This is the first paragraph of the statement. And this closes it', speaker: 'Maria Lopez', method: 'said-after', partial: false },
    ]);
  });

  it('attributes a standalone quote under a label to the statement before it', () => {
    const quotes = quotesIn(`${lead}The Foreign Ministry released a statement saying the border would reopen “within days.”\nWhat they are saying:\n“Both sides must show restraint.”`);
    expect(quotes[1]).toMatchObject({ text: 'Both sides must show restraint.', speaker: 'Foreign Ministry', method: 'section-lead' });
  });

  it('treats straight quotes, partial quotes and single quotes inside a sentence', () => {
    const quotes = quotesIn(`${lead}Maria Lopez called the plan "reckless" and said it risked 'permanent damage'.`);
    expect(quotes.map((quote) => [quote.text, quote.speaker, quote.partial])).toEqual([
      ['reckless', 'Maria Lopez', true],
      ['permanent damage', 'Maria Lopez', true],
    ]);
  });

  it('quotes an embedded post as its author’s words, and quotes inside it too', () => {
    const quotes = quotesIn(`${lead}A paragraph of the article introduces the post below, and like most paragraphs of news prose it runs on for well over twenty-five words before it ends.\nWe will hold 'free elections' soon.\n— Maria Lopez (@mlopez) May 2, 2024\nMore prose follows here.`);
    expect(quotes).toEqual([
      { text: "We will hold 'free elections' soon.", speaker: 'Maria Lopez', method: 'post-author', partial: false },
      { text: 'free elections', speaker: 'Maria Lopez', method: 'post-author', partial: true },
    ]);
  });

  it('keeps words quoted in a post the author’s when a name in the post only acts or describes', () => {
    const quotes = quotesIn(`${lead}A paragraph of the article introduces the post below, and like most paragraphs of news prose it runs on for well over twenty-five words before it ends.\nIvan Petrov agreed to work for a 'permanent calm' and praised the 'historic deal' today.\n— Maria Lopez (@mlopez) May 2, 2024\nMore prose follows here.`);
    expect(quotes.filter((quote) => quote.partial).map((quote) => [quote.text, quote.speaker, quote.method])).toEqual([
      ['permanent calm', 'Maria Lopez', 'post-author'],
      ['historic deal', 'Maria Lopez', 'post-author'],
    ]);
  });

  it('leaves the speaker unknown rather than guess', () => {
    expect(quotesIn(`${lead}The word “ceasefire” appears in the title.`)).toEqual([
      { text: 'ceasefire', speaker: null, method: 'none', partial: true },
    ]);
  });
});

describe('blocksOf', () => {
  it('groups reporting sentences by paragraph and joins them with single spaces', () => {
    const corpus = prepareCorpus(articlesFrom({ outlet: `${lead}One. Two.\nWhat they said:\nThree.` }));
    const blocks = blocksOf(corpus.byArticle.get('outlet')!);
    expect(blocks.map((block) => block.text)).toEqual(['A Headline For The Story', 'One. Two.', 'Three.']);
    expect(blocks[1]!.offsets).toEqual([0, 5]);
  });
});
