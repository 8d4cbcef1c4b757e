import { compareCodeUnits } from '../ingest/article-id.ts';
import type { ClaimEmphasis, ClaimPlacement, Placement } from '../schemas/framing.ts';
import type { ArticleOpening } from './lead.ts';

/** Where "the first third" ends, as a share of the article's reporting words. */
export const FIRST_THIRD = 1 / 3;

/** Steps of the placement scale, most prominent first; `not-reported` is off the scale. */
const STEP: Record<Exclude<Placement, 'not-reported'>, number> = { headline: 0, lead: 1, 'first-third': 2, later: 3 };

/** What placing a claim needs to know of one article. */
export interface PlacedArticle {
  opening: ArticleOpening;
  /** Each reporting sentence's position (see `sentencePositions`). */
  positions: ReadonlyMap<string, number>;
}

/**
 * Where an article puts a claim, given the claim's member sentences in that article (in reading
 * order): in the headline if any member is, else in the lead if any member is, else by where
 * its earliest member starts: the first third of the article's reporting words, or later.
 */
export function placeClaim(memberIds: readonly string[], article: PlacedArticle): Omit<ClaimPlacement, 'articleId'> {
  const inHeadline = memberIds.find((id) => article.opening.headlineSentenceIds.includes(id));
  if (inHeadline !== undefined) return { placement: 'headline', sentenceId: inHeadline, position: 0 };
  const inLead = memberIds.find((id) => article.opening.leadSentenceIds.includes(id));
  if (inLead !== undefined) return { placement: 'lead', sentenceId: inLead, position: round(article.positions.get(inLead) ?? 0) };
  const earliest = [...memberIds].sort((a, b) => (article.positions.get(a) ?? 1) - (article.positions.get(b) ?? 1))[0]!;
  const position = article.positions.get(earliest) ?? 1;
  return { placement: position < FIRST_THIRD ? 'first-third' : 'later', sentenceId: earliest, position: round(position) };
}

/**
 * How differently the articles placed a claim: the mean difference, in steps of the scale
 * headline (0), lead (1), first third (2), later (3), over every two articles that report it.
 * Articles that leave the claim out are not counted: coverage is shown elsewhere, and counting
 * them would sort by coverage instead of by placement.
 */
export function placementSpread(placements: ReadonlyArray<Pick<ClaimPlacement, 'placement'>>): number {
  const steps = placements.flatMap(({ placement }) => (placement === 'not-reported' ? [] : [STEP[placement]]));
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < steps.length; i++) {
    for (let j = i + 1; j < steps.length; j++) {
      sum += Math.abs(steps[i]! - steps[j]!);
      pairs++;
    }
  }
  return pairs === 0 ? 0 : round(sum / pairs);
}

/** Mean step of a claim's placements, for ordering claims placed equally differently: the more prominent first. */
function meanStep(placements: readonly ClaimPlacement[]): number {
  const steps = placements.flatMap(({ placement }) => (placement === 'not-reported' ? [] : [STEP[placement]]));
  return steps.reduce((sum, step) => sum + step, 0) / Math.max(1, steps.length);
}

/** A claim with its member sentences, as placing needs it. */
export interface EmphasisClaim {
  id: string;
  sentenceIds: readonly string[];
}

/**
 * Where every article puts each claim that two or more articles report, most differently
 * placed claims first; ties go to the claim more outlets report, then the more prominently
 * placed, then the claim id.
 */
export function claimEmphasis(
  claims: readonly EmphasisClaim[],
  articles: ReadonlyArray<{ id: string } & PlacedArticle>,
  articleOf: (sentenceId: string) => string | undefined,
): ClaimEmphasis[] {
  const rows = claims.flatMap((claim) => {
    const membersIn = new Map<string, string[]>();
    for (const id of claim.sentenceIds) {
      const articleId = articleOf(id);
      if (articleId !== undefined) membersIn.set(articleId, [...(membersIn.get(articleId) ?? []), id]);
    }
    if (membersIn.size < 2) return [];
    const placements: ClaimPlacement[] = articles.flatMap((article) => {
      const members = membersIn.get(article.id);
      return members ? [{ articleId: article.id, ...placeClaim(members, article) }] : [];
    });
    return placements.length < 2 ? [] : [{ claimId: claim.id, placements, spread: placementSpread(placements) }];
  });
  return rows.sort(
    (a, b) =>
      b.spread - a.spread ||
      b.placements.length - a.placements.length ||
      meanStep(a.placements) - meanStep(b.placements) ||
      compareCodeUnits(a.claimId, b.claimId),
  );
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
