import { z } from 'zod';

const count = z.number().int().nonnegative();

/** How the model did on the development fixtures at one threshold, each case held out in turn. */
export const furnitureThresholdSchema = z.strictObject({
  threshold: z.number().min(0).max(1),
  /** Blocks the reading left as the story's that the labels call furniture, and how many of them the model set apart. */
  furniture: count,
  caught: count,
  /** Blocks the labels do not call furniture, how many the model set apart, and of those how many of seven words or more. */
  other: count,
  lost: count,
  lostLong: count,
});

/**
 * The furniture model (`npm run model:furniture`): a logistic regression over the shape and place
 * of a block (`BLOCK_FEATURES`), fitted on the development fixtures of the ingest and never on
 * held-out ones; the threshold is the lowest at which, each case held out in turn, at most
 * `maxLongLoss` of the other blocks of seven words or more would be set apart.
 */
export const furnitureModelSchema = z.strictObject({
  version: z.literal(1),
  about: z.string(),
  features: z.array(z.string()).min(1),
  weights: z.array(z.number()).min(1),
  bias: z.number(),
  l2: z.number().positive(),
  threshold: z.number().min(0).max(1),
  maxLongLoss: z.number().min(0).max(1),
  fittedOn: z.strictObject({ cases: count, blocks: count, furniture: count }),
  crossValidation: z.array(furnitureThresholdSchema).min(1),
}).refine((model) => model.weights.length === model.features.length, { message: 'one weight per feature' });

export type FurnitureModel = z.infer<typeof furnitureModelSchema>;
export type FurnitureThreshold = z.infer<typeof furnitureThresholdSchema>;
