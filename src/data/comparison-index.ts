import { indexComparison } from '../lib/view/comparison-index.ts';
import { comparison } from './comparison.ts';

/** The comparison indexed for the pages, with links under the deployment's base path. */
export const comparisonIndex = indexComparison(comparison, import.meta.env.BASE_URL);
