import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../../src/lib/schemas/search.ts';
import { NO_FILTERS } from '../../../src/lib/search/filters.ts';
import { expectedSentences, linkedSentences, querySetSchema, reaches, sentenceOfLink } from '../../../src/lib/search/query-set.ts';
import { projectRoot } from '../../helpers/render.ts';
import { openFiles, realComparison, realEngine, realFiles, realSource } from './real-data.ts';

const querySet = querySetSchema.parse(JSON.parse(readFileSync(join(projectRoot, 'tests', 'fixtures', 'search', 'query-set.json'), 'utf8')));

describe('the query set', () => {
  it('has at least 30 queries of every kind, each naming sentences that exist', () => {
    expect(querySet.queries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(querySet.queries.map((entry) => entry.kind))).toEqual(new Set(['typo', 'partial', 'name', 'form']));
    for (const entry of querySet.queries) expect(expectedSentences(entry, realComparison().articles, realSource().records).size).toBeGreaterThan(0);
  });

  it('is reached in full among the first six results on the real articles', () => {
    const missed = querySet.queries.filter((entry) => {
      const response = realEngine().search({ query: entry.query, filters: NO_FILTERS, limit: 6 });
      return !reaches(linkedSentences(response), expectedSentences(entry, realComparison().articles, realSource().records));
    });
    expect(missed.map((entry) => entry.query)).toEqual([]);
  });

  it('is reached in full among the first six results of a split index too', async () => {
    const { search } = openFiles(realFiles({ layout: 'split' }));
    const missed: string[] = [];
    for (const entry of querySet.queries) {
      const response = await search({ query: entry.query, filters: NO_FILTERS, limit: 6 });
      if (!reaches(linkedSentences(response), expectedSentences(entry, realComparison().articles, realSource().records))) missed.push(entry.query);
    }
    expect(missed).toEqual([]);
  });
});

describe('expectedSentences', () => {
  const records = realSource().records;
  const articles = [{ id: 'a', outlet: 'Outlet A' }, { id: 'b', outlet: null }];
  const sentence = (articleId: string, anchor: string, text: string) => ({ type: 'sentence' as const, id: `${articleId}/${anchor}`, articleId, anchor, index: 0, text, claimIds: [], speakerIds: [] });

  it('finds the sentences of the named outlet holding the words', () => {
    const own = [sentence('a', 's-1', 'The talks went on.'), sentence('b', 's-2', 'The talks went on.'), sentence('a', 's-3', 'Other words.')];
    expect(expectedSentences({ query: 'tlaks', kind: 'typo', outlet: 'Outlet A', text: 'talks went' }, articles, own)).toEqual(new Set(['a/s-1']));
    expect(expectedSentences({ query: 'tlaks', kind: 'typo', outlet: null, text: 'talks went' }, articles, own)).toEqual(new Set(['b/s-2']));
  });

  it('throws when no sentence holds the words, so a stale entry is noticed', () => {
    expect(() => expectedSentences({ query: 'x', kind: 'typo', outlet: 'Outlet A', text: 'nowhere' }, articles, records)).toThrow(/no sentence of Outlet A/);
  });
});

describe('links', () => {
  it('reads the sentence of an article link, a synthetic copy counting as its source', () => {
    expect(sentenceOfLink('http://localhost/base/articles/some-article/#s-abc123')).toBe('some-article/s-abc123');
    expect(sentenceOfLink('/articles/x12-some-article/#s-abc123')).toBe('some-article/s-abc123');
    expect(sentenceOfLink('/compare/#c-claim')).toBeNull();
  });

  it('collects the sentences of claim groups, sentences and quotes', () => {
    const text = { text: 't', ranges: [] };
    const response: SearchResponse = {
      query: 'q',
      counts: { claim: 1, quote: 1, sentence: 1, speaker: 1 },
      total: 4,
      results: [
        { type: 'claim', id: 'c', comparePage: 1, label: text, reviewed: true, confidence: null, reportedBy: 1, articleCount: 1, outlets: [{ articleId: 'x2-a', outletLabel: 'A', sentences: [{ type: 'sentence', id: 'x2-a/s-1', articleId: 'x2-a', outletLabel: 'A', anchor: 's-1', text, matched: true }] }] },
        { type: 'quote', id: 'q', articleId: 'b', outletLabel: 'B', anchor: 's-2', text, speaker: null },
        { type: 'sentence', id: 'b/s-3', articleId: 'b', outletLabel: 'B', anchor: 's-3', text, matched: true },
        { type: 'speaker', id: 'p', name: text, names: [], quoteCount: 1, articleCount: 1 },
      ],
    };
    expect(linkedSentences(response)).toEqual(new Set(['a/s-1', 'b/s-2', 'b/s-3']));
    expect(reaches(linkedSentences(response), new Set(['b/s-3']))).toBe(true);
    expect(reaches(linkedSentences(response), new Set(['b/s-9']))).toBe(false);
  });
});
