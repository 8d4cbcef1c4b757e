import { syllable } from 'syllable';
import { countWords } from '../ingest/article-stats.ts';

/** Flesch reading ease (0–100, higher is easier) and Flesch–Kincaid grade level. */
export interface Readability {
  fleschReadingEase: number;
  fleschKincaidGrade: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/**
 * Readability of a passage given as its sentences, by Flesch's formulas: ease =
 * 206.835 − 1.015 × words/sentence − 84.6 × syllables/word; grade = 0.39 × words/sentence +
 * 11.8 × syllables/word − 15.59. Syllables are counted by wooorm's `syllable`.
 */
export function readability(sentences: readonly string[]): Readability {
  const words = sentences.flatMap((sentence) => sentence.match(WORD) ?? []);
  const wordCount = countWords(sentences.join(' '));
  if (sentences.length === 0 || wordCount === 0) return { fleschReadingEase: 0, fleschKincaidGrade: 0 };
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  const perSentence = wordCount / sentences.length;
  const perWord = syllables / words.length;
  return {
    fleschReadingEase: round(206.835 - 1.015 * perSentence - 84.6 * perWord),
    fleschKincaidGrade: round(0.39 * perSentence + 11.8 * perWord - 15.59),
  };
}

function round(value: number) {
  return Math.round(value * 10) / 10;
}
