import type { Attribution } from '../../schemas/comparison.ts';
import type { PairModel } from '../../schemas/pair-model.ts';
import { cosine, type ClaimUnit } from './claim-features.ts';
import { logit, sigmoid, type Logistic } from './logistic.ts';
import { PAIR_FEATURES, pairFeatures, unitProfile, type UnitProfile } from './pair-features.ts';

/** The machine's judgement of whether two units of different articles state the same claim. */
export interface PairScorer {
  /** Probability (0–1) that the two units state the same claim. */
  probability(a: ClaimUnit, b: ClaimUnit): number;
  /** Groups merge while their mean probability is at least this. */
  mergeThreshold: number;
  /** A unit joins a second claim when its mean probability with the claim is at least this. */
  secondaryThreshold: number;
  /** How the probability is computed, for the method page. */
  description: string;
  /** The fallback groups by cosine itself (its probability is only a monotone reading of it). */
  cosineGrouping?: true;
}

/**
 * The fallback when no fitted model exists: a logistic curve of cosine similarity through
 * `midpoint`, `1 / (1 + e^-(slope · (cosine − midpoint)))`. Not calibrated.
 */
export function cosineScorer(midpoint: number, secondary = midpoint, slope = 20): PairScorer {
  const toProbability = (value: number) => 1 / (1 + Math.exp(-slope * (value - midpoint)));
  return {
    probability: (a, b) => toProbability(cosine(a.vector, b.vector)),
    mergeThreshold: 0.5,
    secondaryThreshold: toProbability(secondary),
    description: 'a logistic curve of cosine similarity through the merge threshold (no fitted model)',
    cosineGrouping: true,
  };
}

/**
 * The fitted pair model: logistic regression over `PAIR_FEATURES`, Platt-scaled. `attributionOf`
 * gives each sentence's attribution (for the source features). Profiles are computed once per unit.
 */
export function modelScorer(
  model: Pick<PairModel, 'features' | 'weights' | 'bias' | 'calibration' | 'mergeThreshold' | 'secondaryThreshold'> & { grouping?: PairModel['grouping'] },
  attributionOf: (sentenceId: string) => Attribution | undefined): PairScorer {
  if (model.features.join() !== PAIR_FEATURES.join()) {
    throw new Error(`pair model: its features (${model.features.join(', ')}) are not the analysis's (${PAIR_FEATURES.join(', ')}); refit it with npm run model:fit`);
  }
  const profiles = new Map<ClaimUnit, UnitProfile>();
  const profile = (unit: ClaimUnit) => {
    let found = profiles.get(unit);
    if (!found) profiles.set(unit, (found = unitProfile(unit, attributionOf(unit.sentence.id))));
    return found;
  };
  const linear: Logistic = { weights: model.weights, bias: model.bias };
  return {
    probability: (a, b) => sigmoid(model.calibration.intercept + model.calibration.slope * logit(linear, pairFeatures(a, b, profile(a), profile(b)))),
    mergeThreshold: model.mergeThreshold,
    secondaryThreshold: model.secondaryThreshold,
    description:
      `logistic regression over ${model.features.length} pair features, fitted on the editor's reviewed claims and calibrated on held-out articles` +
      (model.grouping === 'cosine' ? '; sentences are grouped by the cosine rule, which scored higher held out' : ''),
    ...(model.grouping === 'cosine' ? { cosineGrouping: true as const } : {}),
  };
}
