import { resolve } from 'node:path';
import type { CorpusSentence } from '../../src/lib/analysis/corpus.ts';
import { CLAIM_FEATURES } from '../../src/lib/analysis/matcher/candidates.ts';
import { PATH_FEATURES, SENTENCE_FEATURES } from '../../src/lib/analysis/matcher/pair-features.ts';
import { labelledEventSet, type LabelledSet } from '../../src/lib/analysis/matcher/pair-training.ts';
import type { FigureTerm, SentenceTerms } from '../../src/lib/analysis/matcher/terms.ts';
import { matchSet, matchSetOf, type MatchSet, type MatchUnit } from '../../src/lib/analysis/matcher/units.ts';
import { corpusEvents, loadLabelledEvent } from '../../src/lib/io/load-event.ts';
import type { PairModel } from '../../src/lib/schemas/pair-model.ts';
import { articlesFrom } from './corpus.ts';

/** The invented labelled events of the matcher tests (three tiny events, three outlets each). */
export const MATCHER_EVENTS = resolve(import.meta.dirname, '../fixtures/matcher');

/** The matcher's view of invented article texts, read through the real ingest, with lookups by the start of a sentence's text. */
export function unitsFrom(texts: Record<string, string>) {
  const { set, corpus } = matchSetOf(articlesFrom(texts));
  const unitOf = (start: string): MatchUnit => {
    const found = set.units.filter((unit) => unit.sentence.text.startsWith(start));
    if (found.length !== 1) throw new Error(`fixture: ${found.length} sentences start with "${start}"`);
    return found[0]!;
  };
  return { set, corpus, unitOf, idOf: (start: string) => unitOf(start).sentence.id, indexOf: (start: string) => set.units.indexOf(unitOf(start)) };
}

/** A sentence made by hand: `"a/2"` is the third sentence of article `a`. Only what the matcher reads is filled in. */
export function handSentence(id: string, block: CorpusSentence['block'] = 'paragraph', text = `Sentence ${id} of the invented article.`): CorpusSentence {
  const articleId = id.slice(0, id.indexOf('/'));
  return { id, articleId, anchor: id.slice(articleId.length + 1), index: Number(id.slice(articleId.length + 1)) || 0, text, block, blockIndex: 0, postAuthor: null, reporting: true, titleCase: false, tokens: [], mentions: [] };
}

/** Terms made by hand: every view is the given content words unless said otherwise. */
export interface HandTerms {
  id: string;
  content: string[];
  block?: CorpusSentence['block'];
  text?: string;
  names?: string[];
  figures?: FigureTerm[];
}

export function handTerms(entry: HandTerms): SentenceTerms {
  const phrases = new Set<string>();
  for (let index = 1; index < entry.content.length; index++) phrases.add(`${entry.content[index - 1]} ${entry.content[index]}`);
  const names = entry.names ?? [];
  const common = entry.content.filter((term) => !names.includes(term));
  return {
    sentence: handSentence(entry.id, entry.block, entry.text),
    content: [...entry.content, ...(entry.figures ?? []).map((figure) => `#${figure.key}`)],
    plainWords: entry.content,
    common,
    names,
    core: common,
    phrases,
    figures: entry.figures ?? [],
  };
}

/** A match set of hand-made sentences, for tests of the mechanics without wink-nlp. */
export function handSet(entries: readonly HandTerms[]): MatchSet {
  return matchSet(entries.map(handTerms));
}

/** Symmetric affinities from a list of `[a, b, p]`. */
export function affinityMap(links: ReadonlyArray<readonly [string, string, number]>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [a, b, p] of links) {
    (out.get(a) ?? out.set(a, new Map()).get(a)!).set(b, p);
    (out.get(b) ?? out.set(b, new Map()).get(b)!).set(a, p);
  }
  return out;
}

/**
 * A pair model written by hand, valid by the schema: every weight 0 unless given, so its
 * probabilities can be worked out on paper.
 */
export function handModel(parts: {
  sentence?: Partial<Record<(typeof SENTENCE_FEATURES)[number], number>>;
  sentenceBias?: number;
  path?: Partial<Record<(typeof SENTENCE_FEATURES)[number] | (typeof PATH_FEATURES)[number], number>>;
  pathBias?: number;
  claim?: Partial<Record<(typeof CLAIM_FEATURES)[number], number>>;
  claimBias?: number;
  calibration?: { slope: number; intercept: number };
  mergeThreshold?: number;
  suggestionThreshold?: number;
}): PairModel {
  const score = { precision: 0, recall: 0, f1: 0, truePositives: 0, goldPairs: 0, predictedPairs: 0 };
  const pathFeatures = [...SENTENCE_FEATURES, ...PATH_FEATURES];
  return {
    version: 2,
    about: 'A model written by hand for a unit test.',
    sentenceStage: { features: [...SENTENCE_FEATURES], weights: SENTENCE_FEATURES.map((feature) => parts.sentence?.[feature] ?? 0), bias: parts.sentenceBias ?? 0 },
    pathStage: { features: pathFeatures, weights: pathFeatures.map((feature) => parts.path?.[feature] ?? 0), bias: parts.pathBias ?? 0 },
    claimStage: { features: [...CLAIM_FEATURES], weights: CLAIM_FEATURES.map((feature) => parts.claim?.[feature] ?? 0), bias: parts.claimBias ?? 0 },
    l2: 1,
    calibration: parts.calibration ?? { slope: 1, intercept: 0 },
    mergeThreshold: parts.mergeThreshold ?? 0.5,
    suggestionThreshold: parts.suggestionThreshold ?? 0.5,
    trainedOn: { events: [], reviewedClaims: 0, positives: 0, negatives: 0 },
    crossValidation: { folds: [], pooled: score, reliability: [], calibrationError: 0 },
  };
}

/** The invented labelled events of `tests/fixtures/matcher`, as labelled sets, by folder name. */
export async function matcherEventSets(): Promise<LabelledSet[]> {
  const sets: LabelledSet[] = [];
  for (const name of await corpusEvents(MATCHER_EVENTS)) {
    const event = await loadLabelledEvent(resolve(MATCHER_EVENTS, name), name);
    sets.push(labelledEventSet(name, event.articles, event.labels));
  }
  return sets;
}

/** Sigmoid, written again here so that the tests do not check the code against itself. */
export const expit = (z: number) => 1 / (1 + Math.exp(-z));
