import { describe, expect, it } from 'vitest';
import { readability } from '../../../src/lib/analysis/readability.ts';

describe('readability', () => {
  it('scores short plain sentences as easy and long learned ones as hard', () => {
    const easy = readability(['The cat sat on the mat.', 'It was warm.']);
    const hard = readability(['Notwithstanding considerable institutional reservations, the multilateral negotiations culminated in comprehensive implementation mechanisms.']);
    expect(easy.fleschReadingEase).toBeGreaterThan(90);
    expect(hard.fleschReadingEase).toBeLessThan(0);
    expect(hard.fleschKincaidGrade).toBeGreaterThan(easy.fleschKincaidGrade);
  });

  it('follows the Flesch formulas', () => {
    // 6 words, 1 sentence, 6 syllables: 206.835 - 1.015*6 - 84.6*1 = 116.1; grade 0.39*6 + 11.8 - 15.59 = -1.4
    expect(readability(['The cat sat on the mat.'])).toEqual({ fleschReadingEase: 116.1, fleschKincaidGrade: -1.4 });
  });

  it('is zero for no text', () => {
    expect(readability([])).toEqual({ fleschReadingEase: 0, fleschKincaidGrade: 0 });
  });
});
