import { describe, expect, it } from 'vitest';
import type { ClaimScorer } from '../../../../src/lib/analysis/matcher/candidates.ts';
import { publishClaims, type PublishedClaim } from '../../../../src/lib/analysis/matcher/published-claims.ts';
import type { ClaimFile } from '../../../../src/lib/review/claim-files.ts';
import { affinityMap, handSet } from '../../../helpers/matcher.ts';

/** Three invented outlets on a cancelled ferry, as hand-made terms. */
const { units } = handSet([
  { id: 'a/0', content: ['ferri', 'merrow', 'cancel'] },
  { id: 'a/1', content: ['refund', 'week'] },
  { id: 'a/2', content: ['shop', 'bread'] },
  { id: 'b/0', content: ['ferri', 'merrow', 'storm'] },
  { id: 'b/1', content: ['refund', 'seven'] },
  { id: 'c/0', content: ['ferri', 'merrow', 'sail'] },
  { id: 'c/1', content: ['wind'] },
  { id: 'c/2', content: ['refund', 'week', 'seven'] },
]);
const affinities = affinityMap([
  ['a/0', 'b/0', 0.9],
  ['a/0', 'c/0', 0.9],
  ['a/1', 'b/1', 0.7],
  ['a/1', 'c/2', 0.6],
  ['b/1', 'c/2', 0.65],
  ['a/0', 'c/1', 0.3],
]);
/** The claim stage, by hand: c/0 states the ferry claim; c/2 scores high but shares none of its distinctive terms. */
const score: ClaimScorer = (sentenceId, claim) => (claim.id === 'ferry' ? ({ 'c/0': 0.8, 'c/2': 0.9, 'a/1': 0.3 })[sentenceId] ?? 0 : 0);
const options = { mergeThreshold: 0.5, suggestionThreshold: 0.5 };
const file = (slug: string, ids: string[], note: string | null = null): ClaimFile => ({ slug, path: `content/claims/${slug}.md`, title: `The editor's title of ${slug}`, status: 'reviewed', sentences: ids.map((id) => ({ id, text: '' })), confidence: null, note });
const byMembers = (claims: readonly PublishedClaim[]) => claims.map((claim) => [claim.sentenceIds.join(' '), claim.reviewed, claim.confidence]);

describe('publishClaims', () => {
  const published = publishClaims(units, score, affinities, [file('ferry', ['b/0', 'a/0'], 'A *note*.')], options);
  const ferry = published.find((claim) => claim.id === 'ferry')!;

  it('keeps a reviewed claim exactly: its members in reading order, the editor’s title and note, no confidence', () => {
    expect(ferry).toMatchObject({ reviewed: true, label: "The editor's title of ferry", labelSentenceId: 'a/0', sentenceIds: ['a/0', 'b/0'], articleIds: ['a', 'b'], confidence: null, note: 'A *note*.' });
  });

  it('suggests, apart from the members, the sentences that reach the threshold and share a distinctive term', () => {
    expect(ferry.suggestions).toEqual([{ sentenceId: 'c/0', articleId: 'c', confidence: 0.8 }]);
    expect(ferry.sentenceIds).not.toContain('c/0');
  });

  it('groups the rest with the machine, each claim with its confidence', () => {
    expect(byMembers(published)).toEqual([
      // Three outlets first: the mean of its three pairs' probabilities.
      ['a/1 b/1 c/2', false, 0.65],
      ['a/0 b/0', true, null],
      // One outlet: one minus its best match anywhere.
      ['a/2', false, 1],
      ['c/1', false, 0.7],
    ]);
    for (const claim of published.filter((candidate) => !candidate.reviewed)) {
      expect(claim.suggestions).toEqual([]);
      expect(claim.note).toBeNull();
    }
  });

  it('accounts for every sentence once: in a reviewed claim, as a suggestion, or in a machine claim', () => {
    const placed = published.flatMap((claim) => [...claim.sentenceIds, ...claim.suggestions.map((suggestion) => suggestion.sentenceId)]);
    expect(placed.sort()).toEqual(units.map((unit) => unit.sentence.id).sort());
  });

  it('suggests a sentence for every reviewed claim it states, and sorts suggestions by confidence', () => {
    const both: ClaimScorer = (sentenceId, claim) => (sentenceId === 'c/0' ? 0.6 : sentenceId === 'a/0' && claim.id === 'other' ? 0 : sentenceId.startsWith('c/') ? 0.9 : 0);
    const claims = publishClaims(units, both, affinities, [file('ferry', ['a/0', 'b/0']), file('other', ['a/0'])], options);
    expect(claims.find((claim) => claim.id === 'ferry')!.suggestions.map((suggestion) => [suggestion.sentenceId, suggestion.confidence])).toEqual([['c/0', 0.6]]);
    expect(claims.find((claim) => claim.id === 'other')!.suggestions.map((suggestion) => suggestion.sentenceId)).toEqual(['c/0']);
  });

  it('rounds confidences to three places', () => {
    const claims = publishClaims(units, () => 0.123456, affinityMap([['a/1', 'b/1', 0.70049]]), [file('ferry', ['a/0', 'b/0'])], { mergeThreshold: 0.5, suggestionThreshold: 0.1 });
    expect(claims.find((claim) => claim.id === 'ferry')!.suggestions[0]!.confidence).toBe(0.123);
    expect(claims.find((claim) => claim.sentenceIds.join() === 'a/1,b/1')!.confidence).toBe(0.7);
  });

  it('never gives a machine claim the slug of a reviewed claim', () => {
    const machineId = published.find((claim) => claim.sentenceIds.join() === 'a/2')!.id;
    // A reviewed claim holding only a sentence the corpus no longer has takes the machine claim's slug.
    const claims = publishClaims(units, score, affinities, [file('ferry', ['a/0', 'b/0']), file(machineId, ['z/9'])], options);
    expect(claims.find((claim) => claim.sentenceIds.join() === 'a/2')!.id).toBe(`${machineId}-2`);
    expect(claims.find((claim) => claim.id === machineId)!.reviewed).toBe(true);
    expect(new Set(claims.map((claim) => claim.id)).size).toBe(claims.length);
  });

  it('publishes the machine alone when no claim is reviewed', () => {
    const claims = publishClaims(units, score, affinities, [], options);
    expect(claims.every((claim) => !claim.reviewed && claim.confidence !== null)).toBe(true);
    // b/0 and c/0 both match a/0 but not each other: two claims share a/0 (ordered by their ids).
    expect(byMembers(claims).sort()).toEqual([
      ['a/0 b/0', false, 0.9],
      ['a/0 c/0', false, 0.9],
      ['a/1 b/1 c/2', false, 0.65],
      ['a/2', false, 1],
      ['c/1', false, 0.7],
    ]);
    expect(claims[0]!.articleIds).toHaveLength(3);
  });
});
