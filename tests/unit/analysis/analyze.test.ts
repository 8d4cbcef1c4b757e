import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../../src/lib/analysis/analyze.ts';
import { sentencesCsv } from '../../../src/lib/analysis/sentences-csv.ts';
import { DEFAULT_FRAMING_SETTINGS } from '../../../src/lib/framing/framing.ts';
import { comparisonSchema } from '../../../src/lib/schemas/comparison.ts';
import { ownEventArticles, ownEventSettings } from '../../helpers/own-event.ts';

describe('analyzeArticles on an invented event (tests/fixtures/own-event: three articles on a council vote)', () => {
  const articles = ownEventArticles();
  const event = ownEventSettings();
  const comparison = analyzeArticles(articles, event);

  it('produces data valid against the published schema, with the event of the settings', () => {
    expect(comparisonSchema.parse(comparison)).toEqual(comparison);
    expect(comparison.schemaVersion).toBe(2);
    expect(comparison.event).toEqual(event);
    expect(comparison.articles.map((article) => article.outlet)).toEqual(['Ashgrove Courier', 'Valley Wire', 'Northline Radio']);
    expect(Object.keys(comparison.sentences[0]!)).toEqual(expect.arrayContaining(['id', 'articleId', 'text', 'block']));
    expect(Object.keys(comparison.claims[0]!)).toEqual(expect.arrayContaining(['id', 'label', 'sentenceIds', 'articleIds']));
    expect(Object.keys(comparison.quotes[0]!)).toEqual(expect.arrayContaining(['id', 'articleId', 'sentenceIds', 'text', 'speaker']));
  });

  it('is internally consistent: ids unique, references resolve, missing articles complement reporting ones', () => {
    const sentenceIds = new Set(comparison.sentences.map((sentence) => sentence.id));
    expect(sentenceIds.size).toBe(comparison.sentences.length);
    expect(new Set(comparison.claims.map((claim) => claim.id)).size).toBe(comparison.claims.length);
    expect(new Set(comparison.quotes.map((quote) => quote.id)).size).toBe(comparison.quotes.length);
    for (const claim of comparison.claims) {
      for (const id of claim.sentenceIds) expect(sentenceIds.has(id)).toBe(true);
      expect([...claim.articleIds, ...claim.missingArticleIds].sort()).toEqual(comparison.articles.map((article) => article.id).sort());
    }
    for (const sentence of comparison.sentences) {
      for (const id of sentence.claimIds) expect(comparison.claims.find((claim) => claim.id === id)!.sentenceIds).toContain(sentence.id);
    }
  });

  it('keeps the articles’ exact words in every text field', () => {
    const raw = articles.map((article) => article.sentences.map((sentence) => sentence.text).join(' ')).join(' ');
    for (const sentence of comparison.sentences) expect(raw).toContain(sentence.text);
    for (const quote of comparison.quotes) {
      const own = comparison.sentences.filter((sentence) => quote.sentenceIds.includes(sentence.id)).map((sentence) => sentence.text).join(' ');
      expect(own).toContain(quote.text.split(' ').slice(0, 3).join(' '));
    }
  });

  it('reads a bare "$" as the dollar of the event\'s place', () => {
    const dollars = (place: string | null) =>
      analyzeArticles(articles, { ...event, place })
        .figures.filter((figure) => figure.dimension === 'money')
        .map((figure) => figure.unit);
    expect(dollars('Ashgrove, Canada')).toContain('CAD');
    expect(dollars('Ashgrove, Canada')).not.toContain('USD');
    expect(dollars(null)).toContain('USD');
  });

  it('lines up the vote across every outlet', () => {
    const all = comparison.claims.filter((claim) => claim.coverage === 'all');
    expect(all.length).toBeGreaterThan(0);
    const vote = comparison.sentences.filter((sentence) => /\b(?:7 to 2|7-2|seven to two)\b/.test(sentence.text));
    expect(new Set(vote.map((sentence) => sentence.articleId)).size).toBe(3);
  });

  it('profiles every article', () => {
    expect(comparison.profiles.map((profile) => profile.articleId)).toEqual(comparison.articles.map((article) => article.id));
    for (const profile of comparison.profiles) {
      expect(profile.quotedWordShare).toBeGreaterThanOrEqual(0);
      expect(profile.quotedWordShare).toBeLessThan(1);
      expect(Object.values(profile.attribution).reduce((a, b) => a + b, 0)).toBe(profile.reportingSentences);
    }
  });

  it('gives byte-identical output for the same input', () => {
    const again = analyzeArticles(ownEventArticles(), ownEventSettings());
    expect(JSON.stringify(again)).toBe(JSON.stringify(comparison));
  });
});

describe('sentencesCsv', () => {
  it('writes one quoted row per sentence, doubling quotes, with claim ids', () => {
    const csv = sentencesCsv({
      schemaVersion: 2,
      event: null,
      review: { applied: false, reviewedClaims: 0, claims: 0, reviewedSentences: 0, reportingSentences: 1, noFactSentences: 0, correctedSpeakers: 0 },
      method: {},
      articles: [{ id: 'a', sourceFile: 'a.txt', outlet: 'Outlet', headline: null, url: null, title: 't', outletLabel: 'Outlet', provenanceBasis: null, publishedDate: null, reviewed: false }],
      sentences: [
        {
          id: 'a/s-1',
          articleId: 'a',
          anchor: 's-1',
          index: 0,
          text: 'He said "=1+1", then left.',
          block: 'paragraph',
          reporting: true,
          claimIds: ['c-1', 'c-2'],
          statesNoFact: false,
          suggestedClaimIds: [],
          candidates: [],
          quoteIds: [],
          attribution: { kind: 'own-voice', source: null, entityId: null, cue: null },
        },
      ],
      claims: [],
      quotes: [],
      quoteGroups: [],
      entities: [],
      figures: [],
      profiles: [],
      framing: { settings: DEFAULT_FRAMING_SETTINGS, outlets: [], emphasis: [], substitutions: [] },
    });
    expect(csv).toBe(
      '"sentence_id","article_id","outlet","index","block","reporting","attribution","source","claim_ids","quote_ids","text"\r\n' +
        '"a/s-1","a","Outlet","0","paragraph","yes","own-voice","","c-1 c-2","","He said ""=1+1"", then left."\r\n',
    );
  });
});
