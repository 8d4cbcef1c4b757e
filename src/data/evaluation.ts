import { evaluationOfEvent } from '../lib/event/evaluation-of-event.ts';
import { evaluationSchema } from '../lib/schemas/evaluation.ts';
import { comparison } from './comparison.ts';

// content/evaluation.json is optional (a new event has none): a glob finds it or nothing, where an import would fail the build.
const files = import.meta.glob<unknown>('../../content/evaluation.json', { eager: true, import: 'default' });
const raw = Object.values(files)[0];

/**
 * `content/evaluation.json` (written by `npm run eval -- --write`), validated, when it holds this
 * event's figures; null when there is none or it was written for another event.
 */
export const evaluation = evaluationOfEvent(raw === undefined ? null : evaluationSchema.parse(raw), comparison.event);
