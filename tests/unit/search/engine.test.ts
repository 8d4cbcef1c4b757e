import { describe, expect, it } from 'vitest';
import type { SearchFilters, SearchResponse, SentenceResult } from '../../../src/lib/schemas/search.ts';
import { createSearchEngine } from '../../../src/lib/search/engine.ts';
import { NO_FILTERS } from '../../../src/lib/search/filters.ts';
import { LoadedIndex } from '../../../src/lib/search/loaded-index.ts';
import { articleOf, openFiles, realEngine, realFiles, realSource } from './real-data.ts';

const engine = realEngine();
const search = (query: string, filters: SearchFilters = NO_FILTERS, limit = 1000) => engine.search({ query, filters, limit });
const marks = ({ text, ranges }: SentenceResult['text']) => ranges.map(([start, end]) => text.slice(start, end));

/** Every sentence a response shows (in claim groups or alone), with whether it matched. */
function sentencesOf(response: SearchResponse): SentenceResult[] {
  return response.results.flatMap((result) =>
    result.type === 'claim' ? result.outlets.flatMap((outlet) => outlet.sentences) : result.type === 'sentence' ? [result] : [],
  );
}

describe('search on the real articles', () => {
  it.each([
    ['a misspelling', 'prisners', 'LiveNOW from FOX', 'exchange 175 prisoners of war', ['prisoners']],
    ['a misspelt name', 'Zelenski', null, 'Zelenskyy said that Putin’s response', ['Zelenskyy']],
    ['a name’s other spelling', 'Zelenskyy', 'Project Patriot', 'Volodymyr Zelensky, Trump ordered', ['Volodymyr', 'Zelensky']],
    ['a place missing letters', 'Zaporizhia', 'Evrim Ağacı', 'status of the Zaporizhzhia nuclear power plant', ['Zaporizhzhia']],
    ['words far into a long sentence', 'wrongfully detained', 'LiveNOW from FOX', 'the U.S. had deemed wrongfully detained', ['wrongfully', 'detained']],
    ['several words in any order', 'soldiers wounded hand', 'LiveNOW from FOX', 'hand over to Ukraine 23 badly wounded soldiers', ['hand', 'wounded', 'soldiers']],
    ['curly quotes typed straight', "Putin's response", null, 'Putin’s response to the ceasefire idea', ['Putin’s', 'response']],
    ['a two-word name found by its short form', 'United States relations', 'American Scoop', 'relations between the U.S. and Russia', ['U.S.', 'relations']],
  ])('finds %s', (_, query, outlet, words, marked) => {
    const found = sentencesOf(search(query)).find((sentence) => sentence.text.text.includes(words));
    expect(found, `${query} → ${words}`).toBeDefined();
    expect(found!.outletLabel).toBe(outlet ?? 'Outlet unknown');
    expect(found!.matched).toBe(true);
    expect(marks(found!.text)).toEqual(expect.arrayContaining(marked));
  });

  it('groups a claim reported by several outlets, with each outlet’s sentence', () => {
    const claim = search('maritime ceasefire Black Sea').results[0]!;
    expect(claim.type).toBe('claim');
    if (claim.type !== 'claim') return;
    expect([claim.reportedBy, claim.articleCount]).toEqual([5, 5]);
    expect(claim.outlets.map((outlet) => outlet.articleId).sort()).toEqual(realSource().articles.map((article) => article.id).sort());
    for (const outlet of claim.outlets) expect(marks(outlet.sentences[0]!.text)).toEqual(expect.arrayContaining(['maritime', 'Black', 'Sea']));
  });

  it('lists claims, then quotes, then sentences, then speakers', () => {
    const order = ['claim', 'quote', 'sentence', 'speaker'];
    const kinds = search('Zelensky').results.map((result) => order.indexOf(result.type));
    expect(kinds).toEqual([...kinds].sort());
    expect(new Set(kinds).size).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['an outlet', { ...NO_FILTERS, articleIds: [articleOf('Evrim Ağacı')] }],
    ['a kind of result', { ...NO_FILTERS, types: ['quote' as const] }],
    ['a speaker', { ...NO_FILTERS, speakerId: 'volodymyr-zelenskyy' }],
  ])('filters by %s', (_, filters) => {
    const all = search('Zelenskyy');
    const some = search('Zelenskyy', filters);
    expect(some.total).toBeGreaterThan(0);
    expect(some.total).toBeLessThan(all.total);
    for (const result of some.results) {
      if (filters.types.length) expect(filters.types).toContain(result.type);
      if (filters.articleIds.length && result.type !== 'speaker') {
        const articles = result.type === 'claim' ? result.outlets.map((outlet) => outlet.articleId) : [result.articleId];
        expect(articles.every((id) => filters.articleIds.includes(id))).toBe(true);
      }
      if (filters.speakerId && result.type === 'quote') expect(result.speaker?.text).toBe('Volodymyr Zelenskyy');
    }
  });

  it('lists everything a speaker said when filtered without words', () => {
    const response = search('', { ...NO_FILTERS, speakerId: 'volodymyr-zelenskyy', types: ['quote'] });
    expect(response.counts.quote).toBe(3);
    expect(response.results.every((result) => result.type === 'quote' && result.text.ranges.length === 0)).toBe(true);
  });

  it('returns nothing for no words and no filters, or words nobody wrote', () => {
    expect(search('   ').total).toBe(0);
    expect(search('xylophone quartet').total).toBe(0);
  });

  it('treats a hostile query as words', () => {
    const response = search('<img src=x onerror=alert(1)>');
    expect(response.query).toBe('<img src=x onerror=alert(1)>');
    expect(response.total).toBe(0);
  });

  it('returns `limit` results and counts them all', () => {
    const response = search('ceasefire', NO_FILTERS, 3);
    expect(response.results).toHaveLength(3);
    expect(response.total).toBeGreaterThan(3);
    expect(response.counts.claim + response.counts.quote + response.counts.sentence + response.counts.speaker).toBe(response.total);
  });

  it('matches a short last word as a prefix while it is being typed', () => {
    expect(search('zap').total).toBeGreaterThan(0);
    expect(search('zap ').total).toBe(0);
  });

  it('refuses an index of another version', () => {
    const index = JSON.parse(realFiles()[0]!.content);
    expect(() => LoadedIndex.single({ ...index, version: 1 })).toThrowErrorMatchingInlineSnapshot(`[Error: search index version 1, expected 2]`);
  });
});

describe('warmUpRequests', () => {
  it('are searches on the corpus’s own words that change nothing later searches return', () => {
    const fresh = createSearchEngine(LoadedIndex.single(JSON.parse(realFiles()[0]!.content)));
    const before = fresh.search({ query: 'prisners', filters: NO_FILTERS, limit: 10 });
    const requests = fresh.warmUpRequests();
    expect(requests.length).toBeGreaterThan(4);
    for (const request of requests) expect(fresh.search(request).total).toBeGreaterThan(0);
    expect(fresh.search({ query: 'prisners', filters: NO_FILTERS, limit: 10 })).toEqual(before);
  });
});

describe('search on a split index', () => {
  const request = (query: string, limit = 6) => ({ query, filters: NO_FILTERS, limit });

  it('names the parts it needs, a step at a time, and answers once they are loaded', async () => {
    const { engine, search, fetched } = openFiles(realFiles({ layout: 'split', recordsPerFile: 40 }));
    const first = engine.attempt(request('prisners'));
    expect(first.missing).toEqual([{ kind: 'lexicon', file: expect.any(Number) }]);
    const response = await search(request('prisners'));
    expect(fetched.map((path) => path.replace(/\d+/, 'n'))).toEqual(['lexicon-n.json', 'postings-n.json', ...fetched.slice(2).map(() => 'rows-n.json')]);
    expect(sentencesOf(response).some((sentence) => sentence.text.text.includes('exchange 175 prisoners of war'))).toBe(true);
    expect(engine.attempt(request('prisners')).response).toEqual(response);
  });

  it('finds a sentence whose words are in parts not fetched yet, after other searches', async () => {
    const { search, fetched } = openFiles(realFiles({ layout: 'split', recordsPerFile: 40 }));
    await search(request('ceasefire'));
    const before = fetched.length;
    const response = await search(request('Zaporizhia'));
    expect(fetched.length).toBeGreaterThan(before);
    expect(sentencesOf(response).map((sentence) => sentence.text.text)).toContainEqual(expect.stringContaining('Zaporizhzhia nuclear power plant'));
  });

  it('counts and groups as the one-file index does, and finds the same records', async () => {
    const { search } = openFiles(realFiles({ layout: 'split', recordsPerFile: 25 }));
    for (const query of ['ceasefire', 'Zelenski', 'maritime Black Sea', 'prisners wednesday', 'zap', '']) {
      const split = await search(request(query, 1_000));
      const single = realEngine().search(request(query, 1_000));
      expect(split.counts, query).toEqual(single.counts);
      const ids = (response: SearchResponse) => response.results.map((result) => result.id).sort();
      expect(ids(split), query).toEqual(ids(single));
    }
  });

  it('filters by outlet and speaker from the outline alone', async () => {
    const { search } = openFiles(realFiles({ layout: 'split' }));
    const filters = { articleIds: [articleOf('Evrim Ağacı')], types: [], speakerId: 'volodymyr-zelenskyy' };
    expect((await search({ query: 'Zelenskyy', filters, limit: 100 })).counts).toEqual(realEngine().search({ query: 'Zelenskyy', filters, limit: 100 }).counts);
  });
});
