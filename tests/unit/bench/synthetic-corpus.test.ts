import { describe, expect, it } from 'vitest';
import { seededRandom, syntheticCorpus } from '../../../src/lib/bench/synthetic-corpus.ts';
import { articlesFrom } from '../../helpers/corpus.ts';

describe('seededRandom', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('syntheticCorpus', () => {
  const real = articlesFrom({ a: 'One sentence about the call lasting 90 minutes. Another sentence about 30 days of truce.', b: 'A third sentence about prisoners.' });

  it('makes the requested number of articles from the real sentences, the same every time', () => {
    const corpus = syntheticCorpus(real, 3, { sentencesPerArticle: 4 });
    expect(corpus).toHaveLength(3);
    expect(corpus.every((article) => article.sentences.length === 4)).toBe(true);
    expect(new Set(corpus.map((article) => article.id)).size).toBe(3);
    expect(syntheticCorpus(real, 3, { sentencesPerArticle: 4 })).toEqual(corpus);
    const pool = real.flatMap((article) => article.sentences.map((sentence) => sentence.text.split(' ')[0]));
    for (const sentence of corpus.flatMap((article) => article.sentences)) expect(pool).toContain(sentence.text.split(' ')[0]);
  });
});

describe('syntheticRawFiles', async () => {
  const { syntheticRawFiles } = await import('../../../src/lib/bench/synthetic-corpus.ts');
  const { parseArticleText } = await import('../../../src/lib/ingest/parse-article.ts');
  const real = articlesFrom({ a: 'One sentence about the call. Another sentence about the truce.', b: 'A third sentence about prisoners.' });

  it('writes raw files the ingest reads as a headline and paragraphs', () => {
    const files = syntheticRawFiles(real, 2, { sentencesPerArticle: 4 });
    expect(files.map((file) => file.name)).toEqual(['0001_synthetic.txt', '0002_synthetic.txt']);
    expect(parseArticleText(files[0]!.text).map((block) => block.type)).toEqual(['headline', 'paragraph', 'paragraph']);
  });
});
