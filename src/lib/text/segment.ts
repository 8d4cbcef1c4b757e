import { nlp } from './nlp.ts';
import { CALENDAR_WORDS, isHonorific, SPEECH_VERBS } from './lexicon.ts';

/** One sentence of a block: its exact text and where it sits in the block's text. */
export interface SentenceSpan {
  /** Offset of the first character (UTF-16 code units). */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** `text.slice(start, end)`: the sentence exactly as written, without surrounding space. */
  text: string;
}

const OPENS_SENTENCE = /^[\p{L}\p{N}"'“‘«»„‚‹›(\[¿¡$€£¥#@]/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;
const CLOSES_WITH_QUOTED_QUESTION = /[?!…]["'”’»«“‘‹›]$/u;
const WORD = /[\p{L}\p{N}’'-]+/gu;

/**
 * Splits a block of prose into sentences.
 *
 * wink-nlp's tokenizer does the real work: it knows abbreviations ("U.S.", "Dr.", "Jan."),
 * decimals and ellipses inside sentences. Its output is then repaired where news prose trips
 * it up, and every non-space character of `text` ends up in exactly one sentence:
 * - no space between two pieces ("pic.twitter.com") means they are one token run, not two sentences;
 * - a piece that cannot open a sentence (punctuation, a lowercase word) continues the previous one;
 * - a quoted question closed by a short speech tag (`…the border?" Lopez asked.`) stays one sentence;
 * - a full stop the tokenizer read as part of an abbreviation does end a sentence where what
 *   follows says so (`missedBoundaries`): "…costs $4.2m. A grant…", "…at 6 a.m. Passengers…".
 */
export function segmentSentences(text: string): SentenceSpan[] {
  if (text.trim() === '') return [];
  const pieces: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  for (const sentence of nlp().readDoc(text).sentences().out()) {
    const trimmed = sentence.trim();
    if (trimmed === '') continue;
    const start = text.indexOf(trimmed, cursor);
    if (start < 0) continue; // cannot place it: the coverage pass below keeps its text anyway
    pieces.push({ start, end: start + trimmed.length });
    cursor = start + trimmed.length;
  }
  const covered = coverAllText(text, pieces).flatMap((piece) => missedBoundaries(text, piece));
  const merged: Array<{ start: number; end: number }> = [];
  for (const piece of covered) {
    const previous = merged.at(-1);
    if (previous && continuesPrevious(text, previous, piece)) previous.end = piece.end;
    else merged.push({ ...piece });
  }
  return merged.map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
}

/** A full stop after a figure ("$4.2m.", "£11m.", "2.4k.", "in 1990."), then a capitalised word. */
const AFTER_FIGURE = /(?<=(?:^|[\s(])[$€£¥]?\d[\d.,]*\p{Ll}{0,3})\.\s+(?=["“‘'«„]?\p{Lu})/gu;
/** A full stop after "a.m." / "p.m." or after "no" (not "No. 3"), then a capitalised word. */
const AFTER_ABBREVIATION = /(?<=\b(?:[ap]\.m|[Nn]o))\.\s+(?=["“‘'«„]?(\p{Lu}[\p{L}'’-]*)(\s+\S+)?)/gu;
/** Capitalised words that go on a time of day's sentence ("6 p.m. Eastern", "9 a.m. GMT"). */
const TIME_ZONE_WORDS: ReadonlySet<string> = new Set(['eastern', 'central', 'mountain', 'pacific', 'atlantic', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'et', 'pt', 'ct', 'local']);

/**
 * Splits a piece where the tokenizer kept a sentence end as an abbreviation's full stop: a figure
 * ending a sentence ("…costs $4.2m. A $3m grant…"), "a.m."/"p.m." before a new sentence (not
 * before a day, a month, a time zone or "… time"), and "no." before anything but a number.
 */
function missedBoundaries(text: string, piece: { start: number; end: number }): Array<{ start: number; end: number }> {
  const slice = text.slice(piece.start, piece.end);
  const cuts = new Set<number>();
  for (const match of slice.matchAll(AFTER_FIGURE)) cuts.add(match.index + 1);
  for (const match of slice.matchAll(AFTER_ABBREVIATION)) {
    const [, word = '', following = ''] = match;
    const isNumberSign = /^no$/i.test(slice.slice(Math.max(0, match.index - 2), match.index));
    if (isNumberSign && /^\p{N}/u.test(word)) continue;
    if (!isNumberSign && (CALENDAR_WORDS.has(word.toLowerCase()) || TIME_ZONE_WORDS.has(word.toLowerCase()) || /^\s+time\b/i.test(following))) continue;
    cuts.add(match.index + 1);
  }
  if (cuts.size === 0) return [piece];
  const parts: Array<{ start: number; end: number }> = [];
  let start = piece.start;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const end = piece.start + cut;
    parts.push({ start, end });
    start = end + (slice.slice(cut).length - slice.slice(cut).trimStart().length);
  }
  parts.push({ start, end: piece.end });
  return parts;
}

/** Extends pieces so that no non-space character falls between or around them. */
function coverAllText(text: string, pieces: Array<{ start: number; end: number }>) {
  const out: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  for (const piece of pieces) {
    const gap = text.slice(cursor, piece.start);
    if (gap.trim() !== '') {
      const previous = out.at(-1);
      const gapStart = cursor + (gap.length - gap.trimStart().length);
      if (previous) previous.end = cursor + gap.trimEnd().length;
      else out.push({ start: gapStart, end: cursor + gap.trimEnd().length });
    }
    out.push({ ...piece });
    cursor = piece.end;
  }
  const tail = text.slice(cursor);
  if (tail.trim() !== '') {
    const previous = out.at(-1);
    const tailEnd = cursor + tail.trimEnd().length;
    if (previous) previous.end = tailEnd;
    else out.push({ start: cursor + (tail.length - tail.trimStart().length), end: tailEnd });
  }
  return out;
}

function continuesPrevious(
  text: string,
  previous: { start: number; end: number },
  next: { start: number; end: number },
): boolean {
  if (next.start === previous.end) return true;
  const nextText = text.slice(next.start, next.end);
  if (!OPENS_SENTENCE.test(nextText) || STARTS_LOWERCASE.test(nextText)) return true;
  const previousText = text.slice(previous.start, previous.end);
  // "… said Rev. Anselm Osgood": an abbreviated honorific's full stop before a name ends no sentence.
  const lastWord = /(?:^|\s)(\p{Lu}\p{Ll}{1,4})\.$/u.exec(previousText)?.[1];
  if (lastWord && isHonorific(lastWord) && /^\p{Lu}\p{Ll}/u.test(nextText)) return true;
  return CLOSES_WITH_QUOTED_QUESTION.test(previousText) && isSpeechTag(nextText);
}

/** "Lopez asked." / "the minister said." : a short clause whose only job is to name a speaker. */
function isSpeechTag(sentence: string): boolean {
  const words = sentence.match(WORD) ?? [];
  return words.length <= 5 && /[.!]$/.test(sentence) && words.some((word) => SPEECH_VERBS.has(word.toLowerCase()));
}
