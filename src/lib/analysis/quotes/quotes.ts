import type { SpeakerMethod } from '../../schemas/comparison.ts';
import type { Corpus, CorpusSentence } from '../corpus.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import { isSpeechVerb, SpeakerResolver, speakerKind, type Block } from './speakers.ts';

export type { FoundQuote, Speaker } from './types.ts';
import type { FoundQuote, Speaker } from './types.ts';

/** Words before a quote that introduce it as a statement ("said, “…”", "emphasizing, “…”"). */
const INTRODUCED = /(?:\p{L}+[,:]|:)\s*$/u;
/** Ways of finding a speaker from the quote's own sentence, as opposed to its neighbours. */
const STRONG_METHODS: ReadonlySet<SpeakerMethod> = new Set(['said-after', 'said-before', 'according-to', 'possessive-source']);
const SENTENCE_END = /[.!?…]["'”’)]*\s*$/u;

/**
 * Finds every quotation in every article and who said it.
 *
 * Speakers are found, in order of preference: a speech tag after the quote ("…,” Petrov said",
 * "…,” said the minister", "…” was noted by X"); "according to X" in the sentence; a speech
 * verb before the quote ("X said that “…”"), whose subject is the nearest name that is not the
 * object of a preposition; a document's issuer ("the ministry's readout said"); the speaker of
 * a quote just before, for a quote that goes on in the next sentence or paragraph; and the
 * speaker of the nearest earlier sentence for a quote that stands alone under a label. "He"
 * and "she" resolve to the last person speaking or acting in the sentences before; "it" and
 * "they" to the last institution. Each embedded post is also one quote by its author.
 */
export function findQuotes(corpus: Corpus): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  for (const [articleId, sentences] of corpus.byArticle) {
    const resolver = new SpeakerResolver(corpus, sentences);
    let previous: FoundQuote | undefined;
    let runningOn: FoundQuote | undefined;
    let post: FoundQuote | undefined;
    for (const block of blocksOf(sentences)) {
      const first = block.sentences[0]!;
      if (first.block === 'social-post') {
        const started = postQuote(corpus, articleId, block, post);
        if (started) {
          post = started;
          quotes.push(started);
          resolver.remember(first, started.speaker);
        }
      }
      const spans = findQuoteSpans(block.text);
      spans.forEach((span, spanIndex) => {
        const covered = block.sentences.filter((_, index) => {
          const start = block.offsets[index]!;
          const end = start + block.sentences[index]!.text.length;
          return start < span.end && end > span.start;
        });
        if (covered.length === 0) return;
        const raw = block.text.slice(span.start, span.end);
        const text = raw.replace(/[,\s]+$/u, '');
        if (text === '') return;
        // A quote left open at the end of the previous paragraph goes on here; its speech tag,
        // usually after the closing mark, names the speaker better than anything before it.
        if (runningOn && spanIndex === 0 && span.open === 0) {
          runningOn.text = `${runningOn.text} ${text}`;
          runningOn.sentenceIds.push(...covered.map((sentence) => sentence.id));
          const tagged = resolver.speakerFor(block, span, spans, undefined);
          if (tagged.speaker && STRONG_METHODS.has(tagged.method) && !STRONG_METHODS.has(runningOn.speakerMethod)) {
            runningOn.speaker = tagged.speaker;
            runningOn.speakerMethod = tagged.method;
          }
          if (span.close !== null) runningOn = undefined;
          return;
        }
        let found = resolver.speakerFor(block, span, spans, previous);
        // Inside an embedded post, words quoted without a tag of their own are the author's.
        if (first.block === 'social-post' && first.postAuthor && !STRONG_METHODS.has(found.method)) {
          found = { speaker: postSpeaker(corpus, first.postAuthor), method: 'post-author' };
        }
        const quote: FoundQuote = {
          articleId,
          sentenceIds: covered.map((sentence) => sentence.id),
          text,
          speaker: found.speaker,
          speakerMethod: found.speaker ? found.method : 'none',
          partial: isPartial(block.text, span.open, covered.length),
          isPost: false,
        };
        // Quotations inside this one that its speaker introduces as someone's ("he said, ‘…’"): listed before it,
        // as the narrower quotation of those words.
        quotes.push(...nestedQuotes(resolver, articleId, block, span, quote), quote);
        previous = quote;
        runningOn = span.close === null ? quote : undefined;
        const closing = covered.at(-1)!;
        resolver.remember(closing, quote.speaker);
      });
      if (spans.length === 0) runningOn = undefined;
    }
    const own = quotes.filter((quote) => quote.articleId === articleId);
    attributeRepeats(own);
    attributeQuotedHeadings(corpus, own);
  }
  return quotes;
}

/** The quotations inside an outer one whose speaker the outer speaker's words name ("he said, ‘…’"). */
function nestedQuotes(resolver: SpeakerResolver, articleId: string, block: Block, outer: QuoteSpan, quote: FoundQuote): FoundQuote[] {
  if (quote.isPost) return [];
  const inside = block.text.slice(outer.start, outer.end);
  return findQuoteSpans(inside).flatMap((found) => {
    const inner = { open: outer.start + found.open, start: outer.start + found.start, end: outer.start + found.end };
    const text = block.text.slice(inner.start, inner.end).replace(/[,\s]+$/u, '');
    if (text === '' || found.close === null) return [];
    // Only someone named, other than the outer speaker: unnamed people's words are the outer speaker's report.
    const speaker = resolver.nestedSpeaker(block, inner, outer, quote.speaker);
    if (!speaker || speaker.entity === null || speaker.entity === quote.speaker?.entity) return [];
    const sentenceIds = block.sentences.filter((_, index) => block.offsets[index]! < inner.end && block.offsets[index]! + block.sentences[index]!.text.length > inner.start).map((sentence) => sentence.id);
    return [{ articleId, sentenceIds, text, speaker, speakerMethod: 'said-before' as const, partial: true, isPost: false, nested: true }];
  });
}

/** A repeat must share at least this many words with its original, so that "No." repeats nothing. */
const MIN_REPEAT_WORDS = 4;

/**
 * Pull quotes: a quotation the article repeats ("“Nobody can watch every harbor.”" set apart
 * above or below the paragraph that gives it with its speech tag) takes the speaker of the
 * attributed original, wherever that stands in the article, unless its own sentence names a
 * speaker. A repeat is the same words, or the original's words cut short, or the reverse.
 */
export function attributeRepeats(quotes: readonly FoundQuote[]): void {
  // Words quoted inside a quotation are repeated by it, not an original of it.
  const attributed = quotes.filter((quote) => quote.speaker && STRONG_METHODS.has(quote.speakerMethod) && !quote.isPost && !quote.nested);
  for (const quote of quotes) {
    if (quote.isPost || quote.nested || STRONG_METHODS.has(quote.speakerMethod) || quote.speakerMethod === 'post-author') continue;
    const words = comparable(quote.text);
    if (wordCount(words) < MIN_REPEAT_WORDS) continue;
    const original = attributed.find((candidate) => {
      if (candidate === quote) return false;
      const other = comparable(candidate.text);
      return other.includes(words) || (wordCount(other) >= MIN_REPEAT_WORDS && words.includes(other));
    });
    if (original) {
      quote.speaker = original.speaker;
      quote.speakerMethod = 'repeated-quote';
    }
  }
}

/** How far below a heading the quote it announces may stand, in sentences. */
const HEADING_REACH = 3;

/**
 * A heading that is nothing but a quotation ("‘Every house will be searched’" over a live-blog
 * entry) announces words the entry below attributes: it takes the speaker of the first quote
 * in the next few sentences whose speaker its own sentence names.
 */
export function attributeQuotedHeadings(corpus: Corpus, quotes: readonly FoundQuote[]): void {
  for (const quote of quotes) {
    if (quote.isPost || STRONG_METHODS.has(quote.speakerMethod) || quote.sentenceIds.length !== 1) continue;
    const sentence = corpus.byId.get(quote.sentenceIds[0]!)!;
    // A heading, or a line set out like one: the quote alone, with no full stop.
    const headingLike = sentence.block === 'heading' || sentence.block === 'headline' || (sentence.block === 'paragraph' && !/[.!?…]\P{L}*$/u.test(sentence.text));
    if (!headingLike) continue;
    if (comparable(sentence.text) !== comparable(quote.text)) continue;
    const below = quotes.find((other) => {
      const first = corpus.byId.get(other.sentenceIds[0]!)!;
      return other !== quote && !other.nested && STRONG_METHODS.has(other.speakerMethod) && first.index > sentence.index && first.index <= sentence.index + HEADING_REACH;
    });
    if (below) {
      quote.speaker = below.speaker;
      quote.speakerMethod = 'quoted-heading';
    }
  }
}

function wordCount(padded: string): number {
  return padded.trim().split(' ').length;
}

/** Lower-case words only, single-spaced, for telling whether one quotation repeats another. */
function comparable(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** A new quote for an embedded post, or undefined when the block continues the post `last`. */
function postQuote(corpus: Corpus, articleId: string, block: Block, last: FoundQuote | undefined): FoundQuote | undefined {
  const author = block.sentences[0]!.postAuthor;
  // Paragraphs of one post arrive as consecutive blocks: extend the post quote already started.
  if (last && last.articleId === articleId && author && last.speaker?.name === postSpeaker(corpus, author).name) {
    const lastSentence = corpus.byId.get(last.sentenceIds.at(-1)!)!;
    if (lastSentence.index === block.sentences[0]!.index - 1) {
      last.text = `${last.text} ${block.text}`;
      last.sentenceIds.push(...block.sentences.map((sentence) => sentence.id));
      return undefined;
    }
  }
  return {
    articleId,
    sentenceIds: block.sentences.map((sentence) => sentence.id),
    text: block.text,
    speaker: author ? postSpeaker(corpus, author) : null,
    speakerMethod: author ? 'post-author' : 'none',
    partial: false,
    isPost: true,
  };
}

function postSpeaker(corpus: Corpus, author: string): Speaker {
  const entity = corpus.entities.lookup(author);
  // Only a full-name match: an account called "X Posts From …" is not X.
  if (entity && entity.variants.some((variant) => variant === author)) return { name: entity.name, entity, kind: speakerKind(entity) };
  return { name: author, entity: null, kind: 'person' };
}

/** Reporting paragraphs of an article: runs of sentences that share a block. */
export function blocksOf(sentences: readonly CorpusSentence[]): Block[] {
  const blocks: Block[] = [];
  for (const sentence of sentences) {
    const current = blocks.at(-1);
    if (current && current.sentences[0]!.blockIndex === sentence.blockIndex) {
      current.offsets.push(current.text.length + 1);
      current.text += ` ${sentence.text}`;
      current.sentences.push(sentence);
    } else {
      blocks.push({ sentences: [sentence], text: sentence.text, offsets: [0] });
    }
  }
  return blocks.filter((block) => block.sentences[0]!.reporting);
}

/**
 * A partial quote is a few quoted words inside the outlet's own sentence. A quote is full when
 * it spans sentences, opens a sentence, or follows a speech verb and a comma or colon.
 */
function isPartial(text: string, open: number, sentenceCount: number): boolean {
  if (sentenceCount > 1) return false;
  const before = text.slice(0, open);
  if (before.trim() === '' || SENTENCE_END.test(before)) return false;
  if (before.trim().endsWith(':')) return false;
  if (INTRODUCED.test(before)) {
    const word = before.trim().replace(/[,:]$/, '').split(/\s+/).at(-1)!.toLowerCase();
    if (isSpeechVerb(word)) return false;
  }
  return true;
}



