import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYSIS_OPTIONS, runAnalysis } from '../../../src/lib/analysis/analyze.ts';
import { claimFeatures, claimScorer } from '../../../src/lib/analysis/matcher/candidates.ts';
import { publishClaims } from '../../../src/lib/analysis/matcher/published-claims.ts';
import type { ClaimFile } from '../../../src/lib/review/claim-files.ts';
import { articlesFrom } from '../../helpers/corpus.ts';

/** An invented event: three outlets on a harbour strike. */
const articles = articlesFrom({
  'outlet-a':
    'Dock Workers Strike At Harbour\n' +
    'Dock workers at the northern harbour walked out on Monday over pay, halting container traffic.\n' +
    'The union said the strike would last 48 hours.\n' +
    'Port managers called the walkout illegal and said they would seek a court order.',
  'outlet-b':
    'Container traffic stopped at the northern harbour on Monday as dock workers went on strike over pay.\n' +
    'Union leader Mara Okonkwo said the stoppage would run for 48 hours.\n' +
    'Fishing boats were allowed to land their catch.',
  'outlet-c':
    'A 48-hour strike by dock workers shut the northern harbour, the union said.\n' +
    'Managers said they would go to court to end the walkout.\n' +
    'The city council will meet on Thursday to discuss the harbour budget.',
});
const { comparison, set, affinities } = runAnalysis(articles);
const { units } = set;
const { pairModel } = DEFAULT_ANALYSIS_OPTIONS;
const scorer = claimScorer(claimFeatures(set, affinities), pairModel.claimStage);
const text = new Map(comparison.sentences.map((sentence) => [sentence.id, sentence.text]));
const idOf = (start: string) => comparison.sentences.find((sentence) => sentence.text.startsWith(start))!.id;
const reporting = comparison.sentences.filter((sentence) => sentence.reporting).map((sentence) => sentence.id);
const options = { mergeThreshold: pairModel.mergeThreshold, suggestionThreshold: pairModel.suggestionThreshold };

function file(slug: string, ids: string[], status: ClaimFile['status'] = 'reviewed'): ClaimFile {
  return { slug, path: `content/claims/${slug}.md`, title: `Title of ${slug}`, status, sentences: ids.map((id) => ({ id, text: text.get(id)! })), confidence: null, note: slug === 'strike' ? 'A *note*.' : null };
}

describe('publishClaims', () => {
  it('publishes reviewed claims exactly as their files say, with the editor’s title and note, whatever the machine thinks', () => {
    // An editor may join sentences the machine would never join, and keep apart ones it would.
    const odd = file('odd-pair', [idOf('Fishing boats'), idOf('The city council')]);
    const strike = file('strike', [idOf('Dock workers at'), idOf('Container traffic')]);
    const published = publishClaims(units, scorer, affinities, [odd, strike], options);
    const byId = new Map(published.map((claim) => [claim.id, claim]));
    expect(byId.get('odd-pair')).toMatchObject({ reviewed: true, label: 'Title of odd-pair', confidence: null, articleIds: ['outlet-b', 'outlet-c'] });
    expect(byId.get('odd-pair')!.sentenceIds).toEqual([idOf('Fishing boats'), idOf('The city council')]);
    expect(byId.get('strike')).toMatchObject({ reviewed: true, note: 'A *note*.', sentenceIds: [idOf('Dock workers at'), idOf('Container traffic')] });
  });

  it('suggests an unplaced sentence for a reviewed claim it matches, apart from the members and with a confidence', () => {
    const strike = file('strike', [idOf('Dock workers at'), idOf('Container traffic')]);
    const claim = publishClaims(units, scorer, affinities, [strike], options).find((candidate) => candidate.id === 'strike')!;
    const suggested = claim.suggestions.map((suggestion) => suggestion.sentenceId);
    expect(suggested).toContain(idOf('A 48-hour strike'));
    expect(claim.sentenceIds).not.toContain(idOf('A 48-hour strike'));
    for (const suggestion of claim.suggestions) {
      expect(suggestion.confidence).toBeGreaterThanOrEqual(options.suggestionThreshold);
      expect(suggestion.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('groups what no reviewed claim holds with the machine, each claim with a confidence', () => {
    const published = publishClaims(units, scorer, affinities, [], options);
    expect(published.every((claim) => !claim.reviewed && claim.confidence !== null && claim.confidence >= 0 && claim.confidence <= 1)).toBe(true);
    const court = published.find((claim) => claim.sentenceIds.includes(idOf('Port managers')))!;
    expect(court.sentenceIds).toContain(idOf('Managers said'));
  });

  it('keeps every sentence accounted for, and reviewed membership intact, through any sequence of merges, splits and moves', () => {
    const shared = reporting.filter((id) => !comparison.sentences.find((sentence) => sentence.id === id)!.block.startsWith('head'));
    type Edit = { kind: 'merge' | 'split' | 'move' | 'drop' | 'review'; a: number; b: number; c: number };
    const edit = fc.record({ kind: fc.constantFrom('merge', 'split', 'move', 'drop', 'review'), a: fc.nat(), b: fc.nat(), c: fc.nat() }) as fc.Arbitrary<Edit>;
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        // Start from one proposal per sentence, as a first `claims:propose` would leave them.
        let files: ClaimFile[] = shared.map((id, at) => file(`c-${at}`, [id], 'machine'));
        let next = shared.length;
        for (const { kind, a, b, c } of edits) {
          if (files.length === 0) break;
          const x = files[a % files.length]!;
          const y = files[b % files.length]!;
          if (kind === 'merge' && x !== y) files = [...files.filter((f) => f !== x && f !== y), { ...x, sentences: [...x.sentences, ...y.sentences] }];
          if (kind === 'split' && x.sentences.length > 1) {
            const cut = 1 + (c % (x.sentences.length - 1));
            files = [...files.filter((f) => f !== x), { ...x, sentences: x.sentences.slice(0, cut) }, { ...x, slug: `c-${next++}`, sentences: x.sentences.slice(cut) }];
          }
          if (kind === 'move' && x !== y && x.sentences.length > 1) {
            const moved = x.sentences[c % x.sentences.length]!;
            files = files.map((f) => (f === x ? { ...f, sentences: f.sentences.filter((s) => s !== moved) } : f === y ? { ...f, sentences: [...f.sentences, moved] } : f));
          }
          if (kind === 'drop') files = files.filter((f) => f !== x);
          if (kind === 'review') files = files.map((f) => (f === x ? { ...f, status: 'reviewed' as const } : f));
        }
        const reviewed = files.filter((f) => f.status === 'reviewed');
        const published = publishClaims(units, scorer, affinities, reviewed, options);
        const accounted = new Set(published.flatMap((claim) => [...claim.sentenceIds, ...claim.suggestions.map((s) => s.sentenceId)]));
        for (const id of shared) expect(accounted.has(id)).toBe(true);
        for (const f of reviewed) {
          const claim = published.find((candidate) => candidate.id === f.slug)!;
          expect(new Set(claim.sentenceIds)).toEqual(new Set(f.sentences.map((s) => s.id)));
          expect(claim.reviewed).toBe(true);
        }
        const machineMembers = published.filter((claim) => !claim.reviewed).flatMap((claim) => claim.sentenceIds);
        const placed = new Set(reviewed.flatMap((f) => f.sentences.map((s) => s.id)));
        for (const id of machineMembers) expect(placed.has(id)).toBe(false);
        expect(new Set(published.map((claim) => claim.id)).size).toBe(published.length);
      }),
      { numRuns: 200 },
    );
  });
});
