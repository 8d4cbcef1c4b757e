import { logit, sigmoid } from '../stats/logistic.ts';
import type { ArticleBlock } from '../schemas/article-block.ts';
import { furnitureModelSchema, type FurnitureModel } from '../schemas/furniture-model.ts';
import { BLOCK_FEATURES, blockFeatures, modelCandidates, storyProse } from './block-features.ts';
import raw from './furniture-model.json' with { type: 'json' };

let shipped: FurnitureModel | undefined;

/**
 * The shipped furniture model, fitted on the development fixtures (`npm run model:furniture`), checked when
 * first asked for: a model fitted on other features fails then, with what to do, and not on import (so
 * that the refit itself, which reads the fixtures without a model, can run after the features change).
 */
export function defaultFurnitureModel(): FurnitureModel {
  shipped ??= checkedModel(raw);
  return shipped;
}

/** A model whose features are not this code's `BLOCK_FEATURES` was fitted on other features: refit it. */
export function checkedModel(json: unknown): FurnitureModel {
  const model = furnitureModelSchema.parse(json);
  if (model.features.join('\n') !== BLOCK_FEATURES.join('\n')) throw new Error('src/lib/ingest/furniture-model.json: fitted on other features than BLOCK_FEATURES; refit it with npm run model:furniture');
  return model;
}

/**
 * The model's probability that each block is the page's furniture, for the blocks it may set apart
 * (`modelCandidates`); null for the others.
 */
export function furnitureProbabilities(blocks: readonly ArticleBlock[], model: FurnitureModel): Array<number | null> {
  const story = storyProse(blocks);
  const features = blockFeatures(blocks, story);
  const candidates = modelCandidates(blocks, story);
  return blocks.map((_block, at) => (candidates[at] && features[at]!.length > 0 ? sigmoid(logit(model, features[at]!)) : null));
}

/**
 * Sets apart as the page's (`boilerplate`, role `page`) the paragraphs and headings the model finds
 * more likely than its threshold to be furniture: lines the rules did not know, read by their shape
 * and place. A line whose kind an editor gave (`kept`) stays as the editor said. Blocks are only
 * re-labelled: no character moves or is lost.
 */
export function applyFurnitureModel(blocks: readonly ArticleBlock[], model: FurnitureModel | null, kept: (text: string) => boolean = () => false): ArticleBlock[] {
  if (model === null) return [...blocks];
  const probabilities = furnitureProbabilities(blocks, model);
  return blocks.map((block, at) => {
    const p = probabilities[at];
    if (p === null || p === undefined || p <= model.threshold || !('text' in block) || kept(block.text)) return block;
    return { type: 'boilerplate', role: 'page', text: block.text };
  });
}
