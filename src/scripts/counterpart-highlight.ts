/**
 * `<counterpart-highlight>`: hovering or focusing an element with `data-claims` highlights the
 * other elements that share one of its claims (class `is-counterpart`), and marks the element
 * itself (`is-source`).
 */
class CounterpartHighlight extends HTMLElement {
  private byClaim = new Map<string, HTMLElement[]>();
  private lit: HTMLElement[] = [];

  connectedCallback() {
    for (const element of this.querySelectorAll<HTMLElement>('[data-claims]')) {
      for (const key of (element.dataset['claims'] ?? '').split(' ')) {
        if (key) this.byClaim.set(key, [...(this.byClaim.get(key) ?? []), element]);
      }
    }
    this.addEventListener('pointerover', (event) => this.light(event.target));
    this.addEventListener('focusin', (event) => this.light(event.target));
    this.addEventListener('pointerleave', () => this.clear());
    this.addEventListener('focusout', () => this.clear());
  }

  private light(target: EventTarget | null) {
    const source = target instanceof Element ? target.closest<HTMLElement>('[data-claims]') : null;
    if (source && this.lit[0] === source) return;
    this.clear();
    if (!source) return;
    const others = new Set<HTMLElement>();
    for (const key of (source.dataset['claims'] ?? '').split(' ')) {
      for (const element of this.byClaim.get(key) ?? []) if (element !== source) others.add(element);
    }
    source.classList.add('is-source');
    for (const element of others) element.classList.add('is-counterpart');
    this.lit = [source, ...others];
  }

  private clear() {
    for (const element of this.lit) element.classList.remove('is-source', 'is-counterpart');
    this.lit = [];
  }
}

if (!customElements.get('counterpart-highlight')) customElements.define('counterpart-highlight', CounterpartHighlight);
