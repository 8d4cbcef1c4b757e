import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticles, DEFAULT_ANALYSIS_OPTIONS } from '../../../../src/lib/analysis/analyze.ts';
import type { AnalysisArticle } from '../../../../src/lib/analysis/corpus.ts';
import { readCollection } from '../../../../src/lib/io/read-collection.ts';
import { readPairModel } from '../../../../src/lib/io/read-pair-model.ts';
import type { Comparison } from '../../../../src/lib/schemas/comparison.ts';
import { articlesFrom } from '../../../helpers/corpus.ts';
import { ingestRealArticles, projectRoot } from '../../../helpers/render.ts';

/**
 * The rule: a term's weight depends only on how many clauses use it, candidates come from a
 * fixed cap on postings, and merges are decided by the pair's own features. So an article that
 * shares no content word with the others cannot change how they are matched, wherever its file
 * name sorts and however many such articles are added.
 */
async function realArticles(): Promise<AnalysisArticle[]> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-stability-'));
  for (const article of ingestRealArticles()) await writeFile(join(dir, article.fileName), article.markdown);
  return readCollection(dir, 'content/articles');
}

/** Invented articles on other subjects, named to sort before, between and after the real files. */
const unrelated = articlesFrom({
  'aaa-garden-show':
    'Garden Show Opens\n' +
    'The spring garden show opened its gates with three hundred rose growers.\n' +
    'Judges praised a blue tulip bred in a greenhouse near the coast.\n' +
    'Entry costs eight euros for adults.',
  'mmm-chess-final':
    'A teenage grandmaster won the national chess final after a tense endgame.\n' +
    'She sacrificed a rook on move forty and forced checkmate.',
  'zzz-bakery-recipe':
    'Bakers recommend letting sourdough rise overnight in a cool kitchen.\n' +
    'A hotter oven gives a darker crust.',
}).map((article) => ({ ...article, sourceFile: `${article.id.slice(0, 3) === 'zzz' ? '999' : article.id.slice(0, 3) === 'aaa' ? '000' : '002'}_${article.id}.txt` }));

/** Every pair of sentences (of the given articles) that share a claim. */
function matches(comparison: Comparison, articleIds: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const claim of comparison.claims) {
    const members = claim.sentenceIds.filter((id) => articleIds.has(id.slice(0, id.indexOf('/'))));
    for (const a of members) for (const b of members) if (a < b) out.add(`${a} ${b}`);
  }
  return [...out].sort();
}

describe('stability of the machine’s matches', async () => {
  const five = await realArticles();
  const ids = new Set(five.map((article) => article.id));
  const model = await readPairModel(join(projectRoot, 'content', 'pair-model.json'));
  const options = { ...DEFAULT_ANALYSIS_OPTIONS, pairModel: model };
  const base = analyzeArticles(five, null, options);

  it('adding unrelated articles changes no existing match, whatever their names', () => {
    for (let count = 1; count <= unrelated.length; count++) {
      const more = analyzeArticles([...unrelated.slice(0, count), ...five], null, options);
      expect(matches(more, ids)).toEqual(matches(base, ids));
    }
  });

  it('does not depend on the order the articles are given in', () => {
    const shuffled = analyzeArticles([five[3]!, five[0]!, ...unrelated, five[4]!, five[2]!, five[1]!], null, options);
    const ordered = analyzeArticles([...five, ...unrelated], null, options);
    expect(JSON.stringify(shuffled.claims)).toBe(JSON.stringify(ordered.claims));
  });

  it('leaves the confidence of existing machine claims as it was when the new articles share no content word', () => {
    // The chess report shares "national" and "final" with the five: those words' weights may move, by design.
    const more = analyzeArticles([unrelated[0]!, unrelated[2]!, ...five], null, options);
    const confidence = (comparison: Comparison) =>
      comparison.claims.filter((claim) => claim.articleIds.every((id) => ids.has(id)) && claim.articleIds.length > 1).map((claim) => `${claim.sentenceIds.join(' ')} ${claim.confidence}`).sort();
    expect(confidence(more)).toEqual(confidence(base));
  });
});
