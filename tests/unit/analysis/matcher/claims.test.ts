import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CorpusSentence } from '../../../../src/lib/analysis/corpus.ts';
import { groupClaims, type FoundClaim } from '../../../../src/lib/analysis/matcher/claims.ts';
import type { MatchUnit } from '../../../../src/lib/analysis/matcher/units.ts';
import { affinityMap, handSentence } from '../../../helpers/matcher.ts';

const unit = (id: string, block: CorpusSentence['block'] = 'paragraph', text?: string) => ({ sentence: handSentence(id, block, text) }) as MatchUnit;
const articleOf = (id: string) => id.slice(0, id.indexOf('/'));
const members = (claims: readonly FoundClaim[]) => claims.map((claim) => claim.sentenceIds);

describe('groupClaims', () => {
  it('joins linked sentences of different articles into one claim, and leaves the rest claims of their own', () => {
    const units = ['a/0', 'a/1', 'b/0', 'b/1', 'c/0'].map((id) => unit(id));
    const affinities = affinityMap([
      ['a/0', 'b/0', 0.9],
      ['a/0', 'c/0', 0.8],
      ['b/0', 'c/0', 0.7],
      ['a/1', 'b/1', 0.3],
    ]);
    expect(members(groupClaims(units, affinities, 0.5))).toEqual([['a/0', 'b/0', 'c/0'], ['a/1'], ['b/1']]);
    // At a lower threshold the weak pair is a claim too; at a higher one the triangle breaks up.
    expect(members(groupClaims(units, affinities, 0.3))).toEqual([['a/0', 'b/0', 'c/0'], ['a/1', 'b/1']]);
    // Two claims of two articles each, ordered by their ids.
    expect(members(groupClaims(units, affinities, 0.75)).sort()).toEqual([['a/0', 'b/0'], ['a/0', 'c/0'], ['a/1'], ['b/1']]);
  });

  it('lets a sentence stating two facts join two claims', () => {
    // c/0 states both: it matches a/0 and b/0, which do not match each other.
    const units = ['a/0', 'b/0', 'c/0'].map((id) => unit(id));
    const claims = groupClaims(units, affinityMap([['a/0', 'c/0', 0.9], ['b/0', 'c/0', 0.8], ['a/0', 'b/0', 0.1]]), 0.5);
    expect(members(claims)).toEqual([['a/0', 'c/0'], ['b/0', 'c/0']]);
    expect(new Set(claims.map((claim) => claim.id)).size).toBe(2);
  });

  it('puts two sentences of one article in one claim when both match the others (an outlet may state a fact twice)', () => {
    const units = ['a/0', 'a/1', 'b/0'].map((id) => unit(id));
    const claims = groupClaims(units, affinityMap([['a/0', 'b/0', 0.9], ['a/1', 'b/0', 0.8]]), 0.5);
    expect(members(claims)).toEqual([['a/0', 'a/1', 'b/0']]);
    expect(claims[0]!.articleIds).toEqual(['a', 'b']);
  });

  // groupClaims links any pair at the threshold, of one article too, although its comment says
  // "two sentences of different articles". The analysis never gives it such a pair (candidate
  // pairs are cross-article), so nothing published is wrong; reported to the lead.
  it('never joins two sentences of one article on their own, even when given their affinity', () => {
    const units = ['a/0', 'a/1'].map((id) => unit(id));
    expect(members(groupClaims(units, affinityMap([['a/0', 'a/1', 0.99]]), 0.5))).toEqual([['a/0'], ['a/1']]);
  });

  it('keeps a sentence out of a claim when it misses one member of another article', () => {
    // d/0 matches a/0 and b/0 but not c/0: it makes a second claim with a/0 and b/0.
    const units = ['a/0', 'b/0', 'c/0', 'd/0'].map((id) => unit(id));
    const links: Array<[string, string, number]> = [['a/0', 'b/0', 0.9], ['a/0', 'c/0', 0.9], ['b/0', 'c/0', 0.9], ['a/0', 'd/0', 0.9], ['b/0', 'd/0', 0.9]];
    expect(members(groupClaims(units, affinityMap(links), 0.5)).sort()).toEqual([['a/0', 'b/0', 'c/0'], ['a/0', 'b/0', 'd/0']]);
  });

  it('makes no claim of a title alone, but lets a title join a claim', () => {
    const units = [unit('a/0', 'headline'), unit('a/1'), unit('b/0', 'heading'), unit('b/1'), unit('c/0', 'video-title')];
    const claims = groupClaims(units, affinityMap([['a/0', 'b/1', 0.9]]), 0.5);
    expect(members(claims)).toEqual([['a/0', 'b/1'], ['a/1']]);
  });

  it('labels a claim with its most representative member: a body sentence before a title', () => {
    const units = [unit('a/0', 'headline', 'Storms Halt Island Ferry'), unit('b/0', 'paragraph', 'Storms forced the operator to cancel the island ferry on Friday.')];
    const [claim] = groupClaims(units, affinityMap([['a/0', 'b/0', 0.9]]), 0.5);
    expect(claim).toMatchObject({ label: 'Storms forced the operator to cancel the island ferry on Friday.', labelSentenceId: 'b/0', articleIds: ['a', 'b'] });
    expect(claim!.id).toMatch(/^c-storms-forced-the-operator-to-cancel-[0-9a-f]{6}$/);
  });

  it('ignores affinities of sentences it was not given', () => {
    const units = ['a/0', 'b/0'].map((id) => unit(id));
    expect(members(groupClaims(units, affinityMap([['a/0', 'x/0', 0.99], ['b/0', 'x/0', 0.99]]), 0.5))).toEqual([['a/0'], ['b/0']]);
  });

  it('gives ids that are the same from run to run', () => {
    const units = ['a/0', 'b/0', 'c/0'].map((id) => unit(id));
    const affinities = affinityMap([['a/0', 'b/0', 0.9]]);
    expect(groupClaims(units, affinities, 0.5)).toEqual(groupClaims(units, affinities, 0.5));
  });

  /** Random events: up to four articles of up to four sentences, some titles, random probabilities. */
  const events = fc
    .record({
      sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }),
      titles: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
      probabilities: fc.array(fc.constantFrom(0, 0.1, 0.3, 0.5, 0.55, 0.7, 0.9, 1), { minLength: 120, maxLength: 120 }),
      threshold: fc.constantFrom(0.3, 0.5, 0.7),
      seed: fc.nat(),
    })
    .map(({ sizes, titles, probabilities, threshold, seed }) => {
      const ids = sizes.flatMap((size, article) => Array.from({ length: size }, (_, index) => `${String.fromCharCode(97 + article)}/${index}`));
      const units = ids.map((id, k) => unit(id, titles[k] && id.endsWith('/0') ? 'headline' : 'paragraph'));
      const links: Array<[string, string, number]> = [];
      let next = 0;
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (articleOf(ids[i]!) !== articleOf(ids[j]!)) links.push([ids[i]!, ids[j]!, probabilities[next++ % probabilities.length]!]);
      return { units, links, threshold, seed };
    });

  it('covers the links with cliques: every cross-article pair in a claim is a link, every link is in a claim, every body sentence is in one', () => {
    fc.assert(
      fc.property(events, ({ units, links, threshold }) => {
        const affinities = affinityMap(links);
        const claims = groupClaims(units, affinities, threshold);
        const together = new Set<string>();
        for (const claim of claims) {
          for (const a of claim.sentenceIds) {
            for (const b of claim.sentenceIds) {
              if (articleOf(a) === articleOf(b)) continue;
              expect(affinities.get(a)?.get(b) ?? 0).toBeGreaterThanOrEqual(threshold);
              together.add(`${a} ${b}`);
            }
          }
          expect(claim.articleIds).toEqual([...new Set(claim.sentenceIds.map(articleOf))].sort());
          expect(claim.sentenceIds).toEqual([...claim.sentenceIds].sort());
          expect(claim.sentenceIds).toContain(claim.labelSentenceId);
        }
        for (const [a, b, p] of links) if (p >= threshold) expect(together.has(`${a} ${b}`)).toBe(true);
        const placed = new Set(claims.flatMap((claim) => claim.sentenceIds));
        for (const { sentence } of units) if (sentence.block === 'paragraph') expect(placed.has(sentence.id)).toBe(true);
        // A claim of one outlet is one body sentence that matched nothing.
        for (const claim of claims.filter((candidate) => candidate.articleIds.length === 1)) {
          expect(claim.sentenceIds).toHaveLength(1);
          expect(units.find((u) => u.sentence.id === claim.sentenceIds[0])!.sentence.block).toBe('paragraph');
          expect([...(affinities.get(claim.sentenceIds[0]!)?.values() ?? [])].every((p) => p < threshold)).toBe(true);
        }
        expect(new Set(claims.map((claim) => claim.id)).size).toBe(claims.length);
        expect(claims.map((claim) => claim.articleIds.length)).toEqual(claims.map((claim) => claim.articleIds.length).sort((x, y) => y - x));
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of the sentences or of the affinities', () => {
    fc.assert(
      fc.property(events, ({ units, links, threshold, seed }) => {
        const shuffle = <T>(list: readonly T[]) => {
          const out = [...list];
          let state = seed + 1;
          for (let i = out.length - 1; i > 0; i--) {
            state = (state * 1103515245 + 12345) % 2147483648;
            const j = state % (i + 1);
            [out[i], out[j]] = [out[j]!, out[i]!];
          }
          return out;
        };
        const flipped = shuffle(links).map(([a, b, p], k) => (k % 2 === 0 ? ([b, a, p] as [string, string, number]) : [a, b, p] as [string, string, number]));
        expect(groupClaims(shuffle(units), affinityMap(flipped), threshold)).toEqual(groupClaims(units, affinityMap(links), threshold));
      }),
      { numRuns: 150 },
    );
  });
});
