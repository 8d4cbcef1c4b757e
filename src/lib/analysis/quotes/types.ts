import type { SpeakerMethod } from '../../schemas/comparison.ts';
import type { Entity } from '../entities.ts';

/** Who speaks: a known entity, or a name the entity pass did not keep. */
export interface Speaker {
  name: string;
  entity: Entity | null;
  kind: 'person' | 'institution' | 'unnamed';
}

/** A quotation found in an article, with its speaker. */
export interface FoundQuote {
  articleId: string;
  sentenceIds: string[];
  /** The quoted words exactly as written, without the marks (and without a trailing comma). */
  text: string;
  speaker: Speaker | null;
  speakerMethod: SpeakerMethod;
  partial: boolean;
  /** A whole embedded post, quoted as its author's words. */
  isPost: boolean;
  /** Words quoted inside another quotation, introduced as someone's ("he said, ‘…’"): their words are counted in the outer one. */
  nested?: boolean;
}
