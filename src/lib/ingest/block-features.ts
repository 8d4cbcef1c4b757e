import type { ArticleBlock } from '../schemas/article-block.ts';
import { nlp } from '../text/nlp.ts';
import { blockTexts, countWords } from './article-stats.ts';
import { contentStems, titleEvidence } from './headline-evidence.ts';

/** A paragraph of at least this many words is the story's own prose (a line of chrome is shorter). */
const STORY_WORDS = 15;

/** The names of `blockFeatures`' values, in order (for the fitted model's file and its report). */
export const BLOCK_FEATURES = [
  'words (log)',
  'ends a sentence',
  'closed-class share',
  'has a verb',
  'capitalised share',
  'digit share',
  'address or handle',
  'separator marks',
  'quotation mark',
  'addresses the reader',
  'sentences (log)',
  'in capitals',
  'opens with a number or mark',
  'before the story',
  'after the story',
  'story prose before',
  'story prose after',
  'shares words with the story',
] as const;

/** What a block's text and place say about it, as numbers: `BLOCK_FEATURES` in order. */
export type BlockFeatures = number[];

/**
 * Features of each block of an article that tell the page's furniture from the story's text, by
 * shape and place only (never by particular words), in the spirit of jusText: prose is long, has
 * verbs and many closed-class words, ends its sentences and shares words with the story; chrome is
 * short, capitalised, full of numbers, addresses and separators, and sits before or after the story.
 * Blocks with no text of their own get an empty row.
 */
export function blockFeatures(blocks: readonly ArticleBlock[], story: readonly boolean[] = storyProse(blocks)): BlockFeatures[] {
  const texts = blocks.map((block) => blockTexts(block).join('\n'));
  const firstStory = story.indexOf(true);
  const lastStory = story.lastIndexOf(true);
  const storyStems = new Map<string, number>();
  texts.forEach((text, at) => {
    if (!story[at]) return;
    for (const stem of new Set(contentStems(text))) storyStems.set(stem, (storyStems.get(stem) ?? 0) + 1);
  });
  return texts.map((text, at) => {
    if (text.trim() === '') return [];
    const own = new Set(contentStems(text));
    // Words the rest of the story uses (a story paragraph's own words do not count for it).
    const shared = [...own].filter((stem) => (storyStems.get(stem) ?? 0) - (story[at] ? 1 : 0) > 0).length;
    return [
      ...textFeatures(text),
      firstStory === -1 || at < firstStory ? 1 : 0,
      lastStory !== -1 && at > lastStory ? 1 : 0,
      story[at - 1] ? 1 : 0,
      story[at + 1] ? 1 : 0,
      own.size === 0 ? 0 : shared / own.size,
    ];
  });
}

/** The features of a text alone, the first thirteen of `BLOCK_FEATURES`. */
function textFeatures(text: string): number[] {
  const { its } = nlp();
  const doc = nlp().readDoc(text);
  const tokens = doc.tokens();
  const types = tokens.out(its.type) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const tags = tokens.out(its.pos) as string[];
  const values = tokens.out(its.value) as string[];
  const wordAt = types.flatMap((type, at) => (type === 'word' ? [at] : []));
  const words = Math.max(1, wordAt.length);
  const trimmed = text.trim();
  const letters = text.replace(/[^\p{L}]/gu, '');
  return [
    Math.log1p(countWords(text)),
    /[.!?…]["'”’»)\]]*$/u.test(trimmed) ? 1 : 0,
    wordAt.filter((at) => stops[at]).length / words,
    tags.some((tag) => tag === 'VERB' || tag === 'AUX') ? 1 : 0,
    wordAt.filter((at) => /^\p{Lu}/u.test(values[at]!)).length / words,
    (trimmed.match(/\p{N}/gu)?.length ?? 0) / Math.max(1, trimmed.length),
    /https?:\/\/|www\.|\S+@\S+\.\S+|(?:^|\s)@\w|\.(?:com|org|net|example)\b/iu.test(trimmed) ? 1 : 0,
    /[|•·›»→]|\s[/-]\s/u.test(trimmed) ? 1 : 0,
    /["“”«»„]/u.test(trimmed) ? 1 : 0,
    /\b(?:you|your|yours)\b/iu.test(trimmed) ? 1 : 0,
    Math.log1p(doc.sentences().length()),
    letters.length >= 2 && !/\p{Ll}/u.test(letters) ? 1 : 0,
    /^\s*(?:\p{N}|[[(#*•·>|-])/u.test(text) ? 1 : 0,
  ];
}

/**
 * Which blocks are the story's own prose: paragraphs (and a transcript's turns) of `STORY_WORDS` words or
 * more. `blockFeatures` and `modelCandidates` both read the story's place from it; compute it once for both.
 */
export function storyProse(blocks: readonly ArticleBlock[]): boolean[] {
  return blocks.map((block) => (block.type === 'paragraph' || block.type === 'turn') && countWords(blockTexts(block).join('\n')) >= STORY_WORDS);
}

/** A statement this long that ends its sentence and has a verb reads as reporting wherever it stands. */
const SENTENCE_WORDS = 4;

/** A sentence of the story's kind: `SENTENCE_WORDS` words or more, a verb, and a full stop, question or exclamation mark at its end. */
function isReportedSentence(text: string): boolean {
  if (countWords(text) < SENTENCE_WORDS || !/[.!?]["'”’»)\]]*$/u.test(text.trim())) return false;
  const { its } = nlp();
  return (nlp().readDoc(text).tokens().out(its.pos) as string[]).some((tag) => tag === 'VERB' || tag === 'AUX');
}

/** A heading shares at least this many of its words with the paragraph under it, and this share of them. */
const MIN_HEADING_SHARED = 2;
const MIN_HEADING_SHARE = 0.3;

/** A heading whose words the paragraph under it takes up. */
function headsParagraph(heading: string, paragraph: string): boolean {
  const evidence = titleEvidence(heading, new Set(contentStems(paragraph)));
  return evidence.shared >= MIN_HEADING_SHARED && evidence.shared >= MIN_HEADING_SHARE * evidence.words;
}

/** The number of cells of a table row ("a | b | c"), 0 for a block that is none. */
function cells(block: ArticleBlock | undefined): number {
  return block?.type === 'paragraph' ? block.text.split(' | ').length - 1 : 0;
}

/** A row of a table: a paragraph of cells beside another of as many. */
export function isTableRow(blocks: readonly ArticleBlock[], at: number): boolean {
  const own = cells(blocks[at]);
  return own > 0 && (cells(blocks[at - 1]) === own || cells(blocks[at + 1]) === own);
}

/**
 * The blocks a furniture model may set apart: paragraphs (not rows of a table, which are data) and
 * headings outside the story's prose. A heading between paragraphs of the story is the story's own
 * structure ("What happens next"), whatever its words, and a title line directly under the headline is its
 * deck; elsewhere above or below the story a heading may be chrome's.
 */
export function modelCandidates(blocks: readonly ArticleBlock[], story: readonly boolean[] = storyProse(blocks)): boolean[] {
  const first = story.indexOf(true);
  const last = story.lastIndexOf(true);
  // Furniture is the page's around a story: a text with no paragraph of the story's length has nothing to set it apart from.
  if (first === -1) return blocks.map(() => false);
  return blocks.map((block, at) => {
    if (block.type === 'paragraph') return !isTableRow(blocks, at) && !isReportedSentence(block.text);
    // Directly under the headline, a title line is its deck: the story's.
    if (blocks[at - 1]?.type === 'headline') return false;
    if (block.type !== 'subheading' || (at > first && at < last)) return false;
    // A heading whose words come back in the paragraph under it is that paragraph's ("Eleven dead, 143 injured").
    const next = blocks[at + 1];
    return !(next?.type === 'paragraph' && headsParagraph(block.text, next.text));
  });
}
