/**
 * What kind of amount a figure is, as the analysis reads it and the labelled sets name it. New
 * kinds are added at the end; none is removed, so files written before still parse.
 */
export const FIGURE_DIMENSIONS = ['duration', 'count', 'money', 'percent', 'ordinal', 'score', 'date', 'time', 'magnitude', 'length', 'age'] as const;

export type FigureDimension = (typeof FIGURE_DIMENSIONS)[number];
