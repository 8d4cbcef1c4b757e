import { describe, expect, it } from 'vitest';
import { evaluateAnalysis, normaliseForMatching, speakerMatches } from '../../../src/lib/analysis/evaluate.ts';
import type { EvalSet } from '../../../src/lib/schemas/eval-set.ts';

const analysis = {
  articles: [
    { id: 'a', sourceFile: 'a.txt' },
    { id: 'b', sourceFile: 'b.txt' },
    { id: 'c', sourceFile: 'c.txt' },
  ],
  sentences: [
    { id: 'a/1', articleId: 'a', text: 'The truce starts “today.”' },
    { id: 'a/2', articleId: 'a', text: 'Prisoners were exchanged.' },
    { id: 'b/1', articleId: 'b', text: 'A truce starts today.' },
    { id: 'b/2', articleId: 'b', text: 'Nothing else.' },
    { id: 'c/1', articleId: 'c', text: 'The  truce begins today.' },
  ],
  claims: [
    { id: 'x', sentenceIds: ['a/1', 'b/1'] },
    { id: 'y', sentenceIds: ['a/2', 'b/2'] },
  ],
  quotes: [
    { id: 'q1', articleId: 'a', text: 'We will never give up the fight', speaker: 'Ivan Petrov' },
    { id: 'q2', articleId: 'b', text: 'short', speaker: 'White House' },
  ],
  figures: [
    {
      dimension: 'duration',
      unit: 'minute',
      mentions: [
        { articleId: 'a', text: 'an hour and a half', value: 90, low: 90, high: 90, qualifier: null },
        { articleId: 'b', text: 'about 80 minutes', value: 80, low: 68, high: 92, qualifier: 'about' },
      ],
    },
  ],
};

const labels: EvalSet = {
  claims: [
    {
      id: 'truce',
      evidence: [
        { sourceFile: 'a.txt', anchors: ['truce starts "today."'] },
        { sourceFile: 'b.txt', anchors: ['truce starts today'] },
        { sourceFile: 'c.txt', anchors: ['truce begins today'] },
      ],
    },
    { id: 'only-a', evidence: [{ sourceFile: 'a.txt', anchors: ['Prisoners were exchanged'] }] },
    { id: 'only-b', evidence: [{ sourceFile: 'b.txt', anchors: ['Nothing else', 'not in any sentence'] }] },
  ],
  quotes: [
    { sourceFile: 'a.txt', anchor: 'never give up', speaker: 'Ivan Petrov' },
    { sourceFile: 'b.txt', anchor: 'short', speaker: 'Karoline Leavitt' },
    { sourceFile: 'c.txt', anchor: 'missing', speaker: 'Nobody' },
  ],
  figures: [
    { sourceFile: 'a.txt', anchor: 'An hour and a half', dimension: 'duration', unit: 'minute', value: 90 },
    { sourceFile: 'b.txt', anchor: 'about 80 minutes', dimension: 'duration', unit: 'minute', value: 80, qualifier: 'roughly' },
    { sourceFile: 'c.txt', anchor: 'ten days', dimension: 'duration', unit: 'minute', value: 14400 },
  ],
};

describe('evaluateAnalysis', () => {
  const report = evaluateAnalysis(analysis, labels);

  it('scores claims pairwise over anchored sentences of different articles', () => {
    // gold: a1-b1, a1-c1, b1-c1; predicted: a1-b1 (x), a2-b2 (y, a false pair of two one-outlet facts)
    expect(report.claims).toMatchObject({ goldPairs: 3, predictedPairs: 2, truePositives: 1, precision: 0.5, recall: 1 / 3 });
    expect(report.claims.f1).toBeCloseTo(0.4);
    expect(report.claims.missedAnchors).toEqual(['b.txt: not in any sentence']);
    expect(report.claims.missedPairs).toEqual([
      ['a/1', 'c/1'],
      ['b/1', 'c/1'],
    ]);
    expect(report.claims.extraPairs).toEqual([['a/2', 'b/2']]);
  });

  it('scores quote recall and speaker accuracy, with short texts only matching by containment', () => {
    expect(report.quotes).toMatchObject({ total: 3, found: 2, speakerCorrect: 1 });
    expect(report.quotes.recall).toBeCloseTo(2 / 3);
    expect(report.quotes.speakerAccuracy).toBe(0.5);
    expect(report.quotes.problems).toEqual([
      'wrong speaker: b.txt: “short” is by Karoline Leavitt, not White House',
      'not found: c.txt: “missing”',
    ]);
  });
});

describe('evaluateAnalysis: figures', () => {
  it('finds labelled figures among the exported ones and checks how each was read', () => {
    const { figures } = evaluateAnalysis(analysis, labels);
    expect(figures).toMatchObject({ total: 3, found: 2, correct: 1 });
    expect(figures.problems).toEqual(['misread: b.txt: “about 80 minutes”: qualifier about', 'not found: c.txt: “ten days”']);
  });

  it('scores nothing when a set labels no figures', () => {
    expect(evaluateAnalysis(analysis, { ...labels, figures: [] }).figures).toMatchObject({ total: 0, found: 0, recall: 0 });
  });
});

describe('normaliseForMatching', () => {
  it('straightens quote marks and collapses whitespace', () => {
    expect(normaliseForMatching(' “It’s  done,”\n he said ')).toBe('"It\'s done," he said');
  });
});

describe('speakerMatches', () => {
  it.each([
    ['Vladimir Putin', 'Vladimir Putin', true],
    ['Putin', 'Vladimir Putin', true],
    ['Rebekah Koffler', 'Koffler', true],
    ['White House', 'White House', true],
    ['Kremlin', 'White House', false],
    ['Putinova', 'Vladimir Putin', false],
    [null, 'Vladimir Putin', false],
    ['Sergei Ivashchov', 'Ivashov|Ivashchov', true],
    ['Sergei Ivashchov', 'Ivashov', false],
    ['Dmitri Solovkin', 'Dmitry Solovkin', true],
    ['Alexander Lebedko', 'Lebedkov', true],
    ['Lebedko', 'Petrov|White House', false],
  ])('%s names %s: %s', (exported, labelled, expected) => {
    expect(speakerMatches(exported, labelled)).toBe(expected);
  });
});
