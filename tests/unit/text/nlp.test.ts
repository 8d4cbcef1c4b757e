import { describe, expect, it } from 'vitest';
import { nlp } from '../../../src/lib/text/nlp.ts';

describe('nlp', () => {
  it('returns one shared instance that tokenises English', () => {
    expect(nlp()).toBe(nlp());
    expect(nlp().readDoc('Putin spoke with Trump.').tokens().out()).toEqual(['Putin', 'spoke', 'with', 'Trump', '.']);
  });
});
