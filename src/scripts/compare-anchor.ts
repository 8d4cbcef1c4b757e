import type { CompareAnchorPages } from '../lib/schemas/view/compare.ts';
import { anchorHref, isCompareAnchorPages } from '../lib/view/compare-pages.ts';

/**
 * A link to a row or a claim group's heading of the side-by-side table that this page does not hold (an old
 * `/compare/#<claim>` from before the table had pages, or a hand-edited page number) goes on to the page that
 * holds it, by `/compare/rows.json`, the outlets chosen in the address kept. The page's element
 * `[data-anchor-pages]` names that file and `data-page` the page. Without JavaScript the link lands on the page
 * it names, as any link to a missing anchor does.
 */
const page = document.querySelector<HTMLElement>('[data-anchor-pages]');
let anchorPages: Promise<CompareAnchorPages | null> | null = null;

async function follow() {
  if (!page) return;
  let anchor: string;
  try {
    anchor = decodeURIComponent(location.hash.slice(1));
  } catch {
    return; // A malformed address names no anchor.
  }
  if (anchor === '' || document.getElementById(anchor)) return;
  anchorPages ??= fetch(page.dataset['anchorPages']!)
    .then((response) => (response.ok ? response.json() : null))
    .then((json: unknown) => (isCompareAnchorPages(json) ? json : null))
    .catch(() => null);
  const known = await anchorPages;
  const href = known ? anchorHref(known, anchor, Number(page.dataset['page']), location.search) : null;
  if (href) location.replace(href);
}

void follow();
window.addEventListener('hashchange', () => void follow());
