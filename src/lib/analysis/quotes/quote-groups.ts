import { compareCodeUnits } from '../../ingest/article-id.ts';
import type { QuoteGroup } from '../../schemas/comparison.ts';
import { tokenize } from '../tokens.ts';
import { wordDiff } from '../word-diff.ts';

/** What quote matching needs of a quote. */
export interface MatchableQuote {
  id: string;
  articleId: string;
  text: string;
  speaker: string | null;
  speakerId: string | null;
}

/** Settings of quote matching. */
export interface QuoteMatchOptions {
  /** Share of the shorter quote's words that must occur in the longer one. */
  minimumContainment: number;
  /** Content words the two must share, unless the shorter is wholly a phrase of the longer. */
  minimumSharedContentWords: number;
}

export const DEFAULT_QUOTE_MATCH_OPTIONS: QuoteMatchOptions = { minimumContainment: 0.6, minimumSharedContentWords: 3 };

interface Words {
  all: string[];
  content: Set<string>;
  phrase: string;
}

/**
 * Finds the same quotation rendered by several outlets, even translated differently, trimmed
 * or with an editor's insertion ("The plan [for the bridge] itself is sound" / "So the plan
 * itself is sound"). Two quotes from different articles match when most of the shorter
 * one's words (as lemmas) occur in the longer and they share enough content words, or when the
 * shorter one (two content words or more) is a phrase of the longer. Matches are joined
 * transitively into groups; each group is diffed word by word against its longest member.
 */
export function groupQuotes(quotes: readonly MatchableQuote[], options: QuoteMatchOptions = DEFAULT_QUOTE_MATCH_OPTIONS): QuoteGroup[] {
  const words = quotes.map((quote) => wordsOf(quote.text));
  const parent = quotes.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)));
  // Blocking: two quotes can only match if they share a content word, so candidates come from
  // an index of content words; pairs already in one group are not compared again.
  const byWord = new Map<string, number[]>();
  words.forEach((entry, index) => {
    for (const word of entry.content) byWord.set(word, [...(byWord.get(word) ?? []), index]);
  });
  for (let i = 0; i < quotes.length; i++) {
    const candidates = new Set<number>();
    for (const word of words[i]!.content) for (const j of byWord.get(word)!) if (j > i) candidates.add(j);
    for (const j of [...candidates].sort((a, b) => a - b)) {
      if (quotes[i]!.articleId === quotes[j]!.articleId || find(i) === find(j)) continue;
      if (match(words[i]!, words[j]!, options) > 0) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, number[]>();
  quotes.forEach((_, index) => groups.set(find(index), [...(groups.get(find(index)) ?? []), index]));
  const out: QuoteGroup[] = [];
  for (const members of groups.values()) {
    if (new Set(members.map((index) => quotes[index]!.articleId)).size < 2) continue;
    const reference = [...members].sort((a, b) => quotes[b]!.text.length - quotes[a]!.text.length || compareCodeUnits(quotes[a]!.id, quotes[b]!.id))[0]!;
    const speakers = new Map<string, number>();
    for (const index of members) if (quotes[index]!.speaker) speakers.set(quotes[index]!.speaker!, (speakers.get(quotes[index]!.speaker!) ?? 0) + 1);
    const speaker = [...speakers.entries()].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))[0]?.[0] ?? null;
    const ids = members.map((index) => quotes[index]!.id).sort(compareCodeUnits);
    out.push({
      id: `qg-${ids[0]!.replace(/[^a-z0-9]+/gi, '-')}`,
      speaker,
      speakerId: members.map((index) => quotes[index]!).find((quote) => quote.speaker === speaker)?.speakerId ?? null,
      quoteIds: ids,
      referenceQuoteId: quotes[reference]!.id,
      variants: members
        .filter((index) => index !== reference)
        .sort((a, b) => compareCodeUnits(quotes[a]!.id, quotes[b]!.id))
        .map((index) => ({
          quoteId: quotes[index]!.id,
          similarity: round(overlap(words[reference]!, words[index]!)),
          diff: wordDiff(quotes[reference]!.text, quotes[index]!.text),
        })),
    });
  }
  return out.sort((a, b) => b.quoteIds.length - a.quoteIds.length || compareCodeUnits(a.id, b.id));
}

function wordsOf(text: string): Words {
  const tokens = tokenize(text).filter((token) => token.type === 'word' || token.type === 'number');
  const all = tokens.map((token) => token.lemma);
  return { all, content: new Set(tokens.filter((token) => !token.stop).map((token) => token.lemma)), phrase: ` ${all.join(' ')} ` };
}

function match(a: Words, b: Words, options: QuoteMatchOptions): number {
  const [short, long] = a.all.length <= b.all.length ? [a, b] : [b, a];
  if (short.content.size >= 2 && long.phrase.includes(short.phrase)) return 1;
  const shared = [...short.content].filter((word) => long.content.has(word)).length;
  if (shared < options.minimumSharedContentWords) return 0;
  const containment = overlap(long, short);
  return containment >= options.minimumContainment ? containment : 0;
}

/** Share of the shorter quote's words found in the longer. */
function overlap(a: Words, b: Words): number {
  const [short, long] = a.all.length <= b.all.length ? [a, b] : [b, a];
  if (short.all.length === 0) return 0;
  const available = new Map<string, number>();
  for (const word of long.all) available.set(word, (available.get(word) ?? 0) + 1);
  let found = 0;
  for (const word of short.all) {
    const left = available.get(word) ?? 0;
    if (left > 0) {
      found++;
      available.set(word, left - 1);
    }
  }
  return found / short.all.length;
}

function round(value: number) {
  return Math.round(value * 1000) / 1000;
}
