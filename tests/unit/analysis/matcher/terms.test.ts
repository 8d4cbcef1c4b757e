import { describe, expect, it } from 'vitest';
import { prepareCorpus } from '../../../../src/lib/analysis/corpus.ts';
import { findQuantities } from '../../../../src/lib/analysis/figures/figures.ts';
import { baselineTerms } from '../../../../src/lib/analysis/matcher/baseline.ts';
import { cosine, documentFrequency, featureVector, IDF_REFERENCE_SIZE, idf, sentenceTerms, type SentenceTerms } from '../../../../src/lib/analysis/matcher/terms.ts';
import { articlesFrom } from '../../../helpers/corpus.ts';

/** An invented article with a headline, a byline, a reporting paragraph and page furniture. */
const corpus = prepareCorpus(
  articlesFrom({
    'outlet-a':
      'Harbour Board Buys Crane\n' +
      'By Ana Moss\n' +
      'The harbour board paid $4.2 million for a new crane, chairman Ivo Brandt told reporters on Monday.\n' +
      'Share this article',
  }),
);
const terms = sentenceTerms(corpus, findQuantities(corpus));
const paragraph = terms.find((entry) => entry.sentence.block === 'paragraph')!;

describe('sentenceTerms', () => {
  it('reads reporting sentences only (headline and paragraph, not the byline or the share line)', () => {
    expect(terms.map((entry) => entry.sentence.block)).toEqual(['headline', 'paragraph']);
    expect(corpus.sentences.filter((sentence) => !sentence.reporting).map((sentence) => sentence.text)).toEqual(['By Ana Moss', 'Share this article']);
  });

  it.each<[keyof SentenceTerms, string[]]>([
    // Content: every content stem and number, then the figure's key.
    ['content', ['harbour', 'board', 'paid', '4.2', 'million', 'new', 'crane', 'chairman', 'ivo', 'brandt', 'told', 'report', 'monday', '#money:4200000:USD']],
    // Common: not names, not numbers.
    ['common', ['harbour', 'board', 'paid', 'million', 'new', 'crane', 'chairman', 'told', 'report']],
    ['names', ['ivo', 'brandt', 'monday']],
    // Core: what is said, without the role ("chairman"), the verb of saying ("told") or the reporters (a role too).
    ['core', ['harbour', 'board', 'paid', 'million', 'new', 'crane']],
  ])('gives the %s view of a sentence', (view, expected) => {
    expect(paragraph[view]).toEqual(expected);
  });

  it('gives the baseline’s crude words as the plainWords view', () => {
    expect(paragraph.plainWords).toEqual(baselineTerms(paragraph.sentence.text));
    expect(paragraph.plainWords).toContain('reporter');
  });

  it('gives neighbouring content stems as phrases, in order, without stop words between them', () => {
    expect([...paragraph.phrases]).toEqual([
      'harbour board',
      'board paid',
      'paid 4.2',
      '4.2 million',
      'million new',
      'new crane',
      'crane chairman',
      'chairman ivo',
      'ivo brandt',
      'brandt told',
      'told report',
      'report monday',
    ]);
  });

  it('reads a title-case headline’s capitalised words as names, and gives it its figures (none)', () => {
    const headline = terms[0]!;
    expect(headline.content).toEqual(['harbour', 'board', 'buy', 'crane']);
    expect(headline.names).toEqual(['harbour', 'board', 'crane']);
    expect(headline.figures).toEqual([]);
  });

  it('gives the same number the same term in two sentences, so numbers match', () => {
    const two = prepareCorpus(articlesFrom({ 'outlet-a': 'About 300 passengers were stranded.', 'outlet-b': 'Some 300 travellers spent the night there.' }));
    const [a, b] = sentenceTerms(two, findQuantities(two));
    expect(a!.content.filter((term) => b!.content.includes(term))).toHaveLength(1);
  });

  // wink-nlp's Porter2 stemmer turns every 3 into "y" ("300" → "y00"): numbers keep their own text.
  it('keeps a number’s digits as its term', () => {
    const one = prepareCorpus(articlesFrom({ outlet: 'The repairs will cost 300 dollars, or 3.5 percent of the budget.' }));
    expect(sentenceTerms(one, findQuantities(one))[0]!.content).toEqual(expect.arrayContaining(['300', '3.5']));
  });

  it('keeps the sentence it read', () => {
    expect(paragraph.sentence).toBe(corpus.sentences.find((sentence) => sentence.block === 'paragraph'));
  });
});

/** The figure key of a one-sentence article. */
function figureKeys(sentence: string): string[] {
  const one = prepareCorpus(articlesFrom({ outlet: sentence }));
  return sentenceTerms(one, findQuantities(one)).flatMap((entry) => entry.figures.map((figure) => figure.key));
}

describe('figure keys', () => {
  it.each([
    ['The board paid $4.2 million for it.', 'The board paid 4.2 million dollars for it.', 'money:4200000:USD'],
    ['The board paid $4.2 million for it.', 'The board paid $4,200,000 for it.', 'money:4200000:USD'],
    ['About 40% of the staff left.', 'About forty percent of the staff left.', 'percent:40:percent'],
    ['Twelve people were rescued.', '12 people were rescued.', 'count:12:people'],
    ['The strike lasted 48 hours.', 'The strike lasted two days.', 'duration:2880:minute'],
  ])('“%s” and “%s” give one key (%s), so they match', (a, b, key) => {
    expect(figureKeys(a)).toEqual([key]);
    expect(figureKeys(b)).toEqual([key]);
  });

  it.each([
    ['The board paid $4.2 million for it.', 'The board paid $5 million for it.'],
    ['The board paid $4.2 million for it.', 'The board paid £4.2 million for it.'],
    ['Twelve people were rescued.', 'Twelve boats were rescued.'],
  ])('“%s” and “%s” give different keys', (a, b) => {
    expect(figureKeys(a)).toHaveLength(1);
    expect(figureKeys(b)).toHaveLength(1);
    expect(figureKeys(a)).not.toEqual(figureKeys(b));
  });

  it('gives a figure’s kind as its dimension and unit, so amounts of one kind can conflict', () => {
    const one = prepareCorpus(articlesFrom({ outlet: 'The board paid $5 million for it.' }));
    expect(sentenceTerms(one, findQuantities(one))[0]!.figures).toEqual([{ key: 'money:5000000:USD', kind: 'money:USD' }]);
  });

  it('reads “$4.2m” as the same amount as “$4.2 million”', () => {
    expect(figureKeys('The board paid $4.2m for it.')).toEqual(['money:4200000:USD']);
  });

  it('reads “US$4.2 million” as 4.2 million dollars', () => {
    expect(figureKeys('The board paid US$4.2 million for it.')).toEqual(['money:4200000:USD']);
  });
});

describe('documentFrequency', () => {
  it('counts each term once per bag, however often the bag repeats it', () => {
    const df = documentFrequency([['a', 'a', 'b'], ['b', 'c'], ['b']]);
    expect(Object.fromEntries(df)).toEqual({ a: 1, b: 3, c: 1 });
  });

  it('is empty for no bags', () => {
    expect(documentFrequency([]).size).toBe(0);
  });
});

describe('idf', () => {
  it.each([
    [1, Math.log(1 + 200)],
    [2, Math.log(1 + 100)],
    [200, Math.log(2)],
    // A term seen nowhere weighs as one seen once.
    [0, Math.log(1 + 200)],
  ])('of a term in %i sentences is ln(1 + 200 / df)', (df, expected) => {
    expect(idf(df)).toBeCloseTo(expected, 12);
  });

  it('uses a fixed reference size, not the corpus size, unless told otherwise', () => {
    expect(IDF_REFERENCE_SIZE).toBe(200);
    expect(idf(5, 10)).toBeCloseTo(Math.log(3), 12);
    expect(idf(1)).toBeGreaterThan(idf(2));
  });
});

describe('featureVector', () => {
  const df = new Map([
    ['rare', 1],
    ['common', 100],
  ]);

  it('weighs each occurrence of a term by its idf (TF-IDF), and gives the Euclidean norm', () => {
    const vector = featureVector(['rare', 'common', 'common'], df);
    expect(vector.weights.get('rare')).toBeCloseTo(Math.log(201), 12);
    expect(vector.weights.get('common')).toBeCloseTo(2 * Math.log(3), 12);
    expect(vector.norm).toBeCloseTo(Math.hypot(Math.log(201), 2 * Math.log(3)), 12);
  });

  it('weighs a term missing from the frequencies as a term seen once', () => {
    expect(featureVector(['unseen'], df).weights.get('unseen')).toBeCloseTo(Math.log(201), 12);
  });

  it('gives an empty bag an empty vector of norm 0', () => {
    expect(featureVector([], df)).toEqual({ weights: new Map(), norm: 0 });
  });
});

describe('cosine', () => {
  const df = new Map([
    ['x', 1],
    ['y', 1],
    ['z', 1],
  ]);
  const v = (...terms: string[]) => featureVector(terms, df);

  it.each([
    ['identical bags', v('x', 'y'), v('x', 'y'), 1],
    ['disjoint bags', v('x'), v('y'), 0],
    ['one shared term of two each', v('x', 'y'), v('x', 'z'), 0.5],
    ['one shared term of one and two', v('x'), v('x', 'y'), Math.SQRT1_2],
    ['an empty bag', v(), v('x'), 0],
    ['two empty bags', v(), v(), 0],
  ])('of %s is %d', (_name, a, b, expected) => {
    expect(cosine(a, b)).toBeCloseTo(expected, 12);
    expect(cosine(b, a)).toBeCloseTo(expected, 12);
  });

  it('counts repeated terms (term frequency)', () => {
    expect(cosine(v('x', 'x', 'y'), v('x'))).toBeCloseTo(2 / Math.sqrt(5), 12);
  });
});
