import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { analyzeArticles } from '../../../src/lib/analysis/analyze.ts';
import { sentencesCsv } from '../../../src/lib/analysis/sentences-csv.ts';
import { DEFAULT_FRAMING_SETTINGS } from '../../../src/lib/framing/framing.ts';
import { readCollection } from '../../../src/lib/io/read-collection.ts';
import { comparisonSchema } from '../../../src/lib/schemas/comparison.ts';
import { ingestRealArticles, projectRoot } from '../../helpers/render.ts';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';

/** The real collection, written fresh to a scratch folder by the ingest (independent of content/articles). */
async function realArticles() {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-collection-'));
  for (const article of ingestRealArticles()) await writeFile(join(dir, article.fileName), article.markdown);
  return readCollection(dir, 'content/articles');
}

describe('analyzeArticles on the five articles', async () => {
  const articles = await realArticles();
  const comparison = analyzeArticles(articles, { date: '2025-03-18', summary: 'The call.' });

  it('produces data valid against the published schema, with the minimum shape of the issue', () => {
    expect(comparisonSchema.parse(comparison)).toEqual(comparison);
    expect(comparison.schemaVersion).toBe(2);
    expect(Object.keys(comparison.articles[0]!)).toEqual(expect.arrayContaining(['id', 'sourceFile', 'outlet', 'headline', 'url']));
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

  it('finds the call length the outlets give differently', () => {
    const call = comparison.figures.find((figure) => figure.mentions.some((mention) => mention.text === 'roughly 90 minutes'))!;
    expect(call.agreement).toBe('different');
    expect(call.mentions.map((mention) => mention.text).sort()).toEqual(['at least 90 minutes', 'over one hour', 'roughly 90 minutes']);
  });

  it('lines up the energy and infrastructure ceasefire across every outlet, and keeps one-outlet facts alone', () => {
    const energy = comparison.claims.filter((claim) => claim.articleIds.length === comparison.articles.length);
    expect(energy.some((claim) => /energy and infrastructure/i.test(claim.label))).toBe(true);
    const prisoners = comparison.sentences.find((sentence) => sentence.text.includes('175 prisoners of war'))!;
    for (const id of prisoners.claimIds) expect(comparison.claims.find((claim) => claim.id === id)!.articleIds).toEqual([prisoners.articleId]);
  });

  it('profiles every article', () => {
    expect(comparison.profiles.map((profile) => profile.articleId)).toEqual(comparison.articles.map((article) => article.id));
    const withPosts = comparison.profiles.find((profile) => profile.embeddedPosts > 0)!;
    expect(withPosts.embeddedPosts).toBe(3);
    for (const profile of comparison.profiles) {
      expect(profile.quotedWordShare).toBeGreaterThanOrEqual(0);
      expect(profile.quotedWordShare).toBeLessThan(1);
      expect(Object.values(profile.attribution).reduce((a, b) => a + b, 0)).toBe(profile.reportingSentences);
    }
  });

  it('gives byte-identical output for the same input', async () => {
    const again = analyzeArticles(await realArticles(), { date: '2025-03-18', summary: 'The call.' });
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

describe('project data', () => {
  it('the committed evaluation figures parse', async () => {
    const { evaluationSchema } = await import('../../../src/lib/schemas/evaluation.ts');
    const { readFileSync } = await import('node:fs');
    const evaluation = evaluationSchema.parse(JSON.parse(readFileSync(join(projectRoot, 'content', 'evaluation.json'), 'utf8')));
    expect(evaluation.results.map((result) => `${result.set} ${result.layer}`)).toEqual([
      'claims-dev.json machine',
      'claims-dev.json published',
      'claims-extra.json machine',
      'claims-extra.json published',
    ]);
  });
});
