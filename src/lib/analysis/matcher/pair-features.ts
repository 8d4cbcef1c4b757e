import { cosine, idf } from './terms.ts';
import type { MatchUnit } from './units.ts';

/**
 * What the pair model reads of two sentences of different articles, each feature 0–1. Every
 * feature is a kind of word overlap or figure agreement, general to any event; each was kept
 * because leaving it out scored lower on events the model was not fitted on (the ablation table
 * of `npm run eval -- --ablation`, on the method page). Differences of about 0.01 in pooled F1
 * are within what a refit alone moves on seven held-out events; a feature whose removal gains
 * more than that, on held-out events, goes.
 */
export const SENTENCE_FEATURES = [
  /** Cosine of content stems and figures. */
  'cosine',
  /** Cosine of the baseline's crude word forms: a second, coarser view of the same overlap. */
  'plainCosine',
  /** Cosine of content stems that are not names. */
  'commonCosine',
  /** Cosine of names alone: the same people and places, whatever is said of them. */
  'nameCosine',
  /** Cosine of what is said, without roles and verbs of saying. */
  'coreCosine',
  /** They give the same figure (the same amount in the same unit, however written). */
  'sharedFigure',
  /** Both give figures of one kind (money, a share, a count of one thing) and none in common. */
  'figureConflict',
  /** How rare the rarest shared term is: its IDF over the IDF of a term one sentence uses (about 0.87 for a term only these two use), 0 when they share none. */
  'rarestShared',
  /** How many content terms they share, on a log scale (1 at ten or more). */
  'sharedTerms',
  /** Share of the shorter sentence's neighbouring-word pairs the other has. */
  'sharedPhrases',
] as const;

/**
 * Features of a pair's place among the others, read from the first-stage probabilities: two
 * sentences that both match a third sentence of another article likely state one fact, even
 * when their own words differ ("48-hour walkout" and "strike for two days", both matching "a
 * 48-hour strike").
 */
export const PATH_FEATURES = [
  /** The best third sentence: the smaller of its two probabilities, maximised. */
  'pathStrength',
  /** Sum over third sentences of the product of the two probabilities, capped at 1. */
  'pathSupport',
  /** Third sentences matching both at 0.5 or more, a third each, capped at 1. */
  'pathCount',
] as const;

export type SentenceFeature = (typeof SENTENCE_FEATURES)[number];
export type PathFeature = (typeof PATH_FEATURES)[number];
export type PairFeature = SentenceFeature | PathFeature;

/**
 * The sign each feature's weight may take: evidence of agreement (+1) never counts against a
 * match, evidence of conflict (-1) never for one; 0 leaves it free (collinear views of overlap).
 */
export const PAIR_FEATURE_SIGNS: Readonly<Record<PairFeature, -1 | 0 | 1>> = {
  cosine: 1,
  plainCosine: 1,
  commonCosine: 0,
  nameCosine: 0,
  coreCosine: 1,
  sharedFigure: 1,
  figureConflict: -1,
  rarestShared: 1,
  sharedTerms: 1,
  sharedPhrases: 0,
  pathStrength: 1,
  pathSupport: 1,
  pathCount: 1,
};

/**
 * The sentence features of a pair, in `SENTENCE_FEATURES` order. `documentFrequency` gives how
 * many units use a content term (for `rarestShared`).
 */
export function sentenceFeatures(a: MatchUnit, b: MatchUnit, documentFrequency: (term: string) => number): number[] {
  const [small, large] = a.vectors.content.weights.size <= b.vectors.content.weights.size ? [a, b] : [b, a];
  let shared = 0;
  let rarest = 0;
  for (const term of small.vectors.content.weights.keys()) {
    if (!large.vectors.content.weights.has(term)) continue;
    shared++;
    rarest = Math.max(rarest, idf(documentFrequency(term)));
  }
  const figuresA = a.terms.figures;
  const figuresB = b.terms.figures;
  const sharedFigure = figuresA.some((x) => figuresB.some((y) => y.key === x.key));
  const figureConflict = !sharedFigure && figuresA.some((x) => figuresB.some((y) => y.kind === x.kind));
  const phrasesA = a.terms.phrases;
  const phrasesB = b.terms.phrases;
  const fewer = Math.min(phrasesA.size, phrasesB.size);
  let sharedPhrases = 0;
  if (fewer > 0) for (const phrase of phrasesA) if (phrasesB.has(phrase)) sharedPhrases++;
  return [
    cosine(a.vectors.content, b.vectors.content),
    cosine(a.vectors.plainWords, b.vectors.plainWords),
    cosine(a.vectors.common, b.vectors.common),
    cosine(a.vectors.names, b.vectors.names),
    cosine(a.vectors.core, b.vectors.core),
    sharedFigure ? 1 : 0,
    figureConflict ? 1 : 0,
    shared === 0 ? 0 : Math.min(1, rarest / idf(1)),
    Math.min(1, Math.log1p(shared) / Math.log(11)),
    fewer === 0 ? 0 : sharedPhrases / fewer,
  ];
}

/** First-stage probabilities of candidate pairs: sentence id → sentence id → probability. */
export type ProbabilityGraph = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** The path features of a pair, in `PATH_FEATURES` order, from the first-stage graph. */
export function pathFeatures(graph: ProbabilityGraph, a: MatchUnit, b: MatchUnit): number[] {
  const near = graph.get(a.sentence.id);
  const other = graph.get(b.sentence.id);
  let strength = 0;
  let support = 0;
  let count = 0;
  if (near && other) {
    const [small, large] = near.size <= other.size ? [near, other] : [other, near];
    for (const [third, p] of small) {
      const q = large.get(third);
      if (q === undefined || third === a.sentence.id || third === b.sentence.id) continue;
      const articleOfThird = third.slice(0, third.indexOf('/'));
      if (articleOfThird === a.sentence.articleId || articleOfThird === b.sentence.articleId) continue;
      strength = Math.max(strength, Math.min(p, q));
      support += p * q;
      if (p >= 0.5 && q >= 0.5) count++;
    }
  }
  return [strength, Math.min(1, support / 2), Math.min(1, count / 3)];
}
