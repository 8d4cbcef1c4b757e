import slugify from '@sindresorhus/slugify';
import { compareCodeUnits } from '../ingest/article-id.ts';
import type { EntityKind, NameMention } from './names.ts';
import { NAME_PARTICLES } from '../text/lexicon.ts';

/** A name mention and where it was found. */
export interface MentionRef {
  articleId: string;
  sentenceId: string;
  mention: NameMention;
  /** The mention sits at the very start of its sentence (capitalised anyway). */
  sentenceInitial: boolean;
  /** The sentence is in title case (headlines), where capitals say little about names. */
  titleCase: boolean;
}

/** One person, organisation, outlet or place, however the articles spell it. */
export interface Entity {
  /** Stable id: slug of the canonical name. */
  id: string;
  /** The name shown to readers: the most common full form. */
  name: string;
  kind: EntityKind;
  /** Every spelling seen, most frequent first. */
  variants: string[];
  /** Titles and roles the articles give it ("French President"), most frequent first. */
  titles: string[];
  /** Number of mentions across all articles. */
  mentionCount: number;
  /** Articles that mention it, in id order. */
  articleIds: string[];
}

export interface EntityIndex {
  entities: Entity[];
  /** The entity a mention refers to, or undefined when it was judged not to be a name. */
  entityOf(ref: Pick<MentionRef, 'sentenceId' | 'mention'>): Entity | undefined;
  /** Finds the entity a free-standing name refers to ("Petrov", "the Ministry"), if any. */
  lookup(name: string): Entity | undefined;
}

interface Cluster {
  kind: EntityKind;
  given: string | null;
  family: string;
  refs: MentionRef[];
  /** Folded full names that belong here (for exact lookups). */
  keys: Set<string>;
}

/**
 * Groups name mentions into entities, so that "Maria Lopez", "Maria T. Lopez", "President
 * Lopez" and "Lopez" are one person and "Kovalenko" / "Kovalenkko" one spelling apart are too.
 *
 * 1. Full names of people (given name + family name) form the people. Family names match when
 *    they are spellings of one name (`similarName`: transliterations one or two letters apart);
 *    given names must agree too ("Aleksandr" / "Alexander", "Yevgeny" / "Yevgeni"), allowing
 *    initials, unless one of the two is missing.
 * 2. Other multi-word names group by their folded spelling; acronyms join the name whose
 *    initials they are ("EU" → "European Union").
 * 3. Single words join a person by family name, else a same-named entity; otherwise they stand
 *    alone. A capitalised word at the start of a sentence or in a title-case headline only
 *    joins what exists: on its own it is probably not a name. Nor is an unclassified name all
 *    of whose words the articles also write in lower case (`lowercaseWords`).
 */
export function resolveEntities(refs: readonly MentionRef[], lowercaseWords: ReadonlySet<string> = new Set()): EntityIndex {
  const clusters: Cluster[] = [];
  const byRef = new Map<string, Cluster>();
  const refKey = (ref: Pick<MentionRef, 'sentenceId' | 'mention'>) => `${ref.sentenceId}\u0000${ref.mention.start}`;
  const assign = (ref: MentionRef, cluster: Cluster) => {
    cluster.refs.push(ref);
    cluster.keys.add(fold(ref.mention.name));
    byRef.set(refKey(ref), cluster);
  };

  const sorted = [...refs].sort((a, b) => words(b.mention.name).length - words(a.mention.name).length || compareCodeUnits(refKey(a), refKey(b)));
  const capitalisedMidSentence = new Set(
    refs.filter((ref) => !ref.sentenceInitial && !ref.titleCase).map((ref) => fold(ref.mention.name)),
  );

  // 1. People by full name.
  for (const ref of sorted) {
    const parts = personParts(ref.mention);
    if (!parts || ref.titleCase || ref.mention.kind !== 'person') continue;
    const cluster = clusters.find((candidate) => candidate.kind === 'person' && samePerson(candidate, parts));
    if (cluster) {
      cluster.given ??= parts.given;
      assign(ref, cluster);
    } else {
      const created: Cluster = { kind: 'person', given: parts.given, family: parts.family, refs: [], keys: new Set() };
      clusters.push(created);
      assign(ref, created);
    }
  }
  // 2. Other multi-word names, then 3. single words.
  for (const ref of sorted) {
    if (byRef.has(refKey(ref))) continue;
    const name = ref.mention.name;
    const folded = fold(name);
    const single = words(name).length === 1;
    // "de la Cruz", "Van der Berg", "al-Haddad" after "María de la Cruz": a surname opening with a name particle
    // is the person whose full name ends in it (particles are name grammar, `NAME_PARTICLES`).
    const bySurname = opensWithParticle(name) ? clusters.find((cluster) => cluster.kind === 'person' && [...cluster.keys].some((key) => key.endsWith(` ${folded.replace(/['’]s$/, '')}`))) : undefined;
    const person = bySurname ?? (single ? clusters.find((cluster) => cluster.kind === 'person' && similarName(cluster.family, folded.replace(/['’]s$/, ''))) : undefined);
    // "Ms Maddox" after "Corin Maddox": an honorific makes a lone family name a person's, so the
    // unclassified full name it ends is that person (a given name the lexicon lacks is still one).
    // A double surname alone ("Anand-Pryce") is the full name it ends, whatever either was classed as.
    const doubled = single && /\p{L}-\p{L}/u.test(name);
    const named = !person && single && (ref.mention.kind === 'person' || doubled) ? clusters.find((cluster) => cluster.kind === 'other' && cluster.given === null && isFullNameEndingIn(cluster, folded.replace(/['’]s$/, ''))) : undefined;
    if (named && ref.mention.kind === 'person') named.kind = 'person';
    // "Lindgren, who joined the club …" after "Aoife Lindgren": a lone word that is the last word of an unclassified
    // full name the articles write is that name shortened, as a reader takes it, even opening a sentence.
    const shortened = !person && !named && single && ref.mention.kind === 'other' ? clusters.find((cluster) => cluster.kind === 'other' && cluster.given === null && endsFullNameExactly(cluster, folded)) : undefined;
    const existing =
      person ??
      named ??
      shortened ??
      clusters.find((cluster) => cluster.keys.has(folded)) ??
      clusters.find((cluster) => cluster.kind !== 'person' && isAcronymOf(name, cluster)) ??
      clusters.find((cluster) => cluster.kind !== 'person' && single && /^\p{Lu}{2,}$/u.test(name) && firstWordIs(cluster, folded));
    if (existing) {
      assign(ref, existing);
      continue;
    }
    // A lone word opening a sentence is probably not a name, unless its sentence has it be a person ("Reza, who …").
    const weak = ref.titleCase || (single && ref.sentenceInitial && !capitalisedMidSentence.has(folded) && ref.mention.kind !== 'person');
    // "an immediate Ceasefire on all Energy": ordinary words capitalised for emphasis.
    const ordinary = ref.mention.kind === 'other' && words(folded).every((word) => lowercaseWords.has(word));
    if (weak || ordinary) continue;
    const created: Cluster = { kind: ref.mention.kind, given: null, family: folded, refs: [], keys: new Set() };
    clusters.push(created);
    assign(ref, created);
  }

  const entities: Entity[] = [];
  const entityOfCluster = new Map<Cluster, Entity>();
  const usedIds = new Set<string>();
  for (const cluster of clusters) {
    const entity = toEntity(cluster, usedIds);
    entities.push(entity);
    entityOfCluster.set(cluster, entity);
  }
  entities.sort((a, b) => b.mentionCount - a.mentionCount || compareCodeUnits(a.id, b.id));
  const byKey = new Map<string, Entity>();
  for (const cluster of clusters) for (const key of cluster.keys) if (!byKey.has(key)) byKey.set(key, entityOfCluster.get(cluster)!);

  return {
    entities,
    entityOf: (ref) => {
      const cluster = byRef.get(refKey(ref));
      return cluster ? entityOfCluster.get(cluster) : undefined;
    },
    lookup: (name) => {
      const folded = fold(name.replace(/^the\s+/i, '')).replace(/['’]s$/, '');
      const direct = byKey.get(folded);
      if (direct) return direct;
      const person = clusters.find((cluster) => cluster.kind === 'person' && similarName(cluster.family, folded.split(' ').at(-1)!));
      return person ? entityOfCluster.get(person) : undefined;
    },
  };
}

function toEntity(cluster: Cluster, usedIds: Set<string>): Entity {
  const counts = tally(cluster.refs.map((ref) => ref.mention.name.replace(/['’]s$/, '')));
  const fullNames = [...counts.keys()].filter((name) => words(name).length >= 2 && !/\b\p{Lu}\.\s/u.test(name));
  const pool = cluster.kind === 'person' && fullNames.length > 0 ? fullNames : [...counts.keys()];
  const name = pool.sort((a, b) => counts.get(b)! - counts.get(a)! || b.length - a.length || compareCodeUnits(a, b))[0]!;
  const kinds = tally(cluster.refs.map((ref) => ref.mention.kind).filter((kind) => kind !== 'other'));
  const kind = cluster.kind !== 'other' ? cluster.kind : ([...kinds.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other');
  const base = slugify(name) || 'entity';
  let id = base;
  for (let suffix = 2; usedIds.has(id); suffix++) id = `${base}-${suffix}`;
  usedIds.add(id);
  const titles = tally(cluster.refs.flatMap((ref) => (ref.mention.title ? [ref.mention.title] : [])));
  return {
    id,
    name,
    kind,
    variants: byFrequency(counts),
    titles: byFrequency(titles),
    mentionCount: cluster.refs.length,
    articleIds: [...new Set(cluster.refs.map((ref) => ref.articleId))].sort(compareCodeUnits),
  };
}

/**
 * Whether a name opens with a name particle, so is a surname alone: written in lower case ("de la Cruz",
 * "bin Daud", "al-Haddad"), before another particle ("Van der Berg") or joined by a hyphen ("Al-Haddad").
 * A capitalised word before a name word is a given name ("Al Gore", "Van Morrison").
 */
function opensWithParticle(name: string): boolean {
  const [first, second] = name.split(/\s+/);
  if (!first) return false;
  const head = first.split('-')[0]!;
  if (!NAME_PARTICLES.has(head.toLowerCase())) return false;
  return head === head.toLowerCase() || first.includes('-') || NAME_PARTICLES.has(second ?? '');
}

function personParts(mention: NameMention): { given: string | null; family: string } | undefined {
  const parts = words(mention.name.replace(/['’]s$/, ''));
  if (parts.length < 2 || parts.length > 4) return undefined;
  // "Van der Berg" is a surname alone: it joins the full name it ends (step 2), and gives no given name.
  if (opensWithParticle(mention.name)) return undefined;
  return { given: fold(parts[0]!), family: fold(parts.at(-1)!) };
}

function samePerson(cluster: Cluster, parts: { given: string | null; family: string }) {
  if (!similarName(cluster.family, parts.family)) return false;
  if (!cluster.given || !parts.given) return true;
  const [a, b] = [cluster.given.replace(/\.$/, ''), parts.given.replace(/\.$/, '')];
  return similarName(a, b) || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** Whether the cluster holds a two-to-four-word name whose last word is `family` (spellings apart allowed). */
function isFullNameEndingIn(cluster: Cluster, family: string): boolean {
  return [...cluster.keys].some((key) => {
    const parts = key.split(' ');
    return parts.length >= 2 && parts.length <= 4 && similarName(parts.at(-1)!, family);
  });
}

/** Whether a cluster holds a name of two to four words whose last word is `family`, spelt the same. */
function endsFullNameExactly(cluster: Cluster, family: string): boolean {
  return [...cluster.keys].some((key) => {
    const parts = key.split(' ');
    return parts.length >= 2 && parts.length <= 4 && parts.at(-1) === family;
  });
}

function isAcronymOf(name: string, cluster: Cluster): boolean {
  const letters = name.replace(/\./g, '');
  if (!/^\p{Lu}{2,6}$/u.test(letters)) return false;
  return [...cluster.keys].some((key) => {
    const initials = key
      .split(' ')
      .filter((word) => !['of', 'for', 'the', 'and', 'de'].includes(word))
      .map((word) => word[0])
      .join('');
    return initials === letters.toLowerCase() && key.includes(' ');
  });
}

function firstWordIs(cluster: Cluster, folded: string) {
  return [...cluster.keys].some((key) => key.split(' ')[0] === folded && key.includes(' '));
}

/** Lower case, accents and dotless i folded: "Işık Ağa" → "isik aga". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A folded name with the usual transliteration differences evened out: "x" / "ks", "w" / "v",
 * "ph" / "f", "y" / "i", "j" / "i", "ck" / "k", doubled letters. "Aleksandr" → "aleksandr",
 * "Alexander" → "aleksander"; "Yevgeny" and "Yevgeni" → "yevgeni"; "Kowalskyy" → "kowalski".
 */
export function transliterationKey(name: string): string {
  let key = transliterationKeys.get(name);
  if (key === undefined) {
    key = computeTransliterationKey(name);
    // Names repeat across articles: keys are compared once per mention and entity, so reuse them.
    if (transliterationKeys.size < MAX_CACHED_KEYS) transliterationKeys.set(name, key);
  }
  return key;
}

const transliterationKeys = new Map<string, string>();
const MAX_CACHED_KEYS = 100_000;

function computeTransliterationKey(name: string): string {
  return fold(name)
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/**
 * Two spellings of one name: equal or one letter apart as written (`similarWord`), or after
 * transliteration (`transliterationKey`) equal, one letter apart (five letters or more), or two
 * apart for names of six letters or more that start alike ("Ivashov" / "Ivashchov"). Used for
 * family names only where given names agree or one is missing (see `samePerson`).
 */
export function similarName(a: string, b: string): boolean {
  if (similarWord(a, b)) return true;
  const [x, y] = [transliterationKey(a), transliterationKey(b)];
  if (x === y) return true;
  const shorter = Math.min(x.length, y.length);
  if (shorter < 5) return false;
  const distance = editDistanceWithin(x, y, 2);
  return distance <= 1 || (distance === 2 && shorter >= 6 && x[0] === y[0]);
}

/** Levenshtein distance, or `limit + 1` once it is certain to exceed `limit`. */
function editDistanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Equal, or (for words of five letters or more) one insertion, deletion or substitution apart. */
export function similarWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  return editDistanceAtMostOne(a, b);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

function tally<T>(items: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

function byFrequency(counts: Map<string, number>): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0])).map(([value]) => value);
}
