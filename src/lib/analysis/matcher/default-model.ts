import { pairModelSchema, type PairModel } from '../../schemas/pair-model.ts';
import raw from './default-pair-model.json' with { type: 'json' };

/**
 * The shipped pair model, fitted across the evaluation corpus's events (`npm run model:fit --
 * --default`), never on one event's editor: what the analysis uses until an editor's reviewed
 * claims are fitted into `content/pair-model.json`.
 */
export const DEFAULT_PAIR_MODEL: PairModel = pairModelSchema.parse(raw);
