import { tokenize, type Token } from '../analysis/tokens.ts';
import { compareCodeUnits } from '../ingest/article-id.ts';
import { ATTRIBUTION_KINDS } from '../schemas/attribution-kinds.ts';
import type { Comparison, ComparisonSentence } from '../schemas/comparison.ts';
import type { DistinctiveTerm, Framing, FramingSettings, OutletFraming } from '../schemas/framing.ts';
import { claimEmphasis } from './emphasis.ts';
import { articleOpening, sentencePositions } from './lead.ts';
import { weightedLogOdds, type LogOddsScore } from './log-odds.ts';
import { commonestForm, countOutletWords, type OutletWords, type TermUse } from './outlet-words.ts';
import { continuingSentences, quotedRanges, type TextRange } from './quoted.ts';
import { alignedWords, findSubstitutions, type AlignedWord } from './substitutions.ts';

/** The settings the site publishes (see `framingSettingsSchema` for what each does). */
export const DEFAULT_FRAMING_SETTINGS: FramingSettings = {
  leadWords: 60,
  priorScale: 0.1,
  minTermCount: 2,
  minZ: 1,
  zReference: 1.96,
  maxWords: 10,
  maxPhrases: 6,
  substitutionMaxWords: 2,
  substitutionMinContext: 3,
};

/** What framing is computed from: the comparison, once its claims are final. */
export type FramingInput = Pick<Comparison, 'articles' | 'sentences' | 'claims' | 'quotes'>;

/**
 * How each outlet told the story, from the comparison data alone: each article's headline and
 * lead with the claims they state, where each article places every claim two or more report,
 * the words and phrases that set each outlet apart (weighted log-odds with an informative
 * Dirichlet prior), the differing words of aligned sentences within reviewed claims, and whom
 * each outlet's sentences rely on. `tokensOf` lets the analysis pass the tokens it already has.
 */
export function computeFraming(
  input: FramingInput,
  settings: FramingSettings = DEFAULT_FRAMING_SETTINGS,
  tokensOf: (sentence: ComparisonSentence) => readonly Token[] = (sentence) => tokenize(sentence.text),
): Framing {
  const byArticle = new Map<string, ComparisonSentence[]>(input.articles.map((article) => [article.id, []]));
  for (const sentence of input.sentences) byArticle.get(sentence.articleId)?.push(sentence);
  for (const list of byArticle.values()) list.sort((a, b) => a.index - b.index);
  const sentenceById = new Map(input.sentences.map((sentence) => [sentence.id, sentence]));

  const continuing = continuingSentences(input.quotes);
  const tokenCache = new Map<string, readonly Token[]>();
  const tokens = (sentence: ComparisonSentence) => {
    let found = tokenCache.get(sentence.id);
    if (!found) tokenCache.set(sentence.id, (found = tokensOf(sentence)));
    return found;
  };
  const quoted = (sentence: ComparisonSentence): TextRange[] => quotedRanges(sentence.text, continuing.has(sentence.id));

  const placed = input.articles.map((article) => {
    const sentences = byArticle.get(article.id)!;
    return { id: article.id, opening: articleOpening(sentences, settings.leadWords), positions: sentencePositions(sentences) };
  });

  const counted = new Map<string, OutletWords>(
    input.articles.map((article) => [
      article.id,
      countOutletWords(
        byArticle
          .get(article.id)!
          .filter(ownWords)
          .map((sentence) => ({ id: sentence.id, tokens: tokens(sentence), quoted: quoted(sentence) })),
      ),
    ]),
  );
  const wordScores = weightedLogOdds(countsOf(counted, 'words'), settings.priorScale);
  const phraseScores = weightedLogOdds(countsOf(counted, 'phrases'), settings.priorScale);

  const claimsOf = (ids: readonly string[]) => unique(ids.flatMap((id) => sentenceById.get(id)?.claimIds ?? []));
  const outlets: OutletFraming[] = placed.map(({ id, opening }) => {
    const words = counted.get(id)!;
    const sources = Object.fromEntries(ATTRIBUTION_KINDS.map((kind) => [kind, 0])) as OutletFraming['sources'];
    for (const sentence of byArticle.get(id)!) if (sentence.reporting) sources[sentence.attribution.kind]++;
    return {
      articleId: id,
      headlineSentenceIds: opening.headlineSentenceIds,
      headlineClaimIds: claimsOf(opening.headlineSentenceIds),
      leadSentenceIds: opening.leadSentenceIds,
      leadWords: opening.leadWords,
      leadClaimIds: claimsOf(opening.leadSentenceIds),
      sources,
      wordsCounted: words.wordsCounted,
      words: distinctive(words.words, wordScores.get(id), settings.maxWords, settings),
      phrases: distinctive(words.phrases, phraseScores.get(id), settings.maxPhrases, settings),
    };
  });

  const articleOf = (id: string) => sentenceById.get(id)?.articleId;
  const aligned = new Map<string, readonly AlignedWord[]>();
  const wordsOf = (id: string) => {
    let found = aligned.get(id);
    if (!found) {
      const sentence = sentenceById.get(id);
      found = sentence ? alignedWords(tokens(sentence), quoted(sentence)) : [];
      aligned.set(id, found);
    }
    return found;
  };

  return {
    settings,
    outlets,
    emphasis: claimEmphasis(input.claims, placed, articleOf),
    substitutions: findSubstitutions(
      input.claims.filter((claim) => claim.reviewed),
      articleOf,
      wordsOf,
      { maxWords: settings.substitutionMaxWords, minContext: settings.substitutionMinContext },
    ),
  };
}

/** The outlet's own words: reporting sentences other than embedded posts, which are their authors' words. */
function ownWords(sentence: ComparisonSentence): boolean {
  return sentence.reporting && sentence.block !== 'social-post';
}

function countsOf(counted: ReadonlyMap<string, OutletWords>, kind: 'words' | 'phrases'): Map<string, Map<string, number>> {
  return new Map([...counted].map(([id, words]) => [id, new Map([...words[kind]].map(([term, use]) => [term, use.count]))]));
}

/** The terms that most set an outlet apart: used often enough, far enough above the others' rate, highest z first. */
function distinctive(uses: ReadonlyMap<string, TermUse>, scores: ReadonlyMap<string, LogOddsScore> | undefined, limit: number, settings: FramingSettings): DistinctiveTerm[] {
  if (!scores) return [];
  const terms: DistinctiveTerm[] = [];
  for (const [term, score] of scores) {
    const use = uses.get(term)!;
    const z = round(score.z);
    if (use.count < settings.minTermCount || z < settings.minZ) continue;
    terms.push({
      term,
      label: commonestForm(use.forms),
      count: use.count,
      otherCount: score.otherCount,
      logOdds: round(score.logOdds),
      z,
      occurrences: use.occurrences,
    });
  }
  return terms.sort((a, b) => b.z - a.z || b.count - a.count || compareCodeUnits(a.term, b.term)).slice(0, limit);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
