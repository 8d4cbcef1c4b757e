import raw from '../../content/data/comparison.json';
import { comparisonSchema } from '../lib/schemas/comparison.ts';

/** `content/data/comparison.json` (written by `npm run analyze`), validated: what every page arranges. */
export const comparison = comparisonSchema.parse(raw);
