/**
 * The plain word-overlap baseline every figure of the machine is set beside: TF-IDF cosine over
 * content words with crude suffix stripping; each sentence and its neighbours in other articles at
 * or above a threshold form a claim. Deliberately simple, and fixed: it is the yardstick, not a
 * method to tune.
 */

/** A sentence as the baseline reads it. */
export interface BaselineSentence {
  id: string;
  articleId: string;
  text: string;
}

/** The thresholds the baseline is always reported at. */
export const BASELINE_THRESHOLDS = [0.2, 0.25, 0.3] as const;

const STOP_WORDS = new Set(
  (
    'a an the and or but if then of in on at to for by with from as into over under about after before than that this these those ' +
    'is are was were be been being has have had do does did will would shall should can could may might must not no nor so ' +
    'it its he she they them his her their we our you your i me my us who whom whose which what when where why how ' +
    'said says say told also more most very just only both each other such there here all any some one up out off'
  ).split(' '),
);

/** Lower-case words and numbers of a sentence, stop words out, with common suffixes cut off. */
export function baselineTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu) ?? [])
    .filter((word) => !STOP_WORDS.has(word))
    .map((word) => word.replace(/['’]s?$/u, '').replace(/(?:ing|ed|es|s|ly)$/u, '') || word);
}

/** TF-IDF vectors (unit length) of the sentences, idf = ln(N / df). */
export function baselineVectors(sentences: readonly BaselineSentence[]): Map<string, Map<string, number>> {
  const bags = sentences.map((sentence) => baselineTerms(sentence.text));
  const df = new Map<string, number>();
  for (const bag of bags) for (const term of new Set(bag)) df.set(term, (df.get(term) ?? 0) + 1);
  const vectors = new Map<string, Map<string, number>>();
  sentences.forEach((sentence, index) => {
    const vector = new Map<string, number>();
    for (const term of bags[index]!) vector.set(term, (vector.get(term) ?? 0) + Math.log(sentences.length / df.get(term)!));
    const norm = Math.sqrt([...vector.values()].reduce((sum, weight) => sum + weight * weight, 0));
    for (const [term, weight] of vector) vector.set(term, norm === 0 ? 0 : weight / norm);
    vectors.set(sentence.id, vector);
  });
  return vectors;
}

function dot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

/** The baseline's claims: every sentence with its other-article neighbours at or above `threshold` (claims of one sentence left out). */
export function baselineClaims(sentences: readonly BaselineSentence[], threshold: number): Array<{ id: string; sentenceIds: string[] }> {
  const vectors = baselineVectors(sentences);
  const claims: Array<{ id: string; sentenceIds: string[] }> = [];
  for (const sentence of sentences) {
    const members = [sentence.id];
    for (const other of sentences) {
      if (other.articleId !== sentence.articleId && dot(vectors.get(sentence.id)!, vectors.get(other.id)!) >= threshold) members.push(other.id);
    }
    if (members.length > 1) claims.push({ id: `baseline-${claims.length + 1}`, sentenceIds: members });
  }
  return claims;
}
