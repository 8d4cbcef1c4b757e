import type { AnalysisArticle } from '../analysis/corpus.ts';

/** A small, seedable pseudo-random generator (mulberry32): the same seed gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic corpus of `count` articles about the same event, made from the real articles'
 * sentences: each synthetic article draws `sentencesPerArticle` reporting sentences from the
 * pool, and rewrites each lightly (drops a word or two, swaps neighbouring words, changes a
 * number) so that outlets do not repeat each other verbatim. Deterministic for a given seed.
 */
export function syntheticCorpus(
  real: readonly AnalysisArticle[],
  count: number,
  { seed = 1, sentencesPerArticle = 36 }: { seed?: number; sentencesPerArticle?: number } = {},
): AnalysisArticle[] {
  const random = seededRandom(seed);
  const pool = real.flatMap((article) => article.sentences.filter((sentence) => sentence.block === 'paragraph' || sentence.block === 'list-item'));
  const articles: AnalysisArticle[] = [];
  for (let n = 0; n < count; n++) {
    const id = `synthetic-${String(n + 1).padStart(4, '0')}`;
    const sentences = Array.from({ length: sentencesPerArticle }, (_, index) => {
      const source = pool[Math.floor(random() * pool.length)]!;
      const text = perturb(source.text, random);
      return { anchor: `s-${n.toString(16)}-${index}`, text, block: 'paragraph' as const, blockIndex: Math.floor(index / 2) };
    });
    articles.push({
      id,
      sourceFile: `${id}.txt`,
      outlet: `Synthetic Outlet ${n + 1}`,
      headline: null,
      url: null,
      title: `Synthetic article ${n + 1}`,
      outletLabel: `Synthetic Outlet ${n + 1}`,
      provenanceBasis: null,
      publishedDate: null,
      sentences,
    });
  }
  return articles;
}

function perturb(text: string, random: () => number): string {
  const words = text.split(' ');
  const roll = random();
  if (roll < 0.3 && words.length > 6) words.splice(1 + Math.floor(random() * (words.length - 2)), 1);
  else if (roll < 0.5 && words.length > 4) {
    const at = 1 + Math.floor(random() * (words.length - 3));
    [words[at], words[at + 1]] = [words[at + 1]!, words[at]!];
  } else if (roll < 0.6) {
    return text.replace(/\d+/, (digits) => String(Number(digits) + 1 + Math.floor(random() * 9)));
  }
  return words.join(' ');
}

/**
 * The synthetic corpus as raw `.txt` files, for benchmarking whole builds: each article gets a
 * headline line and paragraphs of two sentences, drawn as in `syntheticCorpus`.
 */
export function syntheticRawFiles(
  real: readonly AnalysisArticle[],
  count: number,
  options: { seed?: number; sentencesPerArticle?: number } = {},
): Array<{ name: string; text: string }> {
  return syntheticCorpus(real, count, options).map((article, index) => {
    const paragraphs: string[] = [];
    for (let at = 0; at < article.sentences.length; at += 2) {
      paragraphs.push(article.sentences.slice(at, at + 2).map((sentence) => sentence.text).join(' '));
    }
    return { name: `${String(index + 1).padStart(4, '0')}_synthetic.txt`, text: `Synthetic Report Number ${index + 1} On The Event\n${paragraphs.join('\n')}\n` };
  });
}
