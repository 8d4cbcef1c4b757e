import slugify from '@sindresorhus/slugify';
import { compareCodeUnits } from '../ingest/article-id.ts';
import { countWords } from '../ingest/article-stats.ts';
import { ATTRIBUTION_KINDS, type Comparison, type Figure, type Profile, type Quote } from '../schemas/comparison.ts';
import { attributeSentences } from './quotes/attribution.ts';
import { claimFeatures, claimScorer, DEFAULT_CANDIDATE_OPTIONS, sentenceCandidates, sentenceTermSets, type CandidateOptions } from './matcher/candidates.ts';
import { DEFAULT_PAIR_MODEL } from './matcher/default-model.ts';
import { DEFAULT_NEIGHBOUR_OPTIONS, type NeighbourOptions } from './matcher/neighbours.ts';
import { affinitiesOf, scorePairs, type Affinities } from './matcher/scoring.ts';
import { sentenceTerms } from './matcher/terms.ts';
import { matchSet, type MatchSet } from './matcher/units.ts';
import { prepareCorpus, type AnalysisArticle, type Corpus } from './corpus.ts';
import { findQuantities, groupFigures, MAX_VALUE_RATIO } from './figures/figures.ts';
import { FACETS } from './figures/measure.ts';
import { dollarOfPlace } from './figures/units.ts';
import { DEFAULT_QUOTE_MATCH_OPTIONS, groupQuotes, type QuoteMatchOptions } from './quotes/quote-groups.ts';
import { findQuotes, type FoundQuote } from './quotes/quotes.ts';
import { readability } from './readability.ts';
import type { PairModel } from '../schemas/pair-model.ts';
import { publishClaims } from './matcher/published-claims.ts';
import { editorialProblems, type EditorialInput } from '../review/check-editorial.ts';
import { EditorialError } from '../review/frontmatter.ts';
import { applySpeakerCorrections } from '../review/speaker-corrections.ts';
import { computeFraming, DEFAULT_FRAMING_SETTINGS } from '../framing/framing.ts';
import { tokenize } from './tokens.ts';

/** Every setting of the analysis. The defaults are what the site publishes. */
export interface AnalysisOptions {
  /** How candidate pairs of sentences are found. */
  neighbours: NeighbourOptions;
  /** How the claims proposed for each sentence are chosen. */
  candidates: CandidateOptions;
  quoteMatch: QuoteMatchOptions;
  /** Share of context words two figures must have in common to measure the same thing. */
  figureContextOverlap: number;
  /**
   * The pair model, with its merge and suggestion thresholds: `content/pair-model.json` when an
   * editor's claims were fitted in, else the shipped default fitted across the evaluation corpus.
   */
  pairModel: PairModel;
}

export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = {
  neighbours: DEFAULT_NEIGHBOUR_OPTIONS,
  candidates: DEFAULT_CANDIDATE_OPTIONS,
  quoteMatch: DEFAULT_QUOTE_MATCH_OPTIONS,
  figureContextOverlap: 0.2,
  pairModel: DEFAULT_PAIR_MODEL,
};

/**
 * Computes what each outlet reported, left out, quoted and attributed: from the articles' text
 * alone, or (with `editorial`) with an editor's reviewed claims and speaker corrections applied
 * first and the machine used only for what no editor decided. The same input always gives the
 * same output, in the same order. Stale editor files throw an `EditorialError` listing every
 * problem.
 */
export function analyzeArticles(
  input: readonly AnalysisArticle[],
  event: Comparison['event'] = null,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
  editorial: EditorialInput | null = null,
): Comparison {
  return runAnalysis(input, event, options, editorial).comparison;
}

/** What the analysis computed on the way, for tools that explain its decisions (the editor's worklist). */
export interface AnalysisRun {
  comparison: Comparison;
  /** The sentences claims were built from, with their terms. */
  set: MatchSet;
  /** The pair model's calibrated probability for every candidate pair of sentences. */
  affinities: Affinities;
}

/** `analyzeArticles`, also returning the matched sentences and their pair probabilities. */
export function runAnalysis(
  input: readonly AnalysisArticle[],
  event: Comparison['event'] = null,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
  editorial: EditorialInput | null = null,
): AnalysisRun {
  const corpus = prepareCorpus(input);
  const found = findQuotes(corpus);
  const machineQuotes = numberQuotes(found);
  if (editorial) {
    const problems = editorialProblems(editorial, corpus.sentences, machineQuotes);
    if (problems.length > 0) throw new EditorialError(problems);
  }
  const quotes = editorial ? applySpeakerCorrections(machineQuotes, editorial.speakerCorrections, corpus.entities.entities) : machineQuotes;
  const attribution = attributeSentences(corpus, found);

  // The event's place says which dollar a bare "$" is: the text alone does not.
  const quantities = findQuantities(corpus, { dollar: dollarOfPlace(event?.place) });
  const figureGroups = groupFigures(quantities, options.figureContextOverlap);
  const figures: Figure[] = figureGroups.map((group, index) => ({
    id: `f-${slugify(group.measure) || 'figure'}-${index + 1}`,
    measure: group.measure,
    dimension: group.dimension,
    unit: group.unit,
    agreement: group.agreement,
    mentions: group.quantities.map((quantity) => ({
      articleId: quantity.articleId,
      sentenceId: quantity.sentenceId,
      text: quantity.text,
      value: quantity.value,
      low: quantity.low,
      high: quantity.high,
      qualifier: quantity.qualifier,
      against: quantity.against,
    })),
  }));

  const quoteGroups = groupQuotes(quotes, options.quoteMatch);
  const articleIds = corpus.articles.map((article) => article.id);
  const reviewedClaims = editorial?.claims.filter((claim) => claim.status === 'reviewed') ?? [];
  // Sentences an editor found state no fact belong to no claim: the machine neither groups nor suggests them.
  const noFact = new Set(editorial?.statesNoFact.map((sentence) => sentence.id) ?? []);
  const set = matchSet(sentenceTerms(corpus, quantities).filter((terms) => !noFact.has(terms.sentence.id)));
  const affinities = affinitiesOf(set, scorePairs(set, options.pairModel, options.neighbours));
  const score = claimScorer(claimFeatures(set, affinities), options.pairModel.claimStage);
  const published = publishClaims(set.units, score, affinities, reviewedClaims, {
    mergeThreshold: options.pairModel.mergeThreshold,
    suggestionThreshold: options.pairModel.suggestionThreshold,
  });
  const claims = published.map(({ suggestions, ...claim }) => {
    const members = new Set(claim.sentenceIds);
    return {
      ...claim,
      labelSentenceId: claim.reviewed ? null : claim.labelSentenceId,
      suggestedSentenceIds: suggestions.map((suggestion) => suggestion.sentenceId),
      suggestions,
      missingArticleIds: articleIds.filter((id) => !claim.articleIds.includes(id)),
      coverage: claim.articleIds.length === articleIds.length ? ('all' as const) : claim.articleIds.length > 1 ? ('several' as const) : ('single' as const),
      figureIds: figures.filter((figure) => figure.agreement !== 'same' && figure.mentions.some((mention) => members.has(mention.sentenceId))).map((figure) => figure.id),
    };
  });

  const groupOf = new Map(quoteGroups.flatMap((group) => group.quoteIds.map((id) => [id, group.id] as const)));
  for (const quote of quotes) quote.groupId = groupOf.get(quote.id) ?? null;

  const claimsOf = new Map<string, string[]>();
  for (const claim of claims) for (const id of claim.sentenceIds) claimsOf.set(id, [...(claimsOf.get(id) ?? []), claim.id]);
  // The claims most likely stated by each sentence no editor placed: the editor's worklist, and the article page's "possible claims".
  const reviewedHeld = new Set(claims.filter((claim) => claim.reviewed).flatMap((claim) => claim.sentenceIds));
  const candidatesOf = sentenceCandidates(
    set.units.map((unit) => unit.sentence.id).filter((id) => !reviewedHeld.has(id)),
    claims.map((claim) => ({ id: claim.id, sentenceIds: claim.sentenceIds, title: claim.label })),
    score,
    sentenceTermSets(set.units),
    options.candidates,
  );
  const suggestedOf = new Map<string, string[]>();
  for (const claim of claims) for (const id of claim.suggestedSentenceIds) suggestedOf.set(id, [...(suggestedOf.get(id) ?? []), claim.id]);
  const reportingSentences = corpus.sentences.filter((sentence) => sentence.reporting);
  const reviewedMembers = new Set(claims.filter((claim) => claim.reviewed).flatMap((claim) => claim.sentenceIds));
  const quotesOf = new Map<string, string[]>();
  for (const quote of quotes) for (const id of quote.sentenceIds) quotesOf.set(id, [...(quotesOf.get(id) ?? []), quote.id]);

  const core: Omit<Comparison, 'framing'> = {
    schemaVersion: 2,
    event,
    review: {
      applied: editorial !== null,
      reviewedClaims: claims.filter((claim) => claim.reviewed).length,
      claims: claims.length,
      reviewedSentences: reportingSentences.filter((sentence) => reviewedMembers.has(sentence.id)).length,
      reportingSentences: reportingSentences.length,
      noFactSentences: reportingSentences.filter((sentence) => noFact.has(sentence.id)).length,
      correctedSpeakers: quotes.filter((quote) => quote.speakerMethod === 'editor').length,
    },
    method: {
      candidateNeighbours: options.neighbours.neighbours,
      candidateMaxPostings: options.neighbours.maxPostings,
      candidateTerms: options.neighbours.candidateTerms,
      pairModel: modelDescription(options.pairModel),
      mergeThreshold: options.pairModel.mergeThreshold,
      suggestionThreshold: options.pairModel.suggestionThreshold,
      claimsProposedPerSentence: options.candidates.perSentence,
      candidateFloor: options.candidates.floor,
      distinctiveTermMaxShare: options.candidates.maxOtherClaimShare,
      distinctiveTermMinOtherClaims: options.candidates.minOtherClaims,
      quoteMinimumContainment: options.quoteMatch.minimumContainment,
      quoteMinimumSharedContentWords: options.quoteMatch.minimumSharedContentWords,
      figureContextOverlap: options.figureContextOverlap,
      figureMaxValueRatio: MAX_VALUE_RATIO,
      figureRoleFacets: FACETS.join(', '),
    },
    articles: corpus.articles.map(({ sha256: _sha256, ...article }) => ({ ...article, reviewed: editorial?.reviewedArticleIds.has(article.id) ?? false })),
    sentences: corpus.sentences.map((sentence) => ({
      id: sentence.id,
      articleId: sentence.articleId,
      anchor: sentence.anchor,
      index: sentence.index,
      text: sentence.text,
      block: sentence.block,
      reporting: sentence.reporting,
      statesNoFact: noFact.has(sentence.id),
      claimIds: claimsOf.get(sentence.id) ?? [],
      suggestedClaimIds: suggestedOf.get(sentence.id) ?? [],
      candidates: candidatesOf.get(sentence.id) ?? [],
      quoteIds: quotesOf.get(sentence.id) ?? [],
      attribution: attribution.get(sentence.id)!,
    })),
    claims,
    quotes,
    quoteGroups,
    entities: corpus.entities.entities,
    figures,
    profiles: profilesOf(corpus, quotes, found, claims, attribution),
  };
  // Framing reads the claims as published, so it comes last; it reuses the corpus's tokens.
  const framing = computeFraming(core, DEFAULT_FRAMING_SETTINGS, (sentence) => corpus.byId.get(sentence.id)?.tokens ?? tokenize(sentence.text));
  const comparison: Comparison = { ...core, framing };
  return { comparison, set, affinities };
}

/** The pair model in words, for the method page. */
function modelDescription(model: PairModel): string {
  const fitted = model.trainedOn.reviewedClaims > 0
    ? `the ${model.trainedOn.events.length} events of the evaluation corpus and this event's ${model.trainedOn.reviewedClaims} reviewed claims`
    : `the ${model.trainedOn.events.length} tune events of the evaluation corpus (no editor of this event)`;
  return `two-stage logistic regression over ${model.pathStage.features.length} features of word overlap, figures and shared neighbours, fitted on ${fitted}, Platt-calibrated on held-out events`;
}

function numberQuotes(found: readonly FoundQuote[]): Quote[] {
  const counters = new Map<string, number>();
  return found.map((quote) => {
    const n = (counters.get(quote.articleId) ?? 0) + 1;
    counters.set(quote.articleId, n);
    return {
      id: `${quote.articleId}/q${n}`,
      articleId: quote.articleId,
      sentenceIds: quote.sentenceIds,
      text: quote.text,
      speaker: quote.speaker?.name ?? null,
      speakerId: quote.speaker?.entity?.id ?? null,
      speakerMethod: quote.speakerMethod,
      partial: quote.partial,
      groupId: null,
    };
  });
}

function profilesOf(
  corpus: Corpus,
  quotes: readonly Quote[],
  found: readonly FoundQuote[],
  claims: ReadonlyArray<{ articleIds: string[]; coverage: 'all' | 'several' | 'single' }>,
  attribution: Map<string, { kind: (typeof ATTRIBUTION_KINDS)[number] }>,
): Profile[] {
  return corpus.articles.map((article) => {
    const sentences = corpus.byArticle.get(article.id) ?? [];
    const reporting = sentences.filter((sentence) => sentence.reporting);
    const own = quotes.filter((quote) => quote.articleId === article.id);
    const ownFound = found.filter((quote) => quote.articleId === article.id);
    const speakers = new Map<string, number>();
    for (const quote of own) if (quote.speaker) speakers.set(quote.speaker, (speakers.get(quote.speaker) ?? 0) + 1);
    const quotedWords = ownFound.filter((quote) => !quote.isPost && !quote.nested).reduce((sum, quote) => sum + countWords(quote.text), 0);
    const words = countWords(sentences.map((sentence) => sentence.text).join(' '));
    const mix = Object.fromEntries(ATTRIBUTION_KINDS.map((kind) => [kind, 0])) as Profile['attribution'];
    for (const sentence of reporting) mix[attribution.get(sentence.id)!.kind]++;
    const mine = claims.filter((claim) => claim.articleIds.includes(article.id));
    return {
      articleId: article.id,
      words,
      sentences: sentences.length,
      reportingSentences: reporting.length,
      quotedWordShare: words === 0 ? 0 : Math.round((quotedWords / words) * 1000) / 1000,
      speakers: [...speakers.entries()].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0])).map(([name]) => name),
      attribution: mix,
      claims: {
        all: mine.filter((claim) => claim.coverage === 'all').length,
        several: mine.filter((claim) => claim.coverage === 'several').length,
        single: mine.filter((claim) => claim.coverage === 'single').length,
      },
      embeddedPosts: ownFound.filter((quote) => quote.isPost).length,
      readability: readability(reporting.filter((sentence) => sentence.block === 'paragraph' || sentence.block === 'list-item').map((sentence) => sentence.text)),
    };
  });
}
