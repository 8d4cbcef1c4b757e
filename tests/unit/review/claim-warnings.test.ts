import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/lib/analysis/tokens.ts';
import { claimWarnings, fragmentShape, reportingVerb } from '../../../src/lib/review/claim-warnings.ts';
import type { ClaimFile } from '../../../src/lib/review/claim-files.ts';

const claim = (title: string, texts: string[], status: ClaimFile['status'] = 'reviewed'): ClaimFile => ({
  slug: 'bridge',
  path: 'content/claims/bridge.md',
  title,
  status,
  sentences: texts.map((text, index) => ({ id: `a${index}/s-00000${index}`, text })),
  confidence: null,
  note: null,
});

describe('fragmentShape', () => {
  it.each([
    ['Will the council approve the bridge?', 'is a question'],
    ['"Is it realistic?" she asked.', null],
    ['Is it realistic?"', 'is a question'],
    ['Bridge budget', 'has no verb (a label or a fragment)'],
    ['JUST IN:', 'has no verb (a label or a fragment)'],
    ['They also said the…', 'is cut off (a short line ending in an ellipsis)'],
    ['The council agreed a budget for the bridge, with an understanding that work starts in May and ends…', null],
    ['Mayor confident', null],
    ['Council backs bridge plan', null],
    ['Leaders call for "an end to delays"', null],
    ['The council approved the budget on Monday.', null],
  ])('%s → %s', (text, shape) => {
    expect(fragmentShape(text, tokenize(text))).toBe(shape);
  });
});

describe('reportingVerb', () => {
  it.each([
    ['Ministry: the bridge will reopen in May', 'reopen'],
    ['Both leaders stressed the need for talks', 'stressed'],
    ["The council's budget for next year", null],
  ])('%s → %s', (title, verb) => {
    expect(reportingVerb(tokenize(title))?.text ?? null).toBe(verb);
  });
});

describe('claimWarnings', () => {
  it('warns about a question member and a title verb no member uses, as hints naming the file', () => {
    const warnings = claimWarnings([claim('Both leaders stressed the need for a new bridge', ['Will they build a bridge?', 'Both leaders acknowledged the need for a new bridge.'])]);
    expect(warnings).toEqual([
      { path: 'content/claims/bridge.md', message: 'sentence a0/s-000000 is a question; a member must state the claim (move it to content/review.yaml statesNoFact if it states no fact)' },
      { path: 'content/claims/bridge.md', message: 'the title\'s verb "stressed" is in none of its members; use the articles\' own verb' },
    ]);
  });

  it('accepts a title whose verb a member uses in another form, and ignores machine proposals', () => {
    expect(claimWarnings([claim('The council approved the bridge budget', ['The budget won the approval of the council.', 'Councillors approve the bridge budget.'])])).toEqual([]);
    expect(claimWarnings([claim('Bridge?', ['Bridge?'], 'machine')])).toEqual([]);
  });
});
