import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pooledQuoteScore, scoreQuotes } from '../../../../src/lib/analysis/quotes/evaluate-quotes.ts';
import { evalSetSchema } from '../../../../src/lib/schemas/eval-set.ts';
import { articlesFrom } from '../../../helpers/corpus.ts';

const articles = articlesFrom({
  'outlet-a': 'Bridge To Close\n“The deck is sound,” said City Engineer Tomas Brel.\nCouncilwoman Dana Pruitt voted against it.\n“We are cutting the town in two,” she said.',
});
const labels = (quotes: Array<{ anchor: string; speaker: string }>) =>
  evalSetSchema.parse({ claims: [], quotes: quotes.map((quote) => ({ sourceFile: 'outlet-a.txt', ...quote })) });

const KNOWN_MISSES: string[] = [
];

describe('scoreQuotes', () => {
  it('counts a labelled quote found with its speaker', () => {
    const score = scoreQuotes(articles, labels([{ anchor: 'The deck is sound', speaker: 'Brel' }, { anchor: 'cutting the town in two', speaker: 'Dana Pruitt' }]));
    expect(score).toMatchObject({ total: 2, found: 2, recall: 1, speakerCorrect: 2, speakerAccuracy: 1, problems: [] });
  });

  it('reports a wrong speaker and a quote that is not there, one line each', () => {
    const score = scoreQuotes(articles, labels([{ anchor: 'The deck is sound', speaker: 'Pruitt' }, { anchor: 'words nobody said', speaker: 'Brel' }]));
    expect(score).toMatchObject({ total: 2, found: 1, recall: 0.5, speakerCorrect: 0, speakerAccuracy: 0 });
    expect(score.problems).toEqual([
      'wrong speaker: outlet-a.txt: “The deck is sound” is by Pruitt, not Tomas Brel',
      'not found: outlet-a.txt: “words nobody said”',
    ]);
  });

  // The misses of the fixtures added in round 3 (q4-q6) that no general rule fixes yet, each a pattern
  // the machine does not read; the list may only shrink (every other labelled quotation must be right).
  const knownMisses = KNOWN_MISSES;

  it('finds every labelled quotation of the convention fixtures with its speaker, but the known misses', async () => {
    const { ingestArticles } = await import('../../../../src/lib/ingest/ingest-articles.ts');
    const { readRawFolder } = await import('../../../../src/lib/io/read-raw-folder.ts');
    const { articleFromMarkdown } = await import('../../../../src/lib/io/read-collection.ts');
    const folder = resolve(import.meta.dirname, '../../../fixtures/quotes');
    const raw = await readRawFolder(resolve(folder, 'articles'));
    const ingested = ingestArticles(raw.files, { articles: [] });
    if (!ingested.ok) throw new Error(ingested.problems.join('\n'));
    const fixtureLabels = evalSetSchema.parse(JSON.parse(await readFile(resolve(folder, 'labels.json'), 'utf8')));
    const score = scoreQuotes(ingested.articles.map((article) => articleFromMarkdown(article.markdown, article.fileName)), fixtureLabels);
    expect(score.problems).toEqual(knownMisses);
    expect(score.total).toBe(fixtureLabels.quotes.length);
  });
});

describe('pooledQuoteScore', () => {
  it('adds up counts before dividing', () => {
    const one = { total: 4, found: 2, recall: 0.5, speakerCorrect: 2, speakerAccuracy: 1, problems: ['a'] };
    const two = { total: 1, found: 1, recall: 1, speakerCorrect: 0, speakerAccuracy: 0, problems: ['b'] };
    expect(pooledQuoteScore([one, two])).toEqual({ total: 5, found: 3, recall: 0.6, speakerCorrect: 2, speakerAccuracy: 2 / 3, problems: ['a', 'b'] });
  });

  it('is zero, not NaN, for nothing', () => {
    expect(pooledQuoteScore([])).toMatchObject({ recall: 0, speakerAccuracy: 0 });
  });
});
