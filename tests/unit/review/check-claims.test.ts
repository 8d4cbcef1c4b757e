import { describe, expect, it } from 'vitest';
import { checkClaimSentences, sameSentenceText, sentenceChecker, unreviewedSentences, type KnownSentence } from '../../../src/lib/review/check-claims.ts';
import type { ClaimFile } from '../../../src/lib/review/claim-files.ts';

const sentences: KnownSentence[] = [
  { id: 'alpha/s-a00001', articleId: 'alpha', text: 'The council agreed a budget of 5 million on Monday.', reporting: true },
  { id: 'alpha/s-a00002', articleId: 'alpha', text: 'The meeting lasted roughly 90 minutes.', reporting: true },
  { id: 'alpha/s-a00003', articleId: 'alpha', text: 'By Ann Writer', reporting: false },
  { id: 'beta/s-b00009', articleId: 'beta', text: 'Budget passes after a long night.', reporting: true },
];

function claim(path: string, ...refs: Array<[string, string]>): ClaimFile {
  return { slug: 'x', path, title: 'T', status: 'reviewed', sentences: refs.map(([id, text]) => ({ id, text })), confidence: null, note: null };
}

describe('sentenceChecker', () => {
  const check = sentenceChecker(sentences);

  it('accepts a current reference, whitespace aside', () => {
    expect(check({ id: 'alpha/s-a00002', text: 'The meeting  lasted\nroughly 90 minutes.' })).toBeNull();
  });

  it.each([
    {
      name: 'changed words',
      ref: { id: 'alpha/s-a00002', text: 'The meeting lasted about 90 minutes.' },
      line: 'sentence alpha/s-a00002 now reads "The meeting lasted roughly 90 minutes."; check that it still states the claim, then copy its new text into the file (or remove the sentence)',
    },
    {
      name: 'page furniture',
      ref: { id: 'alpha/s-a00003', text: 'By Ann Writer' },
      line: 'sentence alpha/s-a00003 is not reporting text (a label, signature, link title or page furniture); remove it from the claim',
    },
    {
      name: 'the same words under a new id',
      ref: { id: 'alpha/s-ffffff', text: 'The meeting lasted roughly 90 minutes.' },
      line: 'sentence alpha/s-ffffff has a new id: the same words are now alpha/s-a00002; change the id in the file',
    },
    {
      name: 'an edited sentence',
      ref: { id: 'alpha/s-ffffff', text: 'The council agreed a budget of 4 million on Monday.' },
      line: 'sentence alpha/s-ffffff no longer exists (the article\'s text changed); closest now is alpha/s-a00001 "The council agreed a budget of 5 million on Monday.": if it states the claim, put its id and text in the file, else remove the sentence',
    },
    {
      name: 'a removed sentence',
      ref: { id: 'alpha/s-ffffff', text: 'Nothing like this is in the article.' },
      line: 'sentence alpha/s-ffffff no longer exists (the article\'s text changed) and nothing in alpha reads like it; remove it from the file',
    },
    {
      name: 'an unknown article',
      ref: { id: 'gamma/s-a00001', text: 'x' },
      line: 'sentence gamma/s-a00001 belongs to no article: there is no article "gamma" (renamed or removed?); fix the id or remove the sentence',
    },
  ])('says what to do about $name', ({ ref, line }) => {
    expect(check(ref)).toBe(line);
  });
});

describe('checkClaimSentences', () => {
  it('gives one problem per stale reference, naming the file', () => {
    const problems = checkClaimSentences(
      [
        claim('content/claims/a.md', ['alpha/s-a00001', 'The council agreed a budget of 5 million on Monday.']),
        claim('content/claims/b.md', ['alpha/s-a00002', 'Changed.'], ['beta/s-b00000', 'Gone.']),
      ],
      sentences,
    );
    expect(problems.map((problem) => problem.path)).toEqual(['content/claims/b.md', 'content/claims/b.md']);
    expect(problems[0]!.message).toMatch(/^sentence alpha\/s-a00002 now reads/);
    expect(problems[1]!.message).toMatch(/^sentence beta\/s-b00000 no longer exists/);
  });
});

describe('sameSentenceText', () => {
  it('compares as the anchors hash: NFC, whitespace collapsed', () => {
    expect(sameSentenceText('Cafe\u0301  ok ', 'Café ok')).toBe(true);
    expect(sameSentenceText('a b', 'a  c')).toBe(false);
  });
});

describe('unreviewedSentences', () => {
  it('lists reporting sentences of reviewed articles that no reviewed claim holds', () => {
    const files = [claim('a.md', ['alpha/s-a00001', 'x']), { ...claim('b.md', ['alpha/s-a00002', 'y']), status: 'machine' as const }];
    expect(unreviewedSentences(files, sentences, new Set(['alpha'])).map((sentence) => sentence.id)).toEqual(['alpha/s-a00002']);
    expect(unreviewedSentences(files, sentences, new Set(['alpha', 'beta'])).map((sentence) => sentence.id)).toEqual(['alpha/s-a00002', 'beta/s-b00009']);
  });
});
