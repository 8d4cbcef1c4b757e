import { cosine } from './claim-features.ts';
import type { ClaimUnit } from './claims.ts';

/**
 * The probability that two units state the same claim, from their similarity. Interim model
 * until a fitted one is read: a logistic curve through the merge threshold, so that the
 * confidence the pages show moves with the similarity the grouping uses.
 */
export interface PairScorer {
  /** Probability (0–1) that two units of different articles state the same claim. */
  probability(a: ClaimUnit, b: ClaimUnit): number;
}

/** A scorer from cosine similarity alone: `1 / (1 + e^-(slope · (cosine − midpoint)))`. */
export function cosineScorer(midpoint: number, slope = 20): PairScorer {
  return { probability: (a, b) => 1 / (1 + Math.exp(-slope * (cosine(a.vector, b.vector) - midpoint))) };
}
