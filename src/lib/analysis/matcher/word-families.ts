import type { Token } from '../tokens.ts';

/** Coarse word class: noun, verb, adjective, adverb. */
export type WordClass = 'N' | 'V' | 'A' | 'R';

const CLASS_OF_TAG: Readonly<Record<string, WordClass>> = { NOUN: 'N', PROPN: 'N', VERB: 'V', ADJ: 'A', ADV: 'R' };

/**
 * Derivations that keep a word's meaning: a verb and its event noun ("agree" / "agreement",
 * "mobilize" / "mobilization"), its participle used as an adjective ("wound" / "wounded"), an
 * adjective and its quality noun or adverb ("secure" / "security", "temporary" /
 * "temporarily"), a noun and its "-ship". Endings that change meaning are left out on purpose:
 * agent nouns ("prison" / "prisoner", "negotiation" / "negotiator"), "-ism", "-ist", "-al" on
 * nouns ("form" / "formal"). So is conversion with no ending ("issue" the verb and "issues" the
 * noun), which is where a verb and a noun most often mean different things.
 */
const DERIVATIONS: ReadonlyArray<{ suffix: string; from: WordClass; to: WordClass }> = [
  { suffix: 'ation', from: 'V', to: 'N' },
  { suffix: 'ition', from: 'V', to: 'N' },
  { suffix: 'ion', from: 'V', to: 'N' },
  { suffix: 'ment', from: 'V', to: 'N' },
  { suffix: 'ance', from: 'V', to: 'N' },
  { suffix: 'ence', from: 'V', to: 'N' },
  { suffix: 'al', from: 'V', to: 'N' },
  { suffix: 'ing', from: 'V', to: 'N' },
  { suffix: 'ed', from: 'V', to: 'A' },
  { suffix: 'ing', from: 'V', to: 'A' },
  { suffix: 'ive', from: 'V', to: 'A' },
  { suffix: 'ness', from: 'A', to: 'N' },
  { suffix: 'ity', from: 'A', to: 'N' },
  { suffix: 'ly', from: 'A', to: 'R' },
  { suffix: 'ship', from: 'N', to: 'N' },
];

/** A base must keep at least this many letters, so short words do not join by accident. */
const MIN_BASE_LETTERS = 4;

/** The class of a universal POS tag, or null for words that carry no content (DET, ADP, NUM, …). */
export function wordClass(pos: string): WordClass | null {
  return CLASS_OF_TAG[pos] ?? null;
}

/** A word's identity for comparison: lemma and class ("issue/V", "issue/N"). */
export function wordKey(lemma: string, wordClassOf: WordClass): string {
  return `${lemma}/${wordClassOf}`;
}

/**
 * Dictionary forms for capitalised words the tagger took for names ("Strikes" opening a
 * headline is tagged PROPN with "strikes" as its lemma): the key most often given to the same
 * word written in lower case elsewhere in the corpus. Ties go to the alphabetically first key,
 * so the table does not depend on reading order.
 */
export function lowercaseKeys(tokens: Iterable<Token>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const token of tokens) {
    const cls = wordClass(token.pos);
    if (!cls || token.pos === 'PROPN' || token.type !== 'word' || !/^\p{Ll}/u.test(token.text)) continue;
    const surface = token.text.toLowerCase();
    const keys = counts.get(surface) ?? new Map<string, number>();
    const key = wordKey(token.lemma, cls);
    keys.set(key, (keys.get(key) ?? 0) + 1);
    counts.set(surface, keys);
  }
  const out = new Map<string, string>();
  for (const [surface, keys] of counts) {
    const best = [...keys.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]!;
    out.set(surface, best[0]);
  }
  return out;
}

/** The key of a token: its lemma and class, or for a capitalised non-name, what the lower-case word is elsewhere. */
export function tokenKey(token: Token, lowercase: ReadonlyMap<string, string>): string | null {
  const cls = wordClass(token.pos);
  if (!cls) return null;
  if (token.pos !== 'PROPN') return wordKey(token.lemma, cls);
  const lower = token.text.toLowerCase();
  // Not written in lower case anywhere: most such words open a sentence, and are nouns.
  return lowercase.get(lower) ?? wordKey(lower.replace(/([^su])s$/u, '$1'), 'N');
}

/**
 * Joins word keys that are derivations of one another (see `DERIVATIONS`) into families,
 * each named by its shortest member: key → family. Keys that join nothing are left out. A
 * base is found as written, with a final "e" restored ("negotiat" + "ion" → "negotiate") or a
 * final "i" turned back into "y" ("temporari" + "ly" → "temporary"), and only if the corpus
 * has it with the base class.
 */
export function wordFamilies(keys: Iterable<string>): Map<string, string> {
  const known = new Set(keys);
  const sorted = [...known].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const family = new Map<string, string>();
  for (const key of sorted) {
    const slash = key.lastIndexOf('/');
    const lemma = key.slice(0, slash);
    const cls = key.slice(slash + 1) as WordClass;
    for (const rule of DERIVATIONS) {
      if (rule.to !== cls || !lemma.endsWith(rule.suffix)) continue;
      const stem = lemma.slice(0, -rule.suffix.length);
      const bases = [stem, `${stem}e`, stem.endsWith('i') ? `${stem.slice(0, -1)}y` : null];
      const base = bases.find((candidate) => candidate !== null && candidate.length >= MIN_BASE_LETTERS && known.has(wordKey(candidate, rule.from)));
      if (base) {
        const baseKey = wordKey(base, rule.from);
        family.set(key, family.get(baseKey) ?? baseKey);
        break;
      }
    }
  }
  return family;
}
