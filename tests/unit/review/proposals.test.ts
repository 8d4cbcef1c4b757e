import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../../src/lib/analysis/analyze.ts';
import { parseClaimFile } from '../../../src/lib/review/claim-files.ts';
import { claimFileText, nearMisses, PROPOSAL_PREFIX, proposalFiles } from '../../../src/lib/review/proposals.ts';
import type { Comparison } from '../../../src/lib/schemas/comparison.ts';
import { articlesFrom } from '../../helpers/corpus.ts';

const articles = articlesFrom({
  'outlet-a': 'The ferry to the island was cancelled on Friday because of storms.\nThe operator said refunds would be paid within a week.',
  'outlet-b': 'Storms forced the cancellation of Friday’s island ferry.\nPassengers were told to expect refunds within seven days.',
});

describe('claimFileText', () => {
  it('writes a file that reads back as the same claim, with text that needs quoting quoted', () => {
    const frontmatter = {
      title: 'Operator: "refunds" within a week: soon',
      status: 'reviewed' as const,
      sentences: [{ id: 'outlet-a/s-abcdef', text: '- Not a list: "quoted" # not a comment' }],
    };
    const text = claimFileText(frontmatter, 'A note.');
    expect(parseClaimFile(text, 'refunds', 'refunds.md')).toEqual({
      claim: { slug: 'refunds', path: 'refunds.md', ...frontmatter, confidence: null, note: 'A note.' },
    });
    expect(text.startsWith('---\ntitle: ')).toBe(true);
  });
});

describe('proposalFiles', () => {
  const { comparison } = runAnalysis(articles);

  it('writes one machine file per machine claim, named from its label, never over a taken slug', () => {
    const files = proposalFiles(comparison, new Set());
    expect(files).toHaveLength(comparison.claims.length);
    for (const file of files) {
      expect(file.slug.startsWith(PROPOSAL_PREFIX)).toBe(true);
      const parsed = parseClaimFile(file.text, file.slug, `${file.slug}.md`);
      expect(parsed).toMatchObject({ claim: { status: 'machine', confidence: file.confidence } });
    }
    const again = proposalFiles(comparison, new Set([files[0]!.slug]));
    expect(again[0]!.slug).toBe(`${files[0]!.slug}-2`);
    expect(proposalFiles(comparison, new Set())).toEqual(files);
  });

  it('skips reviewed claims', () => {
    const reviewed = { ...comparison, claims: comparison.claims.map((claim, at) => ({ ...claim, reviewed: at === 0 })) };
    expect(proposalFiles(reviewed, new Set())).toHaveLength(comparison.claims.length - 1);
  });
});

describe('nearMisses', () => {
  it('lists cross-article pairs scored just under the merge point that share no claim, most likely first', () => {
    const { comparison, affinities } = runAnalysis(articles);
    const all = nearMisses(affinities, comparison, 0, 1);
    const shared = new Set(comparison.claims.flatMap((claim) => claim.sentenceIds.flatMap((a) => claim.sentenceIds.map((b) => `${a} ${b}`))));
    expect(all.length).toBeGreaterThan(0);
    for (const miss of all) {
      expect(shared.has(`${miss.first} ${miss.second}`)).toBe(false);
      expect(miss.first.split('/')[0]).not.toBe(miss.second.split('/')[0]);
      expect(miss.first < miss.second).toBe(true);
      expect(miss.confidence).toBe(Math.round(affinities.get(miss.first)!.get(miss.second)! * 1000) / 1000);
    }
    expect(all.map((miss) => miss.confidence)).toEqual([...all.map((miss) => miss.confidence)].sort((a, b) => b - a));
    expect(nearMisses(affinities, comparison, 0.99, 0.995)).toEqual([]);
  });

  it('keeps the band [floor, ceiling), and leaves out pairs one claim holds, as members or suggestions', () => {
    const affinities = new Map([
      ['a/1', new Map([['b/1', 0.45], ['b/2', 0.3], ['b/3', 0.5], ['b/4', 0.2], ['b/5', 0.4]])],
      ['b/1', new Map([['a/1', 0.45]])],
      ['b/2', new Map([['a/1', 0.3]])],
      ['b/3', new Map([['a/1', 0.5]])],
      ['b/4', new Map([['a/1', 0.2]])],
      ['b/5', new Map([['a/1', 0.4]])],
    ]);
    const claims = [
      { id: 'x', sentenceIds: ['a/1', 'b/5'], suggestedSentenceIds: [] },
      { id: 'y', sentenceIds: ['b/2'], suggestedSentenceIds: ['a/1'] },
      { id: 'z', sentenceIds: ['b/1'], suggestedSentenceIds: [] },
    ];
    // nearMisses reads only the claims' ids, members and suggestions.
    const comparison = { claims } as unknown as Pick<Comparison, 'claims'>;
    expect(nearMisses(affinities, comparison, 0.2, 0.5)).toEqual([
      { first: 'a/1', second: 'b/1', confidence: 0.45 },
      { first: 'a/1', second: 'b/4', confidence: 0.2 },
    ]);
  });
});
