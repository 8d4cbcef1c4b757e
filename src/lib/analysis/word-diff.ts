import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from '../schemas/comparison.ts';

/**
 * A word-level diff from `reference` to `variant` (jsdiff's diffWordsWithSpace, which keeps
 * every space so that both texts can be rebuilt exactly): runs of words both
 * share, words only the variant has ("added") and words only the reference has ("removed").
 * Joining the "same" and "added" parts gives the variant back; "same" and "removed", the reference.
 */
export function wordDiff(reference: string, variant: string): DiffPart[] {
  return diffWordsWithSpace(reference, variant).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}
