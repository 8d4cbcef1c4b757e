import { describe, expect, it } from 'vitest';
import { evaluationOfEvent } from '../../../src/lib/event/evaluation-of-event.ts';
import type { Evaluation } from '../../../src/lib/schemas/evaluation.ts';

const evaluation = (event: Evaluation['event']): Evaluation => ({ event, method: {}, results: [], leaveOneArticleOut: null });
const current = { title: 'Harbour bridge closes', date: '2031-04-02' };

describe('evaluationOfEvent', () => {
  it('keeps figures written for the current event', () => {
    const own = evaluation(current);
    expect(evaluationOfEvent(own, current)).toBe(own);
  });

  it('drops figures of another event, of another day, of no named event, and when there are none', () => {
    expect(evaluationOfEvent(evaluation({ title: 'Ferry strike ends', date: '2031-04-02' }), current)).toBeNull();
    expect(evaluationOfEvent(evaluation({ ...current, date: '2030-04-02' }), current)).toBeNull();
    expect(evaluationOfEvent(evaluation(null), current)).toBeNull();
    expect(evaluationOfEvent(null, current)).toBeNull();
    expect(evaluationOfEvent(evaluation(current), null)).toBeNull();
  });
});
