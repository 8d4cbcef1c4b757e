import raw from '../lib/analysis/matcher/corpus-evaluation.json';
import { corpusEvaluationSchema } from '../lib/schemas/evaluation.ts';

/** `src/lib/analysis/matcher/corpus-evaluation.json` (written by `npm run eval -- --write`), validated: the machine on the evaluation corpus's held-out events. */
export const corpusEvaluation = corpusEvaluationSchema.parse(raw);
