import nlpCompromise from 'compromise';
import { CALENDAR_WORDS, INSTITUTION_SUFFIXES, isTitleWord, NAME_CONNECTORS, NAME_PARTICLES, ORGANIZATION_WORDS, OUTLET_WORDS, SPEECH_VERBS } from '../text/lexicon.ts';
import type { Token } from './tokens.ts';

/** What a named thing is, as far as the text tells. */
export type EntityKind = 'person' | 'organization' | 'outlet' | 'place' | 'other';

/** A name written in a sentence. */
export interface NameMention {
  /** The name as written, without titles or possessive ("Maria Lopez"). */
  name: string;
  /** Offset of the name in the sentence. */
  start: number;
  /** Offset just past the name. */
  end: number;
  /** Title or role written before the name ("French President", "press secretary"), if any. */
  title: string | null;
  /** What the mention looks like on its own; the corpus-wide pass may refine it. */
  kind: EntityKind;
  /** Index of the name's first token. */
  firstToken: number;
  /** Index of the name's last token. */
  lastToken: number;
}

const DEMONYM = /^\p{Lu}\p{L}+(?:ian|an|ese|ish|i|ern)$/u;
const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u;
const CONTEXT_OUTLET = /(?:cited by|interview with|told|according to|reported by|reporting by|translation by|published by)\s+(?:the\s+)?$/i;

const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

const firstNames = new Map<string, boolean>();
const lastNames = new Map<string, boolean>();
const commonWords = new Map<string, boolean>();
const personNames = new Map<string, boolean>();
const placeNames = new Map<string, boolean>();
const organizationNames = new Map<string, boolean>();
const demonyms = new Map<string, boolean>();

function lexiconSays(cache: Map<string, boolean>, text: string, tag: string): boolean {
  let known = cache.get(text);
  if (known === undefined) {
    known = nlpCompromise(text).has(tag);
    cache.set(text, known);
  }
  return known;
}

/** compromise's lexicon of given names ("Vladimir", "Rebekah"). */
export function isFirstName(word: string): boolean {
  return lexiconSays(firstNames, word, '#FirstName');
}

/**
 * Finds the names in a sentence: runs of proper nouns (with "of", "for", … inside), split
 * where a given name starts a new person ("Middle East John Smith"), with titles and roles
 * before them set apart ("Deputy Foreign Minister Ivan Petrov"). Days and months are
 * not names.
 */
export function findNameMentions(text: string, tokens: readonly Token[]): NameMention[] {
  const runs: Array<[number, number]> = [];
  let runStart = -1;
  // The last token of a chain of particles being read ("van der" + "Berg"), or -1.
  let chainEnd = -1;
  for (let index = 0; index <= tokens.length; index++) {
    const token = tokens[index];
    // "Pieter van der Berg", "de la Cruz told", "al-Haddad said": particles and their hyphen join the name word
    // they lead to, after a name word or opening a name (not after "a"/"the": "a van", "the bin").
    if (token !== undefined && index > chainEnd && (runStart >= 0 || !['DET', 'ADJ', 'NUM'].includes(tokens[index - 1]?.pos ?? ''))) {
      const end = particleChainEnd(tokens, index);
      if (end >= 0) chainEnd = end;
    }
    const inside = token !== undefined && (index <= chainEnd || isNameToken(tokens, index));
    const connects =
      token !== undefined &&
      runStart >= 0 &&
      NAME_CONNECTORS.has(token.text) &&
      !['and', 'the', 'on'].includes(token.text) &&
      isNameToken(tokens, index + 1) &&
      // "President Petrov of Ruritania": a surname ends the name; "Center for European …" goes on.
      !lexiconSays(lastNames, tokens[index - 1]!.text, '#LastName');
    // "Anna Ruiz-Carmody", "Nurse Calum Reyes-Whitlock": a hyphen with no space around it joins a double surname after a given name or a title.
    const hyphenated =
      token !== undefined &&
      runStart >= 0 &&
      token.text === '-' &&
      tokens[index - 1]!.end === token.start &&
      tokens[index + 1]?.start === token.end &&
      // The half after the hyphen is a capitalised word whatever the tagger makes of it ("Thackeray-Moon": a moon).
      isNameShapedWord(tokens[index + 1]) &&
      (tokens.slice(runStart, index).some((part) => isFirstName(part.text) || isTitleWord(part.text)) ||
        // "Leela Anand-Pryce" (a given name no lexicon knows): two name words before the hyphen, not one ("the Russia-Ukraine war").
        index - runStart >= 2 ||
        // "(Adeyemi-Clarke has called …": a lone double name right before a verb is its subject; not after
        // a determiner ("the Russia-Ukraine talks"), where the pair qualifies a noun.
        (['VERB', 'AUX'].includes(tokens[index + 2]?.pos ?? '') && tokens[runStart - 1]?.pos !== 'DET') ||
        // "Anand-Pryce said", "said Anand-Pryce": a lone double name as the subject of a verb of saying.
        SPEECH_VERBS.has(tokens[index + 2]?.text.toLowerCase() ?? '') ||
        SPEECH_VERBS.has(tokens[runStart - 1]?.text.toLowerCase() ?? '') ||
        // "According to Halvard-Lunde, …", "In the words of Osei-Lund, …": a source named so.
        (tokens[runStart - 1]?.text.toLowerCase() === 'to' && tokens[runStart - 2]?.text.toLowerCase() === 'according') ||
        (tokens[runStart - 1]?.text.toLowerCase() === 'of' && tokens[runStart - 2]?.text.toLowerCase() === 'words') ||
        // "Vardy-Holm, who was not represented, …": a lone double name that "who" or "whose" describes is someone's.
        (tokens[index + 2]?.text === ',' && /^who(?:se|m)?$/i.test(tokens[index + 3]?.text ?? '')));
    // "Park Ji-won", "Kim Jong-un": a romanised given name of two syllables, the second in lower case after a
    // hyphen with no space around it, inside a name of two words or more.
    const syllables =
      token !== undefined &&
      runStart >= 0 &&
      index - runStart >= 2 &&
      token.text === '-' &&
      tokens[index - 1]!.end === token.start &&
      /^\p{Lu}\p{Ll}{0,3}$/u.test(tokens[index - 1]!.text) &&
      tokens[index + 1]?.start === token.end &&
      /^\p{Ll}{2,4}$/u.test(tokens[index + 1]!.text) &&
      !(tokens[index + 2]?.start === tokens[index + 1]!.end && /^\p{L}/u.test(tokens[index + 2]!.text));
    if (syllables || hyphenated) chainEnd = Math.max(chainEnd, index + 1);
    if (inside || connects || hyphenated || syllables) {
      if (runStart < 0) runStart = index;
      continue;
    }
    if (runStart >= 0) runs.push([runStart, index - 1]);
    runStart = -1;
  }
  return runs.flatMap(([first, last]) => splitAtGivenNames(tokens, first, last)).flatMap(([first, last]) => mention(text, tokens, first, last) ?? []);
}

/**
 * Where a chain of name particles starting at `index` ends: the index of the capitalised name word
 * it leads to ("van der Berg", "de la Cruz", "al-Haddad" with an attached hyphen), or -1.
 */
export function particleChainEnd(tokens: readonly Token[], index: number): number {
  let at = index;
  while (at - index < 4 && tokens[at] && NAME_PARTICLES.has(tokens[at]!.text) && tokens[at]!.type === 'word') {
    at++;
    const hyphen = tokens[at];
    if (hyphen?.text === '-' && hyphen.start === tokens[at - 1]!.end && tokens[at + 1]?.start === hyphen.end) at++;
  }
  const word = tokens[at];
  if (at === index || !word || word.type !== 'word' || !NAME_WORD.test(word.text) || CALENDAR_WORDS.has(word.text.toLowerCase())) return -1;
  return at;
}

/**
 * A word shaped like part of a name, whatever the tagger calls it: a capitalised word, not a day or a month,
 * not the first person ("I", "I'm", "I've"). The half after a double name's hyphen needs no more.
 */
function isNameShapedWord(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && !CALENDAR_WORDS.has(token.text.toLowerCase()) && NAME_WORD.test(token.text) && !/^I(?:['’](?:m|ve|ll|d))?$/u.test(token.text);
}

function isNameToken(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || !isNameShapedWord(token)) return false;
  if (token.pos === 'PROPN') return true;
  // "Even Mr Lopez", "Only Lopez": a capitalised adverb opening a sentence is no part of a name.
  if (!CAPITALISED.test(token.text) || ['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'INTJ', 'ADV'].includes(token.pos)) return false;
  // A capitalised common word counts when it sits next to a proper noun ("Associated Press", "Oval Office").
  return tokens[index - 1]?.pos === 'PROPN' || tokens[index + 1]?.pos === 'PROPN';
}

function splitAtGivenNames(tokens: readonly Token[], first: number, last: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = first;
  for (let index = first + 1; index < last; index++) {
    const previous = tokens[index - 1]!.text.toLowerCase();
    if (isFirstName(tokens[index]!.text) && !isTitleWord(previous) && !NAME_CONNECTORS.has(previous) && !isTitleToken(tokens[index - 1]!)) {
      parts.push([start, index - 1]);
      start = index;
    }
  }
  parts.push([start, last]);
  return parts;
}

/**
 * A single capitalised word is a name unless it is a demonym used as an adjective
 * ("French"), a lone letter, or an ordinary word in capitals ("END", "COMBO").
 */
function isLikelyName(token: Token, next: Token | undefined, afterNext?: Token): boolean {
  const word = token.text;
  if (word.replace(/\./g, '').length < 2) return false;
  if (/^\p{Lu}\p{L}+(?:ians|ans|ers)$/u.test(word)) return false;
  // "Bertolli said": a word shaped like a demonym but the subject of a verb is a surname, unless the lexicon knows the demonym.
  // "Halloran, who testified …": so is one that "who" or "whose" follows.
  const relative = next?.text === ',' && afterNext !== undefined && /^who(?:se)?$/i.test(afterNext.text);
  if (DEMONYM.test(word) && !(next && (['VERB', 'AUX'].includes(next.pos) || relative) && !lexiconSays(demonyms, word, '#Demonym'))) return false;
  if (/^\p{Lu}{3,}$/u.test(word)) {
    const asName = lexiconSays(organizationNames, word, '#Organization') || lexiconSays(placeNames, word, '#Place');
    if (!asName && lexiconSays(commonWords, word.toLowerCase(), '(#Noun|#Verb|#Adjective|#Adverb)')) return false;
  }
  return true;
}

function isTitleToken(token: Token) {
  return isTitleWord(token.text) || DEMONYM.test(token.text);
}

function mention(text: string, tokens: readonly Token[], first: number, runLast: number): NameMention | undefined {
  let last = runLast;
  // Titles inside the run: everything up to the last title word, if a name follows and it is no organisation.
  let nameStart = first;
  for (let index = last - 1; index >= first; index--) {
    // "Lindqvist-Oduya": a word joined by a hyphen to the next is half of a double name, whatever
    // its shape ("-ist" reads like a role noun to the tagger).
    const joinedToNext = tokens[index + 1]?.text === '-' && tokens[index + 1]!.start === tokens[index]!.end;
    if (isTitleWord(tokens[index]!.text) && !joinedToNext) {
      const rest = tokens.slice(index + 1, last + 1);
      if (rest.length > 0 && !rest.some((token) => ORGANIZATION_WORDS.has(token.text.toLowerCase()))) nameStart = index + 1;
      break;
    }
  }
  // A particle leading into the name word is part of the name ("de la Cruz"), not a connector to strip.
  while (nameStart < last && (NAME_CONNECTORS.has(tokens[nameStart]!.text) || DEMONYM.test(tokens[nameStart]!.text)) && particleChainEnd(tokens, nameStart) < 0) {
    if (!isTitleWord(tokens[nameStart + 1]!.text) && !NAME_CONNECTORS.has(tokens[nameStart]!.text)) break;
    nameStart++;
  }
  // "Lopez administration", "Petrov government": the name of an institution.
  const suffix = tokens[last + 1];
  if (suffix && INSTITUTION_SUFFIXES.has(suffix.text)) last++;
  const nameTokens = tokens.slice(nameStart, last + 1);
  if (nameTokens.every((token) => isTitleWord(token.text))) return undefined;
  if (nameTokens.length === 1 && !isLikelyName(nameTokens[0]!, tokens[last + 1], tokens[last + 2])) return undefined;
  const start = tokens[nameStart]!.start;
  const end = tokens[last]!.end;
  const name = text.slice(start, end);
  // Lower-case role words just before the run ("press secretary", "spokesman") are titles too.
  let before = first;
  while (before > 0 && isTitleWord(tokens[before - 1]!.text) && !CAPITALISED.test(tokens[before - 1]!.text)) before--;
  // "Even Mr Lopez": a word opening the run before its titles belongs to neither title nor name.
  let titleStart = first;
  while (titleStart < nameStart && !isTitleWord(tokens[titleStart]!.text) && !DEMONYM.test(tokens[titleStart]!.text) && !isNameLike(tokens[titleStart]!)) titleStart++;
  const titleTokens = [...tokens.slice(before, first), ...tokens.slice(titleStart, nameStart)];
  const title = titleTokens.length > 0 ? text.slice(titleTokens[0]!.start, titleTokens.at(-1)!.end) : null;
  const words = nameTokens.map((token) => token.text);
  return {
    name,
    start,
    end,
    title,
    kind: classify(words, title, text.slice(0, start), tokens[last + 1], tokens[last + 2], hasRoleAppositive(tokens, nameStart, last)),
    firstToken: nameStart,
    lastToken: last,
  };
}

/** Tokens after "Name, a" an appositive's role noun is looked for in ("a senior spokesman for …"). */
const APPOSITIVE_REACH = 5;

/**
 * A name set beside a role in commas: "Gideon Marsh, a spokesman for Fenmoor Water", "Ruairi Petts, the
 * medical director of …", "Ilse Marrow, Arvella's minister of foreign affairs", "the harbour's coxswain, Dougie
 * Farrant": an appositive that says what a person does, in English grammar, whatever the name (no lexicon knows
 * most names a local story has).
 */
function hasRoleAppositive(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1).filter((token) => token.text !== '-').length;
  if (words < 2 || words > 4) return false;
  // After the comma: an article ("a spokesman for …"), or a name that owns the role ("Arvella's minister of …").
  const opener = tokens[last + 2];
  const possessive = tokens.slice(last + 3, last + 3 + APPOSITIVE_REACH).some((token) => /^['’]s$/.test(token.text));
  // Or the role bare, as news style sets it ("Sigrun Halvorsen, chief forecaster of …").
  const bare = opener !== undefined && !CAPITALISED.test(opener.text) && ['NOUN', 'ADJ'].includes(opener.pos);
  if (tokens[last + 1]?.text === ',' && opener !== undefined && (/^(?:a|an|the)$/i.test(opener.text) || (CAPITALISED.test(opener.text) && possessive) || bare)) {
    for (let at = bare ? last + 2 : last + 3; at < Math.min(tokens.length, last + 3 + APPOSITIVE_REACH); at++) {
      const token = tokens[at]!;
      if (token.pos === 'PUNCT' || token.pos === 'VERB' || token.pos === 'AUX') break;
      if (!CAPITALISED.test(token.text) && isTitleWord(token.text)) return true;
    }
  }
  const role = tokens[first - 2];
  return tokens[first - 1]?.text === ',' && role !== undefined && !CAPITALISED.test(role.text) && isTitleWord(role.text) && /^[.,]$/.test(tokens[last + 1]?.text ?? '');
}

function classify(words: string[], title: string | null, textBefore: string, next: Token | undefined, afterNext: Token | undefined, roleAppositive: boolean): EntityKind {
  const lower = words.map((word) => word.toLowerCase());
  const name = words.join(' ');
  if (INSTITUTION_SUFFIXES.has(lower.at(-1)!)) return 'organization';
  if (lower.some((word) => OUTLET_WORDS.has(word))) return 'outlet';
  if (lower.some((word) => ORGANIZATION_WORDS.has(word))) return 'organization';
  const lastWord = titleWords(title).at(-1);
  if (lastWord && isTitleWord(lastWord) && !['state', 'security', 'national', 'foreign'].includes(lastWord)) return 'person';
  if (words.length >= 2 && lexiconSays(personNames, name, '#Person') && isFirstName(words[0]!)) return 'person';
  // "Pieter van der Berg", "Samira al-Haddad": a given name, lower-case particles, then the one surname word they
  // lead to is a personal name's shape; a word after the surname ("Van der Berg Marine") makes it something else.
  const core = words.filter((word) => word !== '-');
  if (core.length >= 3 && core.length <= 5 && CAPITALISED.test(core[0]!) && !NAME_PARTICLES.has(core[0]!) && NAME_PARTICLES.has(core.at(-2)!) && CAPITALISED.test(core.at(-1)!)) return 'person';
  if (roleAppositive) return 'person';
  if (lexiconSays(placeNames, name, '#Place')) return 'place';
  if (/^(?:\p{Lu}\.){2}$/u.test(name)) return 'place';
  if (CONTEXT_OUTLET.test(textBefore) && !isFirstName(words[0]!)) return 'outlet';
  if (ACRONYM.test(name) || lexiconSays(organizationNames, name, '#Organization')) return 'organization';
  // "The Ministry said": an institution speaking.
  if (/\bthe\s+$/i.test(textBefore) && next && SPEECH_VERBS.has(next.text.toLowerCase())) return 'organization';
  if (words.length === 1 && next && SPEECH_VERBS.has(next.text.toLowerCase()) && lexiconSays(personNames, name, '#LastName')) return 'person';
  // "Priyanka Solberg, who leads …", "Ana Ruiz, 43, said": "who" and an age stand only after a person's
  // name; a given name the lexicon does not know is still a name (English grammar, any event).
  if (words.length >= 2 && words.length <= 4 && next?.text === ',' && afterNext && (/^who$/i.test(afterNext.text) || /^\d{1,3}$/.test(afterNext.text))) return 'person';
  // "Reza, who runs the kiosk, …": one name word too, when "who" follows it (an age alone could follow a club's name).
  if (words.length === 1 && next?.text === ',' && afterNext && /^who$/i.test(afterNext.text)) return 'person';
  return 'other';
}

/** A capitalised word that can open a title ("Deputy", "Valdorian", "City Hall") rather than an adverb opening a sentence ("Even"). */
function isNameLike(token: Token): boolean {
  return token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ';
}

function titleWords(title: string | null): string[] {
  return title ? title.toLowerCase().split(/\s+/) : [];
}

/** Endings that make a demonym of a place name, longest first ("Canadians", "Italian", "Chinese"). */
const DEMONYM_ENDINGS = ['ians', 'ian', 'ans', 'an', 'ese', 'ish', 'is', 'i'];

/** "russian" → "russi", "ukrainian" → "ukrain", "russia" → "russi": demonym and country share a root. */
export function demonymRoot(word: string): string {
  const ending = DEMONYM_ENDINGS.find((candidate) => word.endsWith(candidate) && word.length - candidate.length >= 3);
  const stem = ending ? word.slice(0, -ending.length) : word;
  return stem.replace(/[aeiouy]+$/u, '');
}
