import type { Corpus, CorpusSentence } from './corpus.ts';
import type { Quantity } from './figures.ts';
import type { Token } from './tokens.ts';

/** A sentence as a weighted bag of terms: word families, entities, figures and word pairs. */
export interface FeatureVector {
  /** term → weight (TF-IDF, scaled by the term's kind). */
  weights: Map<string, number>;
  /** Euclidean norm of `weights`. */
  norm: number;
}

/** How much each kind of term counts, relative to an ordinary content word. */
export interface TermWeights {
  word: number;
  entity: number;
  figure: number;
  pair: number;
}

export const DEFAULT_TERM_WEIGHTS: TermWeights = { word: 1, entity: 1.2, figure: 1.5, pair: 0.6 };

const CONTENT_TAGS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);
/** Adverbs that carry meaning worth matching; other adverbs ("also", "however") do not. */
const MEANINGFUL_ADVERB = /^(?:immediately|permanently|temporarily|never|fully|partially|previously|repeatedly|unconditionally)$/;
/** Derivational endings that keep a word in the family of its stem ("relation" / "relationship"). */
const DERIVATIONAL = /(?:ship|ment|ness|ity|ation|ition|ion|al|ive|ize|ise|ism|ist|er|or|ing|ed|s)$/;
const DEMONYM = /^(\p{L}{3,}?)(?:ians|ian|ans|an|ese|ish|is|i)$/u;

/**
 * Terms of every reporting sentence. Words are reduced to families (Porter2 stem, with
 * derivations of one another joined: "relation"/"relationship", "mobilize"/"mobilization");
 * names become their entity ("Zelensky" and "Zelenskyy" are one term; "Russian" joins
 * "Russia"); figures become value+unit ("30 days" = "30-day"); neighbouring content terms also
 * form pairs, which reward shared phrasing ("maritime ceasefire").
 */
export function sentenceTerms(corpus: Corpus, quantities: readonly Quantity[]): Map<string, string[]> {
  const families = wordFamilies(corpus);
  const placeRoots = new Map<string, string>();
  for (const entity of corpus.entities.entities) {
    if (entity.kind === 'place' || entity.kind === 'other') placeRoots.set(demonymRoot(entity.name.toLowerCase()), entity.id);
  }
  const figuresOf = new Map<string, Quantity[]>();
  for (const quantity of quantities) figuresOf.set(quantity.sentenceId, [...(figuresOf.get(quantity.sentenceId) ?? []), quantity]);

  const out = new Map<string, string[]>();
  for (const sentence of corpus.sentences) {
    if (!sentence.reporting) continue;
    const sequence: string[] = [];
    const entityAt = new Map<number, string>();
    for (const mention of sentence.mentions) {
      const entity = corpus.entities.entityOf({ sentenceId: sentence.id, mention });
      if (entity) for (let index = mention.firstToken; index <= mention.lastToken; index++) entityAt.set(index, `e:${entity.id}`);
    }
    sentence.tokens.forEach((token, index) => {
      const entity = entityAt.get(index);
      if (entity) {
        if (sequence.at(-1) !== entity) sequence.push(entity);
        return;
      }
      const term = wordTerm(token, families, placeRoots);
      if (term) sequence.push(term);
    });
    const terms = [...sequence];
    for (let index = 1; index < sequence.length; index++) {
      if (sequence[index - 1] !== sequence[index]) terms.push(`p:${sequence[index - 1]}|${sequence[index]}`);
    }
    for (const quantity of figuresOf.get(sentence.id) ?? []) terms.push(`f:${quantity.dimension}:${quantity.value}:${quantity.unit}`);
    out.set(sentence.id, terms);
  }
  return out;
}

function wordTerm(token: Token, families: Map<string, string>, placeRoots: Map<string, string>): string | null {
  if (token.type !== 'word' && token.type !== 'number') return null;
  if (!CONTENT_TAGS.has(token.pos) || token.stop) return null;
  if (token.pos === 'ADV' && !MEANINGFUL_ADVERB.test(token.lemma)) return null;
  if (token.pos === 'NUM') return null; // figures are counted with their unit
  if (/^\p{Lu}/u.test(token.text)) {
    const place = placeRoots.get(demonymRoot(token.text.toLowerCase()));
    if (place) return `e:${place}`;
  }
  return `w:${families.get(token.stem) ?? token.stem}`;
}

/** "russian" → "russi", "ukrainian" → "ukrain", "russia" → "russi": demonym and country share a root. */
export function demonymRoot(word: string): string {
  const match = DEMONYM.exec(word);
  const stem = match ? match[1]! : word;
  return stem.replace(/[aeiouy]$/u, '');
}

/**
 * Joins stems that are derivations of one another: a stem that is a prefix of another, the
 * rest being a derivational ending ("relat" + "ionship"), with at least five letters shared.
 */
function wordFamilies(corpus: Corpus): Map<string, string> {
  const stems = new Set<string>();
  for (const sentence of corpus.sentences) {
    for (const token of sentence.tokens) if (token.type === 'word' && !token.stop) stems.add(token.stem);
  }
  const sorted = [...stems].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const family = new Map<string, string>();
  for (const stem of sorted) {
    if (stem.length < 5) continue;
    for (const shorter of sorted) {
      if (shorter.length >= stem.length) break;
      if (shorter.length < 5 || !stem.startsWith(shorter)) continue;
      const rest = stem.slice(shorter.length);
      if (rest.length <= 6 && DERIVATIONAL.test(rest)) {
        family.set(stem, family.get(shorter) ?? shorter);
        break;
      }
    }
  }
  return family;
}

/** Inverse document frequency of every term over the given bags: ln(1 + N / df). */
export function inverseDocumentFrequency(bags: Iterable<readonly string[]>): Map<string, number> {
  const df = new Map<string, number>();
  let count = 0;
  for (const bag of bags) {
    count++;
    for (const term of new Set(bag)) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [term, frequency] of df) idf.set(term, Math.log(1 + count / frequency));
  return idf;
}

/** TF-IDF vector of a bag of terms, each weighted by its kind. */
export function featureVector(terms: readonly string[], idf: Map<string, number>, kinds: TermWeights = DEFAULT_TERM_WEIGHTS): FeatureVector {
  const weights = new Map<string, number>();
  for (const term of terms) {
    const kind = term[0] === 'e' ? kinds.entity : term[0] === 'f' ? kinds.figure : term[0] === 'p' ? kinds.pair : kinds.word;
    weights.set(term, (weights.get(term) ?? 0) + kind * (idf.get(term) ?? 1));
  }
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

export type { CorpusSentence };
