import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYSIS_OPTIONS, runAnalysis } from '../../../../src/lib/analysis/analyze.ts';
import { DEFAULT_CLAIM_OPTIONS } from '../../../../src/lib/analysis/matcher/claims.ts';
import { PAIR_FEATURES } from '../../../../src/lib/analysis/matcher/pair-features.ts';
import { bootstrapF1, crossValidate, fitPairModel, groupPairs, labelledPairs, mulberry32, pairScore, type TrainingInput } from '../../../../src/lib/analysis/matcher/pair-training.ts';
import { modelScorer } from '../../../../src/lib/analysis/matcher/pair-score.ts';
import { readContentPairModel, readPairModel } from '../../../../src/lib/io/read-pair-model.ts';
import { pairModelSchema } from '../../../../src/lib/schemas/pair-model.ts';
import { articlesFrom } from '../../../helpers/corpus.ts';

/** Three invented outlets on a flood, with an editor's claims over them. */
const articles = articlesFrom({
  'outlet-a':
    'The river burst its banks on Sunday, flooding 200 homes.\n' +
    'The mayor ordered schools closed until Wednesday.\n' +
    'Rescue crews pulled 12 people from cars.\n' +
    'The weather service expects more rain on Tuesday.',
  'outlet-b':
    'About 200 homes were flooded when the river burst its banks on Sunday.\n' +
    'Schools will stay closed until Wednesday, the mayor said.\n' +
    'Forecasters warned that more rain is due on Tuesday.\n' +
    'Schools in the next county stayed open on Sunday.\n' +
    'A local bakery handed out free bread.',
  'outlet-c':
    'Flooding hit 200 homes after the river broke its banks.\n' +
    'Twelve people were rescued from their cars by crews.\n' +
    'The mayor closed schools until midweek.\n' +
    'The river festival planned for Sunday was cancelled, the mayor said.\n' +
    'The football match was postponed.',
});
const { comparison, units } = runAnalysis(articles);
const attribution = new Map(comparison.sentences.map((sentence) => [sentence.id, sentence.attribution]));
const id = (start: string) => comparison.sentences.find((sentence) => sentence.text.startsWith(start))!.id;
const claims = [
  [id('The river burst'), id('About 200 homes'), id('Flooding hit')],
  [id('The mayor ordered'), id('Schools will stay'), id('The mayor closed')],
  [id('Rescue crews'), id('Twelve people')],
  [id('The weather service'), id('Forecasters warned')],
  [id('A local bakery')],
  [id('Schools in the next')],
  [id('The river festival')],
  [id('The football match')],
];
const input: TrainingInput = {
  units,
  attributionOf: (sentenceId) => attribution.get(sentenceId),
  claims,
  reviewedArticleIds: new Set(['outlet-a', 'outlet-b', 'outlet-c']),
  options: DEFAULT_CLAIM_OPTIONS,
};
const settings = { l2: 3, mergeThresholds: [0.3, 0.5], secondaryMargin: 0.1, resamples: 200, seed: 7 };

describe('labelledPairs', () => {
  const pairs = labelledPairs(input);
  it('labels candidate pairs of different articles by whether an editor put them in one claim', () => {
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      expect(pair.first.split('/')[0]).not.toBe(pair.second.split('/')[0]);
      expect(pair.features).toHaveLength(PAIR_FEATURES.length);
      const together = claims.some((members) => members.includes(pair.first) && members.includes(pair.second));
      expect(pair.same).toBe(together);
    }
    expect(pairs.some((pair) => pair.same)).toBe(true);
    expect(pairs.some((pair) => !pair.same)).toBe(true);
  });

  it('leaves out articles that were not reviewed', () => {
    const partial = labelledPairs({ ...input, reviewedArticleIds: new Set(['outlet-a', 'outlet-b']) });
    expect(partial.every((pair) => !pair.first.startsWith('outlet-c') && !pair.second.startsWith('outlet-c'))).toBe(true);
  });
});

describe('pairScore and groupPairs', () => {
  it('counts cross-article pairs only, and scores them', () => {
    const gold = groupPairs([['a/s-1', 'a/s-2', 'b/s-1'], ['b/s-2', 'c/s-1']]);
    expect([...gold].sort()).toEqual(['a/s-1\nb/s-1', 'a/s-2\nb/s-1', 'b/s-2\nc/s-1']);
    const predicted = groupPairs([['a/s-1', 'b/s-1', 'c/s-1']]);
    expect(pairScore(predicted, gold)).toEqual({ precision: 1 / 3, recall: 1 / 3, f1: 1 / 3, truePositives: 1, goldPairs: 3, predictedPairs: 3 });
    expect(pairScore(new Set(), gold).f1).toBe(0);
  });
});

describe('bootstrapF1', () => {
  it('brackets the point estimate and is the same on every run', () => {
    const gold = groupPairs(claims);
    const predicted = new Set([...gold].slice(0, Math.ceil(gold.size / 2)));
    const point = pairScore(predicted, gold).f1;
    const interval = bootstrapF1(claims, predicted, gold, 500, 3);
    expect(interval.low).toBeLessThanOrEqual(point);
    expect(interval.high).toBeGreaterThanOrEqual(point);
    expect(bootstrapF1(claims, predicted, gold, 500, 3)).toEqual(interval);
  });

  it('draws from a seeded generator', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const draws = Array.from({ length: 5 }, () => a());
    expect(draws).toEqual(Array.from({ length: 5 }, () => b()));
    for (const draw of draws) expect(draw).toBeGreaterThanOrEqual(0);
    for (const draw of draws) expect(draw).toBeLessThan(1);
  });
});

describe('crossValidate and fitPairModel', () => {
  it('scores each held-out article with a model fitted without it, and the cosine rule on the same pairs', () => {
    const cv = crossValidate(input, labelledPairs(input), { ...settings, mergeThreshold: 0.3, secondaryThreshold: 0.4 }, (article) => `${article}.txt`);
    expect(cv.folds.map((fold) => fold.heldOut)).toEqual(['outlet-a.txt', 'outlet-b.txt', 'outlet-c.txt']);
    expect(cv.heldOutLogOdds.length).toBe(cv.heldOutLabels.length);
    expect(cv.pooled.goldPairs).toBe(groupPairs(claims).size);
    expect(cv.cosine.goldPairs).toBe(cv.pooled.goldPairs);
  });

  it('writes a model the schema accepts and the analysis can use, choosing its grouping by the held-out score', async () => {
    const model = pairModelSchema.parse(fitPairModel(input, settings, (article) => `${article}.txt`));
    expect(model.features).toEqual([...PAIR_FEATURES]);
    expect(model.weights).toHaveLength(PAIR_FEATURES.length);
    expect(model.trainedOn.reviewedClaims).toBe(claims.length);
    expect(model.grouping).toBe(model.groupingScores.model.f1 >= model.groupingScores.cosine.f1 ? 'model' : 'cosine');
    expect(settings.mergeThresholds).toContain(model.mergeThreshold);
    expect(model.crossValidation.reliability).toHaveLength(10);
    const scorer = modelScorer(model, (sentenceId) => attribution.get(sentenceId));
    const flood = units.find((unit) => unit.sentence.id === claims[0]![0])!;
    const same = scorer.probability(flood, flood);
    const different = scorer.probability(flood, units.find((unit) => unit.sentence.id === id('The football match'))!);
    // Six claims are too few to learn much: the constraints keep the model from ranking backwards.
    expect(same).toBeGreaterThanOrEqual(different);
    const run = runAnalysis(articles, null, { ...DEFAULT_ANALYSIS_OPTIONS, pairModel: model });
    expect(run.comparison.claims.every((claim) => claim.confidence !== null)).toBe(true);

    const dir = await mkdtemp(join(tmpdir(), 'parallax-model-'));
    await writeFile(join(dir, 'pair-model.json'), JSON.stringify(model));
    expect(await readPairModel(join(dir, 'pair-model.json'))).toEqual(model);
  });

  it('refuses a model whose features are not the analysis’s', () => {
    const model = fitPairModel(input, settings, (article) => article);
    expect(() => modelScorer({ ...model, features: ['cosine'] }, () => undefined)).toThrow(/refit it with npm run model:fit/);
  });
});

describe('readPairModel', () => {
  it('reads nothing when there is no file, and names the file when it is wrong', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-model-'));
    expect(await readPairModel(join(dir, 'none.json'))).toBeNull();
    await writeFile(join(dir, 'bad.json'), '{ nope');
    await expect(readPairModel(join(dir, 'bad.json'), 'content/pair-model.json')).rejects.toThrow(/^content\/pair-model\.json: is not valid JSON/);
    await writeFile(join(dir, 'old.json'), JSON.stringify({ version: 2 }));
    await expect(readPairModel(join(dir, 'old.json'), 'content/pair-model.json')).rejects.toThrow('content/pair-model.json: version: Invalid input: expected 1; refit it with npm run model:fit');
  });

  it('reads a content folder’s model, naming the file in messages', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-model-'));
    expect(await readContentPairModel(dir, 'content')).toBeNull();
    await writeFile(join(dir, 'pair-model.json'), '{ nope');
    await expect(readContentPairModel(dir, 'content')).rejects.toThrow(/^content\/pair-model\.json: is not valid JSON/);
  });

  it('reads the committed model', async () => {
    const model = await readPairModel(join(import.meta.dirname, '../../../../content/pair-model.json'));
    expect(model?.features).toEqual([...PAIR_FEATURES]);
    expect(model?.crossValidation.calibrationError).toBeLessThan(0.1);
    expect(model?.weights[0]).toBeGreaterThan(0);
    expect(model?.calibration.slope).toBeGreaterThan(0);
  });
});
