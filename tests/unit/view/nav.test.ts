import { describe, expect, it } from 'vitest';
import { navItemSchema } from '../../../src/lib/schemas/view/common.ts';
import { navItems } from '../../../src/lib/view/nav.ts';

describe('navItems', () => {
  it.each([
    ['/', '/', 'Overview', 'page'],
    ['/', '/compare/', 'Side by side', 'page'],
    ['/', '/compare/a/b/', 'Side by side', 'true'],
    ['/', '/claims/c-x/', 'Claims', 'true'],
    ['/sub/', '/sub/about/', 'Method', 'page'],
    ['/sub/', '/sub/about', 'Method', 'page'],
  ])('base %s, page %s: %s is current (%s)', (base, path, label, current) => {
    const items = navItems(base, path);
    for (const item of items) navItemSchema.parse(item);
    expect(items.filter((item) => item.current !== null).map((item) => [item.label, item.current])).toEqual([[label, current]]);
  });

  it('marks nothing on an article page, and keeps links under the base', () => {
    const items = navItems('/sub/', '/sub/articles/x/');
    expect(items.every((item) => item.current === null && item.href.startsWith('/sub/'))).toBe(true);
  });
});
