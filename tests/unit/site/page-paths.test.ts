import { describe, expect, it } from 'vitest';
import { claimPath, comparePath, pairPath } from '../../../src/lib/site/paths.ts';

describe('page paths', () => {
  it('name the comparison pages relative to the site root', () => {
    expect(comparePath()).toBe('compare/');
    expect(comparePath('c-x-1a2b')).toBe('compare/#c-x-1a2b');
    expect(pairPath('a', 'b')).toBe('compare/a/b/');
    expect(claimPath()).toBe('claims/');
    expect(claimPath('c-x-1a2b')).toBe('claims/c-x-1a2b/');
  });
});
