import { FURNITURE_BLOCKS, type SentenceBlock } from '../markdown/nodes.ts';
import type { RenderedSentence } from '../markdown/remark-sentences.ts';
import type { ComparisonArticle } from '../schemas/comparison.ts';
import { compareCodeUnits } from '../ingest/article-id.ts';
import { resolveEntities, type EntityIndex, type MentionRef } from './entities.ts';
import { findNameMentions, type NameMention } from './names.ts';
import { tokenize, type Token } from './tokens.ts';

/** An article as the analysis receives it: what the collection knows, and its rendered sentences. */
export interface AnalysisArticle extends Omit<ComparisonArticle, 'reviewed'> {
  sentences: readonly RenderedSentence[];
  /** SHA-256 of the raw file's bytes, when known: the review record is checked against it. */
  sha256?: string;
}

/** Blocks whose sentences carry reporting, as opposed to labels, signatures and link titles. */
export const REPORTING_BLOCKS: ReadonlySet<SentenceBlock> = new Set([
  'headline',
  'heading',
  'list-item',
  'paragraph',
  'social-post',
  'video-title',
  'video-caption',
]);

/** Blocks that are titles, the only place where title case ("Leaders Agree To Talks") is written. */
const TITLE_BLOCKS: ReadonlySet<SentenceBlock> = new Set(['headline', 'heading', 'video-title', 'related-link']);

/** A sentence with everything the extractors need to know about it. */
export interface CorpusSentence {
  /** `<articleId>/<anchor>`. */
  id: string;
  articleId: string;
  anchor: string;
  /** Position in the article, from 0. */
  index: number;
  text: string;
  block: SentenceBlock;
  /** Identifies the block within the article: sentences sharing it share a paragraph. */
  blockIndex: number;
  postAuthor: string | null;
  reporting: boolean;
  /** A title with most words capitalised ("Leaders Agree To Talks"): capitals then say little about names. */
  titleCase: boolean;
  tokens: Token[];
  mentions: NameMention[];
}

export interface Corpus {
  articles: Array<Omit<AnalysisArticle, 'sentences'>>;
  sentences: CorpusSentence[];
  /** Sentences of each article, in reading order. */
  byArticle: Map<string, CorpusSentence[]>;
  byId: Map<string, CorpusSentence>;
  entities: EntityIndex;
}

/** Tokenises every sentence, finds names and resolves them into entities across all articles. */
export function prepareCorpus(input: readonly AnalysisArticle[]): Corpus {
  const articles = [...input].sort((a, b) => compareCodeUnits(a.sourceFile, b.sourceFile));
  const sentences: CorpusSentence[] = [];
  const byArticle = new Map<string, CorpusSentence[]>();
  for (const { sentences: rendered, ...article } of articles) {
    const list = rendered.map((sentence, index): CorpusSentence => {
      const tokens = tokenize(sentence.text);
      // Page furniture (bylines, credits) names the outlet's staff, not the people in the story.
      const collectsNames = sentence.block !== 'social-post-attribution' && !FURNITURE_BLOCKS.has(sentence.block);
      return {
        id: `${article.id}/${sentence.anchor}`,
        articleId: article.id,
        anchor: sentence.anchor,
        index,
        text: sentence.text,
        block: sentence.block,
        blockIndex: sentence.blockIndex,
        postAuthor: sentence.postAuthor ?? null,
        reporting: REPORTING_BLOCKS.has(sentence.block),
        titleCase: TITLE_BLOCKS.has(sentence.block) && isTitleCase(tokens),
        tokens,
        mentions: collectsNames ? findNameMentions(sentence.text, tokens) : [],
      };
    });
    byArticle.set(article.id, list);
    sentences.push(...list);
  }
  const refs: MentionRef[] = sentences.flatMap((sentence) =>
    sentence.mentions.map((mention) => ({
      articleId: sentence.articleId,
      sentenceId: sentence.id,
      mention,
      sentenceInitial: sentence.tokens.slice(0, mention.firstToken).every((token) => token.pos === 'PUNCT'),
      titleCase: sentence.titleCase,
    })),
  );
  return {
    articles: articles.map(({ sentences: _sentences, ...article }) => article),
    sentences,
    byArticle,
    byId: new Map(sentences.map((sentence) => [sentence.id, sentence])),
    entities: resolveEntities(refs, lowercaseWords(sentences)),
  };
}

/** Every word the articles write starting with a lower-case letter, folded to lower case. */
function lowercaseWords(sentences: readonly CorpusSentence[]): Set<string> {
  const out = new Set<string>();
  for (const sentence of sentences) {
    for (const token of sentence.tokens) if (token.type === 'word' && /^\p{Ll}/u.test(token.text)) out.add(token.text.toLowerCase());
  }
  return out;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs.', 'via']);

/** Whether most longer words are capitalised, as in "Leaders Agree To Talks On Trade". */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.type === 'word' && !SMALL_WORDS.has(token.text.toLowerCase()));
  if (words.length < 3) return false;
  const capitalised = words.filter((token) => /^\p{Lu}/u.test(token.text)).length;
  return capitalised / words.length >= 0.75;
}
