import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareCorpus } from '../../../src/lib/analysis/corpus.ts';
import { labelledSentences } from '../../../src/lib/analysis/evaluate.ts';
import { corpusEvents, loadLabelledEvent, readCorpusSplit } from '../../../src/lib/io/load-event.ts';
import { MATCHER_EVENTS } from '../../helpers/matcher.ts';

const work = await mkdtemp(join(tmpdir(), 'parallax-load-event-'));
afterAll(() => rm(work, { recursive: true, force: true }));

/** A copy of an invented event folder, to break. */
async function copyOf(name: string): Promise<string> {
  const folder = join(work, `${name}-${Math.random().toString(36).slice(2, 8)}`);
  await cp(resolve(MATCHER_EVENTS, name), folder, { recursive: true });
  return folder;
}

/** A corpus folder with the given event folders (each with an empty labels.json) and split.json. */
async function corpusWith(events: string[], split: unknown): Promise<string> {
  const root = await mkdtemp(join(work, 'corpus-'));
  for (const name of events) {
    await mkdir(join(root, name));
    await writeFile(join(root, name, 'labels.json'), '{"claims": [], "quotes": []}\n');
  }
  await writeFile(join(root, 'split.json'), typeof split === 'string' ? split : JSON.stringify(split));
  return root;
}

describe('loadLabelledEvent', () => {
  it('ingests an event folder in memory, as npm run ingest would, with its labels', async () => {
    const event = await loadLabelledEvent(resolve(MATCHER_EVENTS, 'ferry-storm'), 'ferry-storm');
    expect(event.slug).toBe('ferry-storm');
    expect(event.articles.map((article) => [article.id, article.sourceFile, article.outlet, article.headline])).toEqual([
      ['the-island-gazette', '001_island-gazette.txt', 'The Island Gazette', 'Storms halt island ferry'],
      ['coast-herald', '002_coast-herald.txt', 'Coast Herald', null],
      ['channel-news', '003_channel-news.txt', 'Channel News', 'Merrow Island ferry cancelled as storms hit'],
    ]);
    expect(event.articles[1]!.sentences.map((sentence) => sentence.text)).toEqual([
      "Storms forced Tidewater Lines to cancel Friday's ferry to Merrow Island.",
      'Some 300 travellers spent the night at the terminal.',
      'Passengers will get their money back within seven days, the company said.',
      'Wind speeds reached 110 km/h on the headland.',
    ]);
    expect(event.labels.claims.map((claim) => claim.id)).toEqual(['ferry-cancelled', 'passengers-stranded', 'refunds', 'coastguard', 'wind', 'shop']);
    expect(event.labels.quotes).toEqual([]);
    expect(event.labels.figures).toEqual([]);
  });

  it.each(['bridge-repairs', 'ferry-storm', 'library-fire'])('finds every anchor of the invented event %s in its sentences', async (name) => {
    const event = await loadLabelledEvent(resolve(MATCHER_EVENTS, name), name);
    const corpus = prepareCorpus(event.articles);
    expect(labelledSentences(corpus, event.labels).missedAnchors).toEqual([]);
  });

  it('names labels.json and the field when the labels break the schema, and writes nothing', async () => {
    const folder = await copyOf('ferry-storm');
    await writeFile(join(folder, 'labels.json'), JSON.stringify({ claims: [{ id: 'x', evidence: [] }], quotes: [] }));
    const before = await readdir(folder, { recursive: true });
    await expect(loadLabelledEvent(folder, 'ferry-storm', 'events/ferry-storm')).rejects.toThrow(/^events\/ferry-storm\/labels\.json: claims\.0\.evidence: [^\n]+$/);
    expect(await readdir(folder, { recursive: true })).toEqual(before);
  });

  it('names the raw file an article cannot be read from', async () => {
    const folder = await copyOf('ferry-storm');
    await writeFile(join(folder, 'raw', '004_empty.txt'), '');
    await expect(loadLabelledEvent(folder, 'ferry-storm', 'events/ferry-storm')).rejects.toThrow(/^events\/ferry-storm\/raw\/004_empty\.txt: /);
  });

  it('names a folder inside raw/', async () => {
    const folder = await copyOf('ferry-storm');
    await mkdir(join(folder, 'raw', 'drafts'));
    await expect(loadLabelledEvent(folder, 'ferry-storm', 'events/ferry-storm')).rejects.toThrow('events/ferry-storm/raw/drafts: is a folder; article files must sit directly in events/ferry-storm/raw');
  });

  it('names labels.json when it is not JSON', async () => {
    const folder = await copyOf('ferry-storm');
    await writeFile(join(folder, 'labels.json'), '{ "claims": [');
    await expect(loadLabelledEvent(folder, 'ferry-storm', 'events/ferry-storm')).rejects.toThrow(/^events\/ferry-storm\/labels\.json: is not valid JSON \([^\n]+\)$/);
  });

  it('names provenance.json and the field, on one line, when it breaks its schema', async () => {
    const folder = await copyOf('ferry-storm');
    await writeFile(join(folder, 'provenance.json'), JSON.stringify({ articles: [{ sourceFile: '001_island-gazette.txt', outlet: 7 }] }));
    await expect(loadLabelledEvent(folder, 'ferry-storm', 'events/ferry-storm')).rejects.toThrow(/^events\/ferry-storm\/provenance\.json: articles\.0\.outlet: [^\n]+$/);
  });
});

describe('corpusEvents', () => {
  it('lists the sub-folders that have a labels.json, by name', async () => {
    expect(await corpusEvents(MATCHER_EVENTS)).toEqual(['bridge-repairs', 'ferry-storm', 'library-fire']);
    const root = await corpusWith(['zeta', 'alpha'], { tune: ['alpha', 'zeta'], heldOut: ['alpha'] });
    await mkdir(join(root, 'drafts'));
    await writeFile(join(root, 'drafts', 'notes.md'), 'no labels here');
    await writeFile(join(root, 'labels.json'), '{}');
    expect(await corpusEvents(root)).toEqual(['alpha', 'zeta']);
  });
});

describe('readCorpusSplit', () => {
  it('reads the split of the invented events', async () => {
    expect(await readCorpusSplit(MATCHER_EVENTS)).toEqual({ about: 'Split of the matcher unit-test events.', tune: ['ferry-storm', 'library-fire'], heldOut: ['bridge-repairs'] });
  });

  it.each([
    ['an event that is not a folder with labels', { tune: ['alpha', 'beta'], heldOut: ['gamma'] }, 'corpus/split.json: names "gamma", which is not an event folder with labels.json'],
    ['an event on both sides', { tune: ['alpha', 'beta'], heldOut: ['beta'] }, 'corpus/split.json: beta is both tuned on and held out'],
    ['too few tune events', { tune: ['alpha'], heldOut: ['beta'] }, /^corpus\/split\.json: tune: [^\n]+$/],
    ['a missing list', { tune: ['alpha', 'beta'] }, /^corpus\/split\.json: heldOut: [^\n]+$/],
  ])('rejects %s with one line naming split.json', async (_name, split, message) => {
    const root = await corpusWith(['alpha', 'beta'], split);
    const error = await readCorpusSplit(root, 'corpus').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    if (typeof message === 'string') expect((error as Error).message).toBe(message);
    else expect((error as Error).message).toMatch(message);
  });

  it('names split.json when it is not JSON', async () => {
    const root = await corpusWith(['alpha', 'beta'], '{ "tune": [');
    await expect(readCorpusSplit(root, 'corpus')).rejects.toThrow(/^corpus\/split\.json: is not valid JSON \([^\n]+\)$/);
  });
});
