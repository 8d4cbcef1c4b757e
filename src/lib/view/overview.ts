import { compareCodeUnits } from '../ingest/article-id.ts';
import { countWords } from '../ingest/article-stats.ts';
import type { Overview, SpeakerSummary } from '../schemas/view/overview.ts';
import { claimRef, claimSentencesIn, outletOf, sentenceRef, type ComparisonIndex } from './comparison-index.ts';
import { disagreeingFigures } from './figures-view.ts';
import { percent } from './format.ts';

/** How many speakers the overview names. */
export const TOP_SPEAKERS = 8;

/** What the overview shows besides the grid: the widely and singly reported claims, figures, speakers, profiles. */
export function overview(index: ComparisonIndex): Overview {
  const { comparison } = index;
  const claims = index.claims;
  return {
    counts: {
      outlets: index.articles.length,
      claims: claims.length,
      all: claims.filter((claim) => claim.coverage === 'all').length,
      several: claims.filter((claim) => claim.coverage === 'several').length,
      single: claims.filter((claim) => claim.coverage === 'single').length,
      quotes: comparison.quotes.length,
      sharedQuotes: comparison.quoteGroups.length,
    },
    everyOutlet: claims.filter((claim) => claim.coverage === 'all').map((claim) => claimRef(index, claim)),
    singleOutlet: index.articles.map((article) => ({
      outlet: outletOf(index, article),
      claims: claims
        .filter((claim) => claim.coverage === 'single' && claim.articleIds.includes(article.id))
        .map((claim) => {
          const first = claimSentencesIn(index, claim, article.id)[0];
          return { claim: claimRef(index, claim), sentence: first ? sentenceRef(index, first) : null };
        }),
    })),
    figures: disagreeingFigures(index),
    speakers: quotedSpeakers(index).slice(0, TOP_SPEAKERS),
    profiles: index.articles.map((article) => {
      const profile = comparison.profiles.find((candidate) => candidate.articleId === article.id);
      const reporting = profile?.reportingSentences ?? 0;
      return {
        outlet: outletOf(index, article),
        claims: profile?.claims ?? { all: 0, several: 0, single: 0 },
        quotedShare: percent(profile?.quotedWordShare ?? 0),
        speakers: profile?.speakers.length ?? 0,
        ownVoiceShare: percent(reporting === 0 ? 0 : (profile?.attribution['own-voice'] ?? 0) / reporting),
      };
    }),
  };
}

/** Every named speaker with how often and by whom they are quoted: most quotes first, then most outlets, then name. */
export function quotedSpeakers(index: ComparisonIndex): SpeakerSummary[] {
  const bySpeaker = new Map<string, { quotes: number; words: number; articles: Set<string> }>();
  for (const quote of index.comparison.quotes) {
    if (quote.speaker === null) continue;
    const entry = bySpeaker.get(quote.speaker) ?? { quotes: 0, words: 0, articles: new Set<string>() };
    entry.quotes++;
    entry.words += countWords(quote.text);
    entry.articles.add(quote.articleId);
    bySpeaker.set(quote.speaker, entry);
  }
  return [...bySpeaker.entries()]
    .map(([name, entry]) => ({
      name,
      quotes: entry.quotes,
      words: entry.words,
      outlets: index.articles.filter((article) => entry.articles.has(article.id)).map((article) => index.outletNameById.get(article.id) ?? article.outletLabel),
    }))
    .sort((a, b) => b.quotes - a.quotes || b.outlets.length - a.outlets.length || compareCodeUnits(a.name, b.name));
}
