import type { Quote } from '../schemas/comparison.ts';
import type { SentenceAnnotation, SentenceNote } from '../schemas/view/annotations.ts';
import { claimPath, withBase } from '../site/paths.ts';
import { claimMark, type ComparisonIndex } from './comparison-index.ts';
import { machineMark, plural } from './format.ts';

/** What a quote note adds when an editor set the speaker (`content/speakers.yaml`). */
export const EDITOR_SPEAKER_MARK = 'speaker set by an editor';

/** Who found that a sentence states no fact: always an editor (`content/review.yaml` `statesNoFact`). */
export const NO_FACT_MARK = "an editor's finding";

/** Attribution kinds a note is not needed for: the outlet's own voice, and posts (already labelled as such). */
const UNNOTED_ATTRIBUTION = new Set(['own-voice', 'embedded-post']);

/**
 * The notes for every sentence of one article that has any: for each claim it belongs to, how
 * many other outlets report that claim (linked to the claim's page) or that no other does, and
 * whether an editor reviewed the claim or the machine matched it (with its confidence); each
 * reviewed claim the machine suggests for the sentence, apart; for the last sentence of each
 * quote, who is quoted (and whether an editor set the speaker); and whom the sentence relies
 * on when that is not the outlet itself and not already said by a quote note.
 */
export function articleAnnotations(index: ComparisonIndex, articleId: string): SentenceAnnotation[] {
  const sentences = index.sentencesByArticle.get(articleId) ?? [];
  const quotesEndingIn = new Map<string, Quote[]>();
  const speakersAround = new Map<string, Set<string>>();
  for (const quote of index.comparison.quotes) {
    if (quote.articleId !== articleId) continue;
    const last = quote.sentenceIds.at(-1)!;
    quotesEndingIn.set(last, [...(quotesEndingIn.get(last) ?? []), quote]);
    for (const id of quote.sentenceIds) {
      if (quote.speaker) speakersAround.set(id, (speakersAround.get(id) ?? new Set()).add(quote.speaker));
    }
  }

  const out: SentenceAnnotation[] = [];
  for (const sentence of sentences) {
    const notes: SentenceNote[] = [];
    for (const key of index.claimKeysBySentence.get(sentence.id) ?? []) {
      const claim = index.claimByKey.get(key);
      if (!claim) continue;
      const others = claim.articleIds.filter((id) => id !== articleId).length;
      const href = withBase(index.base, claimPath(key));
      const mark = claimMark(claim);
      if (others > 0) {
        notes.push({ kind: 'claim', text: `claim ${claim.number}: also in ${plural(others, 'other outlet')}`, mark, href, attribution: null });
        continue;
      }
      // "Only in this outlet" is a finding only where an editor checked every other article for the claim.
      const checked = claim.reviewed && index.articles.every((article) => article.id === articleId || article.reviewed);
      const text = checked ? `claim ${claim.number}: only in this outlet` : `claim ${claim.number}: not found by the machine in other outlets`;
      notes.push({ kind: 'only-here', text, mark, href, attribution: null });
    }
    for (const suggestion of index.suggestionsBySentence.get(sentence.id) ?? []) {
      const claim = index.claimByKey.get(suggestion.key);
      if (!claim) continue;
      notes.push({
        kind: 'suggested',
        text: `suggested for claim ${claim.number}, not reviewed`,
        mark: machineMark(suggestion.confidence),
        href: withBase(index.base, claimPath(suggestion.key)),
        attribution: null,
      });
    }
    const suggested = new Set((index.suggestionsBySentence.get(sentence.id) ?? []).map((suggestion) => suggestion.key));
    for (const candidate of sentence.candidates) {
      const key = index.keyByClaimId.get(candidate.claimId);
      const claim = key === undefined ? undefined : index.claimByKey.get(key);
      if (!claim || suggested.has(claim.key)) continue;
      notes.push({ kind: 'candidate', text: `possible claim ${claim.number}`, mark: machineMark(candidate.confidence), href: withBase(index.base, claimPath(claim.key)), attribution: null });
    }
    if (sentence.statesNoFact) notes.push({ kind: 'no-fact', text: 'states no checkable fact', mark: NO_FACT_MARK, href: null, attribution: null });
    for (const quote of quotesEndingIn.get(sentence.id) ?? []) {
      const what = quote.partial ? 'quoted words' : 'quote';
      const mark = quote.speakerMethod === 'editor' ? EDITOR_SPEAKER_MARK : null;
      notes.push({ kind: 'quote', text: quote.speaker ? `${what}: ${quote.speaker}` : `${what}, speaker not stated`, mark, href: null, attribution: null });
    }
    const { kind, source } = sentence.attribution;
    if (!UNNOTED_ATTRIBUTION.has(kind) && !(source && speakersAround.get(sentence.id)?.has(source))) {
      const text = kind === 'unnamed-source' ? (source ? `source: ${source} (unnamed)` : 'source: unnamed') : `source: ${source ?? 'not named'}`;
      notes.push({ kind: 'source', text, mark: null, href: null, attribution: kind });
    }
    if (notes.length > 0) out.push({ anchor: sentence.anchor, notes: dedupe(notes) });
  }
  return out;
}

function dedupe(notes: SentenceNote[]): SentenceNote[] {
  const seen = new Set<string>();
  return notes.filter((note) => {
    const key = `${note.kind}|${note.text}|${note.mark ?? ''}|${note.href ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
