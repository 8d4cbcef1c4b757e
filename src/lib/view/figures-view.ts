import type { Figure } from '../schemas/comparison.ts';
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
  return index.comparison.figures
    .filter((figure) => figure.agreement !== 'same' && (!wanted || wanted.has(figure.id)))
    .map((figure) => figureView(index, figure));
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
      return [{ outlet: outletOf(index, article), text: mention.text, sentence: sentenceRef(index, sentence), range: figureRange(mention, figure) }];
    }),
  };
}
