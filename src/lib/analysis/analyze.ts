import slugify from '@sindresorhus/slugify';
import { compareCodeUnits } from '../ingest/article-id.ts';
import { countWords } from '../ingest/article-stats.ts';
import { ATTRIBUTION_KINDS, type Comparison, type Figure, type Profile, type Quote } from '../schemas/comparison.ts';
import { attributeSentences } from './quotes/attribution.ts';
import { claimUnits, DEFAULT_TERM_WEIGHTS, featureVector, inverseDocumentFrequency, type TermWeights } from './matcher/claim-features.ts';
import { DEFAULT_CLAIM_OPTIONS, type ClaimOptions, type ClaimUnit } from './matcher/claims.ts';
import { prepareCorpus, type AnalysisArticle, type Corpus } from './corpus.ts';
import { findQuantities, groupFigures, MAX_VALUE_RATIO } from './figures/figures.ts';
import { FACETS } from './figures/measure.ts';
import { DEFAULT_QUOTE_MATCH_OPTIONS, groupQuotes, type QuoteMatchOptions } from './quotes/quote-groups.ts';
import { findQuotes, type FoundQuote } from './quotes/quotes.ts';
import { readability } from './readability.ts';
import { cosineScorer, modelScorer, type PairScorer } from './matcher/pair-score.ts';
import type { PairModel } from '../schemas/pair-model.ts';
import { publishClaims } from './matcher/published-claims.ts';
import { editorialProblems, type EditorialInput } from '../review/check-editorial.ts';
import { EditorialError } from '../review/frontmatter.ts';
import { applySpeakerCorrections } from '../review/speaker-corrections.ts';
import { computeFraming, DEFAULT_FRAMING_SETTINGS } from '../framing/framing.ts';
import { tokenize } from './tokens.ts';

/** Every setting of the analysis. The defaults are what the site publishes. */
export interface AnalysisOptions {
  claims: ClaimOptions;
  terms: TermWeights;
  quoteMatch: QuoteMatchOptions;
  /** Share of context words two figures must have in common to measure the same thing. */
  figureContextOverlap: number;
  /** Compare clauses rather than whole sentences, so a sentence can carry several claims. */
  clauses: boolean;
  /** A sentence no editor placed is suggested for a reviewed claim at or above this confidence. */
  suggestionThreshold: number;
  /** The fitted pair model (`content/pair-model.json`), or null for the cosine fallback. */
  pairModel: PairModel | null;
}

export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = {
  claims: DEFAULT_CLAIM_OPTIONS,
  terms: DEFAULT_TERM_WEIGHTS,
  quoteMatch: DEFAULT_QUOTE_MATCH_OPTIONS,
  figureContextOverlap: 0.2,
  clauses: true,
  suggestionThreshold: 0.5,
  pairModel: null,
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
  /** The units claims were built from, with their features. */
  units: ClaimUnit[];
  /** The pair model that gave the confidences. */
  scorer: PairScorer;
}

/** `analyzeArticles`, also returning the claim units and the pair model. */
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

  const quantities = findQuantities(corpus);
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

  const drafts = claimUnits(corpus, quantities, options.clauses);
  const idf = inverseDocumentFrequency(drafts.map((draft) => draft.terms));
  const units: ClaimUnit[] = drafts.map((draft) => ({
    sentence: draft.sentence,
    text: draft.text,
    whole: draft.whole,
    terms: draft.terms,
    vector: featureVector(draft.terms, idf, options.terms, draft.context),
  }));
  const quoteGroups = groupQuotes(quotes, options.quoteMatch);
  const articleIds = corpus.articles.map((article) => article.id);
  const reviewedClaims = editorial?.claims.filter((claim) => claim.status === 'reviewed') ?? [];
  const scorer = options.pairModel
    ? modelScorer(options.pairModel, (id) => attribution.get(id))
    : cosineScorer(options.claims.mergeThreshold, options.claims.secondaryThreshold);
  // Sentences an editor found state no fact belong to no claim: the machine neither groups nor suggests them.
  const noFact = new Set(editorial?.statesNoFact.map((sentence) => sentence.id) ?? []);
  const published = publishClaims(noFact.size === 0 ? units : units.filter((unit) => !noFact.has(unit.sentence.id)), reviewedClaims, scorer, {
    claims: options.claims,
    suggestionThreshold: options.suggestionThreshold,
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
      claimNeighbours: options.claims.neighbours,
      claimMaxPostings: options.claims.maxPostings,
      claimCandidateTerms: options.claims.candidateTerms,
      claimMergeThreshold: options.claims.mergeThreshold,
      claimSecondaryThreshold: options.claims.secondaryThreshold,
      claimTwinThreshold: options.claims.twinThreshold,
      claimLinkageSample: options.claims.linkageSample,
      termWeightWord: options.terms.word,
      termWeightEntity: options.terms.entity,
      termWeightFigure: options.terms.figure,
      termWeightPair: options.terms.pair,
      termWeightBareFigure: options.terms.bareFigure,
      termWeightContext: options.terms.context,
      clauses: options.clauses,
      quoteMinimumContainment: options.quoteMatch.minimumContainment,
      quoteMinimumSharedContentWords: options.quoteMatch.minimumSharedContentWords,
      figureContextOverlap: options.figureContextOverlap,
      figureMaxValueRatio: MAX_VALUE_RATIO,
      figureRoleFacets: FACETS.join(', '),
      suggestionThreshold: options.suggestionThreshold,
      confidenceModel: scorer.description,
      pairModelMergeThreshold: scorer.mergeThreshold,
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
  return { comparison, units, scorer };
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
    const quotedWords = ownFound.filter((quote) => !quote.isPost).reduce((sum, quote) => sum + countWords(quote.text), 0);
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
