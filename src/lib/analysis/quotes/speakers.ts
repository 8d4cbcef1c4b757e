import { DESCRIBING_VERBS, DOCUMENT_NOUNS, isHonorific, isRoleNoun, isTitleWord, ORGANIZATION_WORDS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS, TRANSLATION_NOUNS, UNNAMED_SOURCE_NOUNS } from '../../text/lexicon.ts';
import nlpCompromise from 'compromise';
import { fold } from '../entities.ts';
import { demonymRoot, findNameMentions, isFirstName } from '../names.ts';
import type { SpeakerMethod } from '../../schemas/comparison.ts';
import type { Corpus, CorpusSentence } from '../corpus.ts';
import type { Entity } from '../entities.ts';
import type { FoundQuote, Speaker } from './types.ts';
import type { NameMention } from '../names.ts';
import type { Token } from '../tokens.ts';

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
      // "“…” — Jo Ames, Harbour Board": a dash after the closing mark, then a name, signs the quote
      // (the convention of epigraphs, pull quotes and posts in any layout).
      const words = after.filter(({ token }) => token.pos !== 'SPACE' && !/^[.!?]$/.test(token.text));
      const nextLine = this.sentences[closeSentence.index + 1];
      const signed =
        this.dashSignature(closeSentence, after.map(({ index }) => index)) ??
        // The signature as a paragraph of its own, right after a paragraph that closes with the quote.
        (words.length === 0 && closeAt === block.sentences.length - 1 && nextLine ? this.dashSignature(nextLine, nextLine.tokens.map((_, index) => index)) : null);
      if (signed) return { speaker: signed, method: 'said-after' };
    }
    // 2. "according to X" anywhere in the sentence ("according to a translation" names who translated, not who spoke).
    for (const sentence of new Set([closeSentence, openSentence])) {
      if (translationCue(sentence.tokens)) continue;
      const according = this.accordingTo(sentence);
      if (!according) continue;
      // "According to X, the savings …, a proposal Y dismissed as “…”": a clause of its own, after the "according to"
      // phrase, whose named subject says or characterizes the quoted words, is theirs.
      const openLocal = span.open - block.offsets[openAt]!;
      const cue = sourceCue(sentence.tokens)!;
      const after = sentence === openSentence ? sentence.tokens.map((token, index) => ({ token, index })).filter(({ token, index }) => index >= cue && token.end <= openLocal && !inQuote(openAt, token)) : [];
      const comma = after.findIndex(({ token }) => token.text === ',');
      const own = comma >= 0 ? this.speechVerbBefore(sentence, after.slice(comma + 1).map(({ index }) => index)) : null;
      if (own && own.speaker.entity !== according.entity && isNamedSubject(sentence, own.speaker)) return own;
      return { speaker: according, method: 'according-to' };
    }
    // 2b. "…, in her words, “…”", "in his own words": the words of whoever the pronoun names; "In Ostrow’s words" of the name.
    for (const sentence of new Set([openSentence, closeSentence])) {
      const owner = possessiveWordsCue(sentence);
      const named = owner ? this.fromMention(sentence, owner) : null;
      if (named) return { speaker: named, method: 'according-to' };
      const own = ownWordsCue(sentence.tokens);
      if (own === null) continue;
      const word = sentence.tokens[own]!.text.toLowerCase();
      const resolved = this.pronoun(sentence, word === 'her' ? 'she' : word === 'his' ? 'he' : 'they', own);
      if (resolved) return { speaker: resolved, method: 'according-to' };
    }
    // 3. A speech verb before the opening mark.
    const openLocal = span.open - block.offsets[openAt]!;
    const before = lastClauseAfterQuote(
      openSentence,
      openSentence.tokens.map((token, index) => ({ token, index })).filter(({ token }) => token.end <= openLocal && !inQuote(openAt, token)),
      spans.filter((other) => other !== span && other.close !== null && other.close < span.open && other.close >= block.offsets[openAt]!).map((other) => other.close! - block.offsets[openAt]!).at(-1),
    );
    // "… and read out a letter from X, who runs the hospital: “…”": the words a colon introduces after a document
    // and its author are the author's, whoever reads them out.
    if (/:\s*$/.test(openSentence.text.slice(0, openLocal))) {
      const author = this.documentAuthorBefore(openSentence, before.map(({ index }) => index));
      if (author) return { speaker: author, method: 'possessive-source' };
    }
    const introduced = this.speechVerbBefore(openSentence, before.map(({ index }) => index));
    if (introduced) return introduced;
    // "Petrov summed it up: “…”": a clause ending in a colon introduces the quote; its subject speaks.
    if (/:\s*$/.test(openSentence.text.slice(0, openLocal)) && before.length > 1) {
      const introducer = this.colonClause(openSentence, before.map(({ index }) => index));
      if (introducer) return { speaker: introducer, method: 'said-before' };
    }
    // "Petrov accused the minister of “…”": a few quoted words inside a clause speak for its named subject.
    // Not inside an embedded post, whose author speaks unless a speech verb says otherwise.
    if (before.length > 1 && openSentence.block !== 'social-post') {
      const subject = this.subjectBefore(openSentence, this.clauseStart(openSentence, before.map(({ index }) => index)).slice(0, -1));
      const named = subject && (isNamedSubject(openSentence, subject.speaker) || (subject.speaker.kind === 'institution' && subject.speaker.entity === null));
      if (subject && subject.speaker.kind !== 'unnamed' && named) return { speaker: subject.speaker, method: subject.viaDocument ? 'possessive-source' : 'said-before' };
    }
    // "Petrov said:" closing the paragraph before one that opens with the quote (a label without a name is read below).
    const introduction = this.sentences[openSentence.index - 1];
    if (openAt === 0 && openLocal === 0 && introduction && /:\s*$/.test(introduction.text) && introduction.mentions.length > 0) {
      const indexes = introduction.tokens.map((_, index) => index).filter((index) => !QUOTE_MARK.test(introduction.tokens[index]!.text));
      const introducer = this.speechVerbBefore(introduction, indexes.slice(0, -1))?.speaker ?? this.colonClause(introduction, indexes.slice(0, -1));
      if (introducer) return { speaker: introducer, method: 'said-before' };
    }
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
    // 4b. "Ames said the deck had held. “The beams did not.”": a quote opening a sentence right after a sentence
    // of the same paragraph that reports someone's words goes on with them (indirect speech, then direct: news grammar).
    if (openLocal === 0 && openAt > 0 && span.open > 0) {
      const lead = block.sentences[openAt - 1]!;
      const outside = (token: Token) => !spans.some((other) => block.offsets[openAt - 1]! + token.start >= other.open && block.offsets[openAt - 1]! + token.start <= (other.close ?? block.text.length));
      const reported = lead.reporting ? this.statementSource(lead, outside) ?? this.speakingSubject(lead, outside) : null;
      if (reported && reported.cue !== 'according to') return { speaker: reported.speaker, method: 'previous-sentence' };
    }
    // 4c. "Councillor X has said the money cannot be found." then a paragraph that is only a quote: the words go on
    // from the statement reported just before, in the previous paragraph (indirect speech, then direct: news grammar).
    if (openAt === 0 && openLocal === 0) {
      const lead = this.sentences[openSentence.index - 1];
      const unquoted = lead && lead.reporting && lead.blockIndex !== openSentence.blockIndex && ['paragraph', 'list-item'].includes(lead.block) && !/["“”„«»‘’]/u.test(lead.text.replace(/(?<=\p{L})[’'](?=\p{L})/gu, ''));
      const reported = unquoted ? this.statementSource(lead, () => true) ?? this.speakingSubject(lead, () => true) : null;
      if (reported && reported.cue !== 'according to') return { speaker: reported.speaker, method: 'previous-sentence' };
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

  /**
   * "The Minister also addressed the families directly.": the named subject of a verb of speaking beyond "say"
   * (`DESCRIBING_VERBS`), outside quotation marks, for the quote that follows the sentence.
   */
  private speakingSubject(sentence: CorpusSentence, outsideQuotes: (token: Token) => boolean): { speaker: Speaker; cue: string } | null {
    const verb = sentence.tokens.findIndex((token) => token.pos === 'VERB' && outsideQuotes(token) && (DESCRIBING_VERBS.has(token.text.toLowerCase()) || DESCRIBING_VERBS.has(token.lemma)));
    if (verb <= 0 || notAStatement(sentence.tokens, verb)) return null;
    const subject = this.subjectBefore(sentence, sentence.tokens.slice(0, verb).map((_, index) => index).filter((index) => outsideQuotes(sentence.tokens[index]!)));
    return subject && subject.speaker.kind !== 'unnamed' ? { speaker: subject.speaker, cue: sentence.tokens[verb]!.text } : null;
  }

  /** "“…” — Jo Ames, Harbour Board": the name right after a dash that follows the closing mark. */
  private dashSignature(sentence: CorpusSentence, indexes: number[]): Speaker | null {
    // The signature often stands on its own line: a line break between is no word.
    const first = indexes.find((index) => sentence.tokens[index]!.pos !== 'SPACE' && sentence.tokens[index]!.text.trim() !== '');
    if (first === undefined || !/^[—–]$|^-$/.test(sentence.tokens[first]!.text)) return null;
    // A signature line the ingest sets apart as furniture has no names read: read them here.
    const mentions = sentence.reporting ? sentence.mentions : findNameMentions(sentence.text, sentence.tokens);
    const mention = mentions.find((candidate) => candidate.firstToken === first + 1);
    if (!mention) return null;
    const after = sentence.tokens[mention.lastToken + 1];
    if (after && !/^[,(.]$/.test(after.text)) return null;
    if (!sentence.reporting) {
      const entity = this.corpus.entities.lookup(mention.name);
      return entity ? { name: entity.name, entity, kind: entity.kind === 'other' ? 'person' : speakerKind(entity) } : { name: mention.name, entity: null, kind: 'person' };
    }
    const speaker = this.fromMention(sentence, mention);
    return speaker && speaker.entity?.kind === 'other' ? { ...speaker, kind: 'person' } : speaker;
  }

  /** `…,” Petrov said` / `…,” said the ministry` / `…” was noted by X` / `…,” he added`. */
  private speechTagAfter(sentence: CorpusSentence, indexes: number[]): Speaker | null {
    // "X, the head of the Nuclear Safety Authority (DNSA), told": a bracketed aside takes no room in the tag.
    const window = withoutBrackets(sentence.tokens, indexes).slice(0, MAX_TAG_TOKENS);
    const verbAt = window.findIndex((index) => {
      const token = sentence.tokens[index]!;
      // "…,” she conceded": verbs of saying, and the manners of saying beyond them.
      return (['VERB', 'AUX'].includes(token.pos) && isSpeechVerb(token.text.toLowerCase(), token.lemma)) || (token.pos === 'VERB' && (DESCRIBING_VERBS.has(token.text.toLowerCase()) || DESCRIBING_VERBS.has(token.lemma)));
    });
    if (verbAt < 0) return null;
    const verb = window[verbAt]!;
    // "« … », said X": a comma outside the closing mark is no part of the tag's subject.
    const subjectTokens = window.slice(0, verbAt).filter((index, position) => !(position === 0 && /^[,:]$/.test(sentence.tokens[index]!.text)));
    if (subjectTokens.some((index) => /^[.!?;]$/.test(sentence.tokens[index]!.text))) return null;
    // "Club manager Jo Ames said": the name nearest the verb heads the subject.
    const fromSubject = this.speakerIn(sentence, subjectTokens, sentence.index, false, true);
    if (fromSubject) return fromSubject;
    if (subjectTokens.length > 0) {
      // "‘…’, harbour master vows": a headline's bare office after the quote, as before it ("Governor promises …").
      const headline = headlineRole(sentence, subjectTokens, false);
      const holder = headline ? this.roleHolder(sentence, headline) : null;
      if (holder) return holder;
      const institution = institutionSubject(sentence, subjectTokens);
      if (institution) return institution.speaker;
      // "“…?” a reporter asked": an indefinite noun phrase as the whole subject is someone unnamed.
      const unnamed = indefiniteSpeaker(sentence, subjectTokens, true);
      if (unnamed) return unnamed;
      // "“…,” the bench observed": a noun phrase with an article as the whole subject names whoever speaks, unnamed,
      // as it does before the quote ("The bench observed: “…”", `subjectBefore`).
      const phrase = articlePhrase(sentence, subjectTokens);
      if (phrase && phrase.name.split(/\s+/).length === subjectTokens.length) return phrase;
    }
    // Inverted or passive: "said Petrov", "stated the ministry", "was noted by X".
    const rest = indexes.slice(verbAt + 1, verbAt + 1 + MAX_TAG_TOKENS);
    const stop = rest.findIndex((index) => /^[,.;!?]$/.test(sentence.tokens[index]!.text) && index > verb + 3);
    const objectTokens = stop >= 0 ? rest.slice(0, stop) : rest;
    // "said Jo Ames, head of the X Association": the name right after the verb (titles aside) speaks.
    const named = sentence.mentions.find((mention) => mention.firstToken > verb && mention.firstToken <= verb + 4);
    const endsPhrase = named !== undefined && /^[,.;!?]?$/.test(sentence.tokens[named.lastToken + 1]?.text ?? '');
    if (named && endsPhrase && subjectTokens.length === 0 && sentence.tokens.slice(verb + 1, named.firstToken).every((token) => isTitleWord(token.text) || token.pos === 'DET' || /^\p{Lu}/u.test(token.text))) {
      const speaker = this.fromMention(sentence, named);
      if (speaker) return speaker;
    }
    if (subjectTokens.length > 0 && !subjectTokens.every((index) => ['was', 'were', 'is', 'been', 'be'].includes(sentence.tokens[index]!.text.toLowerCase()))) {
      return null;
    }
    // "said the ministry's spokesman, Ivan Petrov": a descriptor, then the person it describes.
    if (stop >= 0 && sentence.tokens[rest[stop]!]!.text === ',' && !this.endsInName(sentence, objectTokens)) {
      const named = this.appositiveAfter(sentence, rest[stop]!);
      if (named) return named;
    }
    // "said a harbour worker who asked not to be named": an indefinite noun phrase right after the verb.
    return this.speakerIn(sentence, objectTokens, sentence.index, true) ?? indefiniteSpeaker(sentence, objectTokens, false);
  }

  /** Whether a phrase ends in a name ("said Maria Lopez"), as opposed to a descriptor ("said the mayor"). */
  private endsInName(sentence: CorpusSentence, indexes: number[]): boolean {
    const last = indexes.at(-1);
    return last !== undefined && sentence.mentions.some((mention) => mention.lastToken === last);
  }

  /** The person named right after a comma, titles and honorifics allowed before the name (", Dr Jane Doe"). */
  private appositiveAfter(sentence: CorpusSentence, comma: number): Speaker | null {
    const mention = sentence.mentions.find((candidate) => candidate.firstToken > comma && candidate.firstToken <= comma + 5);
    if (!mention) return null;
    const between = sentence.tokens.slice(comma + 1, mention.firstToken);
    if (!between.every((token) => isTitleWord(token.text) || token.pos === 'DET' || /^\p{Lu}/u.test(token.text))) return null;
    const speaker = this.fromMention(sentence, mention);
    if (speaker?.kind === 'person') return speaker;
    // "said the liaison officer, Amélie Roux", "said the lifeboat's coxswain, Dougie Farrant": after a noun phrase
    // that says who speaks (a role, whatever its word), an unclassified name in apposition is that person.
    const role = sentence.tokens[comma - 1];
    const describes = role !== undefined && (isRoleNoun(role.text) || (role.pos === 'NOUN' && /^\p{Ll}/u.test(role.text)));
    return speaker && speaker.entity?.kind === 'other' && describes ? { ...speaker, kind: 'person' } : null;
  }

  /** The speaker named after "according to" or "in the words of", or the issuer of the document named there. */
  private accordingTo(sentence: CorpusSentence): Speaker | null {
    const tokens = sentence.tokens;
    const cue = sourceCue(tokens);
    if (cue === null) return null;
    const indexes: number[] = [];
    for (let index = cue; index < tokens.length && !/^[,.;!?]$/.test(tokens[index]!.text) && !QUOTE_MARK.test(tokens[index]!.text); index++) indexes.push(index);
    // "According to their goalkeeper, Anders Fahl, …": a descriptor naming no one, then the name in apposition.
    const stop = cue + indexes.length;
    // A phrase opened by a determiner ("the local MP", "their goalkeeper") describes, whatever capitals it holds.
    const describes = /^(?:the|a|an|their|its|his|her|our|my|your)$/i.test(tokens[cue]?.text ?? '') || !sentence.mentions.some((mention) => mention.firstToken >= cue && mention.lastToken < stop);
    const named = tokens[stop]?.text === ',' && describes ? sentence.mentions.find((mention) => mention.firstToken === stop + 1 && /^[,.;]?$/.test(tokens[mention.lastToken + 1]?.text ?? '')) : undefined;
    const apposed = named ? this.fromMention(sentence, named) : null;
    if (apposed) return apposed.entity?.kind === 'other' ? { ...apposed, kind: 'person' } : apposed;
    return this.speakerIn(sentence, indexes, sentence.index, true) ?? this.documentFromContext(sentence, indexes);
  }

  /**
   * The speaker of a quotation inside another ("…he said, ‘I did it.’ …”"), when the outer speaker's own words
   * introduce it with a verb of saying and its subject: a name ("Minister Brašić turned to me and said"), "I"
   * (the outer speaker), or "he"/"she" — someone other than the outer speaker, the nearest person before. With no
   * such introduction the inner words stay the outer speaker's (a phrase they repeat), and null is returned.
   */
  nestedSpeaker(block: Block, inner: { open: number }, outer: { start: number }, outerSpeaker: Speaker | null): Speaker | null {
    let at = 0;
    block.offsets.forEach((start, index) => {
      if (start <= inner.open) at = index;
    });
    const sentence = block.sentences[at]!;
    const local = inner.open - block.offsets[at]!;
    const from = Math.max(0, outer.start - block.offsets[at]!);
    const indexes = sentence.tokens.map((_, index) => index).filter((index) => sentence.tokens[index]!.start >= from && sentence.tokens[index]!.end <= local);
    // The verb of saying right before the mark: only an object and a comma or colon may follow it ("told me, ‘").
    let verbPosition = -1;
    for (let position = indexes.length - 1; position >= 0 && position >= indexes.length - 5; position--) {
      const token = sentence.tokens[indexes[position]!]!;
      if (['VERB', 'AUX'].includes(token.pos) && isSpeechVerb(token.text.toLowerCase(), token.lemma)) {
        verbPosition = position;
        break;
      }
      if (token.pos === 'VERB') return null;
    }
    if (verbPosition < 0) return null;
    // Its subject: the nearest name or subject pronoun before it that no preposition governs.
    for (let position = verbPosition - 1; position >= 0; position--) {
      const index = indexes[position]!;
      const token = sentence.tokens[index]!;
      // The subject is in the clause of the verb: "When I presented it, one of them told me, ‘…’" is not "I".
      if (/^[.;:!?,]$/.test(token.text)) return null;
      // "one captain told me, ‘…’": someone unnamed, whose words the outer speaker reports (they stay theirs).
      if (position === verbPosition - 1 && token.pos === 'NOUN') return null;
      const mention = sentence.mentions.find((candidate) => candidate.lastToken === index);
      if (mention) {
        if (objectOfPreposition(sentence.tokens, mention.firstToken)) continue;
        return this.speakingMention(sentence, mention);
      }
      const lower = token.text.toLowerCase();
      if (lower === 'i' && token.text === 'I') return outerSpeaker;
      if (lower === 'we') return null;
      if (PERSONAL_PRONOUNS.has(lower)) return this.someoneElse(sentence, index, lower, outerSpeaker);
    }
    return null;
  }

  /** "he" or "she" inside someone's quoted words: the nearest person before, other than the one speaking. */
  private someoneElse(sentence: CorpusSentence, tokenIndex: number, pronoun: string, speaking: Speaker | null): Speaker | null {
    const wanted = PRONOUN_GENDER[pronoun];
    const accept = (speaker: Speaker | null): speaker is Speaker =>
      speaker !== null && speaker.kind === 'person' && (speaking?.entity ? speaker.entity !== speaking.entity : speaker.name !== speaking?.name) && (!wanted || genderOf(speaker) !== otherGender(wanted));
    const before = sentence.mentions.filter((mention) => mention.lastToken < tokenIndex).reverse();
    for (const mention of before) {
      const speaker = this.speakingMention(sentence, mention);
      if (accept(speaker)) return speaker;
    }
    // Possessors too ("Voss's lawyer, X,"): the one a lawyer or a mother speaks of.
    for (let at = sentence.index - 1; at >= Math.max(0, sentence.index - 2 * LOOKBACK_SENTENCES); at--) {
      const earlier = this.sentences[at];
      if (!earlier || !earlier.reporting) continue;
      for (const mention of earlier.mentions) {
        const speaker = this.speakingMention(earlier, mention);
        if (accept(speaker)) return speaker;
      }
    }
    return null;
  }

  /** "a letter from X[, who …]:" ending the tokens: the document's author, named right after "from" or "by". */
  private documentAuthorBefore(sentence: CorpusSentence, indexes: number[]): Speaker | null {
    const tokens = sentence.tokens;
    for (let position = indexes.length - 1; position >= 1; position--) {
      const index = indexes[position]!;
      if (!DOCUMENT_NOUNS.has(tokens[index]!.lemma) || tokens[index]!.pos !== 'NOUN' || !/^(?:from|by)$/i.test(tokens[index + 1]?.text ?? '')) continue;
      const mention = sentence.mentions.find((candidate) => candidate.firstToken === index + 2 || (candidate.firstToken === index + 3 && tokens[index + 2]!.pos === 'DET'));
      if (!mention) return null;
      // Only the author's own appositive or relative clause may stand between the name and the colon.
      const rest = tokens.slice(mention.lastToken + 1, indexes.at(-1)! + 1).filter((token) => token.text !== ':');
      const ownClause = rest.length === 0 || (rest[0]!.text === ',' && rest[1] !== undefined && (/^(?:who|whose|a|an|the)$/i.test(rest[1].text) || (isTitleWord(rest[1].text) && /^\p{Ll}/u.test(rest[1].text))));
      if (!ownClause) return null;
      const speaker = this.speakingMention(sentence, mention);
      return speaker ? (speaker.entity?.kind === 'other' ? { ...speaker, kind: 'person' } : speaker) : null;
    }
    return null;
  }

  /** "X said … “quote”": the subject of the last speech verb before the opening mark. */
  private speechVerbBefore(sentence: CorpusSentence, indexes: number[]): { speaker: Speaker; method: SpeakerMethod } | null {
    // The name nearest before a verb that follows "and" or "but", kept in case no verb before it has a subject.
    let nearest: { speaker: Speaker; viaDocument: boolean } | null = null;
    const found = (subject: { speaker: Speaker; viaDocument: boolean }) => ({ speaker: subject.speaker, method: subject.viaDocument ? ('possessive-source' as const) : ('said-before' as const) });
    for (let position = indexes.length - 1; position >= 0; position--) {
      const index = indexes[position]!;
      const token = sentence.tokens[index]!;
      const says = isSpeechVerb(token.text.toLowerCase(), token.lemma) && ['VERB', 'AUX', 'NOUN'].includes(token.pos);
      // "X characterized the vote as “…”": a verb that names what was said, only as a verb.
      // (Not inside an embedded post, where quoted words without a verb of saying are the author's.)
      const names = sentence.block !== 'social-post' && token.pos === 'VERB' && (DESCRIBING_VERBS.has(token.text.toLowerCase()) || DESCRIBING_VERBS.has(token.lemma));
      if (!says && !names) continue;
      // ", saying that …": a participle after a comma speaks for the clause's subject.
      const participle = /ing$/.test(sentence.tokens[index]!.text) && sentence.tokens[index - 1]?.text === ',';
      const subject = this.subjectBefore(sentence, participle ? this.clauseStart(sentence, indexes.slice(0, position)) : indexes.slice(0, position));
      // "X told Y that …, and described it as …": a verb right after "and" or "but" has no subject of its own; it
      // shares the subject of the verb of saying before it, not the name nearest before it (the one told).
      const coordinated = token.pos === 'VERB' && COORDINATORS.has(sentence.tokens[precedingWord(sentence.tokens, index)]?.text.toLowerCase() ?? '');
      if (coordinated && indexes.slice(0, position).some((earlier) => isSpeechVerb(sentence.tokens[earlier]!.text.toLowerCase(), sentence.tokens[earlier]!.lemma) && sentence.tokens[earlier]!.pos === 'VERB')) {
        nearest ??= subject;
        continue;
      }
      if (subject) return found(subject);
    }
    return nearest ? found(nearest) : null;
  }

  /** The subject of a clause that introduces a quote with a colon: "Lopez summed it up:", "The ministry's verdict was blunt:". */
  private colonClause(sentence: CorpusSentence, indexes: number[]): Speaker | null {
    const clause = this.clauseStart(sentence, indexes);
    if (clause.length === 0) return null;
    const copula = clause.findIndex((index) => sentence.tokens[index]!.pos === 'AUX');
    const verb = sentence.tokens[clause.at(-1)!]!.pos === 'VERB' ? clause.at(-1)! : copula >= 0 ? clause[copula]! : -1;
    if (verb < 0) return null;
    clause.splice(clause.indexOf(verb) + 1);
    return this.subjectBefore(sentence, clause.slice(0, -1))?.speaker ?? null;
  }

  /** Tokens up to the main verb of the sentence: where its subject is. */
  private clauseStart(sentence: CorpusSentence, indexes: number[]): number[] {
    // "Parent X, whose children attend Y, put it bluntly:": the verb of a relative clause set in commas is not the sentence's.
    const relative = relativeClauses(sentence.tokens);
    const verb = indexes.findIndex(
      (index) => sentence.tokens[index]!.pos === 'VERB' && !sentence.mentions.some((m) => index >= m.firstToken && index <= m.lastToken) && !relative.some(([first, last]) => index > first && index < last),
    );
    return verb < 0 ? indexes : indexes.slice(0, verb + 1);
  }

  /**
   * The subject of a verb: the nearest name before it that is not the object of a preposition
   * ("spoken to Petrov"), a pronoun (resolved), or an unnamed source ("officials"). A plain noun
   * right before the verb ("both leaders acknowledging") is the subject itself, so the search
   * stops there; an appositive ("X, a military analyst, said") belongs to the name before it.
   */
  private subjectBefore(sentence: CorpusSentence, all: number[]): { speaker: Speaker; viaDocument: boolean } | null {
    const tokens = sentence.tokens;
    // "X, who chairs the Y Association, said": the relative clause names someone else.
    const indexes = withoutRelativeClause(tokens, all);
    // "the U.S. president told reporters": a role right before the verb names whoever holds it.
    const role = rolePhrase(sentence, indexes, true) ?? headlineRole(sentence, indexes);
    if (role) {
      // "Ruairi Petts, the medical director of X, told": the role set in commas after a name is that person's.
      const named = tokens[role.first - 1]?.text === ',' ? sentence.mentions.find((mention) => mention.lastToken === role.first - 2) : undefined;
      const owner = named && !objectOfPreposition(tokens, named.firstToken) ? this.fromMention(sentence, named) : null;
      if (owner) return { speaker: owner.entity?.kind === 'other' ? { ...owner, kind: 'person' } : owner, viaDocument: false };
      const holder = this.roleHolder(sentence, role);
      if (holder) return { speaker: holder, viaDocument: false };
    }
    for (let position = indexes.length - 1; position >= 0; position--) {
      const index = indexes[position]!;
      const token = tokens[index]!;
      const mention = sentence.mentions.find((candidate) => candidate.lastToken === index);
      if (mention) {
        if (objectOfPreposition(tokens, mention.firstToken)) continue;
        // "Ilse Marrow, Arvella's minister of foreign affairs, told": the possessor in an appositive only
        // qualifies the role; the name the appositive follows speaks.
        if (/^['’]s$/.test(tokens[mention.lastToken + 1]?.text ?? '') && tokens[mention.firstToken - 1]?.text === ',') {
          const owner = sentence.mentions.find((candidate) => candidate.lastToken === mention.firstToken - 2);
          const speaker = owner ? this.fromMention(sentence, owner) : null;
          if (speaker) return { speaker: speaker.entity?.kind === 'other' ? { ...speaker, kind: 'person' } : speaker, viaDocument: false };
        }
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
          const phrase = unnamedPhrase(sentence, index);
          // "A spokesperson said Calder Aggregates was “disappointed”": a spokesperson the article does not say
          // is whose speaks for the organisation named in what they said (spokespeople speak for institutions).
          const principal = SPOKES_NOUNS.has(lower) && /^(?:a|an|the)\s+\S+$/i.test(phrase) ? this.organisationAfter(sentence, index) : null;
          if (principal) return { speaker: principal, viaDocument: false };
          return { speaker: { name: phrase, entity: null, kind: 'unnamed' }, viaDocument: false };
        }
      }
      const adjacent = position === indexes.length - 1;
      const commonNoun = token.pos === 'NOUN' && !DOCUMENT_NOUNS.has(token.lemma) && !TITLE_WORDS.has(lower);
      // "… with both leaders acknowledging": the noun phrase is the participle's own subject.
      const absolute = /ing$/.test(tokens[index + 1]?.text ?? '') && prepositionBefore(tokens, index) === 'with';
      if (adjacent && commonNoun && (!objectOfPreposition(tokens, index, true) || absolute)) {
        // "The union says …", "Ruritania's foreign ministry referred to …": an institution named by a common noun.
        const institution = absolute ? null : institutionSubject(sentence, indexes.slice(0, position + 1));
        // "X of the bargemen's association told": the phrase is a preposition's object; X is the subject.
        if (institution && institution.start > 0 && tokens[institution.start - 1]!.pos === 'ADP') continue;
        if (institution) return { speaker: institution.speaker, viaDocument: false };
        // "what one picket called …", "The trust said …": a noun phrase with an article as the subject names
        // whoever speaks, unnamed (English grammar, whatever the noun; not a document, which speaks for its issuer).
        const phrase = absolute ? null : articlePhrase(sentence, indexes.slice(0, position + 1));
        return phrase ? { speaker: phrase, viaDocument: false } : null;
      }
    }
    return null;
  }

  /** The first organisation named after a token of the sentence, as the speaker. */
  private organisationAfter(sentence: CorpusSentence, index: number): Speaker | null {
    for (const mention of sentence.mentions) {
      if (mention.firstToken <= index) continue;
      const entity = this.corpus.entities.entityOf({ sentenceId: sentence.id, mention });
      // An unclassified name of two words or more that opens with no given name ("Calder Aggregates") is no person's.
      const institutional = entity?.kind === 'organization' || (entity?.kind === 'other' && mention.lastToken > mention.firstToken && !isFirstName(sentence.tokens[mention.firstToken]!.text));
      if (entity && institutional) return { name: entity.name, entity, kind: 'institution' };
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
  private speakerIn(sentence: CorpusSentence, indexes: number[], sentenceIndex: number, preferPerson = false, nearestLast = false): Speaker | null {
    const role = rolePhrase(sentence, indexes, false);
    if (role) {
      // "the civil protection chief, Jo Ames,": the role's holder is named right after it.
      // "Ruairi Petts, the medical director, told": the role set in commas after a name is that person's.
      const named =
        (sentence.tokens[role.last + 1]?.text === ',' ? sentence.mentions.find((mention) => mention.firstToken === role.last + 2) : undefined) ??
        (sentence.tokens[role.first - 1]?.text === ',' && indexes.includes(role.first - 2) ? sentence.mentions.find((mention) => mention.lastToken === role.first - 2) : undefined);
      const speaker = named ? this.fromMention(sentence, named) : null;
      if (speaker) return speaker.entity?.kind === 'other' ? { ...speaker, kind: 'person' } : speaker;
      const holder = this.roleHolder(sentence, role);
      if (holder) return holder;
    }
    const inside = new Set(indexes);
    // "one Corvian official": a name that only qualifies an unnamed source does not speak.
    const qualifies = (mention: NameMention) => {
      const next = sentence.tokens[mention.lastToken + 1];
      if (next === undefined || !inside.has(mention.lastToken + 1) || next.pos !== 'NOUN' || !UNNAMED_SOURCE_NOUNS.has(next.text.toLowerCase())) return false;
      // "the Foreign Ministry spokesman" still speaks for the ministry.
      const kind = this.corpus.entities.entityOf({ sentenceId: sentence.id, mention })?.kind;
      return kind !== 'organization' && kind !== 'outlet';
    };
    const mentions = sentence.mentions.filter((mention) => inside.has(mention.firstToken) && !qualifies(mention));
    // Nearest the verb first, but never the object of a preposition ("X of the Y Center told").
    const afterPreposition = (mention: NameMention) => {
      const start = mentions[0]!.lastToken + 1;
      return mention !== mentions[0] && sentence.tokens.slice(start, mention.firstToken).some((token) => token.pos === 'ADP');
    };
    const nearest = () => [...mentions].reverse().sort((a, b) => Number(afterPreposition(a)) - Number(afterPreposition(b)));
    const ordered = preferPerson ? [...mentions].sort((a, b) => rank(this.corpus, sentence, a) - rank(this.corpus, sentence, b)) : nearestLast ? nearest() : mentions;
    // "said the Port Ellis lifeboat's coxswain, Dougie Farrant": the name in apposition to the noun phrase is who
    // speaks; a name inside that phrase only qualifies it.
    const apposed = mentions.find((mention) => {
      const [comma, noun] = [sentence.tokens[mention.firstToken - 1], sentence.tokens[mention.firstToken - 2]];
      return comma?.text === ',' && noun !== undefined && inside.has(mention.firstToken - 2) && noun.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text);
    });
    if (apposed) ordered.unshift(apposed);
    // "Ilse Marrow, Arvella's minister of foreign affairs,": the possessor only qualifies the role; the name the
    // appositive follows speaks.
    for (const mention of mentions) {
      if (!/^['’]s$/.test(sentence.tokens[mention.lastToken + 1]?.text ?? '') || sentence.tokens[mention.firstToken - 1]?.text !== ',') continue;
      const owner = mentions.find((candidate) => candidate.lastToken === mention.firstToken - 2);
      if (owner) ordered.unshift(owner);
    }
    for (const mention of ordered) {
      const speaker = this.fromMention(sentence, mention);
      if (speaker) return speaker;
    }
    for (const [position, index] of indexes.entries()) {
      const lower = sentence.tokens[index]!.text.toLowerCase();
      if (PERSONAL_PRONOUNS.has(lower) || INSTITUTION_PRONOUNS.has(lower)) return this.pronoun(sentence, lower, index, sentenceIndex);
      // "the residents' association": the possessor only describes the one who speaks.
      if (/^['’]s?$/.test(sentence.tokens[index + 1]?.text ?? '')) continue;
      if (sentence.tokens[index]!.pos === 'NOUN' && ORGANIZATION_WORDS.has(lower)) {
        const institution = institutionSubject(sentence, indexes.slice(0, position + 1));
        if (institution) return institution.speaker;
      }
      if (UNNAMED_SOURCE_NOUNS.has(lower) && sentence.tokens[index]!.pos === 'NOUN') {
        return { name: unnamedPhrase(sentence, index), entity: null, kind: 'unnamed' };
      }
    }
    return null;
  }

  /**
   * The person who holds a role in this article ("the U.S. president" → the person the article
   * calls "U.S. President …"): among the people the article names, those given a matching title
   * in this article or elsewhere in the corpus (`titleMatches`); of several, the one named most
   * recently before this sentence. With no titled match, the role is read like "he" or "she",
   * unless it names an institution ("the ministry spokesman"), which then speaks for itself.
   */
  private roleHolder(sentence: CorpusSentence, role: RolePhrase): Speaker | null {
    const candidates = this.titledPeople();
    let best: { entity: Entity; score: number; last: number } | null = null;
    for (const [entity, { titles, positions }] of candidates) {
      const fitting = [...titles].filter((title) => titleMatches(title, role));
      const local = fitting.length > 0;
      if (!local) fitting.push(...entity.titles.filter((title) => titleMatches(title, role)));
      if (fitting.length === 0) continue;
      // A title that names the role's own place ("Ruritanian President") beats one that names none.
      const confirmed = fitting.some((title) => sharesQualifier(title, role));
      const score = (confirmed ? 2 : 0) + (local ? 1 : 0);
      const before = positions.filter((index) => index <= sentence.index);
      const last = before.length > 0 ? Math.max(...before) : -1 - Math.min(...positions);
      if (!best || score > best.score || (score === best.score && last > best.last)) best = { entity, score, last };
    }
    if (best) return { name: best.entity.name, entity: best.entity, kind: 'person' };
    // "the ministry spokesman" with no named spokesman: the institution speaks (the caller's rule).
    const institution = sentence.mentions.some((mention) => {
      if (mention.firstToken < role.first || mention.lastToken > role.last) return false;
      const entity = this.corpus.entities.entityOf({ sentenceId: sentence.id, mention });
      return entity !== undefined && entity.kind !== 'place';
    });
    if (institution || !OFFICE_HEADS.has(role.head)) return null;
    const nearest = this.pronoun(sentence, 'he', role.first, sentence.index, false);
    // "the mayor said" after "Harbour Master Ines Calloway": someone the articles title with another office does
    // not hold this one; an office nobody named holds speaks as itself ("the mayor"), as an editor would label it.
    if (nearest && !this.titledOtherwise(nearest, role)) return nearest;
    return { name: sentence.text.slice(sentence.tokens[role.first]!.start, sentence.tokens[role.last]!.end), entity: null, kind: 'unnamed' };
  }

  /** Whether the articles give a person titles, none of which fits the role. */
  private titledOtherwise(speaker: Speaker, role: RolePhrase): boolean {
    if (!speaker.entity) return false;
    const titles = [...(this.titledPeople().get(speaker.entity)?.titles ?? []), ...speaker.entity.titles];
    return titles.length > 0 && !titles.some((title) => titleMatches(title, role));
  }

  private titled: Map<Entity, { titles: Set<string>; positions: number[] }> | undefined;

  /** People the article names, with the titles it gives them and the sentences that name them. */
  private titledPeople(): Map<Entity, { titles: Set<string>; positions: number[] }> {
    if (this.titled) return this.titled;
    this.titled = new Map();
    for (const sentence of this.sentences) {
      for (const mention of sentence.mentions) {
        const entity = this.corpus.entities.entityOf({ sentenceId: sentence.id, mention });
        const appositive = appositiveTitle(sentence, mention);
        // A name no lexicon classifies is a person's when a role is set before it ("The Minister of Agriculture, X,").
        if (!entity || (entity.kind !== 'person' && !(entity.kind === 'other' && appositive))) continue;
        const entry = this.titled.get(entity) ?? { titles: new Set<string>(), positions: [] };
        if (mention.title) entry.titles.add(mention.title);
        if (appositive) entry.titles.add(appositive);
        entry.positions.push(sentence.index);
        this.titled.set(entity, entry);
      }
    }
    return this.titled;
  }

  private fromMention(sentence: CorpusSentence, mention: NameMention): Speaker | null {
    const entity = this.corpus.entities.entityOf({ sentenceId: sentence.id, mention });
    if (!entity) return null;
    // "The contractor, Hallbrook Civil, said": a name set beside a common noun that names no kind of place is
    // what that noun names (an institution), whatever a gazetteer thinks of its words.
    if (entity.kind === 'place' && appositiveOfNonPlace(sentence, mention)) return { name: entity.name, entity, kind: 'institution' };
    if (entity.kind === 'place' && !this.issuesDocument(sentence, mention)) return null;
    // "Nurse Kit Reyes", "the operations director, Farid Olowe,": a name with a role is a person's.
    const roleBefore = sentence.tokens[mention.firstToken - 1]?.text === ',' && isRoleNoun(sentence.tokens[mention.firstToken - 2]?.text ?? '');
    if (entity.kind === 'other' && ((mention.title !== null && isTitleWord(mention.title.split(/\s+/).at(-1)!)) || roleBefore)) return { name: entity.name, entity, kind: 'person' };
    return { name: entity.name, entity, kind: speakerKind(entity) };
  }

  /**
   * A mention as a speaker, where a name no lexicon classifies ("Yusra Oyelaran", "Lindgren") is a person's
   * when the sentence has it speak as people do: the subject of a verb of saying ("Lindgren, who joined the club
   * …, said", "Platt said he"), the name set after a role ("the chamber's chair, Priyanka Voss,"), or the source
   * of "according to". English grammar, whatever the name; "he" and "she" may then mean them.
   */
  private speakingMention(sentence: CorpusSentence, mention: NameMention): Speaker | null {
    const speaker = this.fromMention(sentence, mention);
    if (!speaker || speaker.entity?.kind !== 'other' || speaker.kind === 'person') return speaker;
    return speaksAsPerson(sentence, mention) ? { ...speaker, kind: 'person' } : speaker;
  }

  /** "the U.S. readout": a place that speaks through a document. */
  private issuesDocument(sentence: CorpusSentence, mention: NameMention) {
    const next = sentence.tokens.slice(mention.lastToken + 1, mention.lastToken + 3);
    return next.some((token) => DOCUMENT_NOUNS.has(token.lemma));
  }

  /** "according to the readout": the issuer of the last such document named before. */
  private documentFromContext(sentence: CorpusSentence, indexes: number[]): Speaker | null {
    const noun = indexes.map((index) => sentence.tokens[index]!.lemma).find((lemma) => DOCUMENT_NOUNS.has(lemma));
    if (!noun) return null;
    return this.documentAuthor(sentence.index, noun) ?? this.recentSpeaker(sentence.index, (speaker) => speaker.kind === 'institution', false);
  }

  /** Who the article said wrote the document named earlier: "a report by X", "X's report", "a X readout". */
  private documentAuthor(index: number, noun: string): Speaker | null {
    for (let at = index - 1; at >= 0; at--) {
      const sentence = this.sentences[at]!;
      for (const [position, token] of sentence.tokens.entries()) {
        if (token.lemma !== noun) continue;
        const by = sentence.tokens[position + 1]?.text.toLowerCase();
        // "a report by X"; "X's report" or "an X report", unless inside another phrase ("a translation of X's report").
        const author = ['by', 'from'].includes(by ?? '')
          ? sentence.mentions.find((mention) => mention.firstToken === position + 2 || mention.firstToken === position + 3)
          : sentence.mentions.find(
              (mention) =>
                (mention.lastToken === position - 1 || (mention.lastToken === position - 2 && /^['’]s?$/.test(sentence.tokens[position - 1]!.text))) &&
                prepositionBefore(sentence.tokens, mention.firstToken) !== 'of',
            );
        const speaker = author ? this.fromMention(sentence, author) : null;
        if (speaker) return speaker;
      }
    }
    return null;
  }

  /** Resolves a pronoun; "he" and "she" skip people the article marks as the other gender (`gendered`, unless a role stands for them). */
  private pronoun(sentence: CorpusSentence, pronoun: string, tokenIndex: number, sentenceIndex = sentence.index, gendered = true): Speaker | null {
    const wantsPerson = PERSONAL_PRONOUNS.has(pronoun);
    const wanted = gendered ? PRONOUN_GENDER[pronoun] : undefined;
    const resolve = (byGivenName: boolean) => {
      const accept = (speaker: Speaker) => (wantsPerson ? speaker.kind === 'person' && (!wanted || genderOf(speaker, byGivenName) !== otherGender(wanted)) : speaker.kind !== 'unnamed');
      // Earlier in the same sentence ("Lopez announced that she …").
      for (const mention of sentence.mentions) {
        if (mention.lastToken >= tokenIndex) break;
        if (isPossessor(sentence, mention)) continue;
        const speaker = this.speakingMention(sentence, mention);
        if (speaker && accept(speaker)) return speaker;
      }
      return this.recentSpeaker(sentenceIndex, accept, false);
    };
    // A given name's gender comes from an English lexicon, often wrong for names of other languages
    // ("Ola", "Andrea"): when it leaves nobody, only the article's own titles and honorifics rule people out.
    return resolve(true) ?? (wanted ? resolve(false) : null);
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
        if (isPossessor(sentence, mention)) continue;
        const speaker = this.speakingMention(sentence, mention);
        if (speaker && accept(speaker)) return speaker;
      }
    }
    return null;
  }
}

const QUOTE_MARK = /^["“”„«»‹›]$/u;
/** Phrases that name the source of what follows: "according to X", "in the words of X". */
const SOURCE_CUES: ReadonlyArray<readonly string[]> = [['according', 'to'], ['in', 'the', 'words', 'of']];

/** The index of the pronoun of "in her words", "in his own words", "in their words", or null. */
function ownWordsCue(tokens: readonly Token[]): number | null {
  for (let index = 0; index < tokens.length - 2; index++) {
    if (tokens[index]!.text.toLowerCase() !== 'in' || !/^(?:his|her|their)$/i.test(tokens[index + 1]!.text)) continue;
    const next = tokens[index + 2]!.text.toLowerCase() === 'own' ? tokens[index + 3] : tokens[index + 2];
    if (next?.text.toLowerCase() === 'words') return index + 1;
  }
  return null;
}

/** The name of "in Ostrow’s words", "in Ada Quist's own words", or null. */
function possessiveWordsCue(sentence: CorpusSentence): NameMention | null {
  const tokens = sentence.tokens;
  for (const mention of sentence.mentions) {
    if (!/^['’]s$/.test(tokens[mention.lastToken + 1]?.text ?? '')) continue;
    // The name's first parts may lie outside the mention read ("Ostrowski-" of "Ostrowski-Lund"): capitalised words and hyphens.
    let start = mention.firstToken;
    while (start > 0 && start > mention.firstToken - 4 && tokens[start - 1]!.text.toLowerCase() !== 'in' && /^(?:-|\p{Lu}[\p{L}'’]*-?)$/u.test(tokens[start - 1]!.text)) start--;
    if (tokens[start - 1]?.text.toLowerCase() !== 'in') continue;
    const next = tokens[mention.lastToken + 2]?.text.toLowerCase() === 'own' ? tokens[mention.lastToken + 3] : tokens[mention.lastToken + 2];
    if (next?.text.toLowerCase() === 'words') return mention;
  }
  return null;
}

/** The index of the first token after a source cue in the sentence, or null. */
function sourceCue(tokens: readonly Token[]): number | null {
  for (let index = 0; index < tokens.length; index++) {
    const cue = SOURCE_CUES.find((words) => words.every((word, offset) => tokens[index + offset]?.text.toLowerCase() === word));
    if (cue) return index + cue.length;
  }
  return null;
}

const INDEFINITE = /^(?:a|an|one|another)$/i;

/**
 * "a reporter asked", "said a harbour worker who …", "one resident said": an indefinite noun phrase (a, an,
 * one; adjectives and nouns; a head noun) as the subject of a verb of saying names someone the article does
 * not: English grammar, whatever the noun. Not a document ("a statement said"), which speaks for its issuer,
 * and not a name. With `whole`, the phrase must be all of the tokens (a subject before the verb); else it
 * opens them (after an inverted verb).
 */
function indefiniteSpeaker(sentence: CorpusSentence, indexes: readonly number[], whole: boolean): Speaker | null {
  const tokens = sentence.tokens;
  const first = indexes[0];
  if (first === undefined || !INDEFINITE.test(tokens[first]!.text)) return null;
  let head = -1;
  // Adjectives, participles before the noun ("a retired pilot") and nouns, in a row; the last noun heads the phrase.
  for (let position = 1; position < indexes.length && indexes[position] === first + position; position++) {
    const token = tokens[indexes[position]!]!;
    if (token.pos === 'NOUN') head = indexes[position]!;
    else if (token.pos !== 'ADJ' && !(token.pos === 'VERB' && /(?:ed|ing)$/.test(token.text) && head < 0)) break;
  }
  if (head < 0 || DOCUMENT_NOUNS.has(tokens[head]!.lemma) || DOCUMENT_NOUNS.has(tokens[head]!.text.toLowerCase())) return null;
  if (sentence.mentions.some((mention) => mention.firstToken <= head && mention.lastToken >= first)) return null;
  if (whole && indexes.at(-1) !== head) return null;
  return { name: sentence.text.slice(tokens[first]!.start, tokens[head]!.end), entity: null, kind: 'unnamed' };
}

/**
 * "one picket", "the trust", "a retired teacher": an article ("the", "a", "an", "one", "another"), adjectives
 * and nouns, ending the given tokens in a common noun that is no document, role or unnamed-source word (those
 * have rules of their own), as someone the article does not name.
 */
function articlePhrase(sentence: CorpusSentence, indexes: readonly number[]): Speaker | null {
  const tokens = sentence.tokens;
  const head = indexes.at(-1);
  if (head === undefined) return null;
  const noun = tokens[head]!;
  const lower = noun.text.toLowerCase();
  if (noun.pos !== 'NOUN' || DOCUMENT_NOUNS.has(noun.lemma) || DOCUMENT_NOUNS.has(lower) || UNNAMED_SOURCE_NOUNS.has(lower)) return null;
  let start = head;
  while (start > 0 && indexes.includes(start - 1) && ['ADJ', 'NOUN'].includes(tokens[start - 1]!.pos)) start--;
  const article = tokens[start - 1];
  if (!article || !indexes.includes(start - 1) || !/^(?:the|a|an|one|another)$/i.test(article.text)) return null;
  // "the engineer" is whoever holds the role (`rolePhrase`); "one steward" is someone unnamed.
  if (/^the$/i.test(article.text) && isTitleWord(lower)) return null;
  if (sentence.mentions.some((mention) => mention.lastToken >= start - 1 && mention.firstToken <= head)) return null;
  return { name: sentence.text.slice(article.start, noun.end), entity: null, kind: 'unnamed' };
}

/** Nouns for people who speak for an institution. */
const SPOKES_NOUNS: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman']);

/** Common nouns for kinds of place: a name in apposition to one is a place ("the town, Dunmore,"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'county', 'country', 'state', 'region', 'province', 'district', 'capital', 'island', 'borough',
  'municipality', 'port', 'nation', 'territory', 'suburb', 'neighbourhood', 'neighborhood', 'area', 'site', 'river', 'valley',
]);

/** "the contractor, Hallbrook Civil,": a name right after "the NOUN," whose noun is no kind of place. */
function appositiveOfNonPlace(sentence: CorpusSentence, mention: NameMention): boolean {
  const tokens = sentence.tokens;
  const noun = tokens[mention.firstToken - 2];
  if (tokens[mention.firstToken - 1]?.text !== ',' || !noun || noun.pos !== 'NOUN' || PLACE_NOUNS.has(noun.text.toLowerCase())) return false;
  if (tokens[mention.lastToken + 1]?.text !== ',') return false;
  let at = mention.firstToken - 3;
  while (at >= 0 && ['ADJ', 'NOUN'].includes(tokens[at]!.pos)) at--;
  return at >= 0 && (tokens[at]!.pos === 'DET' || /^['’]s$/.test(tokens[at]!.text));
}

/** Whether the sentence's "according to" phrase names a translation or an interpreter ("according to a translation by X"). */
function translationCue(tokens: readonly Token[]): boolean {
  const cue = sourceCue(tokens);
  if (cue === null) return false;
  for (let index = cue; index < tokens.length && index <= cue + 3; index++) {
    if (TRANSLATION_NOUNS.has(tokens[index]!.text.toLowerCase())) return true;
    if (tokens[index]!.pos !== 'DET' && tokens[index]!.pos !== 'ADJ') return false;
  }
  return false;
}

/**
 * The tokens before an opening mark that belong to the last clause, when an earlier quotation of the same
 * sentence closes before them: "“…,” X said, but Y was not convinced: “…”" is introduced by "Y was not
 * convinced", not by the first quote's tag. A clause starts after a semicolon or a comma and a conjunction.
 */
function lastClauseAfterQuote<T extends { token: Token }>(sentence: CorpusSentence, before: T[], earlierClose: number | undefined): T[] {
  if (earlierClose === undefined) return before;
  for (let position = before.length - 1; position > 0; position--) {
    const { token } = before[position]!;
    if (token.start <= earlierClose) break;
    const breaks = token.text === ';' || (['CCONJ', 'SCONJ'].includes(token.pos) && /^(?:but|and|while|yet|whereas|though|although)$/i.test(token.text) && before[position - 1]!.token.text === ',');
    // "X said …, but added that …", "…, and described it as …", "…, but that this was …": a clause with no subject
    // of its own (a verb, or "that", right after the conjunction) goes on with the sentence's subject.
    if (breaks && token.text !== ';' && subjectless(before.slice(position + 1).map(({ token: next }) => next))) return before;
    if (breaks) return before.slice(position + 1);
  }
  void sentence;
  return before;
}

/** Whether a clause opens with no subject: a verb (adverbs aside), or "that" going on from a verb of saying before. */
function subjectless(clause: readonly Token[]): boolean {
  let at = 0;
  while (clause[at]?.pos === 'ADV') at++;
  const first = clause[at];
  return first !== undefined && (first.pos === 'VERB' || (first.pos === 'SCONJ' && /^that$/i.test(first.text)) || (first.pos === 'AUX' && clause[at + 1]?.pos === 'VERB'));
}

/** "Gordon Water's operations director, X, said …": a possessor only describes someone else, whom "he" or "she" means. */
function isPossessor(sentence: CorpusSentence, mention: NameMention): boolean {
  return /^['’]s?$/.test(sentence.tokens[mention.lastToken + 1]?.text ?? '');
}

/**
 * The role a name is set after, with a comma: "The Minister of Agriculture, Oriane Castell," gives her the
 * title "Minister of Agriculture", as "Agriculture Minister Oriane Castell" would. The phrase opens with "the"
 * or a possessive and ends, or has its head before "of"/"for", in a role word.
 */
function appositiveTitle(sentence: CorpusSentence, mention: NameMention): string | null {
  const tokens = sentence.tokens;
  if (tokens[mention.firstToken - 1]?.text !== ',') return null;
  let start = mention.firstToken - 2;
  while (start >= 0 && start >= mention.firstToken - 8 && (['NOUN', 'PROPN', 'ADJ'].includes(tokens[start]!.pos) || (/^\p{Lu}\p{Ll}/u.test(tokens[start]!.text) && tokens[start]!.pos !== 'DET') || /^(?:of|for)$/i.test(tokens[start]!.text))) start--;
  const opener = tokens[start];
  if (!opener || !(/^the$/i.test(opener.text) || /^['’]s?$/.test(opener.text))) return null;
  const words = tokens.slice(start + 1, mention.firstToken - 1);
  const head = words.findIndex((token, index) => isTitleWord(token.text) && (index === words.length - 1 || /^(?:of|for)$/i.test(words[index + 1]!.text)));
  if (words.length === 0 || head < 0 || /^(?:of|for)$/i.test(words[0]!.text)) return null;
  return sentence.text.slice(words[0]!.start, words.at(-1)!.end);
}

/**
 * Whether a sentence has a name speak as a person does: the subject of a verb of saying, right after the name
 * or after a clause set off by commas ("X, whose son …, said"); a name set after a role and a comma ("the
 * chamber's chair, X"); or the name "according to" gives.
 */
function speaksAsPerson(sentence: CorpusSentence, mention: NameMention): boolean {
  const tokens = sentence.tokens;
  const isSaying = (token: Token | undefined) => token !== undefined && token.pos === 'VERB' && isSpeechVerb(token.text.toLowerCase(), token.lemma);
  let next = mention.lastToken + 1;
  while (['ADV', 'AUX'].includes(tokens[next]?.pos ?? '')) next++;
  if (isSaying(tokens[next])) return true;
  // "The Minister of Agriculture, Oriane Castell, said": the name set after the comma is the one who speaks.
  if (tokens[mention.lastToken + 1]?.text === ',' && !sentence.mentions.some((other) => other.firstToken === mention.lastToken + 2)) {
    // "X, who …, said": the first verb of saying after a comma that closes the clause.
    for (let index = mention.lastToken + 1; index < tokens.length && index <= mention.lastToken + 24; index++) {
      if (/^[.;:!?]$/.test(tokens[index]!.text) || QUOTE_MARK.test(tokens[index]!.text)) break;
      if (tokens[index]!.text !== ',') continue;
      let verb = index + 1;
      while (['ADV', 'AUX'].includes(tokens[verb]?.pos ?? '')) verb++;
      if (isSaying(tokens[verb])) return true;
    }
  }
  const before = tokens[mention.firstToken - 1];
  if (before?.text === ',' && isTitleWord(tokens[mention.firstToken - 2]?.text ?? '')) return true;
  const cue = sourceCue(tokens);
  return cue !== null && (cue === mention.firstToken || (cue < mention.firstToken && before?.text === ',' && tokens.slice(cue, mention.firstToken - 1).every((token) => !/^[.;:!?]$/.test(token.text))));
}

/** Whether the sentence itself names the speaker (not a pronoun resolved to someone earlier). */
function isNamedSubject(sentence: CorpusSentence, speaker: Speaker): boolean {
  return speaker.entity !== null && sentence.mentions.some((mention) => speaker.entity!.variants.includes(mention.name));
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whose', 'which', 'whom']);

/** Conjunctions after which a verb shares the subject of the clause before. */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'yet']);

/** The index of the token before `index`, adverbs skipped ("and later described"). */
function precedingWord(tokens: readonly Token[], index: number): number {
  let at = index - 1;
  while (at >= 0 && tokens[at]!.pos === 'ADV') at--;
  return at;
}

/** Relative clauses set in commas (", who chairs the board,", ", whose children attend it,"): the index of each opening comma and of the comma that closes it. */
function relativeClauses(tokens: readonly Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  tokens.forEach((token, at) => {
    if (token.text !== ',' || !RELATIVE_PRONOUNS.has(tokens[at + 1]?.text.toLowerCase() ?? '')) return;
    const close = tokens.findIndex((other, index) => index > at + 1 && /^[,;:.!?]$/.test(other.text));
    if (close !== -1 && tokens[close]!.text === ',') spans.push([at, close]);
  });
  return spans;
}

/** The indexes without the tokens of a bracketed aside ("(DNSA)", "(pictured)"), brackets included; an unclosed bracket is kept. */
function withoutBrackets(tokens: readonly Token[], indexes: number[]): number[] {
  const out: number[] = [];
  for (let position = 0; position < indexes.length; position++) {
    if (tokens[indexes[position]!]!.text !== '(') {
      out.push(indexes[position]!);
      continue;
    }
    const close = indexes.findIndex((index, at) => at > position && tokens[index]!.text === ')');
    if (close === -1 || close - position > MAX_TAG_TOKENS) out.push(indexes[position]!);
    else position = close;
  }
  return out;
}

/**
 * The tokens without a relative clause that closes right before the verb ("X, who runs the Y
 * agency, told …"): it sits between a subject and its verb, and names other things.
 */
function withoutRelativeClause(tokens: readonly Token[], indexes: number[]): number[] {
  let end = indexes.length - 1;
  while (end >= 0 && ['ADV', 'AUX', 'PART'].includes(tokens[indexes[end]!]!.pos)) end--;
  if (end < 0 || tokens[indexes[end]!]!.text !== ',') return indexes;
  for (let position = end - 1; position > 0; position--) {
    const text = tokens[indexes[position]!]!.text;
    if (/^[,;:.!?]$/.test(text)) {
      const opener = tokens[indexes[position + 1]!]!;
      // ", who chairs …," or an appositive after a name (", a lawmaker for …,").
      const afterName = tokens[indexes[position - 1]!]!.pos === 'PROPN';
      const endsInRole = isTitleWord(tokens[indexes[end - 1]!]!.text);
      // ", chief economist at Y,": an appositive may open with its role word, no article before it.
      const appositive = afterName && ((opener.pos === 'DET' && /^(?:a|an)$/i.test(opener.text)) || endsInRole || (isTitleWord(opener.text) && /^\p{Ll}/u.test(opener.text)));
      if (text === ',' && (RELATIVE_PRONOUNS.has(opener.text.toLowerCase()) || appositive)) return [...indexes.slice(0, position), ...indexes.slice(end + 1)];
      return indexes;
    }
  }
  return indexes;
}

type Gender = 'female' | 'male';
const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { she: 'female', he: 'male' };
const otherGender = (gender: Gender): Gender => (gender === 'female' ? 'male' : 'female');
const FEMALE_TITLE = /(?:^|\s)(?:mrs|ms|miss|madam|madame|dame|lady|\p{L}*woman|\p{L}*wife|queen|princess|duchess|sister)\.?(?:\s|$)/iu;
const MALE_TITLE = /(?:^|\s)(?:mr|sir|lord|(?:chair|spokes|council|alder|congress|assembly|committee|select|police|fire|business|anchor|fore)man|king|prince|duke|brother)\.?(?:\s|$)/iu;
const givenNameGender = new Map<string, Gender | null>();

/**
 * A person's gender as the article marks it, or null: a gendered title or honorific the articles
 * give them ("Councilwoman", "Mr"), else (`byGivenName`) their given name as compromise's lexicon knows it.
 */
export function genderOf(speaker: Speaker, byGivenName = true): Gender | null {
  const titles = speaker.entity?.titles ?? [];
  const female = titles.some((title) => FEMALE_TITLE.test(title));
  const male = titles.some((title) => MALE_TITLE.test(title));
  if (female !== male) return female ? 'female' : 'male';
  if (!byGivenName) return null;
  const given = speaker.name.split(/\s+/)[0]!;
  if (speaker.name.split(/\s+/).length < 2) return null;
  let known = givenNameGender.get(given);
  if (known === undefined) {
    const tagged = nlpCompromise(given);
    known = tagged.has('#FemaleName') && !tagged.has('#MaleName') ? 'female' : tagged.has('#MaleName') && !tagged.has('#FemaleName') ? 'male' : null;
    givenNameGender.set(given, known);
  }
  return known;
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

/** "to Petrov", "with the ministry", "of the Riverside Tenants' Union": a name inside a prepositional phrase. */
function objectOfPreposition(tokens: readonly Token[], firstToken: number, skipNames = false): boolean {
  let index = firstToken - 1;
  // A possessor before the name belongs to the same phrase ("of the Riverside Tenants' Union").
  if (index > 0 && /^['’]s?$/.test(tokens[index]!.text) && ['PROPN', 'NOUN'].includes(tokens[index - 1]!.pos)) {
    index--;
    while (index >= 0 && ['PROPN', 'NOUN'].includes(tokens[index]!.pos)) index--;
  }
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
  // Noun modifiers too: "a police spokeswoman", "the ministry's spokesman".
  while (start > 0 && (['ADJ', 'DET', 'NUM', 'NOUN', 'PROPN'].includes(sentence.tokens[start - 1]!.pos) || /^['’]s$/.test(sentence.tokens[start - 1]!.text) || TITLE_WORDS.has(sentence.tokens[start - 1]!.text.toLowerCase()))) start--;
  // And whom they speak for: "a spokesperson for the ministry", "officials at the port authority".
  let end = index;
  if (['for', 'of', 'at', 'from'].includes(sentence.tokens[index + 1]?.text.toLowerCase() ?? '')) {
    let at = index + 2;
    while (at < sentence.tokens.length && at <= index + 7 && (['ADJ', 'DET', 'NOUN', 'PROPN'].includes(sentence.tokens[at]!.pos) || /^['’]s?$/.test(sentence.tokens[at]!.text))) at++;
    if (at > index + 2 && ['NOUN', 'PROPN'].includes(sentence.tokens[at - 1]!.pos)) end = at - 1;
  }
  return sentence.text.slice(sentence.tokens[start]!.start, sentence.tokens[end]!.end);
}

/**
 * A subject that names an institution by a common noun, ending the given tokens: "the union",
 * "Ruritania's foreign ministry", "police". Its words are the speaker (no entity), so that the
 * reader sees who spoke even where the article does not name it here.
 */
function institutionSubject(sentence: CorpusSentence, indexes: readonly number[]): { speaker: Speaker; start: number } | null {
  const last = indexes.at(-1);
  if (last === undefined) return null;
  const head = sentence.tokens[last]!;
  if (!['NOUN', 'PROPN'].includes(head.pos) || !ORGANIZATION_WORDS.has(head.text.toLowerCase())) return null;
  let start = last;
  while (start > 0 && indexes.includes(start - 1) && (['ADJ', 'DET', 'NOUN', 'PROPN'].includes(sentence.tokens[start - 1]!.pos) || /^['’]s?$/.test(sentence.tokens[start - 1]!.text))) start--;
  return { speaker: { name: sentence.text.slice(sentence.tokens[start]!.start, head.end), entity: null, kind: 'institution' }, start };
}

/** Nouns naming an office one person holds at a time, which a definite role phrase refers to. */
const OFFICE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'chancellor', 'premier',
  'ambassador', 'envoy', 'senator', 'governor', 'mayor', 'adviser', 'advisor', 'chief', 'director', 'commander', 'king',
  'queen', 'chairman', 'chairwoman', 'chair', 'admiral', 'prosecutor', 'pope', 'monarch', 'ruler', 'head', 'judge',
]);
/**
 * Heads of a role phrase: offices, and the role nouns of titles ("the city engineer" is the
 * person the article calls "City Engineer …"; with nobody so titled, no one).
 */
const ROLE_HEADS: ReadonlySet<string> = new Set([...OFFICE_HEADS, ...ROLE_NOUNS]);

/** Heads that stand for other titles: "the Valdorian leader" may be its president or prime minister. */
const HEAD_EQUIVALENTS: Readonly<Record<string, readonly string[]>> = {
  leader: ['leader', 'president', 'premier', 'chancellor', 'king', 'queen', 'monarch', 'ruler', 'prime'],
  ruler: ['ruler', 'president', 'king', 'queen', 'monarch', 'leader'],
  // "the judge" is whoever the article titles "Judge …" or, in British courts, "Mr Justice …".
  judge: ['judge', 'justice'],
  adviser: ['adviser', 'advisor'],
  advisor: ['adviser', 'advisor'],
};
/** Words that make a different office of the same head ("deputy foreign minister" is not "the foreign minister"). */
const RANK_WORDS: ReadonlySet<string> = new Set(['deputy', 'vice', 'former', 'acting', 'assistant', 'first', 'junior', 'shadow', 'ex']);

/** A definite role phrase: "the U.S. president", "the secretary of state", "the Valdorian leader". */
export interface RolePhrase {
  /** The office noun, lower case ("president"). */
  head: string;
  /** Other lower-case words of the office ("foreign", "state" in "secretary of state"). */
  specifiers: string[];
  /** Capitalised qualifiers: places, demonyms, institutions ("U.S.", "Valdorian"). */
  qualifiers: string[];
  first: number;
  last: number;
}

/**
 * Finds "the [qualifiers] HEAD [of X]" among the given tokens: a definite description of an
 * office, not followed by a name (which names the person itself) nor a possessive. With
 * `atEnd`, the phrase must end the tokens, auxiliaries and adverbs aside ("the president has").
 */
export function rolePhrase(sentence: CorpusSentence, indexes: readonly number[], atEnd: boolean): RolePhrase | null {
  const tokens = sentence.tokens;
  const inside = new Set(indexes);
  for (let position = atEnd ? indexes.length - 1 : 0; atEnd ? position >= 0 : position < indexes.length; position += atEnd ? -1 : 1) {
    const the = indexes[position]!;
    if (tokens[the]!.text.toLowerCase() !== 'the') continue;
    let at = the + 1;
    const specifiers: string[] = [];
    const qualifiers: string[] = [];
    while (inside.has(at) && at <= the + 6) {
      const token = tokens[at]!;
      const lower = token.text.toLowerCase();
      // "the chief engineer", "the finance director": an office word before another role noun qualifies it.
      const nextText = tokens[at + 1]?.text ?? '';
      const beforeAnotherRole = inside.has(at + 1) && /^\p{Ll}/u.test(nextText) && (ROLE_HEADS.has(nextText) || isRoleNoun(nextText));
      if (ROLE_HEADS.has(lower) && !beforeAnotherRole && !/^\p{Lu}/u.test(token.text.slice(1)) && tokens[at + 1]?.pos !== 'PROPN' && !/^['’]s$/.test(nextText)) {
        let last = at;
        if (tokens[at + 1]?.text.toLowerCase() === 'of' && inside.has(at + 2) && ['NOUN', 'PROPN'].includes(tokens[at + 2]!.pos) && !/^\p{Lu}/u.test(tokens[at + 2]!.text)) {
          specifiers.push(tokens[at + 2]!.text.toLowerCase());
          last = at + 2;
        }
        if (atEnd && !indexes.slice(indexes.indexOf(last) + 1).every((index) => ['AUX', 'ADV', 'PART'].includes(tokens[index]!.pos))) break;
        return { head: lower, specifiers, qualifiers, first: the, last };
      }
      // "the U.S.-backed", "the ministry's spokesman"
      if (token.text === '-' || token.text === '.' || (/^['’]s$/.test(token.text) && qualifiers.length + specifiers.length > 0)) {
        at++;
        continue;
      }
      if (isHonorific(token.text)) break;
      if (/^\p{Lu}/u.test(token.text) && !isTitleWord(token.text)) qualifiers.push(token.text);
      else if (isTitleWord(lower) || token.pos === 'ADJ' || token.pos === 'NOUN') specifiers.push(lower);
      else break;
      at++;
    }
  }
  return null;
}

/** A headline's bare office as its subject ("Governor promises …", "Chief Engineer warns …"): headlines drop "the". */
function headlineRole(sentence: CorpusSentence, indexes: readonly number[], opening = true): RolePhrase | null {
  // A headline, a heading, or the article's first line set like one (no full stop).
  const titleLine = sentence.block === 'headline' || sentence.block === 'heading' || (sentence.index === 0 && !/[.!?…]\P{L}*$/u.test(sentence.text));
  if (!titleLine) return null;
  if (indexes.length === 0 || (opening && indexes[0] !== 0) || indexes.length > 3) return null;
  const words = indexes.map((index) => sentence.tokens[index]!.text);
  const head = words.at(-1)!.toLowerCase();
  // Opening the headline: capitalised title words ("Chief Engineer warns"); after a quote, any case, the words
  // before the office qualifying it ("harbour master vows").
  const qualifies = opening
    ? words.every((word) => /^\p{Lu}/u.test(word) && isTitleWord(word))
    : indexes.every((index, position) => (position === 0 || index === indexes[position - 1]! + 1) && ['NOUN', 'PROPN', 'ADJ'].includes(sentence.tokens[index]!.pos));
  if (!ROLE_HEADS.has(head) || !qualifies) return null;
  return { head, specifiers: words.slice(0, -1).map((word) => word.toLowerCase()), qualifiers: [], first: 0, last: indexes.at(-1)! };
}

/**
 * Whether a title the articles give someone ("U.S. President", "Deputy Foreign Minister",
 * "Secretary of State") fits a role phrase: it has the office (or an equivalent), every word
 * of the role's office, the same rank, and no other place or institution where the role names one.
 */
export function titleMatches(title: string, role: RolePhrase): boolean {
  const words = title.split(/\s+/).filter(Boolean);
  const lower = new Set(words.map((word) => word.toLowerCase()));
  const heads = HEAD_EQUIVALENTS[role.head] ?? [role.head];
  if (!heads.some((head) => lower.has(head))) return false;
  if (!role.specifiers.filter((word) => isTitleWord(word)).every((word) => lower.has(word))) return false;
  for (const rank of RANK_WORDS) if (lower.has(rank) !== role.specifiers.includes(rank)) return false;
  if (role.qualifiers.length > 0 && titleQualifiers(title).length > 0 && !sharesQualifier(title, role)) return false;
  return true;
}

function titleQualifiers(title: string): string[] {
  return title
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word) && !isTitleWord(word))
    .map(qualifierKey);
}

/** Whether a title names one of the role's places or institutions. */
function sharesQualifier(title: string, role: RolePhrase): boolean {
  const wanted = new Set(role.qualifiers.map(qualifierKey));
  return titleQualifiers(title).some((qualifier) => wanted.has(qualifier));
}

/** The United States is written many ways in titles and roles ("U.S. President", "the American president"). */
const UNITED_STATES = new Set(['us', 'usa', 'american', 'america']);

function qualifierKey(word: string): string {
  const plain = fold(word).replace(/\./g, '').replace(/['’]s$/, '');
  return UNITED_STATES.has(plain) ? 'us' : demonymRoot(plain);
}
