import type { AttributionKind, Figure, FigureMention } from '../schemas/comparison.ts';

/** "1 outlet", "3 outlets". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : pluralForm}`;
}

/** A share from 0 to 1 as a whole percentage ("7%"), or "<1%" for small non-zero shares. */
export function percent(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/** What a machine claim or suggestion is called beside it: "machine match, 72% confidence". */
export function machineMark(confidence: number | null): string {
  return confidence === null ? 'machine match' : `machine match, ${percent(confidence)} confidence`;
}

/** What a reviewed claim is called beside it. */
export const REVIEWED_MARK = 'reviewed';

/** Whom a sentence relies on, in a few words. */
export const ATTRIBUTION_LABELS: Record<AttributionKind, string> = {
  'own-voice': "the outlet's own voice",
  'named-person': 'a named person',
  'named-institution': 'a named institution',
  'unnamed-source': 'an unnamed source',
  'other-outlet': 'another outlet or agency',
  'embedded-post': 'an embedded post',
};

/** What the agreement of a figure's mentions means. */
export const AGREEMENT_LABELS: Record<Figure['agreement'], string> = {
  same: 'Every outlet gives the same figure',
  different: 'Different wording, compatible ranges',
  conflicting: 'Conflicting: the ranges cannot all be true',
};

interface DisplayUnit {
  name: string;
  plural: string;
  /** How many base units one of these is. */
  size: number;
}

/** Minutes (the base unit of durations) shown in the largest unit that keeps the numbers readable. */
const DURATION_UNITS: DisplayUnit[] = [
  { name: 'year', plural: 'years', size: 525_960 },
  { name: 'month', plural: 'months', size: 43_830 },
  { name: 'day', plural: 'days', size: 1_440 },
  { name: 'hour', plural: 'hours', size: 60 },
];

/**
 * The range a figure's wording allows, in words: "exactly 90 minutes", "90 minutes or more",
 * "77 to 104 minutes", "up to 30 days".
 */
export function figureRange(mention: Pick<FigureMention, 'value' | 'low' | 'high'>, figure: Pick<Figure, 'dimension' | 'unit'>): string {
  const unit = displayUnit(figure, mention.value);
  const amount = (value: number) => formatNumber(value / unit.size);
  const name = (value: number) => (value / unit.size === 1 ? unit.name : unit.plural);
  const { value, low, high } = mention;
  if (high === null) return `${amount(low)} ${name(low)} or more`;
  if (low === high) return `exactly ${amount(value)} ${name(value)}`;
  if (low === 0) return `up to ${amount(high)} ${name(high)}`;
  return `${amount(low)} to ${amount(high)} ${name(high)}`;
}

function displayUnit(figure: Pick<Figure, 'dimension' | 'unit'>, value: number): DisplayUnit {
  if (figure.dimension === 'duration' && figure.unit === 'minute') {
    const fits = DURATION_UNITS.find((unit) => value >= unit.size && Number.isInteger(value / unit.size));
    if (fits) return fits;
    return { name: 'minute', plural: 'minutes', size: 1 };
  }
  if (figure.dimension === 'percent') return { name: 'percent', plural: 'percent', size: 1 };
  if (figure.dimension === 'money') return { name: figure.unit, plural: figure.unit, size: 1 };
  return { name: figure.unit, plural: figure.dimension === 'count' ? `${figure.unit}s` : figure.unit, size: 1 };
}

function formatNumber(value: number): string {
  return (Math.round(value * 10) / 10).toLocaleString('en-US');
}

/** A text cut to at most `max` characters at a word boundary, with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/u, '')}…`;
}
