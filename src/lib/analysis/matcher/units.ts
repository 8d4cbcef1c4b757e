import { prepareCorpus, type AnalysisArticle, type Corpus, type CorpusSentence } from '../corpus.ts';
import { findQuantities } from '../figures/figures.ts';
import { documentFrequency, featureVector, sentenceTerms, type FeatureVector, type SentenceTerms } from './terms.ts';

/** Sentence id → sentence id of another article → the calibrated probability that they state one claim. */
export type Affinities = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** One reporting sentence as the matcher compares it: its terms and their TF-IDF vectors. */
export interface MatchUnit {
  sentence: CorpusSentence;
  terms: SentenceTerms;
  /** One vector per view of the terms (see `SentenceTerms`). */
  vectors: Record<VectorView, FeatureVector>;
}

/** The views of a sentence's terms that are compared by cosine. */
export const VECTOR_VIEWS = ['content', 'plainWords', 'common', 'names', 'core'] as const;
export type VectorView = (typeof VECTOR_VIEWS)[number];

/** The units of one analysis, and how many of them use each content term. */
export interface MatchSet {
  units: MatchUnit[];
  /** Content term → number of units using it. */
  contentFrequency: ReadonlyMap<string, number>;
}

/**
 * The units of a corpus, with TF-IDF vectors. Each view's document frequencies are counted over
 * the units given, with a fixed reference size (see `idf`), so weights depend only on how many
 * sentences use a term.
 */
export function matchSet(terms: readonly SentenceTerms[]): MatchSet {
  const frequencies = Object.fromEntries(VECTOR_VIEWS.map((view) => [view, documentFrequency(terms.map((entry) => entry[view]))])) as Record<VectorView, Map<string, number>>;
  return {
    units: terms.map((entry) => ({
      sentence: entry.sentence,
      terms: entry,
      vectors: Object.fromEntries(VECTOR_VIEWS.map((view) => [view, featureVector(entry[view], frequencies[view])])) as Record<VectorView, FeatureVector>,
    })),
    contentFrequency: frequencies.content,
  };
}

/**
 * The match set of some articles, read as the analysis reads them: the corpus prepared, figures
 * found, each reporting sentence's terms (sentences in `exclude` left out: an editor found they
 * state no fact).
 */
export function matchSetOf(articles: readonly AnalysisArticle[], exclude: ReadonlySet<string> = new Set()): { set: MatchSet; corpus: Corpus } {
  const corpus = prepareCorpus(articles);
  const set = matchSet(sentenceTerms(corpus, findQuantities(corpus)).filter((terms) => !exclude.has(terms.sentence.id)));
  return { set, corpus };
}
