import type { ArticleBlock } from '../schemas/article-block.ts';
import { itsHelper, nlp } from '../text/nlp.ts';
import { countWords } from './article-stats.ts';
import { isTitleShape } from './line-shapes.ts';

/** The story's first paragraph has at least this many words (a salutation or an issue line is shorter). */
const LEDE_WORDS = 15;
/** The opening of the story a title is checked against: its first paragraphs, up to this many words. */
const OPENING_WORDS = 250;
/** A title over a story shares at least this many of its words with the story's opening… */
const MIN_SHARED = 3;
/** …and at least this share of its words. */
const MIN_SHARE = 0.4;
/** A title below the one read replaces it when its evidence is this many times as strong. */
const MARGIN = 1.5;
/** A headline borne out by this many words of the opening keeps its place over the title line under it (its deck). */
const MIN_DECK_SHARED = 2;

/** How far a line's words are borne out by the story's opening. */
export interface TitleEvidence {
  /** Distinct words of the line (stems, no closed-class words) that the opening uses. */
  shared: number;
  /** Distinct words of the line, stems of its open-class words and its numbers. */
  words: number;
  /** `shared × shared / words`: many of its words, and mostly its words. */
  score: number;
}

/**
 * The headline a story's own text bears out. A headline names what the story is about, so its
 * words come back in the story's first paragraphs; a masthead, a tagline, a site's search box, a
 * section's name or a newsletter's issue line does not. When the line read as the headline is
 * weakly borne out by the opening and a title line between it and the first paragraph is
 * strongly borne out (`MIN_SHARED` words and `MIN_SHARE` of its own, `MARGIN` times the
 * evidence), that line is the headline; the lines above it are the page's (the line read before
 * becomes the masthead, headings become labels, the short paragraphs there — an issue line, a greeting —
 * furniture). When
 * no headline was read, a strongly borne-out title line directly over the story becomes it. No
 * words of any particular layout are looked for: only what the file's own story repeats.
 * A label run into the headline that the story never uses ("HED:", "UPDATE 1-") is set apart (`withoutRunInLabel`).
 * A list above the headline that lists the headline itself is the file's index (a database export's list of
 * documents, a newsletter's "in this issue"): the page's. Blocks are only re-labelled (a list item as a line
 * with its marker): no character moves.
 */
export function confirmHeadline(blocks: readonly ArticleBlock[]): ArticleBlock[] {
  const lede = ledeIndex(blocks);
  if (lede <= 0) return withoutIndexAbove(blocks);
  // A label run into the headline the story never uses ("HED:", "UPDATE 1-") is set apart.
  return withoutIndexAbove(withoutRunInLabel(chooseHeadline(blocks, lede), openingWords(blocks.slice(lede))));
}

/**
 * The headline the story's opening bears out (see `confirmHeadline`). A title line may have been read
 * together with the page's lines around it (an app's breadcrumb over it, a terminal's time stamp under
 * it): the line of such a block that the opening bears out best is tried on its own, and kept apart only
 * when it is then the headline.
 */
function chooseHeadline(blocks: readonly ArticleBlock[], lede: number): ArticleBlock[] {
  const opening = openingStems(blocks.slice(lede));
  const apart = titleLineApart(blocks, lede, opening);
  if (apart) {
    const chosen = chooseAmongBlocks(apart.blocks, lede + apart.added, opening);
    if (chosen[apart.at]?.type === 'headline') return chosen;
  }
  return chooseAmongBlocks(blocks, lede, opening);
}

/** Block types whose lines may hold a title read together with the page's lines. */
const MIXED_BLOCKS: ReadonlySet<ArticleBlock['type']> = new Set(['boilerplate', 'paragraph', 'section-label']);

/**
 * Above the lede, the first title-shaped line of a block of several lines that the opening bears out strongly
 * (of such blocks, the one it bears out best), set apart as a heading between the block's lines before and after it. No character moves.
 */
function titleLineApart(blocks: readonly ArticleBlock[], lede: number, opening: ReadonlySet<string>): { blocks: ArticleBlock[]; at: number; added: number } | null {
  let found: { at: number; line: number; score: number } | null = null;
  blocks.slice(0, lede).forEach((block, at) => {
    if (!MIXED_BLOCKS.has(block.type) || !('text' in block) || !block.text.includes('\n')) return;
    // The first such line of a block: a title over its deck, which spells out more of the story's words.
    const lines = block.text.split('\n');
    const index = lines.findIndex((line) => isTitleShape(line) && isStrong(titleEvidence(line, opening)));
    const score = index === -1 ? 0 : titleEvidence(lines[index]!, opening).score;
    if (index !== -1 && score > (found?.score ?? 0)) found = { at, line: index, score };
  });
  if (found === null) return null;
  const { at, line } = found as { at: number; line: number };
  const block = blocks[at] as Extract<ArticleBlock, { type: 'boilerplate' | 'paragraph' | 'section-label' }>;
  const lines = block.text.split('\n');
  const before = lines.slice(0, line).join('\n');
  const after = lines.slice(line + 1).join('\n');
  const parts: ArticleBlock[] = [
    ...(before ? [{ ...block, text: before }] : []),
    { type: 'subheading', text: lines[line]! },
    ...(after ? [{ ...block, text: after }] : []),
  ];
  return { blocks: [...blocks.slice(0, at), ...parts, ...blocks.slice(at + 1)], at: at + (before ? 1 : 0), added: parts.length - 1 };
}

/** The headline among the blocks above the lede, by the evidence of the opening. */
function chooseAmongBlocks(blocks: readonly ArticleBlock[], lede: number, opening: ReadonlySet<string>): ArticleBlock[] {
  const current = blocks.findIndex((block, at) => at < lede && block.type === 'headline');
  const candidates = blocks.flatMap((block, at) => (at < lede && (block.type === 'subheading' || block.type === 'headline') && isTitleShape(block.text) ? [at] : []));
  const evidence = new Map(candidates.map((at) => [at, titleEvidence((blocks[at] as { text: string }).text, opening)]));
  const strong = candidates.filter((at) => at !== current && isStrong(evidence.get(at)!));
  if (strong.length === 0) return [...blocks];
  const best = strong.reduce((chosen, at) => (evidence.get(at)!.score > evidence.get(chosen)!.score ? at : chosen));
  if (current !== -1) {
    const read = evidence.get(current) ?? titleEvidence((blocks[current] as { text: string }).text, opening);
    // The title repeated inside the line read (a printed page's header: date, title, "| Site"): the title alone is the headline.
    const within = strong.find((at) => at > current && contains((blocks[current] as { text: string }).text, (blocks[at] as { text: string }).text));
    if (within !== undefined) return relabel(blocks, within, current);
    if (best < current || evidence.get(best)!.score < MARGIN * read.score) return [...blocks];
    // A title directly under a headline the story bears out at all is its deck, which spells out what the headline says.
    if (best === current + 1 && read.shared >= MIN_DECK_SHARED) return [...blocks];
  }
  return relabel(blocks, best, current);
}

/** A paragraph of prose: so long, and ending its sentence (a citation or a field line is neither). */
function isProse(block: ArticleBlock | undefined): boolean {
  return block?.type === 'paragraph' && countWords(block.text) >= LEDE_WORDS && /[.!?…]["'”’»)\]]*$/u.test(block.text.trim());
}

/**
 * The story's first paragraph: the first prose paragraph that another prose paragraph follows, as a
 * story's paragraphs follow one another; a lone paragraph of prose among the page's lines above it (a
 * cache's or an archive's notice, a cookie banner, a search tip) is not where the story begins. When no two
 * prose paragraphs stand together, the first prose paragraph.
 */
function ledeIndex(blocks: readonly ArticleBlock[]): number {
  const first = blocks.findIndex((block) => isProse(block));
  // A live blog's entries (each opened by its time, the first above the first paragraph) are lone paragraphs one under
  // another: there the first is the story's.
  if (blocks.slice(0, first).some((block) => block.type === 'timestamp' && block.opensEntry)) return first;
  const running = blocks.findIndex((block, at) => isProse(block) && isProse(blocks[at + 1]));
  return running !== -1 ? running : first;
}

/** The line at `best` becomes the headline; the line read before (`current`, or -1) and the lines above it are the page's. */
function relabel(blocks: readonly ArticleBlock[], best: number, current: number): ArticleBlock[] {
  return blocks.map((block, at): ArticleBlock => {
    if (at === best) return { type: 'headline', text: (block as { text: string }).text };
    if (at > best || !('text' in block)) return block;
    if (at === current) return { type: 'boilerplate', role: 'masthead', text: block.text };
    if (block.type === 'subheading') return { type: 'section-label', text: block.text };
    // Above the story's start: an issue line, a greeting, a newsletter's opening words, a page's notice.
    if (block.type === 'paragraph') return { type: 'boilerplate', role: isTitleShape(block.text) ? 'masthead' : 'page', text: block.text };
    return block;
  });
}

/** A line holds another's words, in order, with more around them. */
function contains(outer: string, inner: string): boolean {
  const [a, b] = [outer, inner].map((text) => text.replace(/\s+/gu, ' ').trim().toLowerCase());
  return a!.length > b!.length && a!.includes(b!);
}

/** Enough of a line's words are in the story's opening, and most of them. */
function isStrong(evidence: TitleEvidence): boolean {
  return evidence.shared >= MIN_SHARED && evidence.shared / evidence.words >= MIN_SHARE;
}

/** How far a line's words are borne out by the stems of a story's opening. */
export function titleEvidence(line: string, opening: ReadonlySet<string>): TitleEvidence {
  const words = new Set(contentStems(line));
  const shared = [...words].filter((stem) => opening.has(stem)).length;
  return { shared, words: words.size, score: words.size === 0 ? 0 : (shared * shared) / words.size };
}

/** The text of a story's first paragraphs, up to `OPENING_WORDS` words, one paragraph a line. */
function openingText(blocks: readonly ArticleBlock[]): string {
  const texts: string[] = [];
  let words = 0;
  for (const block of blocks) {
    if (words >= OPENING_WORDS) break;
    if (block.type !== 'paragraph') continue;
    texts.push(block.text);
    words += countWords(block.text);
  }
  return texts.join('\n');
}

/** The stems of the open-class words and numbers of a story's first paragraphs. */
function openingStems(blocks: readonly ArticleBlock[]): Set<string> {
  return new Set(contentStems(openingText(blocks)));
}

/** Stems of a text's words that carry meaning (no closed-class words, no punctuation), in lower case. */
export function contentStems(text: string): string[] {
  const { its } = nlp();
  // Words in capitals ("RIVER AUTHORITY ORDERS …") are read as what they are in ordinary case.
  const tokens = nlp().readDoc(text.toLowerCase()).tokens();
  const stems = tokens.out(itsHelper(its.stem)) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const types = tokens.out(its.type);
  return stems.filter((stem, at) => !stops[at] && (types[at] === 'word' || types[at] === 'number') && /[\p{L}\p{N}]/u.test(stem));
}


/**
 * Above the headline, a list one of whose items is the headline is the file's index of what it holds (a
 * database export's document list, a newsletter's contents): each item becomes a line of the page's, with its
 * marker, so that no character is lost.
 */
export function withoutIndexAbove(blocks: readonly ArticleBlock[]): ArticleBlock[] {
  const at = blocks.findIndex((block) => block.type === 'headline');
  const headline = blocks[at];
  if (headline?.type !== 'headline') return [...blocks];
  const same = (text: string) => text.replace(/\s+/gu, ' ').trim().toLowerCase() === headline.text.replace(/\s+/gu, ' ').trim().toLowerCase();
  return blocks.flatMap((block, index): ArticleBlock[] => {
    if (index >= at || block.type !== 'list' || !block.items.some((item) => same(item.text))) return [block];
    return block.items.map((item) => ({ type: 'boilerplate', role: 'page', text: `${item.marker} ${item.text}` }));
  });
}

/** A label run into a title before a separator: ":", "|", ",", a dash between spaces, or a hyphen glued to words in capitals ("UPDATE 1-"). */
const RUN_IN = /^(?<label>[^:|,–—]{1,60}?(?:\s*[:|,–—]\s+|\s+-\s+)|[\p{Lu}\p{N}][\p{Lu}\p{N} -]{0,40}-(?=\p{Lu}\p{Ll}))(?<title>\S.*)$/u;
/** A run-in label has at most this many words… */
const MAX_LABEL_WORDS = 4;
/** …and the title after it at least this many. */
const MIN_TITLE_WORDS = 3;

/**
 * A headline with a label run into it ("HED: …", "CORRECTED-UPDATE 1-…", "Heading level 1, …", "Analysis | …"):
 * when none of the label's words is a word of the story's opening (its letters only, as written) and the
 * rest is a title, the label is set apart and the rest is the headline. "Ferry strike: 400 stranded" keeps its
 * words, which the story uses.
 */
export function withoutRunInLabel(blocks: readonly ArticleBlock[], opening: ReadonlySet<string>): ArticleBlock[] {
  const at = blocks.findIndex((block) => block.type === 'headline');
  const headline = blocks[at];
  if (headline?.type !== 'headline') return [...blocks];
  const match = RUN_IN.exec(headline.text.trim());
  if (!match?.groups) return [...blocks];
  const [label, title] = [match.groups['label']!, match.groups['title']!];
  const labelWords = wordsOf(label);
  // A quotation before the colon ("'It is a pause, not a peace': …") is the title's own words.
  if (/["“”„«»‹›'‘’]/u.test(label.replace(/(?<=\p{L})['’](?=\p{L})/gu, ''))) return [...blocks];
  if (labelWords.length === 0 || countWords(label) > MAX_LABEL_WORDS || countWords(title) < MIN_TITLE_WORDS || !isTitleShape(title)) return [...blocks];
  if (labelWords.some((word) => opening.has(word))) return [...blocks];
  const lead = headline.text.slice(0, headline.text.indexOf(label.trim()) + label.trimEnd().length);
  return [...blocks.slice(0, at), { type: 'section-label', text: lead.trim() }, { type: 'headline', text: title }, ...blocks.slice(at + 1)];
}

/** A text's words of letters, in lower case, as written (no stems: "Heading" is not "head"). */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length > 1);
}

/** The words of the story's opening paragraphs, as written, in lower case. */
function openingWords(blocks: readonly ArticleBlock[]): Set<string> {
  return new Set(wordsOf(openingText(blocks)));
}
