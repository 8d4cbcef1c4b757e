import { createHash } from 'node:crypto';

const HASH_LENGTH = 6;

/**
 * The anchor of a sentence on its article page (`s-3fa9c1`): a short hash of the sentence's
 * text, so links to a sentence keep working when other parts of the article change. A sentence
 * whose text repeats within the same article gets `-2`, `-3`, … in reading order; pass the
 * same `taken` set for every sentence of one article.
 */
export function sentenceAnchor(text: string, taken: Set<string>): string {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const base = `s-${createHash('sha256').update(normalised).digest('hex').slice(0, HASH_LENGTH)}`;
  let anchor = base;
  for (let suffix = 2; taken.has(anchor); suffix++) anchor = `${base}-${suffix}`;
  taken.add(anchor);
  return anchor;
}
