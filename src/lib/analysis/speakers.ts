import { DOCUMENT_NOUNS, SPEECH_VERBS, TITLE_WORDS, UNNAMED_SOURCE_NOUNS } from '../text/lexicon.ts';
import type { SpeakerMethod } from '../schemas/comparison.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';
import type { Entity } from './entities.ts';
import type { FoundQuote } from './quotes.ts';
import type { NameMention } from './names.ts';
import type { Token } from './tokens.ts';

/** Who speaks: a known entity, or a name the entity pass did not keep. */
export interface Speaker {
  name: string;
  entity: Entity | null;
  kind: 'person' | 'institution' | 'unnamed';
}

/** Consecutive sentences of one paragraph, joined with single spaces. */
export interface Block {
  sentences: CorpusSentence[];
  text: string;
  /** Offset of each sentence in `text`. */
  offsets: number[];
}

const PERSONAL_PRONOUNS = new Set(['he', 'she']);
const INSTITUTION_PRONOUNS = new Set(['it', 'they']);
const LOOKBACK_SENTENCES = 4;
const MAX_TAG_TOKENS = 16;

/** A verb of saying in any form ("said", "saying", "emphasizing"). */
export function isSpeechVerb(word: string, lemma = word): boolean {
  return SPEECH_VERBS.has(word) || SPEECH_VERBS.has(lemma) || (/ing$/.test(word) && SPEECH_VERBS.has(word.replace(/ing$/, 'e'))) || SPEECH_VERBS.has(word.replace(/ing$/, ''));
}

export function speakerKind(entity: Entity): Speaker['kind'] {
  return entity.kind === 'person' ? 'person' : 'institution';
}

/** Resolves speakers, remembering who spoke or acted in the sentences read so far. */
export class SpeakerResolver {
  /** Recent speakers and subjects, newest last, with the sentence index they came from. */
  private readonly history: Array<{ index: number; speaker: Speaker; spoke: boolean }> = [];

  private readonly corpus: Corpus;
  private readonly sentences: readonly CorpusSentence[];

  constructor(corpus: Corpus, sentences: readonly CorpusSentence[]) {
    this.corpus = corpus;
    this.sentences = sentences;
  }

  remember(sentence: CorpusSentence, speaker: Speaker | null) {
    if (speaker) this.history.push({ index: sentence.index, speaker, spoke: true });
  }

  speakerFor(
    block: Block,
    span: { open: number; close: number | null; start: number; end: number },
    spans: ReadonlyArray<{ open: number; close: number | null; start: number; end: number }>,
    previous: FoundQuote | undefined,
  ): { speaker: Speaker | null; method: SpeakerMethod } {
    const locate = (offset: number) => {
      let at = 0;
      block.offsets.forEach((start, index) => {
        if (start <= offset) at = index;
      });
      return at;
    };
    const openAt = locate(span.open);
    const closeAt = span.close === null ? block.sentences.length - 1 : locate(span.close);
    const openSentence = block.sentences[openAt]!;
    const closeSentence = block.sentences[closeAt]!;
    const inQuote = (sentenceIndex: number, token: Token) => {
      const offset = block.offsets[sentenceIndex]! + token.start;
      return spans.some((other) => offset >= other.open && offset <= (other.close ?? block.text.length));
    };

    // 1. A speech tag right after the closing mark.
    if (span.close !== null) {
      const closeLocal = span.close - block.offsets[closeAt]!;
      const after = closeSentence.tokens
        .map((token, index) => ({ token, index }))
        .filter(({ token }) => token.start > closeLocal && !inQuote(closeAt, token));
      const tagged = this.speechTagAfter(closeSentence, after.map(({ index }) => index));
      if (tagged) return { speaker: tagged, method: 'said-after' };
    }
    // 2. "according to X" anywhere in the sentence.
    for (const sentence of new Set([closeSentence, openSentence])) {
      const according = this.accordingTo(sentence);
      if (according) return { speaker: according, method: 'according-to' };
    }
    // 3. A speech verb before the opening mark.
    const openLocal = span.open - block.offsets[openAt]!;
    const before = openSentence.tokens
      .map((token, index) => ({ token, index }))
      .filter(({ token }) => token.end <= openLocal && !inQuote(openAt, token));
    const introduced = this.speechVerbBefore(openSentence, before.map(({ index }) => index));
    if (introduced) return introduced;
    // "Ministry: Both leaders call for “…”": a headline's colon names who speaks.
    const lead = openSentence.mentions[0];
    if (lead && lead.firstToken === 0 && openSentence.tokens[lead.lastToken + 1]?.text === ':' && lead.end <= openLocal) {
      const speaker = this.fromMention(openSentence, lead);
      if (speaker) return { speaker, method: 'said-before' };
    }
    // 4. A quote that goes on from the one before it in the same or the previous sentence.
    if (previous?.speaker && previous.sentenceIds.length > 0) {
      const previousLast = this.corpus.byId.get(previous.sentenceIds.at(-1)!)!;
      if (openSentence.index - previousLast.index <= 1 && openLocal === 0) return { speaker: previous.speaker, method: 'continued-quote' };
    }
    // 5. A quote standing alone: whoever spoke in the nearest sentence before.
    const recent = this.recentSpeaker(openSentence.index, () => true, true);
    if (recent) return { speaker: recent, method: openLocal === 0 ? 'section-lead' : 'previous-sentence' };
    return { speaker: null, method: 'none' };
  }

  /**
   * Whom a sentence of the outlet's own relies on: "according to X", then the subject of a
   * speech verb outside quotation marks ("the ministry confirmed …", "officials said …").
   * Returns the speaker and the words that signal it.
   */
  statementSource(sentence: CorpusSentence, outsideQuotes: (token: Token) => boolean): { speaker: Speaker; cue: string } | null {
    const according = this.accordingTo(sentence);
    if (according) return { speaker: according, cue: 'according to' };
    const indexes = sentence.tokens.map((_, index) => index).filter((index) => outsideQuotes(sentence.tokens[index]!));
    for (let position = 0; position < indexes.length; position++) {
      const token = sentence.tokens[indexes[position]!]!;
      if (token.pos !== 'VERB' || !isSpeechVerb(token.text.toLowerCase(), token.lemma)) continue;
      // "has yet to respond", "did not immediately respond": no statement was made.
      if (notAStatement(sentence.tokens, indexes[position]!)) continue;
      const subject = this.subjectBefore(sentence, indexes.slice(0, position));
      if (subject) return { speaker: subject.speaker, cue: token.text };
      const after = this.speakerIn(sentence, indexes.slice(position + 1, position + 1 + MAX_TAG_TOKENS), sentence.index, true);
      if (after && /^(?:by|to)$/i.test(sentence.tokens[indexes[position + 1] ?? -1]?.text ?? '')) return { speaker: after, cue: token.text };
    }
    return null;
  }

  /** `…,” Petrov said` / `…,” said the ministry` / `…” was noted by X` / `…,” he added`. */
  private speechTagAfter(sentence: CorpusSentence, indexes: number[]): Speaker | null {
    const window = indexes.slice(0, MAX_TAG_TOKENS);
    const verbAt = window.findIndex((index) => ['VERB', 'AUX'].includes(sentence.tokens[index]!.pos) && isSpeechVerb(sentence.tokens[index]!.text.toLowerCase(), sentence.tokens[index]!.lemma));
    if (verbAt < 0) return null;
    const verb = window[verbAt]!;
    const subjectTokens = window.slice(0, verbAt);
    if (subjectTokens.some((index) => /^[.!?;]$/.test(sentence.tokens[index]!.text))) return null;
    const fromSubject = this.speakerIn(sentence, subjectTokens, sentence.index);
    if (fromSubject) return fromSubject;
    // Inverted or passive: "said Petrov", "stated the ministry", "was noted by X".
    const rest = indexes.slice(verbAt + 1, verbAt + 1 + MAX_TAG_TOKENS);
    const stop = rest.findIndex((index) => /^[,.;!?]$/.test(sentence.tokens[index]!.text) && index > verb + 3);
    const objectTokens = stop >= 0 ? rest.slice(0, stop) : rest;
    if (subjectTokens.length > 0 && !subjectTokens.every((index) => ['was', 'were', 'is', 'been', 'be'].includes(sentence.tokens[index]!.text.toLowerCase()))) {
      return null;
    }
    return this.speakerIn(sentence, objectTokens, sentence.index, true);
  }

  /** The speaker named after "according to", or the issuer of the document named there. */
  private accordingTo(sentence: CorpusSentence): Speaker | null {
    const tokens = sentence.tokens;
    const at = tokens.findIndex((token, index) => token.text.toLowerCase() === 'according' && tokens[index + 1]?.text.toLowerCase() === 'to');
    if (at < 0) return null;
    const indexes: number[] = [];
    for (let index = at + 2; index < tokens.length && !/^[,.;!?]$/.test(tokens[index]!.text); index++) indexes.push(index);
    return this.speakerIn(sentence, indexes, sentence.index, true) ?? this.documentFromContext(sentence, indexes);
  }

  /** "X said … “quote”": the subject of the last speech verb before the opening mark. */
  private speechVerbBefore(sentence: CorpusSentence, indexes: number[]): { speaker: Speaker; method: SpeakerMethod } | null {
    for (let position = indexes.length - 1; position >= 0; position--) {
      const index = indexes[position]!;
      if (!isSpeechVerb(sentence.tokens[index]!.text.toLowerCase(), sentence.tokens[index]!.lemma) || !['VERB', 'AUX', 'NOUN'].includes(sentence.tokens[index]!.pos)) continue;
      // ", saying that …": a participle after a comma speaks for the clause's subject.
      const participle = /ing$/.test(sentence.tokens[index]!.text) && sentence.tokens[index - 1]?.text === ',';
      const subject = this.subjectBefore(sentence, participle ? this.clauseStart(sentence, indexes.slice(0, position)) : indexes.slice(0, position));
      if (subject) return { speaker: subject.speaker, method: subject.viaDocument ? 'possessive-source' : 'said-before' };
    }
    return null;
  }

  /** Tokens up to the main verb of the sentence: where its subject is. */
  private clauseStart(sentence: CorpusSentence, indexes: number[]): number[] {
    const verb = indexes.findIndex((index) => sentence.tokens[index]!.pos === 'VERB' && !sentence.mentions.some((m) => index >= m.firstToken && index <= m.lastToken));
    return verb < 0 ? indexes : indexes.slice(0, verb + 1);
  }

  /**
   * The subject of a verb: the nearest name before it that is not the object of a preposition
   * ("spoken to Petrov"), a pronoun (resolved), or an unnamed source ("officials"). A plain noun
   * right before the verb ("both leaders acknowledging") is the subject itself, so the search
   * stops there; an appositive ("X, a military analyst, said") belongs to the name before it.
   */
  private subjectBefore(sentence: CorpusSentence, indexes: number[]): { speaker: Speaker; viaDocument: boolean } | null {
    const tokens = sentence.tokens;
    for (let position = indexes.length - 1; position >= 0; position--) {
      const index = indexes[position]!;
      const token = tokens[index]!;
      const mention = sentence.mentions.find((candidate) => candidate.lastToken === index);
      if (mention) {
        if (objectOfPreposition(tokens, mention.firstToken)) continue;
        const speaker = this.fromMention(sentence, mention);
        if (speaker) {
          const between = tokens.slice(index + 1, indexes.at(-1)! + 1);
          return { speaker, viaDocument: between.some((candidate) => DOCUMENT_NOUNS.has(candidate.lemma)) };
        }
        continue;
      }
      if (sentence.mentions.some((candidate) => index >= candidate.firstToken && index <= candidate.lastToken)) continue;
      const lower = token.text.toLowerCase();
      if (PERSONAL_PRONOUNS.has(lower) || INSTITUTION_PRONOUNS.has(lower)) {
        const resolved = this.pronoun(sentence, lower, index);
        if (resolved) return { speaker: resolved, viaDocument: false };
      }
      if (token.pos === 'NOUN' && UNNAMED_SOURCE_NOUNS.has(lower)) {
        const appositive = this.appositiveOwner(sentence, index);
        if (appositive) return { speaker: appositive, viaDocument: false };
        if (!sentence.mentions.some((candidate) => candidate.firstToken === index + 1)) {
          return { speaker: { name: unnamedPhrase(sentence, index), entity: null, kind: 'unnamed' }, viaDocument: false };
        }
      }
      const adjacent = position === indexes.length - 1;
      const commonNoun = token.pos === 'NOUN' && !DOCUMENT_NOUNS.has(token.lemma) && !TITLE_WORDS.has(lower);
      // "… with both leaders acknowledging": the noun phrase is the participle's own subject.
      const absolute = /ing$/.test(tokens[index + 1]?.text ?? '') && prepositionBefore(tokens, index) === 'with';
      if (adjacent && commonNoun && (!objectOfPreposition(tokens, index, true) || absolute)) return null;
    }
    return null;
  }

  /** "Jane Doe, a freelance … analyst": the name an appositive describes. */
  private appositiveOwner(sentence: CorpusSentence, nounIndex: number): Speaker | null {
    for (let index = nounIndex - 1; index >= 0 && index >= nounIndex - 10; index--) {
      if (sentence.tokens[index]!.text !== ',') continue;
      const mention = sentence.mentions.find((candidate) => candidate.lastToken === index - 1);
      return mention ? this.fromMention(sentence, mention) : null;
    }
    return null;
  }

  /** A named, pronoun or unnamed speaker within the given tokens, persons first when asked. */
  private speakerIn(sentence: CorpusSentence, indexes: number[], sentenceIndex: number, preferPerson = false): Speaker | null {
    const inside = new Set(indexes);
    const mentions = sentence.mentions.filter((mention) => inside.has(mention.firstToken));
    const ordered = preferPerson ? [...mentions].sort((a, b) => rank(this.corpus, sentence, a) - rank(this.corpus, sentence, b)) : mentions;
    for (const mention of ordered) {
      const speaker = this.fromMention(sentence, mention);
      if (speaker) return speaker;
    }
    for (const index of indexes) {
      const lower = sentence.tokens[index]!.text.toLowerCase();
      if (PERSONAL_PRONOUNS.has(lower) || INSTITUTION_PRONOUNS.has(lower)) return this.pronoun(sentence, lower, index, sentenceIndex);
      if (UNNAMED_SOURCE_NOUNS.has(lower) && sentence.tokens[index]!.pos === 'NOUN') {
        return { name: unnamedPhrase(sentence, index), entity: null, kind: 'unnamed' };
      }
    }
    return null;
  }

  private fromMention(sentence: CorpusSentence, mention: NameMention): Speaker | null {
    const entity = this.corpus.entities.entityOf({ sentenceId: sentence.id, mention });
    if (!entity) return null;
    if (entity.kind === 'place' && !this.issuesDocument(sentence, mention)) return null;
    return { name: entity.name, entity, kind: speakerKind(entity) };
  }

  /** "the U.S. readout": a place that speaks through a document. */
  private issuesDocument(sentence: CorpusSentence, mention: NameMention) {
    const next = sentence.tokens.slice(mention.lastToken + 1, mention.lastToken + 3);
    return next.some((token) => DOCUMENT_NOUNS.has(token.lemma));
  }

  /** "according to the readout": the issuer of the last such document named before. */
  private documentFromContext(sentence: CorpusSentence, indexes: number[]): Speaker | null {
    if (!indexes.some((index) => DOCUMENT_NOUNS.has(sentence.tokens[index]!.lemma))) return null;
    return this.recentSpeaker(sentence.index, (speaker) => speaker.kind === 'institution', false);
  }

  private pronoun(sentence: CorpusSentence, pronoun: string, tokenIndex: number, sentenceIndex = sentence.index): Speaker | null {
    const wantsPerson = PERSONAL_PRONOUNS.has(pronoun);
    const accept = (speaker: Speaker) => (wantsPerson ? speaker.kind === 'person' : speaker.kind !== 'unnamed');
    // Earlier in the same sentence ("Lopez announced that she …").
    for (const mention of sentence.mentions) {
      if (mention.lastToken >= tokenIndex) break;
      const speaker = this.fromMention(sentence, mention);
      if (speaker && accept(speaker)) return speaker;
    }
    return this.recentSpeaker(sentenceIndex, accept, false);
  }

  /**
   * Whoever spoke or acted most recently before sentence `index`: speakers of quotes first
   * within each sentence, then the sentence's named subjects, nearest sentence first.
   */
  private recentSpeaker(index: number, accept: (speaker: Speaker) => boolean, quotesOnly: boolean): Speaker | null {
    for (let at = index - 1; at >= Math.max(0, index - LOOKBACK_SENTENCES); at--) {
      const sentence = this.sentences[at];
      if (!sentence || !sentence.reporting) continue;
      const spoken = this.history.filter((entry) => entry.index === at && accept(entry.speaker)).at(-1);
      if (spoken) return spoken.speaker;
      if (quotesOnly) continue;
      for (const mention of sentence.mentions) {
        const speaker = this.fromMention(sentence, mention);
        if (speaker && accept(speaker)) return speaker;
      }
    }
    return null;
  }
}

/** An infinitive or negated verb ("yet to formally respond", "did not respond"): nothing was said. */
function notAStatement(tokens: readonly Token[], verbIndex: number): boolean {
  for (let index = verbIndex - 1; index >= Math.max(0, verbIndex - 3); index--) {
    const word = tokens[index]!.text.toLowerCase();
    if (word === 'to' || word === 'not' || word === "n't" || word === 'never') return true;
    if (tokens[index]!.pos !== 'ADV' && tokens[index]!.pos !== 'AUX') return false;
  }
  return false;
}

/** The preposition heading the phrase a token sits in ("with" in "with both leaders"), if any. */
function prepositionBefore(tokens: readonly Token[], index: number): string | undefined {
  let at = index - 1;
  while (at >= 0 && ['DET', 'ADJ', 'NUM', 'PROPN'].includes(tokens[at]!.pos)) at--;
  return at >= 0 && tokens[at]!.pos === 'ADP' ? tokens[at]!.text.toLowerCase() : undefined;
}

/** "to Petrov", "with the ministry": a name inside a prepositional phrase. */
function objectOfPreposition(tokens: readonly Token[], firstToken: number, skipNames = false): boolean {
  let index = firstToken - 1;
  while (index >= 0 && (['DET', 'ADJ', 'NUM'].includes(tokens[index]!.pos) || (skipNames && tokens[index]!.pos === 'PROPN'))) index--;
  return index >= 0 && tokens[index]!.pos === 'ADP';
}

function rank(corpus: Corpus, sentence: CorpusSentence, mention: NameMention) {
  const entity = corpus.entities.entityOf({ sentenceId: sentence.id, mention });
  return entity?.kind === 'person' ? 0 : entity?.kind === 'organization' ? 1 : 2;
}

/** "officials", "a senior official", "unnamed sources": the words naming an unnamed source. */
function unnamedPhrase(sentence: CorpusSentence, index: number): string {
  let start = index;
  // Modifiers: adjectives, determiners, numbers and role words ("Senior" opening a sentence is tagged a name).
  while (start > 0 && (['ADJ', 'DET', 'NUM'].includes(sentence.tokens[start - 1]!.pos) || TITLE_WORDS.has(sentence.tokens[start - 1]!.text.toLowerCase()))) start--;
  return sentence.text.slice(sentence.tokens[start]!.start, sentence.tokens[index]!.end);
}
