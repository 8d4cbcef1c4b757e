import { fitLogistic, logit, sigmoid } from '../stats/logistic.ts';
import type { ArticleBlock } from '../schemas/article-block.ts';
import type { FurnitureModel, FurnitureThreshold } from '../schemas/furniture-model.ts';
import type { IngestLabels } from '../schemas/ingest-labels.ts';
import { blockTexts } from './article-stats.ts';
import { BLOCK_FEATURES, blockFeatures, isTableRow, modelCandidates, storyProse } from './block-features.ts';

/** One block of a labelled fixture, as the model learns from it. */
export interface FurnitureRow {
  features: number[];
  /** The labels call the block furniture. */
  furniture: boolean;
  /** A block the model may set apart (`modelCandidates`). */
  candidate: boolean;
  words: number;
}

/** The rows of one labelled fixture. */
export interface FurnitureCase {
  name: string;
  rows: FurnitureRow[];
}

export interface FitFurnitureOptions {
  /** L2 penalty of the logistic regression. */
  l2?: number;
  /** The share of the other blocks of seven words or more the chosen threshold may set apart, each case held out in turn. */
  maxLongLoss?: number;
}

/** A label this long inside a block's text makes it furniture only when it is most of the block. */
const MIN_INNER_LABEL = 8;
/** The words of a block below which a label's omission is likeliest: body lines this long are the ones counted as lost. */
const LONG_WORDS = 7;
const THRESHOLDS = Array.from({ length: 50 }, (_unused, at) => Math.round((0.5 + at * 0.01) * 100) / 100);
const REPORTED = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

const lower = (text: string) => text.replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * The rows a fixture's blocks give the model: each block with text of its own, furniture when a
 * labelled furniture line is the block, holds it, or is most of it. The headline, rows of a table
 * (data) and blocks that hold a furniture line beside other text (neither one thing nor the other)
 * are left out.
 */
export function labelledRows(blocks: readonly ArticleBlock[], labels: Pick<IngestLabels, 'furniture' | 'headline'>): FurnitureRow[] {
  const story = storyProse(blocks);
  const features = blockFeatures(blocks, story);
  const candidates = modelCandidates(blocks, story);
  const furniture = labels.furniture.map(lower);
  const headline = labels.headline === null ? null : lower(labels.headline);
  return blocks.flatMap((block, at) => {
    const text = lower(blockTexts(block).join(' '));
    if (features[at]!.length === 0 || isTableRow(blocks, at) || block.type === 'headline') return [];
    if (headline !== null && (text === headline || headline.includes(text))) return [];
    const isFurniture = furniture.some((line) => line === text || line.includes(text) || (line.length >= MIN_INNER_LABEL && text.includes(line) && line.length * 2 >= text.length));
    const holdsFurniture = furniture.some((line) => line.length >= MIN_INNER_LABEL && text.includes(line));
    if (holdsFurniture && !isFurniture) return [];
    return [{ features: features[at]!, furniture: isFurniture, candidate: candidates[at]!, words: text.split(' ').length }];
  });
}

/**
 * Fits the furniture model on labelled fixtures: each case is held out in turn and scored by a model
 * fitted on the others (the threshold is chosen on those held-out scores: the lowest that sets apart at
 * most `maxLongLoss` of the other blocks of seven words or more), then the model is fitted on
 * every case. Deterministic: the same cases give the same model.
 */
export function fitFurnitureModel(cases: readonly FurnitureCase[], { l2 = 1, maxLongLoss = 0.005 }: FitFurnitureOptions = {}): FurnitureModel {
  if (cases.length < 2) throw new Error('fitFurnitureModel: at least two labelled cases are needed to hold one out');
  const scored: Array<{ p: number; row: FurnitureRow }> = [];
  for (const held of cases) {
    const train = cases.filter((other) => other !== held).flatMap((other) => other.rows);
    const model = fitLogistic(train.map((row) => row.features), train.map((row) => (row.furniture ? 1 : 0)), { l2 });
    for (const row of held.rows) if (row.candidate) scored.push({ p: sigmoid(logit(model, row.features)), row });
  }
  const at = (threshold: number): FurnitureThreshold => {
    const apart = scored.filter((score) => score.p > threshold);
    return {
      threshold,
      furniture: scored.filter((score) => score.row.furniture).length,
      caught: apart.filter((score) => score.row.furniture).length,
      other: scored.filter((score) => !score.row.furniture).length,
      lost: apart.filter((score) => !score.row.furniture).length,
      lostLong: apart.filter((score) => !score.row.furniture && score.row.words >= LONG_WORDS).length,
    };
  };
  // Measured against all the story's lines of seven words or more, candidates or not: what a reader would miss.
  const long = cases.flatMap((one) => one.rows).filter((row) => !row.furniture && row.words >= LONG_WORDS).length;
  const threshold = THRESHOLDS.find((candidate) => at(candidate).lostLong <= maxLongLoss * long) ?? 1;
  const rows = cases.flatMap((one) => one.rows);
  const fitted = fitLogistic(rows.map((row) => row.features), rows.map((row) => (row.furniture ? 1 : 0)), { l2 });
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  return {
    version: 1,
    about:
      'The furniture model (npm run model:furniture): a logistic regression over the shape and place of a block, fitted on the development fixtures of the ingest (never the held-out ones). It sets apart, as the page\'s, paragraphs and headings the rules left as the story\'s when it finds them likelier than its threshold to be furniture; crossValidation holds each case out in turn.',
    features: [...BLOCK_FEATURES],
    weights: fitted.weights.map(round),
    bias: round(fitted.bias),
    l2,
    threshold,
    maxLongLoss,
    fittedOn: { cases: cases.length, blocks: rows.length, furniture: rows.filter((row) => row.furniture).length },
    crossValidation: [...new Set([...REPORTED, threshold])].sort((a, b) => a - b).map(at),
  };
}
