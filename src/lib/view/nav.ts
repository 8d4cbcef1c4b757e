import type { NavItem } from '../schemas/view/common.ts';
import { withBase } from '../site/paths.ts';

/** The site's sections, in menu order: path (relative to the base) and label. */
export const SECTIONS: ReadonlyArray<{ path: string; label: string }> = [
  { path: '', label: 'Overview' },
  { path: 'compare/', label: 'Side by side' },
  { path: 'claims/', label: 'Claims' },
  { path: 'quotes/', label: 'Quotes' },
  { path: 'about/', label: 'Method' },
];

/** The main navigation for the page at `pathname`, under the deployment's `base`. */
export function navItems(base: string, pathname: string): NavItem[] {
  const here = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return SECTIONS.map(({ path, label }) => {
    const href = withBase(base, path);
    const current = here === href ? 'page' : path !== '' && here.startsWith(href) ? 'true' : null;
    return { href, label, current };
  });
}
