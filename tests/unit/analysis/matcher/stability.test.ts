import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticles, runAnalysis } from '../../../../src/lib/analysis/analyze.ts';
import type { AnalysisArticle } from '../../../../src/lib/analysis/corpus.ts';
import { matchSetOf } from '../../../../src/lib/analysis/matcher/units.ts';
import { loadLabelledEvent } from '../../../../src/lib/io/load-event.ts';
import type { Comparison } from '../../../../src/lib/schemas/comparison.ts';
import { articlesFrom } from '../../../helpers/corpus.ts';
import { MATCHER_EVENTS } from '../../../helpers/matcher.ts';

/**
 * The rule: a term's weight depends only on how many sentences use it, candidates come from a
 * fixed cap on postings, and the pair model reads a pair's own features and its neighbours. So
 * articles that share no term with an event cannot change how its sentences are matched, wherever
 * their names sort and however many are added; and the order articles are given in changes nothing.
 */
const event = (await loadLabelledEvent(resolve(MATCHER_EVENTS, 'ferry-storm'), 'ferry-storm')).articles;
const eventIds = new Set(event.map((article) => article.id));

/** Invented articles on other subjects, named to sort before, between and after the event's. */
const unrelated = articlesFrom({
  'aaa-garden-show': 'Garden Show Opens\nThe spring garden show opened its gates with rose growers.\nJudges praised a blue tulip grown in a greenhouse.\nEntry costs eight euros for adults.',
  'mmm-chess-final': 'A teenage grandmaster won the national chess final after a tense endgame.\nShe sacrificed a rook on move forty and delivered checkmate.',
  'zzz-bakery-recipe': 'Bakers recommend letting sourdough rise slowly in a cool kitchen.\nA hotter oven gives a darker crust.',
});

/** Every pair of the event's sentences that share a claim, with the claim's confidence. */
function matches(comparison: Comparison): string[] {
  const out = new Set<string>();
  for (const claim of comparison.claims) {
    const members = claim.sentenceIds.filter((id) => eventIds.has(id.slice(0, id.indexOf('/'))));
    for (const a of members) for (const b of members) if (a < b) out.add(`${a} ${b} ${claim.confidence}`);
  }
  return [...out].sort();
}

const base = analyzeArticles(event);

describe('stability of the machine’s matches', () => {
  it('is tested with articles that really share no term with the event, in any view', () => {
    const { set } = matchSetOf([...event, ...unrelated]);
    const views = ['content', 'plainWords'] as const;
    const termsOf = (inEvent: boolean) => new Set(set.units.filter((unit) => eventIds.has(unit.sentence.articleId) === inEvent).flatMap((unit) => views.flatMap((view) => unit.terms[view])));
    const eventTerms = termsOf(true);
    expect([...termsOf(false)].filter((term) => eventTerms.has(term))).toEqual([]);
    expect(matches(base).length).toBeGreaterThan(5);
  });

  it('keeps every match among the event’s sentences, and its confidence, when unrelated articles are added', () => {
    for (let count = 1; count <= unrelated.length; count++) {
      const more: AnalysisArticle[] = [...unrelated.slice(0, count), ...event];
      expect(matches(analyzeArticles(more))).toEqual(matches(base));
    }
  });

  it('gives the event’s sentence pairs the same probabilities when unrelated articles are added', () => {
    const alone = runAnalysis(event).affinities;
    const more = runAnalysis([...unrelated, ...event]).affinities;
    for (const [a, near] of alone) for (const [b, p] of near) expect(more.get(a)?.get(b)).toBe(p);
    for (const [a, near] of more) {
      if (!alone.has(a)) continue;
      for (const b of near.keys()) expect(alone.get(a)!.has(b)).toBe(true);
    }
  });

  it('does not depend on the order the articles are given in', () => {
    const ordered = analyzeArticles([...event, ...unrelated]);
    const shuffled = analyzeArticles([unrelated[1]!, event[2]!, unrelated[0]!, event[0]!, unrelated[2]!, event[1]!]);
    expect(JSON.stringify(shuffled.claims)).toBe(JSON.stringify(ordered.claims));
    expect(JSON.stringify(shuffled.sentences)).toBe(JSON.stringify(ordered.sentences));
    expect(matches(ordered)).toEqual(matches(base));
  });
});
