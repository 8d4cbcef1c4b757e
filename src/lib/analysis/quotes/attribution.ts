import type { Attribution, AttributionKind } from '../../schemas/comparison.ts';
import type { Corpus, CorpusSentence } from '../corpus.ts';
import { findQuoteSpans } from './quote-spans.ts';
import type { FoundQuote } from './quotes.ts';
import { SpeakerResolver } from './speakers.ts';
import type { Speaker } from './types.ts';

/** Words that mark a claim as resting on sources the article does not name. */
const UNNAMED_CUES =
  /\b(?:reportedly|allegedly|purportedly|is said to|are said to|it is understood|people familiar with|(?:unnamed|anonymous) (?:sources?|officials?)|sources? (?:said|say|told|close to)|according to (?:sources|officials|reports))\b/i;

/** The share of a sentence's characters inside one quote above which the sentence is that quote. */
const QUOTED_SENTENCE_SHARE = 0.5;

/**
 * Decides, for every sentence, whom it relies on: a named person, a named institution, an
 * unnamed source, another outlet or agency, an embedded post's author, or the outlet's own
 * voice. A sentence that is mostly a quotation relies on its speaker; otherwise
 * "according to …", then the subject of a speech verb, then a partial quote's speaker, then
 * cues such as "reportedly" decide; a sentence with none of these is the outlet's own voice.
 */
export function attributeSentences(corpus: Corpus, quotes: readonly FoundQuote[]): Map<string, Attribution> {
  const out = new Map<string, Attribution>();
  const quotesOf = new Map<string, FoundQuote[]>();
  for (const quote of quotes) {
    for (const id of quote.sentenceIds) quotesOf.set(id, [...(quotesOf.get(id) ?? []), quote]);
  }
  for (const sentences of corpus.byArticle.values()) {
    const resolver = new SpeakerResolver(corpus, sentences);
    for (const sentence of sentences) {
      const own = quotesOf.get(sentence.id) ?? [];
      const attribution = attribute(sentence, own, resolver);
      out.set(sentence.id, attribution);
      for (const quote of own) if (quote.speaker) resolver.remember(sentence, quote.speaker);
    }
  }
  return out;
}

function attribute(sentence: CorpusSentence, quotes: readonly FoundQuote[], resolver: SpeakerResolver): Attribution {
  if (!sentence.reporting) return ownVoice();
  const post = quotes.find((quote) => quote.isPost);
  if (sentence.block === 'social-post') {
    return { kind: 'embedded-post', source: post?.speaker?.name ?? sentence.postAuthor, entityId: post?.speaker?.entity?.id ?? null, cue: 'embedded post' };
  }
  const spans = findQuoteSpans(sentence.text);
  const quotedChars = spans.reduce((sum, span) => sum + (span.end - span.start), 0);
  const main = quotes.filter((quote) => !quote.isPost && !quote.partial && quote.speaker)[0];
  if (main?.speaker && quotedChars / Math.max(1, sentence.text.length) >= QUOTED_SENTENCE_SHARE) {
    return fromSpeaker(main.speaker, 'quoted');
  }
  const outside = (token: { start: number }) => !spans.some((span) => token.start >= span.open && token.start <= (span.close ?? sentence.text.length));
  const statement = resolver.statementSource(sentence, outside);
  if (statement) return fromSpeaker(statement.speaker, statement.cue);
  const partial = quotes.find((quote) => !quote.isPost && quote.speaker);
  if (partial?.speaker) return fromSpeaker(partial.speaker, 'quoted');
  const unnamed = UNNAMED_CUES.exec(sentence.text);
  if (unnamed) return { kind: 'unnamed-source', source: null, entityId: null, cue: unnamed[0] };
  return ownVoice();
}

function fromSpeaker(speaker: Speaker, cue: string): Attribution {
  let kind: AttributionKind;
  if (speaker.kind === 'unnamed') kind = 'unnamed-source';
  else if (speaker.entity?.kind === 'outlet') kind = 'other-outlet';
  else if (speaker.kind === 'person') kind = 'named-person';
  else kind = 'named-institution';
  return { kind, source: speaker.kind === 'unnamed' ? speaker.name : speaker.name, entityId: speaker.entity?.id ?? null, cue };
}

function ownVoice(): Attribution {
  return { kind: 'own-voice', source: null, entityId: null, cue: null };
}
