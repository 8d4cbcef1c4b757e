import nlpCompromise from 'compromise';
import { tokenize, type Token } from '../analysis/tokens.ts';
import type { ClaimFile } from './claim-files.ts';
import type { EditorialProblem } from './frontmatter.ts';

/**
 * Hints for the editor about reviewed claims, not errors (the build does not stop for them):
 *
 * - a member that is a question ("Will the council agree?"): a question states no fact;
 * - a member that is a fragment: no verb at all ("Budget talks"), or a short line cut off with an
 *   ellipsis ("They also said the…");
 * - a title whose reporting verb (its first verb after any "Source:" prefix) none of the members
 *   uses: titles keep the articles' own verbs ("acknowledged", not "stressed").
 *
 * `tokens` is injectable so the check can reuse tokens the analysis already computed.
 */
export function claimWarnings(claims: readonly ClaimFile[], tokens: (text: string) => readonly Token[] = tokenize): EditorialProblem[] {
  const warnings: EditorialProblem[] = [];
  for (const claim of claims) {
    if (claim.status !== 'reviewed') continue;
    const members = claim.sentences.map((sentence) => ({ ...sentence, tokens: tokens(sentence.text) }));
    for (const member of members) {
      const shape = fragmentShape(member.text, member.tokens);
      if (shape) warnings.push({ path: claim.path, message: `sentence ${member.id} ${shape}; a member must state the claim (move it to content/review.yaml statesNoFact if it states no fact)` });
    }
    const verb = reportingVerb(tokens(claim.title));
    if (verb && !members.some((member) => member.tokens.some((token) => sameWord(token, verb)))) {
      warnings.push({ path: claim.path, message: `the title's verb "${verb.text}" is in none of its members; use the articles' own verb` });
    }
  }
  return warnings;
}

/** Why a sentence cannot state a claim on its own shape ("is a question"), or null. */
export function fragmentShape(text: string, tokens: readonly Token[]): string | null {
  const trimmed = text.trim();
  if (/\?["'”’)\]]*$/u.test(trimmed)) return 'is a question';
  if (!hasPredicate(trimmed, tokens)) return 'has no verb (a label or a fragment)';
  const words = tokens.filter((token) => token.type === 'word').length;
  if (/(?:…|\.\.\.)["'”’]*$/u.test(trimmed) && words < SHORT_FRAGMENT_WORDS) return 'is cut off (a short line ending in an ellipsis)';
  return null;
}

/**
 * Whether a line has a predicate. Headlines drop words, so besides a verb tagged as such, a verb
 * that compromise (a second tagger, better at headline grammar: "Leaders call for talks") finds,
 * or an adjective right after a name or noun ("Mayor confident") counts.
 */
function hasPredicate(text: string, tokens: readonly Token[]): boolean {
  if (tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX')) return true;
  if (tokens.some((token, index) => token.pos === 'ADJ' && index > 0 && (tokens[index - 1]!.pos === 'PROPN' || tokens[index - 1]!.pos === 'NOUN'))) return true;
  return nlpCompromise(text).verbs().length > 0;
}

/** A line this short that ends in an ellipsis is a cut-off fragment; longer ones usually state their point first. */
const SHORT_FRAGMENT_WORDS = 8;

/** Verbs that carry no report of their own ("is", "has", "will"). */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should']);

/** The title's reporting verb: its first full verb after any attribution prefix ("Ministry: …"). */
export function reportingVerb(tokens: readonly Token[]): Token | null {
  const colon = tokens.findIndex((token) => token.text === ':');
  const body = colon >= 0 && colon < tokens.length - 1 ? tokens.slice(colon + 1) : tokens;
  return body.find((token) => token.pos === 'VERB' && !LIGHT_VERBS.has(token.lemma)) ?? null;
}

function sameWord(token: Token, verb: Token): boolean {
  return token.lemma === verb.lemma || token.stem === verb.stem;
}
