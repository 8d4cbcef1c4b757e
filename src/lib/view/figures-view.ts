import type { Figure, FigureMention } from '../schemas/comparison.ts';
import type { FigureView } from '../schemas/view/common.ts';
import { outletOf, sentenceRef, type ComparisonIndex } from './comparison-index.ts';
import { AGREEMENT_LABELS, figureRange } from './format.ts';

/**
 * The figures outlets give differently (agreement "different" or "conflicting"), optionally
 * only those listed, in the data's order; each mention with its outlet, sentence and the range
 * its wording allows.
 */
export function disagreeingFigures(index: ComparisonIndex, only?: readonly string[]): FigureView[] {
  const wanted = only ? new Set(only) : undefined;
  return distinctMeasures(
    index.comparison.figures.filter((figure) => figure.agreement !== 'same' && (!wanted || wanted.has(figure.id))).map((figure) => figureView(index, figure)),
  );
}

/**
 * Each figure's heading names a region of the page, so no two may read the same: figures of one
 * measure ("call", "call") are told apart by the words of their first mention, then by number.
 */
export function distinctMeasures(views: FigureView[]): FigureView[] {
  const count = (names: string[], name: string) => names.filter((other) => other === name).length;
  const measures = views.map((view) => view.measure);
  const worded = views.map((view) => (count(measures, view.measure) > 1 && view.mentions[0] ? `${view.measure} (“${view.mentions[0].text}”)` : view.measure));
  const seen = new Map<string, number>();
  return views.map((view, at) => {
    const name = worded[at]!;
    const nth = (seen.get(name) ?? 0) + 1;
    seen.set(name, nth);
    return { ...view, measure: count(worded, name) > 1 ? `${name} (${nth})` : name };
  });
}

function figureView(index: ComparisonIndex, figure: Figure): FigureView {
  return {
    id: figure.id,
    measure: figure.measure,
    agreement: figure.agreement,
    agreementLabel: AGREEMENT_LABELS[figure.agreement],
    mentions: figure.mentions.flatMap((mention) => {
      const article = index.articleById.get(mention.articleId);
      const sentence = index.sentenceById.get(mention.sentenceId);
      if (!article || !sentence) return [];
      return [{ outlet: outletOf(index, article), text: mention.text, sentence: sentenceRef(index, sentence), range: mentionRange(mention, figure) }];
    }),
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The kinds whose amounts are not a number of units, each written as readers write it. */
const WRITTEN: Partial<Record<Figure['dimension'], (value: number, mention: Pick<FigureMention, 'against'>, unit: string) => string>> = {
  // 20250112 → "January 12, 2025"; 112 → "January 12"
  date: (value) => {
    const year = Math.floor(value / 10_000);
    const day = `${MONTHS[Math.floor((value % 10_000) / 100) - 1] ?? '?'} ${value % 100}`;
    return year > 0 ? `${day}, ${year}` : day;
  },
  // 402 → "06:42"
  time: (value) => `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(Math.round(value % 60)).padStart(2, '0')}`,
  score: (value, mention) => (mention.against === null ? String(value) : `${value}–${mention.against}`),
  magnitude: (value) => `magnitude ${value}`,
  length: (value) => (value >= 1_000 ? `${number(value / 1_000)} km` : `${number(value)} m`),
  age: (value) => `${number(value)} years old`,
  // pence and cents kept: 0.12 → "0.12 GBP"
  money: (value, _mention, unit) => `${value.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${unit}`,
};

/**
 * The range a mention's wording allows, in words: "exactly 90 minutes", "up to 30 days";
 * dates, times of day, scores, magnitudes, lengths and ages as written ("January 12",
 * "06:42", "6–3", "magnitude 6.4", "10 km", "45 years old"; "at least 12 km").
 */
export function mentionRange(mention: Pick<FigureMention, 'value' | 'low' | 'high' | 'against'>, figure: Pick<Figure, 'dimension' | 'unit'>): string {
  const written = WRITTEN[figure.dimension];
  if (!written) {
    if (figure.unit === 'percentage point') return figureRange(mention, { dimension: 'count', unit: 'percentage point' });
    return figureRange(mention, figure);
  }
  const { value, low, high } = mention;
  const show = (amount: number) => written(amount, mention, figure.unit);
  if (high === null) return `at least ${show(low)}`;
  if (low === high) return `exactly ${show(value)}`;
  if (low === 0) return `up to ${show(high)}`;
  return `${show(low)} to ${show(high)}`;
}

function number(value: number): string {
  return (Math.round(value * 10) / 10).toLocaleString('en-US');
}
