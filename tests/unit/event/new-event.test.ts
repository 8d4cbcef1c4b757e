import { describe, expect, it } from 'vitest';
import { describePlan, planNewEvent, planRemovesAnything } from '../../../src/lib/event/new-event.ts';

const event = { title: 'Harbour bridge closes', date: '2031-04-02', place: null, summary: null, source: null };

const oldEvent = [
  'raw/000_a.txt',
  'raw/001_b.html',
  'articles/a.md',
  'data/comparison.json',
  'claims/bridge-shut.md',
  'claims/.gitkeep',
  'review.yaml',
  'speakers.yaml',
  'layout.yaml',
  'labels/set.json',
  'evaluation.json',
  'pair-model.json',
  'provenance.json',
  'event.yaml',
  'NOTES.md',
  'rawish.txt',
];

describe('planNewEvent', () => {
  it('removes every part an event owns, rewrites the settings and provenance, and keeps the rest by name', () => {
    const plan = planNewEvent(oldEvent, event, 2);
    expect(plan.remove.map((part) => [part.path, part.files])).toEqual([
      ['raw', ['raw/000_a.txt', 'raw/001_b.html']],
      ['articles', ['articles/a.md']],
      ['data', ['data/comparison.json']],
      ['claims', ['claims/bridge-shut.md']],
      ['review.yaml', ['review.yaml']],
      ['speakers.yaml', ['speakers.yaml']],
      ['layout.yaml', ['layout.yaml']],
      ['labels', ['labels/set.json']],
      ['evaluation.json', ['evaluation.json']],
      ['pair-model.json', ['pair-model.json']],
    ]);
    expect(plan.keep).toEqual(['NOTES.md', 'claims/.gitkeep', 'rawish.txt']);
    expect(plan.write.map((file) => file.path)).toEqual(['event.yaml', 'provenance.json']);
    expect(JSON.parse(plan.write[1]!.content)).toMatchObject({ articles: [] });
    expect(plan.write[0]!.content).toContain('title: Harbour bridge closes\ndate: 2031-04-02\n');
  });

  it('accounts for every file: each is removed, kept or written again, once', () => {
    const plan = planNewEvent(oldEvent, event, 2);
    const accounted = [...plan.remove.flatMap((part) => part.files), ...plan.keep, ...plan.write.map((file) => file.path)];
    expect(accounted.sort()).toEqual([...oldEvent].sort());
  });

  it('has nothing to remove, and nothing to ask, on an empty content folder', () => {
    const plan = planNewEvent([], event, 0);
    expect(plan.remove).toEqual([]);
    expect(planRemovesAnything(plan)).toBe(false);
    expect(planRemovesAnything(planNewEvent(['provenance.json'], event, 3))).toBe(true);
    expect(planRemovesAnything(planNewEvent(['provenance.json'], event, 'unreadable'))).toBe(true);
  });
});

describe('describePlan', () => {
  it('lists each part with its file count and what it is, the provenance entries, what is written and what is kept', () => {
    expect(describePlan(planNewEvent(['raw/000_a.txt', 'raw/001_b.txt', 'review.yaml', 'NOTES.md'], event, 2))).toEqual([
      'event:new will remove:',
      '  content/raw/ (2 files): the article files',
      "  content/review.yaml: the editor's review record",
      '  2 entries of content/provenance.json: where the old articles came from',
      'and write content/event.yaml and content/provenance.json for the new event',
      'and keep, as no event owns them: content/NOTES.md',
    ]);
    expect(describePlan(planNewEvent(['provenance.json'], event, 'unreadable'))[1]).toBe('  content/provenance.json: not a provenance file (not JSON with "articles"), replaced whole');
  });
});
