import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { analyzeArticles } from '../analysis/analyze.ts';
import { speakerMatches } from '../analysis/evaluate.ts';
import { normaliseForMatching } from '../text/typography.ts';
import type { Comparison } from '../schemas/comparison.ts';
import { readArticleSentences } from '../markdown/pipeline.ts';
import type { ArticleBlock } from '../schemas/article-block.ts';
import type { IngestLabels } from '../schemas/ingest-labels.ts';
import { blockTexts } from './article-stats.ts';
import { decodeReferences } from './text/read-text.ts';
import { ingestArticles, type IngestedArticle, type IngestOptions } from './ingest-articles.ts';

/** One labelled fixture: its raw file and what a reader sees in it. */
export interface IngestCase {
  name: string;
  /** The raw file's name (its extension says whether it is a page or text). */
  fileName: string;
  bytes: Uint8Array;
  labels: IngestLabels;
}

/** A count of labelled items and how many came out right. */
export interface Tally {
  right: number;
  total: number;
}

/** How one case was read. */
export interface IngestCaseScore {
  name: string;
  headlineRight: boolean;
  headline: string | null;
  /** Labelled furniture lines that reach a reporting sentence (one that can be in a claim). */
  furnitureInReporting: string[];
  furniture: number;
  paragraphs: Tally;
  words: Tally;
  intact: Tally;
  rows: Tally;
  /** Labelled quotations found in the analysis, and of those, found with the labelled speaker. */
  quotes: Tally;
  speakers: Tally;
  /** Saved pages: the metadata fields (outlet, authors, date, URL) read as labelled, a null read as null. */
  metadata: Tally;
  /**
   * The other side of furniture: sentences of the text that no label calls furniture (the body, as
   * the labels see it), and how many of them stay reporting. A rule that marks too much shows here.
   */
  body: Tally;
  /** Body sentences read as furniture, one line each. */
  bodyLost: string[];
  /** What went wrong, one line each (quotations and metadata apart). */
  misses: string[];
  /** Metadata fields read otherwise than labelled, one line each. */
  metadataMisses: string[];
  /** Quotations not found or found with another speaker, one line each. */
  quoteMisses: string[];
}

/** A set of cases scored together. */
export interface IngestScore {
  cases: IngestCaseScore[];
  headlines: Tally;
  /** `right` counts furniture lines kept out of reporting. */
  furniture: Tally;
  paragraphs: Tally;
  words: Tally;
  intact: Tally;
  rows: Tally;
  quotes: Tally;
  speakers: Tally;
  metadata: Tally;
  body: Tally;
}

const normalise = (text: string) => text.replace(/\s+/gu, ' ').trim();
const lower = (text: string) => normalise(text).toLowerCase();

/**
 * Scores the ingest on labelled fixtures: headlines right, furniture lines kept out of the
 * sentences that can be claims (the analysis's reporting sentences), hard-wrapped paragraphs
 * joined right (each labelled paragraph begins a paragraph and ends where the next begins),
 * words re-joined or kept whole, quotations kept whole across wrapped lines, table rows kept as
 * rows. Each case is ingested alone, with no provenance entry (`options`: as the ingest reads, e.g. by its rules alone).
 */
export function evaluateIngest(cases: readonly IngestCase[], rawDir = 'fixtures', options: IngestOptions = {}): IngestScore {
  const scored = cases.map((fixture) => scoreCase(fixture, rawDir, options));
  const sum = (pick: (score: IngestCaseScore) => Tally): Tally =>
    scored.reduce((total, score) => ({ right: total.right + pick(score).right, total: total.total + pick(score).total }), { right: 0, total: 0 });
  return {
    cases: scored,
    headlines: { right: scored.filter((score) => score.headlineRight).length, total: scored.length },
    furniture: sum((score) => ({ right: score.furniture - score.furnitureInReporting.length, total: score.furniture })),
    paragraphs: sum((score) => score.paragraphs),
    words: sum((score) => score.words),
    intact: sum((score) => score.intact),
    rows: sum((score) => score.rows),
    quotes: sum((score) => score.quotes),
    speakers: sum((score) => score.speakers),
    metadata: sum((score) => score.metadata),
    body: sum((score) => score.body),
  };
}

function scoreCase(fixture: IngestCase, rawDir: string, options: IngestOptions): IngestCaseScore {
  const result = ingestArticles([{ name: fixture.fileName, bytes: fixture.bytes }], { articles: [] }, rawDir, undefined, options);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const article = result.articles[0]!;
  const { labels } = fixture;
  const misses: string[] = [];
  const headline = article.frontmatter.headline;
  const headlineRight = (headline === null ? null : normalise(headline)) === (labels.headline === null ? null : normalise(labels.headline));
  if (!headlineRight) misses.push(`headline: read ${JSON.stringify(headline)}, labelled ${JSON.stringify(labels.headline)}`);
  const source = new TextDecoder().decode(fixture.bytes);
  const comparison = analyseAlone(article);
  const furnitureInReporting = furnitureReachingReporting(article, labels.furniture, /\.html?$/i.test(fixture.fileName) ? visibleText(source) : decodeReferences(source), comparison);
  for (const line of furnitureInReporting) misses.push(`furniture in a reporting sentence: ${line}`);

  const blocks = article.blocks;
  const texts = blocks.flatMap(blockTexts).map(normalise);
  const paragraphs = paragraphTally(blocks, labels.paragraphs ?? [], misses);
  const words = tally(labels.words ?? [], (word) => texts.some((text) => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(normalise(word))}(?![\\p{L}\\p{N}-])`, 'u').test(text)), 'word not in the text as labelled', misses);
  const intact = tally(labels.intact ?? [], (quote) => texts.some((text) => text.includes(normalise(quote))), 'quotation not whole in one block', misses);
  const rows = tally(labels.rows ?? [], (row) => blocks.some((block) => block.type === 'paragraph' && normalise(block.text) === normalise(row)), 'table row not a paragraph of its own', misses);
  const quoteMisses: string[] = [];
  let found = 0;
  let speakers = 0;
  for (const label of labels.quotes) {
    const anchor = quoteWords(label.anchor);
    const quote = comparison.quotes.find((candidate) => quoteWords(candidate.text).includes(anchor) || (candidate.text.length >= 20 && anchor.includes(quoteWords(candidate.text))));
    if (!quote) {
      quoteMisses.push(`quotation not found: ${label.anchor}`);
      continue;
    }
    found++;
    if (speakerMatches(quote.speaker, label.speaker)) speakers++;
    else quoteMisses.push(`quotation by ${label.speaker}, read as by ${quote.speaker ?? 'nobody'}: ${label.anchor}`);
  }
  const metadataMisses = labels.metadata ? metadataDifferences(article, labels.metadata) : [];
  const { body, lost: bodyLost } = bodyKept(comparison, labels);
  return {
    name: fixture.name,
    headlineRight,
    headline,
    furnitureInReporting,
    furniture: labels.furniture.length,
    paragraphs,
    words,
    intact,
    rows,
    quotes: { right: found, total: labels.quotes.length },
    speakers: { right: speakers, total: found },
    metadata: labels.metadata ? { right: METADATA_FIELDS.length - metadataMisses.length, total: METADATA_FIELDS.length } : { right: 0, total: 0 },
    body,
    misses,
    quoteMisses,
    metadataMisses,
    bodyLost,
  };
}

/**
 * Sentences of seven words or more that no label calls furniture or the headline, and which of them the reading kept as
 * reporting. A sentence is the labels' furniture when it lies inside a furniture line or holds one
 * (of at least eight characters: "Share" inside a sentence is a word, not the share bar).
 */
function bodyKept(comparison: Comparison, labels: IngestLabels): { body: Tally; lost: string[] } {
  const furniture = labels.furniture.map(lower);
  const headline = labels.headline === null ? null : lower(labels.headline);
  const isFurniture = (text: string) => furniture.some((line) => line.includes(text) || (line.length >= 8 && text.includes(line)));
  const body = comparison.sentences.filter((sentence) => {
    const text = lower(sentence.text);
    // Sentences of seven words or more: shorter lines (a tag, a time, a dateline, a post's signature)
    // are where labels are least complete, and a rule that eats the body eats sentences.
    return text.split(' ').length >= 7 && text !== headline && !(headline !== null && headline.includes(text)) && !isFurniture(text);
  });
  const lost = body.filter((sentence) => !sentence.reporting).map((sentence) => normalise(sentence.text));
  return { body: { right: body.length - lost.length, total: body.length }, lost };
}

const METADATA_FIELDS = ['outlet', 'authors', 'publishedDate', 'url'] as const;

/** The metadata fields read otherwise than the labels say (no authors read is the same as none stated). */
function metadataDifferences(article: IngestedArticle, wanted: NonNullable<IngestLabels['metadata']>): string[] {
  const front = article.frontmatter;
  const read = { outlet: front.outlet, authors: front.authors, publishedDate: front.publishedDate, url: front.url };
  const labelled = { outlet: wanted.outlet, authors: wanted.authors ?? [], publishedDate: wanted.publishedDate, url: wanted.url };
  return METADATA_FIELDS.filter((field) => JSON.stringify(read[field]) !== JSON.stringify(labelled[field])).map(
    (field) => `${field}: read ${JSON.stringify(read[field])}, labelled ${JSON.stringify(labelled[field])}`,
  );
}

function tally(items: readonly string[], right: (item: string) => boolean, problem: string, misses: string[]): Tally {
  let count = 0;
  for (const item of items) {
    if (right(item)) count++;
    else misses.push(`${problem}: ${item}`);
  }
  return { right: count, total: items.length };
}

/**
 * A labelled paragraph is right when a paragraph block begins with it and the next one begins with the next label (or none follows the last).
 * An opening quotation mark is left out on both sides: labels give a paragraph's opening with it or without it.
 */
function paragraphTally(blocks: readonly ArticleBlock[], openings: readonly string[], misses: string[]): Tally {
  const opening = (text: string) => normalise(text).replace(/^["'“‘«„]+\s*/u, '');
  const starts = blocks.filter((block) => block.type === 'paragraph' || block.type === 'turn').map((block) => opening(block.text));
  let right = 0;
  openings.forEach((label, at) => {
    const index = starts.findIndex((start) => start.startsWith(opening(label)));
    const next = openings[at + 1];
    const ends = index !== -1 && (next === undefined || starts[index + 1]?.startsWith(opening(next)) === true);
    if (ends) right++;
    else misses.push(`paragraph not joined right: ${label}`);
  });
  return { right, total: openings.length };
}

/** The analysis of one article on its own, as the site would publish it. */
function analyseAlone(article: IngestedArticle): Comparison {
  const { id, sourceFile, outlet, headline, url, title, outletLabel, provenanceBasis, publishedDate } = article.frontmatter;
  const sentences = readArticleSentences(article.markdown.replace(/^---\n[\s\S]*?\n---\n/, ''), article.fileName);
  return analyzeArticles([{ id, sourceFile, outlet, headline, url, title, outletLabel, provenanceBasis, publishedDate, sentences }]);
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) count++;
  return count;
}

/**
 * The labelled furniture lines that reach a reporting sentence of the analysis: a reporting
 * sentence (the headline aside) that is the line, part of it, or holds it. Text a file prints
 * twice (a pull quote repeating the body) is furniture once and reporting once: a line counts
 * only when more reporting sentences match it than the file has other copies of it.
 */
export function furnitureReachingReporting(article: IngestedArticle, furniture: readonly string[], visibleSource: string, comparison = analyseAlone(article)): string[] {
  const reporting = comparison.sentences.filter((sentence) => sentence.reporting && sentence.block !== 'headline').map((sentence) => lower(sentence.text));
  const page = lower(visibleSource);
  return furniture.filter((line) => {
    const wanted = lower(line);
    const copies = occurrences(page, wanted);
    const whole = reporting.filter((sentence) => sentence === wanted || (wanted.length >= 20 && sentence.includes(wanted))).length;
    // A sentence inside the line may be the page's other copy of those words (a live blog's key-events
    // line repeats an entry's title): it counts only for the sentences beyond the copies printed elsewhere.
    const inside = new Map<string, number>();
    for (const sentence of reporting) if (sentence !== wanted && sentence.length >= 12 && wanted.includes(sentence)) inside.set(sentence, (inside.get(sentence) ?? 0) + 1);
    let part = 0;
    for (const [sentence, count] of inside) part += Math.max(0, count - Math.max(0, occurrences(page, sentence) - copies));
    return whole + part > Math.max(0, copies - 1);
  });
}

/** The text of a page as a reader sees it: scripts, styles and the head left out. */
export function visibleText(html: string): string {
  const out: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text') out.push(node.value);
    if (node.type === 'element' && ['script', 'style', 'template', 'title', 'head'].includes(node.tagName)) return;
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromHtml(html));
  return out.join(' ');
}

/**
 * A quotation's words as matched against a label: marks normalised, and the punctuation that closes it
 * (",", ".", ";", ":") left out on both sides, since a quotation found may end before the comma or stop a
 * labeller wrote inside the marks ("… first," he said).
 */
export function quoteWords(text: string): string {
  return normaliseForMatching(text).replace(/[\s,.;:]+$/u, '');
}
