import type { Attribution } from '../../schemas/comparison.ts';
import { cosine, type ClaimUnit, type FeatureVector } from './claim-features.ts';

/** Every feature the pair model reads, in the order of its weights. Each is 0–1. */
export const PAIR_FEATURES = [
  /** Cosine of the two units' weighted terms (words, names, figures, phrases, context). */
  'cosine',
  /** Cosine of their content words alone. */
  'wordCosine',
  /**
   * Share of the smaller unit's content-word stems (Porter2) the other has: catches the same
   * word in another class ("strikes" the noun, "strike" the verb) that lemma terms keep apart.
   */
  'sharedStems',
  /** Share of the smaller unit's names that the other unit has too. */
  'sharedEntities',
  /** Both name someone or something and they name nothing in common. */
  'entityConflict',
  /** They give the same amount with the same unit ("30 days"). */
  'sharedFigure',
  /** They give amounts of the same kind and unit that differ (30 days against 60). */
  'figureConflict',
  /** Share of the smaller unit's neighbouring-word pairs the other has: shared phrasing. */
  'sharedPhrases',
  /** Who acts (the names before the main verb) overlaps. */
  'sameActor',
  /** Both say who acts and no actor is in common ("the ministry said" against "the union said"). */
  'actorConflict',
  /** Both rest on a named source and it is the same one. */
  'sameSource',
  /** Both rest on named sources and they differ. */
  'sourceConflict',
  /** One is negated ("not", "never", "stopped short of") and the other is not. */
  'negationMismatch',
  /** Verbs of opposite sense (restart / stop, accept / reject). */
  'oppositeVerbs',
  /** One of them is a headline or heading. */
  'title',
] as const;

export type PairFeature = (typeof PAIR_FEATURES)[number];

/**
 * The sign each feature's weight may take: evidence of agreement (+1) never counts against a
 * match, evidence of conflict (-1) never for one; a title (0) may go either way.
 */
export const PAIR_FEATURE_SIGNS: Readonly<Record<PairFeature, -1 | 0 | 1>> = {
  cosine: 1,
  wordCosine: 1,
  sharedStems: 1,
  sharedEntities: 1,
  entityConflict: -1,
  sharedFigure: 1,
  figureConflict: -1,
  sharedPhrases: 1,
  sameActor: 1,
  actorConflict: -1,
  sameSource: 1,
  sourceConflict: -1,
  negationMismatch: -1,
  oppositeVerbs: -1,
  title: 0,
};

/** What the pair model needs to know of one unit, computed once. */
export interface UnitProfile {
  words: FeatureVector;
  entities: ReadonlySet<string>;
  figures: ReadonlySet<string>;
  /** `dimension:unit` → the values given. */
  figureKinds: ReadonlyMap<string, ReadonlySet<string>>;
  phrases: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  source: string | null;
  negated: boolean;
  /** Sense groups of its verbs ("stop", "resume", "accept", "reject"). */
  senses: ReadonlySet<string>;
  title: boolean;
}

const CONTENT_TAGS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'none', 'nothing']);
/** Verbs whose sense is the opposite of another group's: the pair model learns what a clash is worth. */
const VERB_SENSES: ReadonlyArray<[string, ReadonlySet<string>]> = [
  ['stop', new Set(['stop', 'halt', 'pause', 'suspend', 'freeze', 'cut', 'cancel', 'end', 'withdraw', 'block'])],
  ['resume', new Set(['restart', 'resume', 'restore', 'reopen', 'continue', 'unfreeze', 'lift'])],
  ['accept', new Set(['accept', 'agree', 'approve', 'support', 'back', 'endorse', 'welcome'])],
  ['reject', new Set(['reject', 'refuse', 'deny', 'oppose', 'decline', 'dismiss', 'veto'])],
];
const OPPOSITES: ReadonlyArray<[string, string]> = [
  ['stop', 'resume'],
  ['accept', 'reject'],
];
const NAMED_SOURCES = new Set<Attribution['kind']>(['named-person', 'named-institution', 'other-outlet', 'embedded-post']);
const TITLE_BLOCKS = new Set(['headline', 'heading', 'video-title']);

/** A unit's profile; `attribution` is its sentence's, when known. */
export function unitProfile(unit: ClaimUnit, attribution: Attribution | undefined): UnitProfile {
  const own = new Set(unit.terms);
  const words = new Map<string, number>();
  for (const [term, weight] of unit.vector.weights) if (term.startsWith('w:') && own.has(term)) words.set(term, weight);
  let squares = 0;
  for (const weight of words.values()) squares += weight * weight;
  const figureKinds = new Map<string, Set<string>>();
  for (const term of own) {
    if (!term.startsWith('b:')) continue;
    const [dimension, value, unitName] = term.slice(2).split(':');
    const kind = `${dimension}:${unitName}`;
    (figureKinds.get(kind) ?? figureKinds.set(kind, new Set()).get(kind)!).add(value!);
  }
  const offset = Math.max(0, unit.sentence.text.indexOf(unit.text));
  const tokens = (unit.sentence.tokens ?? []).filter((token) => token.start >= offset && token.end <= offset + unit.text.length);
  const actors = new Set<string>();
  for (const token of tokens) {
    if (token.pos === 'VERB' || token.pos === 'AUX') break;
    if (token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text)) actors.add(token.text.toLowerCase());
  }
  const stems = new Set(tokens.filter((token) => !token.stop && token.type === 'word' && CONTENT_TAGS.has(token.pos)).map((token) => token.stem));
  const senses = new Set<string>();
  for (const token of tokens) {
    if (token.pos !== 'VERB') continue;
    for (const [sense, verbs] of VERB_SENSES) if (verbs.has(token.lemma)) senses.add(sense);
  }
  const named = attribution && NAMED_SOURCES.has(attribution.kind) ? (attribution.entityId ?? attribution.source?.toLowerCase() ?? null) : null;
  return {
    words: { weights: words, norm: Math.sqrt(squares) },
    entities: new Set([...own].filter((term) => term.startsWith('e:'))),
    figures: new Set([...own].filter((term) => term.startsWith('b:'))),
    figureKinds,
    phrases: new Set([...own].filter((term) => term.startsWith('p:'))),
    stems,
    actors,
    source: named,
    negated: tokens.some((token) => NEGATIONS.has(token.lemma) || NEGATIONS.has(token.text.toLowerCase())) || /\bstopped short\b|\bshort of\b/i.test(unit.text),
    senses,
    title: TITLE_BLOCKS.has(unit.sentence.block),
  };
}

/** The features of a pair of units, in `PAIR_FEATURES` order. */
export function pairFeatures(a: ClaimUnit, b: ClaimUnit, pa: UnitProfile, pb: UnitProfile): number[] {
  const entityShare = overlapShare(pa.entities, pb.entities);
  let figureConflict = 0;
  for (const [kind, values] of pa.figureKinds) {
    const other = pb.figureKinds.get(kind);
    if (other && ![...values].some((value) => other.has(value))) figureConflict = 1;
  }
  const actorOverlap = [...pa.actors].some((actor) => pb.actors.has(actor));
  const opposite = OPPOSITES.some(([x, y]) => (pa.senses.has(x) && pb.senses.has(y) && !pa.senses.has(y) && !pb.senses.has(x)) || (pa.senses.has(y) && pb.senses.has(x) && !pa.senses.has(x) && !pb.senses.has(y)));
  return [
    cosine(a.vector, b.vector),
    cosine(pa.words, pb.words),
    overlapShare(pa.stems, pb.stems),
    entityShare,
    pa.entities.size > 0 && pb.entities.size > 0 && entityShare === 0 ? 1 : 0,
    [...pa.figures].some((figure) => pb.figures.has(figure)) ? 1 : 0,
    figureConflict,
    overlapShare(pa.phrases, pb.phrases),
    actorOverlap ? 1 : 0,
    pa.actors.size > 0 && pb.actors.size > 0 && !actorOverlap ? 1 : 0,
    pa.source !== null && pa.source === pb.source ? 1 : 0,
    pa.source !== null && pb.source !== null && pa.source !== pb.source ? 1 : 0,
    pa.negated !== pb.negated ? 1 : 0,
    opposite ? 1 : 0,
    pa.title || pb.title ? 1 : 0,
  ];
}

function overlapShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const smaller = Math.min(a.size, b.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / smaller;
}
