import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAIR_MODEL } from '../../../src/lib/analysis/matcher/default-model.ts';
import { eventPairModel, readEventPairModel } from '../../../src/lib/io/read-pair-model.ts';
import { claimFileText } from '../../../src/lib/review/proposals.ts';

/** A model as model:fit writes it after fitting an editor's reviewed claims in. */
const fitted = { ...DEFAULT_PAIR_MODEL, mergeThreshold: 0.31, trainedOn: { ...DEFAULT_PAIR_MODEL.trainedOn, reviewedClaims: 12 } };

describe('eventPairModel', () => {
  it('uses the fitted model while the event has reviewed claims', () => {
    expect(eventPairModel(fitted, 12)).toEqual({ model: fitted, fitted: true });
    expect(eventPairModel(fitted, 3)).toEqual({ model: fitted, fitted: true });
  });

  it('uses the shipped default without reviewed claims, whatever model is left in content/', () => {
    expect(eventPairModel(fitted, 0)).toEqual({ model: DEFAULT_PAIR_MODEL, fitted: false });
    expect(eventPairModel(null, 5)).toEqual({ model: DEFAULT_PAIR_MODEL, fitted: false });
    expect(eventPairModel({ ...fitted, trainedOn: { ...fitted.trainedOn, reviewedClaims: 0 } }, 5).fitted).toBe(false);
  });
});

describe('readEventPairModel', () => {
  it('counts the reviewed claim files of the content folder', async () => {
    const content = await mkdtemp(join(tmpdir(), 'parallax-model-'));
    await writeFile(join(content, 'pair-model.json'), JSON.stringify(fitted));
    expect((await readEventPairModel(content)).fitted).toBe(false);
    await mkdir(join(content, 'claims'));
    await writeFile(join(content, 'claims', 'bridge-shut.md'), claimFileText({ title: 'The bridge shut', status: 'machine', sentences: [{ id: 'a/s-000001', text: 'The bridge shut.' }] }));
    expect((await readEventPairModel(content)).fitted).toBe(false);
    await writeFile(join(content, 'claims', 'bridge-shut.md'), claimFileText({ title: 'The bridge shut', status: 'reviewed', sentences: [{ id: 'a/s-000001', text: 'The bridge shut.' }] }));
    expect(await readEventPairModel(content)).toEqual({ model: fitted, fitted: true });
  });
});
