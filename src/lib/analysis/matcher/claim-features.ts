import { splitClauses } from '../../text/clauses.ts';
import type { Corpus, CorpusSentence } from '../corpus.ts';
import { amountKey, type Quantity } from '../figures/figures.ts';
import type { Token } from '../tokens.ts';
import { demonymRoot } from '../names.ts';
import { lowercaseKeys, tokenKey, wordFamilies as familiesOf } from './word-families.ts';

/** A weighted bag of terms. */
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
  /** A figure with the noun or verb it belongs to ("30-day strike", "lasted 90 minutes"). */
  figure: number;
  /** The bare figure ("30 days"), which matches wherever the same amount appears. */
  bareFigure: number;
  pair: number;
  /** Terms of the sentence's other clauses, as context for a clause. */
  context: number;
}

export const DEFAULT_TERM_WEIGHTS: TermWeights = { word: 1, entity: 1.2, figure: 1.5, bareFigure: 0.5, pair: 0.6, context: 0.25 };

/** A unit of clustering: a clause (or whole sentence) and its features. */
export interface ClaimUnit {
  sentence: CorpusSentence;
  /** The unit's words. */
  text: string;
  /** Whether the unit is its whole sentence. */
  whole: boolean;
  /** The unit's own terms (not its sentence's other clauses). */
  terms: readonly string[];
  vector: FeatureVector;
}

/** What the claim grouping compares: a clause (or whole sentence) with its terms. */
export interface UnitTerms {
  sentence: CorpusSentence;
  /** The clause's words, exactly as in the sentence. */
  text: string;
  /** Whether the unit is the whole sentence. */
  whole: boolean;
  terms: string[];
  /** Terms of the rest of the sentence. */
  context: string[];
}

const CONTENT_TAGS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);
/** Roles say who someone is, not what happened ("President", "spokesman"). */
const ROLE_NOUNS = new Set(['president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'official', 'adviser', 'advisor', 'envoy', 'chancellor', 'premier']);
/** Verbs of saying mark attribution, not content. */
const SAYING_VERBS = new Set(['say', 'tell', 'add', 'write', 'note', 'state', 'ask', 'remark', 'reply', 'post', 'tweet', 'quote', 'cite', 'comment', 'respond', 'answer']);
/** A count this small ("two leaders", "both sides") says nothing specific. */
const MIN_COUNT_FIGURE = 3;
/** Adverbs that carry meaning worth matching; other adverbs ("also", "however") do not. */
const MEANINGFUL_ADVERB = /^(?:immediately|permanently|temporarily|never|fully|partially|previously|repeatedly|unconditionally)$/;

/**
 * The units claims are built from: each reporting sentence split into clauses where a new
 * fact usually starts (see `splitClauses`), or kept whole when `clauses` is false.
 *
 * Terms: words reduced to families (lemma and word class, so "issued an order" and "issues to
 * discuss" stay apart, with meaning-keeping derivations joined: "relation"/"relationship",
 * "mobilize"/"mobilization"; see `wordFamilies`); names as their entity ("Kovalenko"
 * and "Kovalenkko" are one term; "Italian" joins "Italy"); figures as value + unit, with and
 * without the word they belong to ("30-day strike" differs from "walk out … for 30 days");
 * and pairs of neighbouring terms, which reward shared phrasing ("interest rate"). Roles
 * ("President"), verbs of saying and tiny counts ("two leaders") are left out.
 */
export function claimUnits(corpus: Corpus, quantities: readonly Quantity[], clauses = true): UnitTerms[] {
  const families = corpusFamilies(corpus);
  const placeRoots = new Map<string, string>();
  for (const entity of corpus.entities.entities) {
    if (entity.kind === 'place' || entity.kind === 'other') placeRoots.set(demonymRoot(entity.name.toLowerCase()), entity.id);
  }
  const figuresOf = new Map<string, Quantity[]>();
  for (const quantity of quantities) figuresOf.set(quantity.sentenceId, [...(figuresOf.get(quantity.sentenceId) ?? []), quantity]);

  const units: UnitTerms[] = [];
  for (const sentence of corpus.sentences) {
    if (!sentence.reporting) continue;
    const located = locatedTerms(corpus, sentence, families, placeRoots, figuresOf.get(sentence.id) ?? []);
    const ranges = clauses ? splitClauses(sentence.tokens) : [{ first: 0, last: sentence.tokens.length - 1 }];
    const perClause = ranges.map((range) => termsWithPairs(located.filter((entry) => entry.at >= range.first && entry.at <= range.last)));
    ranges.forEach((range, index) => {
      const first = sentence.tokens[range.first];
      const last = sentence.tokens[range.last];
      units.push({
        sentence,
        text: first && last ? sentence.text.slice(first.start, last.end) : sentence.text,
        whole: ranges.length === 1,
        terms: perClause[index]!,
        context: perClause.filter((_, other) => other !== index).flat(),
      });
    });
  }
  return units;
}

/** Terms of a sentence with the token index each comes from. */
function locatedTerms(
  corpus: Corpus,
  sentence: CorpusSentence,
  families: WordFamilies,
  placeRoots: Map<string, string>,
  figures: readonly Quantity[],
): Array<{ at: number; term: string; chain: boolean }> {
  const out: Array<{ at: number; term: string; chain: boolean }> = [];
  const entityAt = new Map<number, string>();
  for (const mention of sentence.mentions) {
    const entity = corpus.entities.entityOf({ sentenceId: sentence.id, mention });
    if (entity) for (let index = mention.firstToken; index <= mention.lastToken; index++) entityAt.set(index, `e:${entity.id}`);
  }
  sentence.tokens.forEach((token, index) => {
    const entity = entityAt.get(index);
    if (entity) {
      if (out.at(-1)?.term !== entity) out.push({ at: index, term: entity, chain: true });
      return;
    }
    const term = wordTerm(token, families, placeRoots);
    if (term) out.push({ at: index, term, chain: true });
  });
  for (const figure of figures) {
    if (figure.dimension === 'count' && figure.value < MIN_COUNT_FIGURE) continue;
    const base = amountKey(figure); // a score keeps both sides ("6-3" is not "6-2")
    out.push({ at: figure.firstToken, term: `b:${base}`, chain: false });
    if (figure.head) out.push({ at: figure.firstToken, term: `f:${base}:${families.ofLemma(figure.head)}`, chain: false });
  }
  return out.sort((a, b) => a.at - b.at);
}

function termsWithPairs(located: ReadonlyArray<{ term: string; chain: boolean }>): string[] {
  const terms = located.map((entry) => entry.term);
  const chained = located.filter((entry) => entry.chain).map((entry) => entry.term);
  for (let index = 1; index < chained.length; index++) {
    if (chained[index - 1] !== chained[index]) terms.push(`p:${chained[index - 1]}|${chained[index]}`);
  }
  return terms;
}

function wordTerm(token: Token, families: WordFamilies, placeRoots: Map<string, string>): string | null {
  if (token.type !== 'word' && token.type !== 'number') return null;
  if (!CONTENT_TAGS.has(token.pos) || token.stop) return null;
  if (token.pos === 'ADV' && !MEANINGFUL_ADVERB.test(token.lemma)) return null;
  if (token.pos === 'NUM') return null; // figures are counted with their unit
  if (ROLE_NOUNS.has(token.lemma) || (token.pos === 'VERB' && SAYING_VERBS.has(token.lemma))) return null;
  if (/^\p{Lu}/u.test(token.text)) {
    const place = placeRoots.get(demonymRoot(token.text.toLowerCase()));
    if (place) return `e:${place}`;
  }
  const key = tokenKey(token, families.lowercase);
  return key ? `w:${families.family.get(key) ?? key}` : null;
}

interface WordFamilies {
  /** word key → family key, for keys that joined a family. */
  family: Map<string, string>;
  /** Lower-case word → its usual key, for capitalised words tagged as names. */
  lowercase: Map<string, string>;
  /** The family of a lemma whose class is unknown (a figure's head): its noun, else verb, else itself. */
  ofLemma(lemma: string): string;
}

/** Word families over every word of the corpus (see `wordFamilies`). */
function corpusFamilies(corpus: Corpus): WordFamilies {
  const tokens = corpus.sentences.flatMap((sentence) => sentence.tokens.filter((token) => token.type === 'word' && !token.stop));
  const lowercase = lowercaseKeys(tokens);
  const keys = new Set<string>();
  for (const token of tokens) {
    const key = tokenKey(token, lowercase);
    if (key) keys.add(key);
  }
  const family = familiesOf(keys);
  return {
    family,
    lowercase,
    ofLemma: (lemma) => {
      const key = [`${lemma}/N`, `${lemma}/V`].find((candidate) => keys.has(candidate)) ?? `${lemma}/N`;
      return family.get(key) ?? key;
    },
  };
}

/**
 * Inverse document frequency of every term over the given bags: ln(1 + K / df), where df is the
 * number of bags holding the term and K is a fixed reference size, not the number of bags. So a
 * term's weight depends only on how many units use it: an article that shares no term with a
 * unit leaves that unit's weights, and so its matches, exactly as they were.
 */
export function inverseDocumentFrequency(bags: Iterable<readonly string[]>, reference = IDF_REFERENCE_SIZE): Map<string, number> {
  const df = new Map<string, number>();
  for (const bag of bags) {
    for (const term of new Set(bag)) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [term, frequency] of df) idf.set(term, Math.log(1 + reference / frequency));
  return idf;
}

/** K in ln(1 + K / df): about the number of clauses in a handful of articles on one event. */
export const IDF_REFERENCE_SIZE = 200;

/** TF-IDF vector of a unit's terms (each weighted by its kind) plus its context at a lower weight. */
export function featureVector(
  terms: readonly string[],
  idf: Map<string, number>,
  kinds: TermWeights = DEFAULT_TERM_WEIGHTS,
  context: readonly string[] = [],
): FeatureVector {
  const weights = new Map<string, number>();
  const add = (term: string, scale: number) => {
    const kind = term[0] === 'e' ? kinds.entity : term[0] === 'f' ? kinds.figure : term[0] === 'b' ? kinds.bareFigure : term[0] === 'p' ? kinds.pair : kinds.word;
    weights.set(term, (weights.get(term) ?? 0) + scale * kind * (idf.get(term) ?? 1));
  };
  for (const term of terms) add(term, 1);
  for (const term of context) add(term, kinds.context);
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
