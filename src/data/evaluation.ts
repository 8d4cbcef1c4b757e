import raw from '../../content/evaluation.json';
import { evaluationSchema } from '../lib/schemas/evaluation.ts';

/** `content/evaluation.json` (written by `npm run eval -- --write`), validated: the method page's scores. */
export const evaluation = evaluationSchema.parse(raw);
