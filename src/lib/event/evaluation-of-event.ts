import type { EventSettings } from '../schemas/event.ts';
import type { Evaluation } from '../schemas/evaluation.ts';

/**
 * The evaluation figures the pages may show for the current event: `content/evaluation.json`
 * only when it was written for this event (same title and date), else none. Another event's
 * scores are never presented as this one's; with none, the pages say the machine is not
 * measured on this event and show the evaluation corpus's held-out figures instead.
 */
export function evaluationOfEvent(evaluation: Evaluation | null, event: Pick<EventSettings, 'title' | 'date'> | null): Evaluation | null {
  if (!evaluation || !event || !evaluation.event) return null;
  return evaluation.event.title === event.title && evaluation.event.date === event.date ? evaluation : null;
}
