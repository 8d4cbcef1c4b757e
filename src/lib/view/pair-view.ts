import { compareCodeUnits } from '../ingest/article-id.ts';
import type { ComparisonArticle, ComparisonSentence, Quote } from '../schemas/comparison.ts';
import type { SentenceBlock } from '../markdown/nodes.ts';
import type { NearIdentical, PairColumn, PairView, QuoteVariant } from '../schemas/view/pair.ts';
import { wordDiff } from '../analysis/word-diff.ts';
import { claimRef, outletOf, sentenceRef, type ComparisonIndex } from './comparison-index.ts';
import { diffContainment, diffSimilarity } from './diff-similarity.ts';
import { machineMark, percent, REVIEWED_MARK } from './format.ts';

/** Settings of the pair pages. */
export interface PairOptions {
  /** Two sentences sharing a claim are shown as near-identical when at least this share of their words is common. */
  nearIdentical: number;
  /** Two quotes of one group are paired when at least this share of their words is common… */
  quotePairMinimum: number;
  /** …or when the longer contains at least this share of the shorter's words (a trimmed quotation). */
  quoteContainment: number;
}

export const DEFAULT_PAIR_OPTIONS: PairOptions = { nearIdentical: 0.5, quotePairMinimum: 0.25, quoteContainment: 0.8 };

/** How blocks other than running text are named next to their sentences. */
export const BLOCK_LABELS: Partial<Record<SentenceBlock, string>> = {
  headline: 'Headline',
  heading: 'Subheading',
  'list-item': 'Key point',
  'section-label': 'Section label',
  'social-post': 'Embedded post',
  'social-post-attribution': 'Post signature',
  caption: 'Photo caption',
  'video-title': 'Video title',
  'video-caption': 'Video caption',
  'source-note': 'Source note',
  'related-link': 'Related link',
};

const SIDES = ['a', 'b'] as const;

/**
 * Two articles side by side, each in its own reading order. A sentence is shared when it
 * belongs to a claim the other article also reports; it links to the other article's sentences
 * of those claims. Shared sentences worded nearly alike, and quotations both give, come with a
 * word diff from the first article's wording to the second's.
 */
export function pairView(index: ComparisonIndex, firstId: string, secondId: string, options: PairOptions = DEFAULT_PAIR_OPTIONS): PairView {
  const first = index.articleById.get(firstId);
  const second = index.articleById.get(secondId);
  if (!first || !second) throw new Error(`pairView: unknown article ${first ? secondId : firstId}`);
  const articles = [first, second] as const;
  const localId = (side: 0 | 1, sentence: ComparisonSentence) => `${SIDES[side]}-${sentence.anchor}`;
  const sentencesOf = (article: ComparisonArticle) => index.sentencesByArticle.get(article.id) ?? [];

  const sharedClaims = index.claims.filter((claim) => claim.articleIds.includes(first.id) && claim.articleIds.includes(second.id));
  const sharedKeys = new Set(sharedClaims.map((claim) => claim.key));
  /** A sentence's claims as members (confidence 1) and as the machine's suggestions (their confidence). */
  const claimsOf = (sentence: ComparisonSentence) => {
    const found = new Map<string, number | null>();
    for (const key of index.claimKeysBySentence.get(sentence.id) ?? []) found.set(key, null);
    for (const { key, confidence } of index.suggestionsBySentence.get(sentence.id) ?? []) if (!found.has(key)) found.set(key, confidence);
    return found;
  };

  const column = (side: 0 | 1): PairColumn => {
    const article = articles[side];
    const other = articles[side === 0 ? 1 : 0];
    const otherSide = side === 0 ? 1 : 0;
    const otherSentences = sentencesOf(other);
    const sentences = sentencesOf(article).map((sentence) => {
      const keys = (index.claimKeysBySentence.get(sentence.id) ?? []).filter((key) => sharedKeys.has(key));
      const counterparts = otherSentences.filter((candidate) => (index.claimKeysBySentence.get(candidate.id) ?? []).some((key) => keys.includes(key)));
      const machine = keys.map((key) => index.claimByKey.get(key)!).filter((claim) => !claim.reviewed);
      const sharedMark =
        keys.length === 0 ? null : machine.length === 0 ? REVIEWED_MARK : machineMark(Math.min(...machine.map((claim) => claim.confidence ?? 0)));
      const mine = claimsOf(sentence);
      const suggestedCounterparts = otherSentences.flatMap((candidate) => {
        if (counterparts.includes(candidate)) return [];
        let confidence: number | null = null;
        for (const [key, theirs] of claimsOf(candidate)) {
          if (!mine.has(key)) continue;
          const ours = mine.get(key)!;
          // Two members would be counterparts; here at least one side is a suggestion.
          if (ours === null && theirs === null) continue;
          const pair = Math.min(ours ?? 1, theirs ?? 1);
          confidence = confidence === null ? pair : Math.max(confidence, pair);
        }
        return confidence === null ? [] : [{ localId: localId(otherSide, candidate), number: candidate.index + 1, confidence, percent: percent(confidence) }];
      });
      return {
        ...sentenceRef(index, sentence),
        localId: localId(side, sentence),
        number: sentence.index + 1,
        block: sentence.block,
        blockLabel: BLOCK_LABELS[sentence.block] ?? null,
        counterparts: counterparts.map((candidate) => ({ localId: localId(otherSide, candidate), number: candidate.index + 1 })),
        sharedClaimKeys: keys,
        sharedMark,
        suggestedCounterparts,
      };
    });
    return {
      outlet: outletOf(index, article),
      sentences,
      shared: sentences.filter((sentence) => sentence.sharedClaimKeys.length > 0).length,
      suggested: sentences.filter((sentence) => sentence.sharedClaimKeys.length === 0 && sentence.suggestedCounterparts.length > 0).length,
    };
  };

  const columns: [PairColumn, PairColumn] = [column(0), column(1)];
  const nearIdentical: NearIdentical[] = [];
  for (const sentence of columns[0].sentences) {
    for (const counterpart of sentence.counterparts) {
      const a = index.sentenceById.get(sentence.id)!;
      const b = sentencesOf(second).find((candidate) => localId(1, candidate) === counterpart.localId)!;
      const diff = wordDiff(a.text, b.text);
      const similarity = diffSimilarity(diff);
      if (similarity < options.nearIdentical) continue;
      nearIdentical.push({
        first: { ...sentenceRef(index, a), localId: localId(0, a) },
        second: { ...sentenceRef(index, b), localId: localId(1, b) },
        similarity,
        diff,
      });
    }
  }

  return {
    columns,
    sharedClaims: sharedClaims.map((claim) => claimRef(index, claim)),
    nearIdentical,
    quoteVariants: quoteVariants(index, first.id, second.id, options),
  };
}

/**
 * Quotations the two articles both give: within each quote group, quotes of the first article
 * paired one-to-one with quotes of the second, most alike first, when alike enough (the groups
 * are joined transitively, so two members need not match each other).
 */
function quoteVariants(index: ComparisonIndex, firstId: string, secondId: string, options: PairOptions): QuoteVariant[] {
  const out: Array<{ variant: QuoteVariant; order: number }> = [];
  for (const group of index.comparison.quoteGroups) {
    const members = group.quoteIds.map((id) => index.quoteById.get(id)).filter((quote): quote is Quote => quote !== undefined);
    const mine = members.filter((quote) => quote.articleId === firstId);
    const theirs = members.filter((quote) => quote.articleId === secondId);
    const candidates = mine.flatMap((a) =>
      theirs.map((b) => {
        const diff = wordDiff(a.text, b.text);
        return { a, b, diff, similarity: diffSimilarity(diff), alike: diffSimilarity(diff) >= options.quotePairMinimum || diffContainment(diff) >= options.quoteContainment };
      }),
    );
    candidates.sort((x, y) => y.similarity - x.similarity || compareCodeUnits(x.a.id, y.a.id) || compareCodeUnits(x.b.id, y.b.id));
    const used = new Set<string>();
    for (const candidate of candidates) {
      if (!candidate.alike || used.has(candidate.a.id) || used.has(candidate.b.id)) continue;
      used.add(candidate.a.id);
      used.add(candidate.b.id);
      const a = index.sentenceById.get(candidate.a.sentenceIds[0]!);
      const b = index.sentenceById.get(candidate.b.sentenceIds[0]!);
      if (!a || !b) continue;
      out.push({
        variant: {
          speaker: group.speaker,
          speakerByEditor: candidate.a.speakerMethod === 'editor' || candidate.b.speakerMethod === 'editor',
          first: { text: candidate.a.text, sentence: { ...sentenceRef(index, a), localId: `a-${a.anchor}` } },
          second: { text: candidate.b.text, sentence: { ...sentenceRef(index, b), localId: `b-${b.anchor}` } },
          similarity: candidate.similarity,
          diff: candidate.diff,
        },
        order: a.index,
      });
    }
  }
  return out.sort((x, y) => x.order - y.order).map((entry) => entry.variant);
}
