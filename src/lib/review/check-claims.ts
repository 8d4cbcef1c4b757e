import type { ClaimSentenceRef } from '../schemas/claim-file.ts';
import type { ClaimFile } from './claim-files.ts';
import type { EditorialProblem } from './frontmatter.ts';

/** What the check needs to know of each sentence the articles have now. */
export interface KnownSentence {
  id: string;
  articleId: string;
  text: string;
  /** Whether claims are built from it (not a label, signature, link title or page furniture). */
  reporting: boolean;
}

/** Texts are compared as the sentence anchors hash them: NFC, whitespace collapsed. */
export function sameSentenceText(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const SHOWN_CHARACTERS = 90;
/** Share of words two texts must have in common for one to be offered as the other's new version. */
const CLOSE_ENOUGH = 0.5;

/**
 * Checks every sentence a claim file names against the articles as they are now, and says for
 * each that has gone stale what to do: its id no longer exists (the article changed), its text
 * differs from the file's copy, or it is not reporting text. Where the same words now have
 * another id, or a sentence of the article reads nearly the same, the message names it.
 */
export function checkClaimSentences(claims: readonly ClaimFile[], sentences: readonly KnownSentence[]): EditorialProblem[] {
  const check = sentenceChecker(sentences);
  return claims.flatMap((claim) =>
    claim.sentences.flatMap((reference) => {
      const message = check(reference);
      return message === null ? [] : [{ path: claim.path, message }];
    }),
  );
}

/**
 * A function that checks one `{ id, text }` reference against the sentences given, returning
 * what is wrong and what to do ("sentence <id> …"), or null when the reference is current.
 */
export function sentenceChecker(sentences: readonly KnownSentence[]): (reference: ClaimSentenceRef) => string | null {
  const byId = new Map(sentences.map((sentence) => [sentence.id, sentence]));
  const byArticle = new Map<string, KnownSentence[]>();
  for (const sentence of sentences) {
    const list = byArticle.get(sentence.articleId);
    if (list) list.push(sentence);
    else byArticle.set(sentence.articleId, [sentence]);
  }
  return (reference) => {
    const problem = (message: string) => `sentence ${reference.id} ${message}`;
    const current = byId.get(reference.id);
    if (current) {
      if (!sameSentenceText(current.text, reference.text)) {
        return problem(`now reads "${shown(current.text)}"; check that it still states the claim, then copy its new text into the file (or remove the sentence)`);
      }
      if (!current.reporting) return problem('is not reporting text (a label, signature, link title or page furniture); remove it from the claim');
      return null;
    }
    const articleId = reference.id.slice(0, reference.id.indexOf('/'));
    const siblings = byArticle.get(articleId);
    if (!siblings) return problem(`belongs to no article: there is no article "${articleId}" (renamed or removed?); fix the id or remove the sentence`);
    const moved = siblings.find((sentence) => sameSentenceText(sentence.text, reference.text));
    if (moved) return problem(`has a new id: the same words are now ${moved.id}; change the id in the file`);
    const closest = closestSentence(reference.text, siblings);
    return problem(
      closest
        ? `no longer exists (the article's text changed); closest now is ${closest.id} "${shown(closest.text)}": if it states the claim, put its id and text in the file, else remove the sentence`
        : `no longer exists (the article's text changed) and nothing in ${articleId} reads like it; remove it from the file`,
    );
  };
}

function closestSentence(text: string, candidates: readonly KnownSentence[]): KnownSentence | undefined {
  const words = wordSet(text);
  let best: KnownSentence | undefined;
  let bestScore = CLOSE_ENOUGH;
  for (const candidate of candidates) {
    const other = wordSet(candidate.text);
    let shared = 0;
    for (const word of words) if (other.has(word)) shared++;
    const score = shared / Math.max(1, Math.max(words.size, other.size));
    if (score >= bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function shown(text: string): string {
  const flat = normalise(text);
  return flat.length <= SHOWN_CHARACTERS ? flat : `${flat.slice(0, SHOWN_CHARACTERS - 1)}…`;
}

/**
 * Reporting sentences of reviewed articles that no reviewed claim holds and that the editor has not
 * listed as stating no fact: the editor's worklist after a text changed. They are not errors (the
 * machine matches them meanwhile).
 */
export function unreviewedSentences(
  claims: readonly ClaimFile[],
  sentences: readonly KnownSentence[],
  reviewedArticleIds: ReadonlySet<string>,
  statesNoFact: readonly Pick<ClaimSentenceRef, 'id'>[] = [],
): KnownSentence[] {
  const held = new Set(claims.filter((claim) => claim.status === 'reviewed').flatMap((claim) => claim.sentences.map((sentence) => sentence.id)));
  for (const sentence of statesNoFact) held.add(sentence.id);
  return sentences.filter((sentence) => sentence.reporting && reviewedArticleIds.has(sentence.articleId) && !held.has(sentence.id));
}
