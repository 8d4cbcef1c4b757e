import type { ComparisonEntity } from '../schemas/comparison.ts';
import { normalizeText } from './normalize.ts';

/** Terms `start` to `end` (exclusive) of a query spell a name that is also written as `forms`. */
export interface NameVariantMatch {
  start: number;
  end: number;
  /** Every normalised spelling of the name. */
  forms: readonly string[];
}

/**
 * The spellings of each name the articles write more than one way ("Tchaikovsky", "Tschaikowsky"),
 * normalised, in the analysis's entity order.
 */
export function buildNameVariants(entities: ReadonlyArray<Pick<ComparisonEntity, 'name' | 'variants'>>): string[][] {
  const groups: string[][] = [];
  for (const entity of entities) {
    const forms = [...new Set([entity.name, ...entity.variants].map(normalizeText).filter(Boolean))];
    if (forms.length > 1) groups.push(forms);
  }
  return groups;
}

/**
 * Runs of query terms that match every word of one spelling of a name, in order, each term
 * fuzzily (`similar`). At each position the longest spelling wins, and runs never overlap, so
 * "pyotr tchaikovsky" is one name, not two.
 */
export function findNameVariants(
  terms: readonly string[],
  groups: ReadonlyArray<readonly string[]>,
  similar: (term: string, word: string) => boolean,
): NameVariantMatch[] {
  const found: NameVariantMatch[] = [];
  for (let start = 0; start < terms.length; ) {
    let best: NameVariantMatch | null = null;
    for (const forms of groups) {
      for (const form of forms) {
        const words = form.split(' ');
        const end = start + words.length;
        if (end > terms.length || (best && end <= best.end)) continue;
        if (words.every((word, offset) => similar(terms[start + offset]!, word))) best = { start, end, forms };
      }
    }
    if (best) found.push(best);
    start = best ? best.end : start + 1;
  }
  return found;
}
