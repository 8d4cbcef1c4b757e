import type { SpeakerCorrection } from '../schemas/claim-file.ts';
import type { ComparisonEntity, Quote } from '../schemas/comparison.ts';
import { sentenceChecker, type KnownSentence } from './check-claims.ts';
import type { EditorialProblem } from './frontmatter.ts';

/**
 * Checks each speaker correction against the articles and quotes as they are now: its sentence
 * must exist with the same words (as for claim files), and one quote of that sentence must
 * contain the correction's quoted words.
 */
export function checkSpeakerCorrections(
  corrections: readonly SpeakerCorrection[],
  sentences: readonly KnownSentence[],
  quotes: readonly Pick<Quote, 'sentenceIds' | 'text'>[],
  path: string,
): EditorialProblem[] {
  const check = sentenceChecker(sentences.map((sentence) => ({ ...sentence, reporting: true })));
  const problems: EditorialProblem[] = [];
  for (const correction of corrections) {
    const stale = check(correction.sentence);
    if (stale !== null) problems.push({ path, message: stale });
    else if (!quoteFor(correction, quotes)) {
      problems.push({
        path,
        message: `no quote in sentence ${correction.sentence.id} contains "${correction.quote}"; copy words from inside its quotation marks`,
      });
    }
  }
  return problems;
}

function quoteFor<Q extends Pick<Quote, 'sentenceIds' | 'text'>>(correction: SpeakerCorrection, quotes: readonly Q[]): Q | undefined {
  const words = squash(correction.quote);
  return quotes.find((quote) => quote.sentenceIds.includes(correction.sentence.id) && squash(quote.text).includes(words));
}

function squash(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Applies checked corrections: the quote takes the editor's speaker (matched to a known entity
 * by name or spelling when there is one) and `speakerMethod: "editor"`.
 */
export function applySpeakerCorrections(quotes: readonly Quote[], corrections: readonly SpeakerCorrection[], entities: readonly ComparisonEntity[]): Quote[] {
  const byName = new Map<string, ComparisonEntity>();
  for (const entity of entities) for (const name of [entity.name, ...entity.variants]) if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), entity);
  return quotes.map((quote) => {
    const correction = corrections.find((candidate) => quoteFor(candidate, [quote]));
    if (!correction) return quote;
    const entity = correction.speaker === null ? undefined : byName.get(correction.speaker.toLowerCase());
    return { ...quote, speaker: entity?.name ?? correction.speaker, speakerId: entity?.id ?? null, speakerMethod: 'editor' as const };
  });
}
