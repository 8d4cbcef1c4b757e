import { describe, expect, it } from 'vitest';
import type { SearchFilters, SearchRecord } from '../../../src/lib/schemas/search.ts';
import { NO_FILTERS, narrowsRecords, readSearchParams, recordPasses, resolveFilters, showsType, writeSearchParams } from '../../../src/lib/search/filters.ts';
import { packRecords, readOutline } from '../../../src/lib/search/pack.ts';

const sentence: SearchRecord = { type: 'sentence', id: 'a/s-1', articleId: 'a', anchor: 's-1', index: 0, text: 't', claimIds: [], speakerIds: ['jane'] };
const quote: SearchRecord = { type: 'quote', id: 'b/q1', articleId: 'b', anchor: 's-2', text: 't', speaker: 'Jane', speakerId: 'jane', names: ['Jane'] };
const speaker: SearchRecord = { type: 'speaker', id: 'jane', text: 'Jane', names: [], quoteIds: ['b/q1'], articleIds: ['b', 'c'] };
const claim: SearchRecord = { type: 'claim', id: 'c-1', text: 't', sentenceIds: ['a/s-1'], articleIds: ['a'], reviewed: true, confidence: null, comparePage: 1 };
const filters = (overrides: Partial<SearchFilters>): SearchFilters => ({ ...NO_FILTERS, ...overrides });
const articles = ['a', 'b', 'c'].map((id) => ({ id, outletLabel: id, title: id }));
// Index order: the claim (0), its sentence (1), the other sentence (2), the quote (3), the speaker (4).
const outline = readOutline(packRecords(articles, [sentence, quote, speaker, claim, { ...sentence, id: 'a/s-2', anchor: 's-2', speakerIds: [] }]).outline);

describe('recordPasses', () => {
  it.each([
    ['no filters keep everything', NO_FILTERS, [true, true, true, true]],
    ['an outlet keeps its own sentences and quotes, and speakers it quotes', filters({ articleIds: ['b'] }), [false, true, true, true]],
    ['several outlets', filters({ articleIds: ['a', 'c'] }), [true, false, true, true]],
    ['a speaker keeps what they said or are the source of', filters({ speakerId: 'jane' }), [true, true, true, true]],
    ['another speaker', filters({ speakerId: 'john' }), [false, false, false, true]],
  ])('%s', (_, chosen, expected) => {
    const resolved = resolveFilters(chosen, articles, outline);
    expect([1, 3, 4, 0].map((position) => recordPasses(outline, position, resolved))).toEqual(expected);
  });
});

describe('resolveFilters', () => {
  it('turns ids into positions, and unknown ids into choices that keep nothing', () => {
    expect(resolveFilters(NO_FILTERS, articles, outline)).toEqual({ types: [], articles: null, speaker: null });
    expect(resolveFilters(filters({ articleIds: ['c', 'a'], speakerId: 'jane', types: ['quote'] }), articles, outline)).toEqual({ types: ['quote'], articles: new Set([2, 0]), speaker: 4 });
    expect(resolveFilters(filters({ articleIds: ['z'], speakerId: 'nobody' }), articles, outline)).toEqual({ types: [], articles: new Set(), speaker: -1 });
  });
});

describe('showsType and narrowsRecords', () => {
  it.each([
    [NO_FILTERS, [true, true, true, true], false],
    [filters({ types: ['quote'] }), [false, true, false, false], false],
    [filters({ articleIds: ['a'] }), [true, true, true, true], true],
    [filters({ speakerId: 'jane' }), [true, true, true, true], true],
  ] as const)('%j', (chosen, shown, narrows) => {
    expect((['claim', 'quote', 'sentence', 'speaker'] as const).map((type) => showsType(chosen, type))).toEqual(shown);
    expect(narrowsRecords(chosen)).toBe(narrows);
  });
});

describe('readSearchParams and writeSearchParams', () => {
  const choices = { articleIds: ['a', 'b'], speakerIds: ['jane'] };

  it.each([
    ['nothing', '', { query: '', filters: NO_FILTERS }],
    ['a query', '?q=prisners+swap', { query: 'prisners swap', filters: NO_FILTERS }],
    ['every filter', '?q=x&outlet=b&outlet=a&type=quote&type=claim&speaker=jane', { query: 'x', filters: { articleIds: ['b', 'a'], types: ['claim', 'quote'], speakerId: 'jane' } }],
    ['unknown and repeated values are dropped', '?outlet=zz&outlet=a&outlet=a&type=poem&speaker=nobody', { query: '', filters: { articleIds: ['a'], types: [], speakerId: null } }],
    ['a hostile query stays a string', '?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', { query: '<img src=x onerror=alert(1)>', filters: NO_FILTERS }],
  ])('reads %s', (_, search, expected) => {
    expect(readSearchParams(new URLSearchParams(search), choices)).toEqual(expected);
  });

  it.each([
    ['', NO_FILTERS, ''],
    ['peace talks', NO_FILTERS, 'q=peace+talks'],
    ['x', { articleIds: ['a', 'b'], types: ['quote' as const], speakerId: 'jane' }, 'q=x&outlet=a&outlet=b&type=quote&speaker=jane'],
  ])('writes %j', (query, chosen, expected) => {
    expect(writeSearchParams(query, chosen).toString()).toBe(expected);
  });

  it('round-trips', () => {
    const state = { query: '“Zelenski” & co', filters: { articleIds: ['b'], types: ['sentence' as const, 'speaker' as const], speakerId: 'jane' } };
    expect(readSearchParams(writeSearchParams(state.query, state.filters), choices)).toEqual(state);
  });
});
