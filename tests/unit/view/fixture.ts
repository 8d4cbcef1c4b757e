import { comparisonSchema, type Attribution, type Comparison } from '../../../src/lib/schemas/comparison.ts';
import { computeFraming } from '../../../src/lib/framing/framing.ts';
import { indexComparison, type ComparisonIndex } from '../../../src/lib/view/comparison-index.ts';

/**
 * A small invented comparison: three articles (the third of unknown outlet, without headline,
 * and not reviewed), claims reported by all, by two and by one, reviewed claims (one with a note
 * and a suggested member) and machine claims with their confidence, a claim id the data repeats,
 * quotes with and without speakers (one set by an editor), a shared quote group and a figure
 * given differently. Validated by the real schema, so it cannot drift from the data contract.
 */
const own: Attribution = { kind: 'own-voice', source: null, entityId: null, cue: null };

function sentence(articleId: string, index: number, anchor: string, text: string, claimIds: string[], extra: Partial<Comparison['sentences'][number]> = {}) {
  return {
    id: `${articleId}/${anchor}`,
    articleId,
    anchor,
    index,
    text,
    block: 'paragraph' as const,
    reporting: true,
    claimIds,
    statesNoFact: false,
    suggestedClaimIds: [],
    candidates: [],
    quoteIds: [],
    attribution: own,
    ...extra,
  };
}

const data = comparisonSchema.omit({ framing: true }).parse({
  schemaVersion: 2,
  event: { title: 'A council agrees a budget', date: '2001-02-03', place: null, summary: 'A council meets and agrees a budget.', source: null },
  review: { applied: true, reviewedClaims: 2, claims: 5, reviewedSentences: 7, reportingSentences: 11, noFactSentences: 0, correctedSpeakers: 1 },
  method: { mergeThreshold: 0.3, candidateNeighbours: 24, futureSetting: 'x' },
  articles: [
    { id: 'alpha', sourceFile: 'a.txt', outlet: 'Alpha Daily', headline: 'Council agrees budget', url: 'https://alpha.example/x', title: 'Council agrees budget', outletLabel: 'Alpha Daily', provenanceBasis: 'found', publishedDate: null, reviewed: true },
    { id: 'beta', sourceFile: 'b.txt', outlet: 'Beta News', headline: 'Budget passes', url: null, title: 'Budget passes', outletLabel: 'Beta News', provenanceBasis: null, publishedDate: null, reviewed: true },
    { id: 'gamma', sourceFile: 'c.txt', outlet: null, headline: null, url: null, title: 'Article from an unknown outlet (no headline in the file)', outletLabel: 'Outlet unknown', provenanceBasis: null, publishedDate: null, reviewed: false },
  ],
  sentences: [
    sentence('alpha', 0, 's-a00000', 'Council agrees budget', ['c-budget-agreed-0001'], { block: 'headline' }),
    sentence('alpha', 1, 's-a00001', 'The council agreed a budget of 5 million on Monday after a long meeting.', ['c-budget-agreed-0001', 'c-meeting-long-0002']),
    sentence('alpha', 2, 's-a00002', '“We are pleased,” the mayor said.', ['c-mayor-pleased-0003'], {
      quoteIds: ['alpha/q1'],
      attribution: { kind: 'named-person', source: 'Ann Mayor', entityId: 'ann-mayor', cue: 'said' },
    }),
    sentence('alpha', 3, 's-a00003', 'The meeting lasted roughly 90 minutes.', ['c-meeting-long-0002']),
    sentence('alpha', 4, 's-a00004', 'Critics reportedly doubt the <script>plan</script>.', ['c-critics-doubt-0005'], {
      attribution: { kind: 'unnamed-source', source: null, entityId: null, cue: 'reportedly' },
    }),
    sentence('beta', 0, 's-b00000', 'Budget passes', ['c-budget-agreed-0001'], { block: 'headline' }),
    sentence('beta', 1, 's-b00001', 'The council agreed a budget of 5 million on Monday.', ['c-budget-agreed-0001']),
    sentence('beta', 2, 's-b00002', 'The meeting lasted over one hour.', ['c-meeting-long-0002']),
    sentence('beta', 3, 's-b00003', '“We are very pleased,” said the mayor.', ['c-mayor-pleased-0003'], {
      quoteIds: ['beta/q1'],
      attribution: { kind: 'named-person', source: 'Ann Mayor', entityId: 'ann-mayor', cue: 'said' },
    }),
    sentence('beta', 4, 's-b00004', 'Read more:', [], { block: 'section-label', reporting: false }),
    sentence('gamma', 0, 's-c00000', 'A budget was agreed by the council on Monday.', ['c-budget-agreed-0001']),
    sentence('gamma', 1, 's-c00001', 'Someone said “it is fine” in passing.', ['c-budget-agreed-0001'], { quoteIds: ['gamma/q1'], suggestedClaimIds: ['c-mayor-pleased-0003'] }),
  ],
  claims: [
    {
      id: 'c-budget-agreed-0001',
      label: 'Council: a budget of 5 million was agreed on Monday',
      labelSentenceId: null,
      reviewed: true,
      suggestedSentenceIds: [],
      suggestions: [],
      confidence: null,
      note: 'All three outlets give the same **amount**; see [the figures](/claims/).',
      sentenceIds: ['alpha/s-a00000', 'alpha/s-a00001', 'beta/s-b00000', 'beta/s-b00001', 'gamma/s-c00000', 'gamma/s-c00001'],
      articleIds: ['alpha', 'beta', 'gamma'],
      missingArticleIds: [],
      coverage: 'all',
      figureIds: [],
    },
    {
      id: 'c-meeting-long-0002',
      label: 'The meeting lasted roughly 90 minutes.',
      labelSentenceId: 'alpha/s-a00003',
      reviewed: false,
      suggestedSentenceIds: [],
      suggestions: [],
      confidence: 0.71,
      note: null,
      sentenceIds: ['alpha/s-a00001', 'alpha/s-a00003', 'beta/s-b00002'],
      articleIds: ['alpha', 'beta'],
      missingArticleIds: ['gamma'],
      coverage: 'several',
      figureIds: ['f-lasted-1'],
    },
    {
      id: 'c-mayor-pleased-0003',
      label: 'The mayor said the council was pleased',
      labelSentenceId: null,
      reviewed: true,
      suggestedSentenceIds: ['gamma/s-c00001'],
      suggestions: [{ sentenceId: 'gamma/s-c00001', articleId: 'gamma', confidence: 0.55 }],
      confidence: null,
      note: null,
      sentenceIds: ['alpha/s-a00002', 'beta/s-b00003'],
      articleIds: ['alpha', 'beta'],
      missingArticleIds: ['gamma'],
      coverage: 'several',
      figureIds: [],
    },
    {
      id: 'c-critics-doubt-0005',
      label: 'Critics reportedly doubt the <script>plan</script>.',
      labelSentenceId: 'alpha/s-a00004',
      reviewed: false,
      suggestedSentenceIds: [],
      suggestions: [],
      confidence: 0.9,
      note: null,
      sentenceIds: ['alpha/s-a00004'],
      articleIds: ['alpha'],
      missingArticleIds: ['beta', 'gamma'],
      coverage: 'single',
      figureIds: [],
    },
    {
      // The producer can repeat an id; pages must keep the two apart.
      id: 'c-mayor-pleased-0003',
      label: '“We are pleased,” the mayor said.',
      labelSentenceId: 'alpha/s-a00002',
      reviewed: false,
      suggestedSentenceIds: [],
      suggestions: [],
      confidence: 0.4,
      note: null,
      sentenceIds: ['alpha/s-a00002', 'gamma/s-c00001'],
      articleIds: ['alpha', 'gamma'],
      missingArticleIds: ['beta'],
      coverage: 'several',
      figureIds: [],
    },
  ],
  quotes: [
    { id: 'alpha/q1', articleId: 'alpha', sentenceIds: ['alpha/s-a00002'], text: 'We are pleased', speaker: 'Ann Mayor', speakerId: 'ann-mayor', speakerMethod: 'said-after', partial: false, groupId: 'qg-alpha-q1' },
    { id: 'beta/q1', articleId: 'beta', sentenceIds: ['beta/s-b00003'], text: 'We are very pleased', speaker: 'Ann Mayor', speakerId: 'ann-mayor', speakerMethod: 'editor', partial: false, groupId: 'qg-alpha-q1' },
    { id: 'gamma/q1', articleId: 'gamma', sentenceIds: ['gamma/s-c00001'], text: 'it is fine', speaker: null, speakerId: null, speakerMethod: 'none', partial: true, groupId: null },
  ],
  quoteGroups: [
    {
      id: 'qg-alpha-q1',
      speaker: 'Ann Mayor',
      speakerId: 'ann-mayor',
      quoteIds: ['alpha/q1', 'beta/q1'],
      referenceQuoteId: 'beta/q1',
      variants: [
        {
          quoteId: 'alpha/q1',
          similarity: 1,
          diff: [
            { kind: 'same', text: 'We are ' },
            { kind: 'removed', text: 'very ' },
            { kind: 'same', text: 'pleased' },
          ],
        },
      ],
    },
  ],
  entities: [{ id: 'ann-mayor', name: 'Ann Mayor', kind: 'person', variants: ['Ann Mayor'], titles: ['Mayor'], mentionCount: 2, articleIds: ['alpha', 'beta'] }],
  figures: [
    {
      id: 'f-lasted-1',
      measure: 'last (time)',
      dimension: 'duration',
      unit: 'minute',
      agreement: 'different',
      mentions: [
        { articleId: 'alpha', sentenceId: 'alpha/s-a00003', text: 'roughly 90 minutes', value: 90, low: 76.5, high: 103.5, qualifier: 'roughly' },
        { articleId: 'beta', sentenceId: 'beta/s-b00002', text: 'over one hour', value: 60, low: 60, high: null, qualifier: 'over' },
      ],
    },
    {
      id: 'f-budget-2',
      measure: 'budget',
      dimension: 'money',
      unit: 'USD',
      agreement: 'same',
      mentions: [
        { articleId: 'alpha', sentenceId: 'alpha/s-a00001', text: '5 million', value: 5e6, low: 5e6, high: 5e6, qualifier: null },
        { articleId: 'beta', sentenceId: 'beta/s-b00001', text: '5 million', value: 5e6, low: 5e6, high: 5e6, qualifier: null },
      ],
    },
  ],
  profiles: [
    { articleId: 'alpha', words: 40, sentences: 5, reportingSentences: 5, quotedWordShare: 0.075, speakers: ['Ann Mayor'], attribution: { 'own-voice': 3, 'named-person': 1, 'named-institution': 0, 'unnamed-source': 1, 'other-outlet': 0, 'embedded-post': 0 }, claims: { all: 1, several: 3, single: 1 }, embeddedPosts: 0, readability: { fleschReadingEase: 60, fleschKincaidGrade: 8 } },
    { articleId: 'beta', words: 25, sentences: 5, reportingSentences: 4, quotedWordShare: 0.16, speakers: ['Ann Mayor'], attribution: { 'own-voice': 3, 'named-person': 1, 'named-institution': 0, 'unnamed-source': 0, 'other-outlet': 0, 'embedded-post': 0 }, claims: { all: 1, several: 2, single: 0 }, embeddedPosts: 0, readability: { fleschReadingEase: 70, fleschKincaidGrade: 6 } },
    { articleId: 'gamma', words: 16, sentences: 2, reportingSentences: 2, quotedWordShare: 0.19, speakers: [], attribution: { 'own-voice': 2, 'named-person': 0, 'named-institution': 0, 'unnamed-source': 0, 'other-outlet': 0, 'embedded-post': 0 }, claims: { all: 1, several: 1, single: 0 }, embeddedPosts: 0, readability: { fleschReadingEase: 80, fleschKincaidGrade: 5 } },
  ],
});

/** With `framing` computed from it, as the analysis does. */
export const fixture: Comparison = comparisonSchema.parse({ ...data, framing: computeFraming(data) });

/** The fixture indexed under a sub-path, so every test also checks that links keep the base path. */
export function fixtureIndex(base = '/sub/'): ComparisonIndex {
  return indexComparison(fixture, base);
}

/**
 * The fixture grown until the side-by-side table needs pages: `outlets` articles in all (the
 * three, then copies of the third, each its own outlet) and `extraClaims` more claims of one
 * outlet, each on a sentence of its own in the first article. Not re-validated: only the pages'
 * arrangement reads it.
 */
export function grownFixture(outlets: number, extraClaims: number): Comparison {
  const template = fixture.articles[2]!;
  const extraArticles = Array.from({ length: Math.max(0, outlets - fixture.articles.length) }, (_, at) => ({
    ...template,
    id: `extra-${at + 1}`,
    sourceFile: `x${String(at + 1).padStart(4, '0')}.txt`,
    outlet: `Extra Outlet ${at + 1}`,
    outletLabel: `Extra Outlet ${at + 1}`,
  }));
  const extraSentences = Array.from({ length: extraClaims }, (_, at) =>
    sentence('alpha', 10 + at, `s-e${String(at).padStart(5, '0')}`, `Extra fact number ${at + 1} was reported.`, [`c-extra-${at + 1}`]),
  );
  const template1 = fixture.claims.find((claim) => claim.coverage === 'single')!;
  const allIds = [...fixture.articles, ...extraArticles].map((article) => article.id);
  const extra = extraSentences.map((item, at) => ({
    ...template1,
    id: `c-extra-${at + 1}`,
    label: item.text,
    labelSentenceId: item.id,
    sentenceIds: [item.id],
    missingArticleIds: allIds.filter((id) => id !== 'alpha'),
  }));
  // Every added outlet reports the claim every outlet reports, so that it stays the first group.
  const budget = extraArticles.map((article) => sentence(article.id, 0, 's-x00000', 'A budget was agreed on Monday.', ['c-budget-agreed-0001']));
  const claims = fixture.claims.map((claim) =>
    claim.coverage === 'all'
      ? { ...claim, sentenceIds: [...claim.sentenceIds, ...budget.map((item) => item.id)], articleIds: [...claim.articleIds, ...extraArticles.map((article) => article.id)] }
      : { ...claim, missingArticleIds: [...claim.missingArticleIds, ...extraArticles.map((article) => article.id)] },
  );
  return {
    ...fixture,
    articles: [...fixture.articles, ...extraArticles],
    sentences: [...fixture.sentences, ...budget, ...extraSentences],
    claims: [...claims, ...extra],
  };
}
