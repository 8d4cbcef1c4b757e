/** Name of the URL query parameter that holds the chosen outlets (article ids, comma-separated). */
export const OUTLETS_PARAM = 'outlets';

/** Fewest outlets a comparison shows. */
export const MIN_OUTLETS = 2;

/**
 * The outlets chosen in a URL query (`?outlets=a,b`), in the page's outlet order. Unknown ids
 * and repeats are dropped; fewer than MIN_OUTLETS valid ids (or none given) means all outlets.
 */
export function parseOutletSelection(search: string, allIds: readonly string[]): string[] {
  const raw = new URLSearchParams(search).get(OUTLETS_PARAM);
  if (raw === null) return [...allIds];
  const wanted = new Set(raw.split(',').map((id) => id.trim()));
  const chosen = allIds.filter((id) => wanted.has(id));
  return chosen.length >= MIN_OUTLETS ? chosen : [...allIds];
}

/**
 * The query string for a choice of outlets, keeping other parameters: without the outlets
 * parameter when every outlet is chosen, so the plain URL stays the full comparison.
 */
export function outletSelectionSearch(currentSearch: string, chosen: readonly string[], allIds: readonly string[]): string {
  const params = new URLSearchParams(currentSearch);
  const ordered = allIds.filter((id) => chosen.includes(id));
  if (ordered.length === allIds.length || ordered.length < MIN_OUTLETS) params.delete(OUTLETS_PARAM);
  else params.set(OUTLETS_PARAM, ordered.join(','));
  const text = params.toString().replaceAll('%2C', ',');
  return text === '' ? '' : `?${text}`;
}

/** Whether a claim row stays visible for a choice of outlets: at least one chosen outlet reports it. */
export function rowVisible(reportingIds: readonly string[], chosen: readonly string[]): boolean {
  return reportingIds.some((id) => chosen.includes(id));
}
