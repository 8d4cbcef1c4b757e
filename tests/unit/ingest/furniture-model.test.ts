import { describe, expect, it } from 'vitest';
import { BLOCK_FEATURES, blockFeatures, isTableRow, modelCandidates, storyProse } from '../../../src/lib/ingest/block-features.ts';
import { applyFurnitureModel, checkedModel, defaultFurnitureModel, furnitureProbabilities } from '../../../src/lib/ingest/furniture-model.ts';
import { fitFurnitureModel, labelledRows, type FurnitureCase } from '../../../src/lib/ingest/furniture-training.ts';
import { ingestArticles } from '../../../src/lib/ingest/ingest-articles.ts';
import type { ArticleBlock } from '../../../src/lib/schemas/article-block.ts';
import type { FurnitureModel } from '../../../src/lib/schemas/furniture-model.ts';

const PROSE = [
  'The county council voted on Tuesday to close two of its four recycling centres from April, saying the savings would keep the others open seven days a week.',
  'Councillors were told the two sites together took less than a fifth of the waste brought by residents last year, and that both needed new roofs.',
  'The decision follows a consultation in which more than 2,000 residents took part, most of them asking for longer opening hours rather than more sites.',
];
const feature = (name: (typeof BLOCK_FEATURES)[number]) => BLOCK_FEATURES.indexOf(name);

/** An article: chrome above and below three paragraphs of a story. */
function article(): ArticleBlock[] {
  return [
    { type: 'headline', text: 'Council to close two recycling centres' },
    { type: 'paragraph', text: 'Home | News | Environment' },
    ...PROSE.map((text): ArticleBlock => ({ type: 'paragraph', text })),
    { type: 'paragraph', text: 'Sign up for your daily briefing' },
    { type: 'paragraph', text: 'Region | Weather | Jobs | Contact' },
  ];
}

describe('blockFeatures', () => {
  it('gives one row of BLOCK_FEATURES per block with text, read by shape and place', () => {
    const rows = blockFeatures(article());
    expect(rows.every((row) => row.length === BLOCK_FEATURES.length)).toBe(true);
    const [trail, lede, , , follow] = rows.slice(1);
    expect(trail![feature('separator marks')]).toBe(1);
    expect(trail![feature('before the story')]).toBe(1);
    expect(lede![feature('ends a sentence')]).toBe(1);
    expect(lede![feature('has a verb')]).toBe(1);
    expect(lede![feature('before the story')]).toBe(0);
    expect(lede![feature('closed-class share')]).toBeGreaterThan(0.3);
    expect(lede![feature('shares words with the story')]).toBeGreaterThan(0);
    expect(follow![feature('after the story')]).toBe(1);
    expect(follow![feature('addresses the reader')]).toBe(1);
    expect(follow![feature('story prose before')]).toBe(1);
    expect(follow![feature('ends a sentence')]).toBe(0);
  });

  it('gives an empty row to a block with no text of its own', () => {
    expect(blockFeatures([{ type: 'paragraph', text: '   ' }, { type: 'paragraph', text: PROSE[0]! }])[0]).toEqual([]);
  });
});

describe('isTableRow', () => {
  it('is a paragraph of cells beside another of as many cells', () => {
    const blocks: ArticleBlock[] = [
      { type: 'paragraph', text: 'Site | Tonnes | Share' },
      { type: 'paragraph', text: 'Mill Lane | 4,100 | 38%' },
      { type: 'paragraph', text: 'Home | News' },
    ];
    expect([0, 1, 2].map((at) => isTableRow(blocks, at))).toEqual([true, true, false]);
  });
});

describe('storyProse', () => {
  it('marks the paragraphs and turns long enough to be the story, and passes them to both readers alike', () => {
    const blocks = article();
    const story = storyProse(blocks);
    expect(story).toEqual([false, false, true, true, true, false, false]);
    expect(blockFeatures(blocks, story)).toEqual(blockFeatures(blocks));
    expect(modelCandidates(blocks, story)).toEqual(modelCandidates(blocks));
    expect(storyProse([{ type: 'turn', speaker: 'HOST', text: PROSE[0]! } as ArticleBlock])).toEqual([true]);
  });
});

describe('modelCandidates', () => {
  it('paragraphs that are no sentence of the story, and headings outside the story that head nothing under them', () => {
    const blocks: ArticleBlock[] = [
      { type: 'headline', text: 'Council to close two recycling centres' },
      { type: 'subheading', text: 'Two of four sites to shut in April' },
      { type: 'subheading', text: 'Most read' },
      { type: 'paragraph', text: PROSE[0]! },
      { type: 'subheading', text: 'What happens next' },
      { type: 'paragraph', text: PROSE[1]! },
      { type: 'paragraph', text: 'No deaths were reported.' },
      { type: 'paragraph', text: 'Sign up: daily briefing' },
      { type: 'subheading', text: 'Related' },
      { type: 'subheading', text: 'Recycling centres: the opening hours' },
      { type: 'paragraph', text: 'The recycling centres will open at eight and close at six every day.' },
      { type: 'byline', text: 'By Jo Reed', authors: ['Jo Reed'] },
    ];
    // The deck under the headline, a heading inside the story, full sentences and a heading its paragraph takes up are the story's.
    expect(modelCandidates(blocks)).toEqual([false, false, true, false, false, false, false, true, true, false, false, false]);
  });
});

describe('the furniture model', () => {
  it('the shipped model is fitted on BLOCK_FEATURES, with a threshold chosen on cases held out', () => {
    expect(defaultFurnitureModel().features).toEqual([...BLOCK_FEATURES]);
    expect(defaultFurnitureModel().fittedOn.cases).toBeGreaterThan(50);
    expect(defaultFurnitureModel().crossValidation.some((row) => row.threshold === defaultFurnitureModel().threshold)).toBe(true);
  });

  it('checkedModel refuses a model fitted on other features, naming the file and what to do', () => {
    expect(() => checkedModel({ ...defaultFurnitureModel(), features: ['a'], weights: [1] })).toThrow(/furniture-model\.json: .*npm run model:furniture/);
    expect(() => checkedModel({ ...defaultFurnitureModel(), weights: [1] })).toThrow();
  });

  it('scores paragraphs and headings only, never a table row, and finds chrome likelier than prose', () => {
    const blocks = article();
    const p = furnitureProbabilities(blocks, defaultFurnitureModel());
    expect(p[0]).toBeNull();
    // Sentences of the story are never scored; chrome above and below it is, and likely furniture.
    expect(p.slice(2, 5)).toEqual([null, null, null]);
    expect(p[1]!).toBeGreaterThan(0.5);
    expect(p[6]!).toBeGreaterThan(0.5);
    const table: ArticleBlock[] = [{ type: 'paragraph', text: 'A | 1' }, { type: 'paragraph', text: 'B | 2' }];
    expect(furnitureProbabilities(table, defaultFurnitureModel())).toEqual([null, null]);
  });

  it('sets apart what passes the threshold as the page\'s, keeps what an editor gave, and loses no text', () => {
    const always: FurnitureModel = { ...defaultFurnitureModel(), weights: defaultFurnitureModel().weights.map(() => 0), bias: 10 };
    const blocks = article();
    const out = applyFurnitureModel(blocks, always);
    expect(out.map((block) => block.type)).toEqual(['headline', 'boilerplate', 'paragraph', 'paragraph', 'paragraph', 'boilerplate', 'boilerplate']);
    expect(applyFurnitureModel(blocks, always, (text) => text === 'Sign up for your daily briefing')[5]!.type).toBe('paragraph');
    expect(out.map((block) => ('text' in block ? block.text : ''))).toEqual(blocks.map((block) => ('text' in block ? block.text : '')));
    expect(applyFurnitureModel(blocks, null)).toEqual(blocks);
    const never: FurnitureModel = { ...always, bias: -10 };
    expect(applyFurnitureModel(blocks, never)).toEqual(blocks);
  });

  it('runs in the ingest: link titles the rules leave under the story are set apart, the story stays, and null reads by the rules alone', () => {
    const links = ['Bus station to reopen after repairs', 'Ferry fares to rise in January'];
    // A sentence under the titles keeps the rule for closing sections from reading them: what is left is the model's.
    const text = ['Council to close two recycling centres', '', ...PROSE.flatMap((line) => [line, '']), ...links.flatMap((line) => [line, '']), 'The Courier is published every weekday by Corran Media in the harbour town.', '', 'Sign up for your daily briefing from the Courier', '', 'Tell us what you think about this story'].join('\n');
    const read = (options: { furnitureModel?: FurnitureModel | null }) => {
      const result = ingestArticles([{ name: 'a.txt', bytes: new TextEncoder().encode(text) }], { articles: [] }, 'raw', undefined, options);
      if (!result.ok) throw new Error(result.problems.join('\n'));
      return result.articles[0]!.blocks.map((block) => `${block.type}: ${'text' in block ? block.text : ''}`);
    };
    expect(read({ furnitureModel: null })).toEqual(expect.arrayContaining(links.map((line) => `subheading: ${line}`)));
    const read2 = read({});
    expect(read2).toEqual(expect.arrayContaining([...links.map((line) => `boilerplate: ${line}`), ...PROSE.map((line) => `paragraph: ${line}`)]));
  });
});

describe('training', () => {
  const labels = { headline: 'Council to close two recycling centres', furniture: ['Home | News | Environment', 'Sign up for your daily briefing', 'Region | Weather | Jobs | Contact'] };

  it('labelledRows: furniture where a label is the block or most of it; the headline and mixed blocks left out', () => {
    const blocks: ArticleBlock[] = [...article(), { type: 'paragraph', text: `${PROSE[0]} Sign up for your daily briefing` }];
    const rows = labelledRows(blocks, labels);
    expect(rows.map((row) => row.furniture)).toEqual([true, false, false, false, true, true]);
    expect(rows.map((row) => row.candidate)).toEqual([true, false, false, false, true, true]);
    expect(rows[1]!.words).toBeGreaterThan(20);
  });

  it('fitFurnitureModel: learns chrome from prose, holds each case out to choose the threshold, and is deterministic', () => {
    const cases: FurnitureCase[] = ['a', 'b', 'c', 'd'].map((name) => ({ name, rows: labelledRows(article(), labels) }));
    const model = fitFurnitureModel(cases, { l2: 1 });
    expect(model.fittedOn).toEqual({ cases: 4, blocks: 24, furniture: 12 });
    expect(model.features).toEqual([...BLOCK_FEATURES]);
    const held = model.crossValidation.find((row) => row.threshold === model.threshold)!;
    expect(held.caught).toBeGreaterThan(0);
    expect(held.lostLong).toBe(0);
    expect(fitFurnitureModel(cases, { l2: 1 })).toEqual(model);
    expect(() => fitFurnitureModel(cases.slice(0, 1))).toThrow(/at least two/);
  });
});
