/** Whether a key press is meant for a text field, so single-key shortcuts must leave it alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * Arrow keys between the search field and the result links: Down from the field goes to the
 * first link, Down and Up move link by link, Up from the first link returns to the field, Home
 * and End jump to the ends. Returns whether the key was used. Focus moves for real (no
 * aria-activedescendant), so Enter on a result simply follows its link.
 */
export function moveThroughResults(event: KeyboardEvent, input: HTMLInputElement, results: HTMLElement): boolean {
  const links = [...results.querySelectorAll<HTMLAnchorElement>('a[href]')];
  if (links.length === 0) return false;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  let next: HTMLElement | undefined;
  if (event.key === 'ArrowDown') next = at === -1 ? links[0] : links[Math.min(at + 1, links.length - 1)];
  else if (event.key === 'ArrowUp') next = at <= 0 ? input : links[at - 1];
  else if (at !== -1 && event.key === 'Home') next = links[0];
  else if (at !== -1 && event.key === 'End') next = links[links.length - 1];
  if (!next) return false;
  next.focus();
  next.scrollIntoView({ block: 'nearest' });
  return true;
}
