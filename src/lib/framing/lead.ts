import { countWords } from '../ingest/article-stats.ts';

/** What lead extraction needs of a sentence. `block` is a plain string so that block kinds added later still pass. */
export interface OpeningSentence {
  id: string;
  block: string;
  reporting: boolean;
  text: string;
}

/** An article's opening: its headline and its lead. */
export interface ArticleOpening {
  /** The headline's sentences, empty when the file has none. */
  headlineSentenceIds: string[];
  /** The lead's sentences, in reading order. */
  leadSentenceIds: string[];
  /** Words in the lead. */
  leadWords: number;
}

/** The lead is the opening run of body prose: a section label or any other reporting block ends it. */
const LEAD_BREAKS: ReadonlySet<string> = new Set(['section-label']);

/**
 * Finds an article's headline and lead. The body starts at the first reporting paragraph, so
 * key-point bullets, a video caption or anything else printed above it is not the lead; page
 * furniture (a byline, a dateline, a timestamp: never reporting) is skipped wherever it sits.
 * From there, sentences of the body's prose join the lead while the middle of each falls within
 * `leadWords` words of the body's start, which keeps the lead nearest to that length without
 * cutting a sentence; the first always joins. An article with no paragraph starts its body at
 * its first reporting sentence after the headline.
 */
export function articleOpening(sentences: readonly OpeningSentence[], leadWords: number): ArticleOpening {
  const headlineSentenceIds = sentences.filter((sentence) => sentence.block === 'headline').map((sentence) => sentence.id);
  let start = sentences.findIndex((sentence) => sentence.reporting && sentence.block === 'paragraph');
  if (start < 0) start = sentences.findIndex((sentence) => sentence.reporting && sentence.block !== 'headline');
  const leadSentenceIds: string[] = [];
  let words = 0;
  if (start < 0) return { headlineSentenceIds, leadSentenceIds, leadWords: 0 };
  const bodyBlock = sentences[start]!.block;
  for (const sentence of sentences.slice(start)) {
    if (LEAD_BREAKS.has(sentence.block)) break;
    if (!sentence.reporting) continue;
    if (sentence.block !== bodyBlock) break;
    const length = countWords(sentence.text);
    if (leadSentenceIds.length > 0 && words + length / 2 > leadWords) break;
    leadSentenceIds.push(sentence.id);
    words += length;
  }
  return { headlineSentenceIds, leadSentenceIds, leadWords: words };
}

/**
 * Where each reporting sentence starts in its article: the share (0–1) of the article's
 * reporting words before it. The headline is left out (it stands above the text, at 0), so
 * "the first third" means the first third of what the outlet reports below it.
 */
export function sentencePositions(sentences: readonly OpeningSentence[]): Map<string, number> {
  const body = sentences.filter((sentence) => sentence.reporting && sentence.block !== 'headline');
  const lengths = body.map((sentence) => countWords(sentence.text));
  const total = lengths.reduce((sum, length) => sum + length, 0);
  const positions = new Map<string, number>(sentences.filter((sentence) => sentence.block === 'headline').map((sentence) => [sentence.id, 0]));
  let before = 0;
  body.forEach((sentence, at) => {
    positions.set(sentence.id, total === 0 ? 0 : before / total);
    before += lengths[at]!;
  });
  return positions;
}
