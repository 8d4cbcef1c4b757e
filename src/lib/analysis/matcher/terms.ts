import { SPEECH_VERBS, TITLE_WORDS } from '../../text/lexicon.ts';
import type { Corpus, CorpusSentence } from '../corpus.ts';
import { amountKey, type Quantity } from '../figures/figures.ts';
import { baselineTerms } from './baseline.ts';

/** A weighted bag of terms. */
export interface FeatureVector {
  /** term → weight (TF-IDF). */
  weights: Map<string, number>;
  /** Euclidean norm of `weights`. */
  norm: number;
}

/** One figure of a sentence, as the matcher compares figures. */
export interface FigureTerm {
  /** The figures room's amount key ("money:4200000:USD", a score with both sides): two figures with the same key give the same amount. */
  key: string;
  /** Dimension and unit: "money:USD". Two figures of one kind with different keys give different amounts. */
  kind: string;
}

/**
 * What the matcher reads of one reporting sentence. Every list holds terms as the sentence
 * repeats them (for term frequency); each is a different view of the same words, so that the
 * pair model can learn which kind of overlap means "the same fact".
 */
export interface SentenceTerms {
  sentence: CorpusSentence;
  /** Content words and numbers as Porter stems, and the sentence's figures (`#<figure key>`). */
  content: string[];
  /** The baseline's view: lower-case words with common suffixes cut off. */
  plainWords: string[];
  /** Content stems that are not names. */
  common: string[];
  /** Stems of names. */
  names: string[];
  /** Common stems without roles ("minister", "chief") and verbs of saying: what the sentence says, not who says it. */
  core: string[];
  /** Neighbouring content stems ("pay rise"): shared phrasing. */
  phrases: Set<string>;
  figures: FigureTerm[];
}

const WORD_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * The terms of every reporting sentence of a corpus. Figures come from the figures room, read
 * once for the whole analysis: a figure's key normalises its wording ("$4.2m", "4.2 million
 * dollars"), so equal amounts match however they are written.
 */
export function sentenceTerms(corpus: Corpus, quantities: readonly Quantity[]): SentenceTerms[] {
  const figuresOf = new Map<string, FigureTerm[]>();
  for (const quantity of quantities) {
    const list = figuresOf.get(quantity.sentenceId) ?? figuresOf.set(quantity.sentenceId, []).get(quantity.sentenceId)!;
    list.push({ key: amountKey(quantity), kind: `${quantity.dimension}:${quantity.unit}` });
  }
  return corpus.sentences.filter((sentence) => sentence.reporting).map((sentence) => termsOf(sentence, figuresOf.get(sentence.id) ?? []));
}

function termsOf(sentence: CorpusSentence, figures: FigureTerm[]): SentenceTerms {
  const words = sentence.tokens.filter((token) => !token.stop && (token.type === 'word' || token.type === 'number') && WORD_OR_NUMBER.test(token.text));
  // A number's own text, not wink's stem: its stemmer turns every "3" into "y" ("300" → "y00").
  const stems = words.map((token) => (token.type === 'number' ? token.text.toLowerCase() : token.stem));
  const common = words.filter((token) => token.pos !== 'PROPN' && token.type === 'word');
  const phrases = new Set<string>();
  for (let index = 1; index < stems.length; index++) phrases.add(`${stems[index - 1]} ${stems[index]}`);
  return {
    sentence,
    content: [...stems, ...figures.map((figure) => `#${figure.key}`)],
    plainWords: baselineTerms(sentence.text),
    common: common.map((token) => token.stem),
    names: words.filter((token) => token.pos === 'PROPN').map((token) => token.stem),
    core: common.filter((token) => !TITLE_WORDS.has(token.lemma) && !SPEECH_VERBS.has(token.lemma)).map((token) => token.stem),
    phrases,
    figures,
  };
}

/** K in ln(1 + K / df): about the number of sentences in a handful of articles on one event. */
export const IDF_REFERENCE_SIZE = 200;

/**
 * Document frequency of every term over the bags. A term's weight, ln(1 + K / df), depends only
 * on how many sentences use it (K is fixed, not the number of sentences), so an article sharing no
 * term with two sentences cannot change how alike they are.
 */
export function documentFrequency(bags: Iterable<readonly string[]>): Map<string, number> {
  const df = new Map<string, number>();
  for (const bag of bags) for (const term of new Set(bag)) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}

/** Inverse document frequency of a term seen in `df` sentences. */
export function idf(df: number, reference = IDF_REFERENCE_SIZE): number {
  return Math.log(1 + reference / Math.max(1, df));
}

/** TF-IDF vector of a bag of terms. */
export function featureVector(terms: readonly string[], df: ReadonlyMap<string, number>): FeatureVector {
  const weights = new Map<string, number>();
  for (const term of terms) weights.set(term, (weights.get(term) ?? 0) + idf(df.get(term) ?? 1));
  let squares = 0;
  for (const weight of weights.values()) squares += weight * weight;
  return { weights, norm: Math.sqrt(squares) };
}

/** Cosine similarity of two feature vectors. */
export function cosine(a: FeatureVector, b: FeatureVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small.weights) {
    const other = large.weights.get(term);
    if (other !== undefined) dot += weight * other;
  }
  return dot / (a.norm * b.norm);
}
