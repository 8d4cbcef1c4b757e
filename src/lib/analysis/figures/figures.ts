import { compareCodeUnits } from '../../ingest/article-id.ts';
import type { FigureDimension } from '../../schemas/figure-dimensions.ts';
import type { Corpus, CorpusSentence } from '../corpus.ts';
import type { Token } from '../tokens.ts';
import { datesAndTimesIn } from './dates.ts';
import { facetOfRole, measureKey, measureOf, type FigureSpan } from './measure.ts';
import { fractionAfter, readNumber, readShare } from './number-words.ts';
import {
  CALENDAR_UNITS,
  calendarSpanDays,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  isTimeUnit,
  LENGTH_UNITS,
  minutesPer,
  NAUTICAL_MILE,
  PERCENT_WORDS,
  SCALE_SUFFIXES,
} from './units.ts';

export { FIGURE_DIMENSIONS, type FigureDimension } from '../../schemas/figure-dimensions.ts';

/**
 * A number in a sentence, read to a normalised value and unit, with the range its wording
 * allows and what it measures.
 *
 * The interface other parts of the analysis read (the matcher's claim features and pair
 * features): `dimension`, `unit`, `value`, `low`, `high`, `against`, `measure`, `thing`, `roles`,
 * `head`, `firstToken`, `sentenceId`, and the functions `amountKey`, `sameAmount`,
 * `amountsOverlap`, `sameMeasure` and `figureRelation` below. Equal amounts written differently have equal
 * `dimension`, `unit` and `value` ("$4.2m" and "4.2 million dollars"; "48 hours" and "two days").
 */
export interface Quantity {
  articleId: string;
  sentenceId: string;
  /** The figure as written, hedges included ("roughly 90 minutes"). */
  text: string;
  /**
   * The amount in the base unit: minutes for durations, metres for lengths, the currency's units
   * for money, percent for percentages and shares ("a third" is 33.333), years for ages, the
   * larger side for scores. Dates are month × 100 + day, plus year × 10,000 when written;
   * times of day are minutes after midnight.
   */
  value: number;
  /** The range the wording allows: "more than 12" is 12 to `null` (no upper bound). */
  low: number;
  high: number | null;
  /** Hedge, bound or distributive word as written ("about", "at least", "each"), or null. */
  qualifier: string | null;
  dimension: FigureDimension;
  /**
   * Base unit: "minute" for durations and times of day, "metre" for lengths, an ISO code for
   * money ("USD"), "percent" or "percentage point", "magnitude", "year" for ages, "score",
   * "date", the counted noun's lemma for counts ("prisoner"; "people" for people however named)
   * and the noun an ordinal ranks ("call").
   */
  unit: string;
  /** For a score or tally, the smaller side ("6-3", "six votes to three": 3); else null. */
  against: number | null;
  /**
   * The unit as written, as far as it matters for comparing: "clock" or "calendar" for
   * durations, the length unit ("km", "mile"), "percent" or "fraction" for shares, "year" or
   * "no year" for dates; else the base unit.
   */
  writtenUnit: string;
  /**
   * The base values the written figure can stand for before any hedge: a calendar duration's
   * fewest to most days ("three months" is 89 to 92 days), a converted unit's rounding ("six
   * miles" is 5.5 to 6.5 miles); `value` itself for everything else.
   */
  exactLow: number;
  exactHigh: number;
  /** The thing measured, normalised ("strike", "people", "rise", "depth"), or null when the sentence does not say. */
  thing: string | null;
  /** Role words that make one thing different facts ("offer", "dead", "threatened", "q1"), one per facet. */
  roles: string[];
  /** The thing and its roles as one key ("strike (threatened)", "people (dead)"): equal keys, same measure. */
  measure: string;
  /** The word that says what is measured ("last" in "lasted 90 minutes"), or null. */
  governor: string | null;
  /** Content lemmas around the figure, to tell one measured thing from another. */
  context: string[];
  /** Tokens of the figure in its sentence (qualifier to unit). */
  firstToken: number;
  lastToken: number;
  /** The noun the figure describes when used as a modifier ("strike" in "30-day strike"), else `governor`. */
  head: string | null;
}

/** The same measured thing reported by several articles, and whether their figures agree. */
export interface FigureGroup {
  measure: string;
  dimension: FigureDimension;
  unit: string;
  agreement: 'same' | 'different' | 'conflicting';
  quantities: Quantity[];
}

/** The parts of a sentence figures are read from. */
export type FigureSentence = Pick<CorpusSentence, 'articleId' | 'id' | 'text' | 'tokens'>;

/** Figures further apart than this factor measure different things, whatever their context. */
export const MAX_VALUE_RATIO = 4;

/** Hedges and bounds before a number, and the range each allows around value v. */
const QUALIFIERS: Array<{ words: string[]; range: (v: number) => [number, number | null] }> = [
  { words: ['more', 'than'], range: (v) => [v, null] },
  { words: ['no', 'fewer', 'than'], range: (v) => [v, null] },
  { words: ['no', 'less', 'than'], range: (v) => [v, null] },
  { words: ['no', 'more', 'than'], range: (v) => [0, v] },
  { words: ['just', 'over'], range: (v) => [v, v * 1.15] },
  { words: ['just', 'under'], range: (v) => [v * 0.85, v] },
  { words: ['well', 'over'], range: (v) => [v, null] },
  { words: ['at', 'least'], range: (v) => [v, null] },
  { words: ['at', 'most'], range: (v) => [0, v] },
  { words: ['up', 'to'], range: (v) => [0, v] },
  { words: ['as', 'many', 'as'], range: (v) => [0, v] },
  { words: ['as', 'much', 'as'], range: (v) => [0, v] },
  { words: ['in', 'excess', 'of'], range: (v) => [v, null] },
  { words: ['upwards', 'of'], range: (v) => [v, null] },
  { words: ['close', 'to'], range: (v) => [v * 0.85, v] },
  { words: ['fewer', 'than'], range: (v) => [0, v] },
  { words: ['less', 'than'], range: (v) => [0, v] },
  { words: ['over'], range: (v) => [v, null] },
  { words: ['above'], range: (v) => [v, null] },
  { words: ['under'], range: (v) => [0, v] },
  { words: ['below'], range: (v) => [0, v] },
  { words: ['nearly'], range: (v) => [v * 0.85, v] },
  { words: ['almost'], range: (v) => [v * 0.85, v] },
  { words: ['roughly'], range: (v) => [v * 0.85, v * 1.15] },
  { words: ['about'], range: (v) => [v * 0.85, v * 1.15] },
  { words: ['around'], range: (v) => [v * 0.85, v * 1.15] },
  { words: ['approximately'], range: (v) => [v * 0.85, v * 1.15] },
  { words: ['some'], range: (v) => [v * 0.85, v * 1.15] },
  { words: ['an', 'estimated'], range: (v) => [v * 0.85, v * 1.15] },
];

const CONTEXT_WINDOW = 7;
/** Counts below this ("two leaders") are too common to tie two sentences by amount alone. */
const MIN_SPECIFIC_COUNT = 3;

/** How to read figures where the text alone cannot say. */
export interface FigureReadingOptions {
  /**
   * The currency of a bare "$" and of "dollars" (ISO code), for events where the dollar is not
   * the US dollar: see `dollarOfPlace`. "US$" and "US dollars" stay USD. Default "USD".
   */
  dollar?: string;
}

/** Finds every figure with a unit in every reporting sentence. */
export function findQuantities(corpus: Corpus, options: FigureReadingOptions = {}): Quantity[] {
  return corpus.sentences.filter((sentence) => sentence.reporting).flatMap((sentence) => quantitiesIn(sentence, options));
}

/** Words after a count that make it a count per party ("175 each", "two apiece"). */
const DISTRIBUTIVES = new Set(['each', 'apiece']);
/** How far back a distributive figure without a noun looks for what it counts ("prisoners, 175 each"). */
const DISTRIBUTIVE_LOOKBACK = 8;
/** Words around "6-3" or "six to three" that make it a score or a vote tally rather than a range. */
const SCORE_WORDS: ReadonlySet<string> = new Set([
  'vote', 'ballot', 'win', 'beat', 'defeat', 'lose', 'loss', 'lead', 'draw', 'score', 'scoreline', 'pass', 'approve', 'reject', 'split',
  'ruling', 'rule', 'decision', 'verdict', 'margin', 'majority', 'victory', 'trail', 'edge', 'uphold', 'overturn', 'result', 'tally', 'final',
  'triumph', 'thrash', 'clinch', 'judgment', 'favour', 'favor',
]);
/** Words after a score that place it in a match ("2-1 after extra time", "4-3 on penalties"). */
const SCORE_AFTER: ReadonlySet<string> = new Set(['after', 'on', 'at', 'in']);
/** Counted words that are what happened to people, not who they are ("12 dead", "30 injured"). */
const OUTCOME_WORDS: ReadonlySet<string> = new Set(['dead', 'killed', 'injured', 'wounded', 'hurt', 'missing', 'displaced', 'evacuated', 'arrested', 'rescued', 'detained', 'hospitalised', 'hospitalized']);
/** Verbs whose object is people ("killed 12", "evacuated 3,000"). */
const OUTCOME_VERBS: ReadonlySet<string> = new Set(['kill', 'injure', 'wound', 'hurt', 'evacuate', 'displace', 'arrest', 'detain', 'rescue', 'hospitalise', 'hospitalize']);
/** Counted nouns that stand for people ("12 deaths" counts the dead). */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(['people', 'person', 'death', 'fatality', 'injury']);
/** Month names: "5 May" that the date reader missed is no count of anything. */
const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** After "10m", these mean metres (height, depth), not millions. */
const LENGTH_AFTER_M: ReadonlySet<string> = new Set(['deep', 'high', 'tall', 'long', 'wide', 'away', 'off', 'offshore', 'below', 'above', 'from', 'of', 'in', 'depth', 'height']);

/** A figure as read, before what it measures is worked out. */
interface ReadFigure {
  /** First token of the number (or of the currency sign, or of "magnitude"). */
  first: number;
  last: number;
  value: number;
  dimension: FigureDimension;
  unit: string;
  writtenUnit: string;
  exactLow?: number;
  exactHigh?: number;
  against?: number;
  high?: number;
  /** The noun counted or measured, when the reading found it ("prisoner", "staff"). */
  counted?: string | null;
  distributive?: string | null;
  qualifier?: Qualifier | undefined;
  /** Where the figure's text ends, when not at its last token's end ("4.2m." at a sentence's end). */
  end?: number;
  /** "20 or more people": open above. */
  orMore?: boolean;
  /** "US$", "US dollars": a currency the text names, which no reading option overrides. */
  explicitCurrency?: boolean;
}

interface Qualifier {
  first: number;
  words: string;
  range: (v: number) => [number, number | null];
}

/**
 * The figures in one sentence, each read to a normalised value and unit (see `Quantity`):
 * - number words and digits, fractions and shares ("twelve", "a dozen", "two hundred and forty",
 *   "61,482", "2.4", "half an hour", "a third of voters");
 * - durations in minutes ("48 hours" and "two days" are 2,880; "a fortnight"; "30-day");
 * - money with its currency ("$4.2m", "4.2 million dollars", "US$4.2 million", "£2.4k", "€3bn");
 * - percentages ("9%", "9 per cent", "nine percent"), percentage points kept apart;
 * - scores and tallies with both sides ("6-3", "6–3", "six to three", "by six votes to three");
 * - dates and times of day (see `datesAndTimesIn`), magnitudes ("magnitude 6.4", "a 6.4-magnitude
 *   quake", "6.4 on the Richter scale"), lengths in metres with a conversion in brackets kept
 *   as one figure ("10 km (six miles)"), ages ("45-year-old", "aged 45", "Jane Roe, 45,");
 * - counts with their noun ("23 wounded soldiers", "12 dead", "killed 12"), "each"/"apiece";
 * - ordinals before a noun ("second call").
 * Hedges before a figure ("about", "more than", "up to") and "or more" after it become bounds.
 */
export function quantitiesIn(sentence: FigureSentence, options: FigureReadingOptions = {}): Quantity[] {
  const tokens = sentence.tokens;
  const read: ReadFigure[] = [];
  const taken = new Set<number>();
  for (const date of datesAndTimesIn(sentence.text, tokens)) {
    for (let index = date.first; index <= date.last; index++) taken.add(index);
    const unit = date.dimension === 'date' ? 'date' : 'minute';
    const writtenUnit = date.dimension === 'date' ? (date.year ? 'year' : 'no year') : 'clock';
    read.push({ first: date.first, last: date.last, value: date.value, high: date.high, dimension: date.dimension, unit, writtenUnit });
  }
  for (let index = 0; index < tokens.length; index++) {
    if (taken.has(index)) continue;
    const figure = readFigureAt(tokens, index);
    if (!figure) continue;
    if ([...range(figure.first, figure.last)].some((at) => taken.has(at))) continue;
    read.push(figure);
    index = figure.last;
  }
  read.sort((a, b) => a.first - b.first);
  const dollar = options.dollar ?? 'USD';
  for (const figure of read) if (figure.unit === 'USD' && !figure.explicitCurrency) figure.unit = figure.writtenUnit = dollar;
  for (const figure of read) figure.qualifier = qualifierBefore(tokens, figure.first);
  const spans: FigureSpan[] = read.map((figure) => ({ first: figure.qualifier?.first ?? figure.first, last: figure.last }));
  return read.map((figure, at) => toQuantity(sentence, figure, spans[at]!, spans.filter((_, other) => other !== at)));
}

function* range(first: number, last: number) {
  for (let index = first; index <= last; index++) yield index;
}

function toQuantity(sentence: FigureSentence, figure: ReadFigure, span: FigureSpan, others: FigureSpan[]): Quantity {
  const tokens = sentence.tokens;
  let last = figure.last;
  let orMore = figure.orMore ?? false;
  // "12 or more", "a 1,000-plus crowd"
  if (lower(tokens, last + 1) === 'or' && lower(tokens, last + 2) === 'more') {
    orMore = true;
    last += 2;
  } else if (lower(tokens, last + 1) === '+' || (tokens[last + 1]?.text === '-' && lower(tokens, last + 2) === 'plus')) {
    orMore = true;
    last += tokens[last + 1]!.text === '-' ? 2 : 1;
  }
  const qualifier = figure.qualifier;
  const amount = figure.value;
  let [low, high] = qualifier ? qualifier.range(amount) : [amount, figure.high ?? amount];
  if (orMore) [low, high] = [amount, null];
  const exactLow = figure.exactLow ?? amount;
  const exactHigh = figure.exactHigh ?? amount;
  const first = span.first;
  const measure = measureOf(tokens, { first, last }, others, figure.counted ?? null, figure.dimension);
  const qualifierWords = [qualifier?.words, orMore ? 'or more' : null, figure.distributive].filter((words): words is string => Boolean(words));
  const previous = others.filter((other) => other.last < first).reduce((max, other) => Math.max(max, other.last), -1);
  const governor = governorOf(tokens, first, previous);
  return {
    articleId: sentence.articleId,
    sentenceId: sentence.id,
    text: sentence.text.slice(tokens[first]!.start, last === figure.last && figure.end !== undefined ? figure.end : tokens[last]!.end),
    value: round(amount),
    low: round(low),
    high: high === null ? null : round(high),
    qualifier: qualifierWords.length > 0 ? qualifierWords.join(' … ') : null,
    dimension: figure.dimension,
    unit: figure.unit,
    against: figure.against ?? null,
    writtenUnit: figure.writtenUnit,
    exactLow: round(exactLow),
    exactHigh: round(exactHigh),
    thing: measure.thing,
    roles: measure.roles,
    measure: measureKey(measure, fallbackThing(figure)),
    governor,
    context: contextOf(tokens, first, last),
    firstToken: first,
    lastToken: last,
    head: tokens[last + 1]?.pos === 'NOUN' && tokens[last - 1]?.text === '-' ? tokens[last + 1]!.lemma : governor,
  };
}

/** What a figure measures when the sentence does not say: its counted noun, else its kind. */
function fallbackThing(figure: ReadFigure): string {
  if (figure.dimension === 'count' || figure.dimension === 'ordinal') return figure.unit;
  if (figure.dimension === 'percent' && figure.unit !== 'percent') return figure.unit;
  return figure.dimension;
}

const lower = (tokens: readonly Token[], index: number) => tokens[index]?.text.toLowerCase();
const isDigits = (token: Token | undefined) => token !== undefined && /^\d[\d,]*(?:\.\d+)?$/.test(token.text);
const isInteger = (token: Token | undefined) => token !== undefined && /^\d{1,3}$/.test(token.text);

/** The figure whose number starts at token `index` (or whose sign or "magnitude" does), if any. */
function readFigureAt(tokens: readonly Token[], index: number): ReadFigure | undefined {
  return scoreAt(tokens, index) ?? magnitudeAt(tokens, index) ?? moneyBySign(tokens, index) ?? ageAt(tokens, index) ?? shareAt(tokens, index) ?? numberFigureAt(tokens, index);
}

/** "6-3", "6–3", "six to three", "six votes to three", "by 6 votes to 3": a score or tally. */
function scoreAt(tokens: readonly Token[], index: number): ReadFigure | undefined {
  const token = tokens[index]!;
  let sides: [number, number] | undefined;
  let last = index;
  let words = false;
  const joined = /^(\d{1,3})[-–—](\d{1,3})$/.exec(token.text);
  if (joined) sides = [Number(joined[1]), Number(joined[2])];
  else if (isInteger(token) && ['-', '–', '—'].includes(tokens[index + 1]?.text ?? '') && isInteger(tokens[index + 2]) && tokens[index + 2]!.start - token.end <= 3) {
    sides = [Number(token.text), Number(tokens[index + 2]!.text)];
    last = index + 2;
  } else {
    const one = readNumber(tokens, index);
    if (!one || one.ordinal || !Number.isInteger(one.value)) return undefined;
    let at = one.last + 1;
    const votes = ['vote', 'goal', 'point', 'seat', 'game', 'set'].includes(tokens[at]?.lemma ?? '') ? at++ : -1;
    if (lower(tokens, at) !== 'to') return undefined;
    const two = tokens[at + 1] ? readNumber(tokens, at + 1) : undefined;
    if (!two || two.ordinal || !Number.isInteger(two.value) || two.value > one.value + 1000) return undefined;
    if (lower(tokens, index - 1) === 'from') return undefined; // "from six to nine": a range
    sides = [one.value, two.value];
    last = two.last;
    words = true;
    if (votes >= 0 && tokens[last + 1]?.lemma === tokens[votes]!.lemma) last++;
    if (votes < 0 && !scoreContextBefore(tokens, index)) return undefined;
  }
  if (!sides) return undefined;
  if (!words && !scoreContextBefore(tokens, index) && !scoreContextAfter(tokens, last)) return undefined;
  return { first: index, last, value: Math.max(...sides), against: Math.min(...sides), dimension: 'score', unit: 'score', writtenUnit: 'score' };
}

function scoreContextBefore(tokens: readonly Token[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 4); at--) {
    if (SCORE_WORDS.has(tokens[at]!.lemma)) return true;
    if (/^[.;:!?]$/.test(tokens[at]!.text)) return false;
  }
  return false;
}

function scoreContextAfter(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next) return false;
  if (SCORE_WORDS.has(next.lemma) || (next.pos === 'ADJ' && SCORE_WORDS.has(tokens[last + 2]?.lemma ?? ''))) return true;
  // "2-1 after extra time", "4-3 on penalties", "1-0 at half-time", "3-1 on aggregate"
  return SCORE_AFTER.has(next.text.toLowerCase()) && /^(?:extra|penalt|aggregate|half|full|the)/i.test(tokens[last + 2]?.text ?? '') && !isTimeUnit(tokens[last + 2]?.lemma ?? '');
}

/** "magnitude 6.4", "a magnitude-6.4 quake", "a 6.4-magnitude quake", "6.4 on the Richter scale". */
function magnitudeAt(tokens: readonly Token[], index: number): ReadFigure | undefined {
  const token = tokens[index]!;
  if (lower(tokens, index) === 'magnitude') {
    let at = index + 1;
    if (tokens[at]?.text === '-' || lower(tokens, at) === 'of') at++;
    if (isDigits(tokens[at]) && Number(tokens[at]!.text) <= 10) return { first: index, last: at, value: Number(tokens[at]!.text), dimension: 'magnitude', unit: 'magnitude', writtenUnit: 'magnitude' };
    return undefined;
  }
  // "magnitude-5.1", which the tokenizer splits as "magnitude-5", ".", "1"
  const joined = /^magnitude-(\d+)$/i.exec(token.text);
  if (joined) {
    const decimals = tokens[index + 1]?.text === '.' && /^\d+$/.test(tokens[index + 2]?.text ?? '') && tokens[index + 2]!.start === tokens[index + 1]!.end;
    const value = Number(decimals ? `${joined[1]}.${tokens[index + 2]!.text}` : joined[1]);
    return value <= 10 ? { first: index, last: decimals ? index + 2 : index, value, dimension: 'magnitude', unit: 'magnitude', writtenUnit: 'magnitude' } : undefined;
  }
  if (!isDigits(token) || Number(token.text) > 10) return undefined;
  let at = index + 1;
  if (tokens[at]?.text === '-') at++;
  if (lower(tokens, at) === 'magnitude') return { first: index, last: at, value: Number(token.text), dimension: 'magnitude', unit: 'magnitude', writtenUnit: 'magnitude' };
  const richter = ['on', 'the', 'richter', 'scale'];
  if (richter.every((word, offset) => lower(tokens, index + 1 + offset) === word)) {
    return { first: index, last: index + richter.length, value: Number(token.text), dimension: 'magnitude', unit: 'magnitude', writtenUnit: 'magnitude' };
  }
  return undefined;
}

/** "$4.2m", "US$4.2 million", "£2,400", "£2.4k", "€3bn": a currency sign, then the amount. */
function moneyBySign(tokens: readonly Token[], index: number): ReadFigure | undefined {
  const currency = CURRENCY_SYMBOLS[lower(tokens, index) ?? ''];
  if (!currency) return undefined;
  const number = tokens[index + 1] && (isDigits(tokens[index + 1]) || tokens[index + 1]!.pos === 'NUM') ? readNumber(tokens, index + 1) : undefined;
  if (!number || number.ordinal) return undefined;
  const amount = scaled(tokens, number.value, number.last);
  let { last } = amount;
  // "$4.2 million dollars" says the currency twice
  if (tokens[last + 1] && tokens[last + 1]!.lemma in CURRENCY_WORDS) last++;
  const converted = conversionAfter(tokens, last, 'money');
  const end = converted === amount.last ? amount.end : undefined;
  const explicitCurrency = lower(tokens, index) !== '$' || /^u\.?s\.?$/i.test(tokens[index - 1]?.text ?? '');
  return { first: index, last: converted, value: amount.value, dimension: 'money', unit: currency, writtenUnit: currency, explicitCurrency, ...(end === undefined ? {} : { end }) };
}

/**
 * A letter scale right after an amount ("4.2m", "2.4k", "3bn"); at the end of a sentence the
 * tokenizer may keep the full stop with it ("4.2m."), which is then no part of the figure.
 */
function scaled(tokens: readonly Token[], value: number, last: number): { value: number; last: number; end?: number } {
  const next = tokens[last + 1];
  if (!next || next.start !== tokens[last]!.end) return { value, last };
  const word = next.text.toLowerCase();
  const scale = SCALE_SUFFIXES[word] ?? (word.endsWith('.') ? SCALE_SUFFIXES[word.slice(0, -1)] : undefined);
  if (!scale) return { value, last };
  return word.endsWith('.') ? { value: value * scale, last: last + 1, end: next.end - 1 } : { value: value * scale, last: last + 1 };
}

/**
 * A conversion in brackets right after a figure ("10 km (six miles)", "£11m ($14m)"): the
 * same figure again, taken into it so that it is not read as a second figure.
 */
function conversionAfter(tokens: readonly Token[], last: number, dimension: FigureDimension): number {
  if (tokens[last + 1]?.text !== '(') return last;
  const close = tokens.findIndex((token, at) => at > last + 1 && token.text === ')');
  if (close < 0 || close > last + 8) return last;
  for (let at = last + 2; at < close; at++) {
    const inner = readFigureAt(tokens, at);
    if (inner && inner.dimension === dimension && inner.last < close) return close;
  }
  return last;
}

/** "45-year-old", "45 years old", "aged 45", "Jane Roe, 45,": an age in years. */
function ageAt(tokens: readonly Token[], index: number): ReadFigure | undefined {
  const token = tokens[index]!;
  if ((lower(tokens, index) === 'aged' || lower(tokens, index) === 'age') && isInteger(tokens[index + 1])) {
    const value = Number(tokens[index + 1]!.text);
    return value <= 120 ? { first: index, last: index + 1, value, dimension: 'age', unit: 'year', writtenUnit: 'year', counted: personBefore(tokens, index) } : undefined;
  }
  const number = readNumber(tokens, index);
  if (!number || number.ordinal || !Number.isInteger(number.value) || number.value > 120) return undefined;
  let at = number.last + 1;
  if (tokens[at]?.text === '-') at++;
  if (tokens[at]?.lemma === 'year' || tokens[at]?.lemma === 'month') {
    let old = at + 1;
    const hyphenated = tokens[old]?.text === '-';
    if (hyphenated) old++;
    // "a 45-year-old nurse", "she is 45 years old"; "the war, now 30 months old" is how long it has lasted.
    const person = hyphenated || ['PROPN', 'PRON'].includes(tokens[personAt(tokens, index)]?.pos ?? '');
    if (lower(tokens, old) === 'old' && person) {
      const years = tokens[at]!.lemma === 'year' ? number.value : number.value / 12;
      let noun = old + 1;
      while (tokens[noun]?.pos === 'ADJ') noun++;
      const counted = tokens[noun]?.pos === 'NOUN' ? tokens[noun]!.lemma : personBefore(tokens, index);
      return { first: index, last: old, value: years, dimension: 'age', unit: 'year', writtenUnit: 'year', counted };
    }
    return undefined;
  }
  // "Jane Roe, 45, said": a number set off by commas right after a name
  if (isInteger(token) && tokens[index - 1]?.text === ',' && ['PROPN', 'NOUN'].includes(tokens[index - 2]?.pos ?? '') && [',', '.', ';'].includes(tokens[index + 1]?.text ?? '') && number.value >= 1) {
    return { first: index, last: index, value: number.value, dimension: 'age', unit: 'year', writtenUnit: 'year', counted: personBefore(tokens, index) };
  }
  return undefined;
}

/** The name or noun an age belongs to: the nearest name or noun before, within its clause. */
function personBefore(tokens: readonly Token[], index: number): string | null {
  const at = personAt(tokens, index);
  return at >= 0 && tokens[at]!.pos !== 'PRON' ? tokens[at]!.lemma : null;
}

function personAt(tokens: readonly Token[], index: number): number {
  for (let at = index - 1; at >= Math.max(0, index - 4); at--) {
    const token = tokens[at]!;
    if (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'PRON') return at;
    if (/^[.;:!?]$/.test(token.text)) break;
  }
  return -1;
}

/** "half of the staff", "a third of voters", "two-thirds", "one in five": a share, in percent. */
function shareAt(tokens: readonly Token[], index: number): ReadFigure | undefined {
  const share = readShare(tokens, index);
  if (!share) return undefined;
  let at = share.last + 1;
  while (at < tokens.length && at <= share.last + 4 && ['ADP', 'DET', 'ADJ', 'PRON'].includes(tokens[at]!.pos)) at++;
  const counted = tokens[at]?.pos === 'NOUN' || tokens[at]?.pos === 'PROPN' ? tokens[at]!.lemma : null;
  return { first: share.first, last: share.last, value: share.value, dimension: 'percent', unit: 'percent', writtenUnit: 'fraction', counted };
}

/**
 * A number followed by what it measures: a percent sign or word, a currency word, a length or
 * time unit, an ordinal's noun or a counted noun; else nothing (a bare number says too little).
 */
function numberFigureAt(tokens: readonly Token[], index: number): ReadFigure | undefined {
  let parsed = readNumber(tokens, index);
  // "a fortnight"; "more than an hour", "for a week", "lasted a month": one of the unit
  if (!parsed && (lower(tokens, index) === 'a' || lower(tokens, index) === 'an') && isTimeUnit(tokens[index + 1]?.lemma ?? '')) {
    const before = tokens[index - 1];
    const one = tokens[index + 1]!.lemma === 'fortnight' || qualifierBefore(tokens, index) !== undefined || before?.text.toLowerCase() === 'for' || ['last', 'take', 'spend'].includes(before?.lemma ?? '');
    if (one) parsed = { value: 1, ordinal: false, first: index, last: index };
  }
  if (!parsed) return undefined;
  const { ordinal } = parsed;
  if (lower(tokens, parsed.last + 1) === 'or' && lower(tokens, parsed.last + 2) === 'more') return countAt(tokens, parsed, parsed.value, parsed.last);
  // Lengths first, since "10m" is metres before an adjective ("10m deep") and millions before a noun.
  const length = lengthUnitAt(tokens, tokens[parsed.last + 1]?.text === '-' ? parsed.last + 2 : parsed.last + 1);
  if (length && parsed.value > 0 && !ordinal) {
    const metres = parsed.value * length.metres;
    const rounding = roundingOf(tokens, parsed.first, parsed.last) * length.metres;
    const end = conversionAfter(tokens, length.last, 'length');
    return { first: parsed.first, last: end, value: metres, dimension: 'length', unit: 'metre', writtenUnit: length.name, exactLow: metres - rounding, exactHigh: metres + rounding };
  }
  const amount = scaled(tokens, parsed.value, parsed.last);
  let { value } = amount;
  const { last } = amount;
  let unitAt = last + 1;
  if (tokens[unitAt]?.text === '-') unitAt++; // "30-day", "three-year", "10-mile"
  // "thirty quiet days", "two full weeks"
  let describedAt = unitAt;
  while (tokens[describedAt]?.pos === 'ADJ' && describedAt < unitAt + 2) describedAt++;
  if (describedAt > unitAt && isTimeUnit(tokens[describedAt]?.lemma ?? '')) unitAt = describedAt;
  const unitToken = tokens[unitAt];
  const unitWord = unitToken?.text.toLowerCase() ?? '';
  const unitLemma = unitToken?.lemma ?? '';
  const base = { first: parsed.first };

  // Percentages: "9%", "9 per cent", "nine percent"; "percentage points" and "basis points" measure a change.
  // A percentage stands for what rounds to it, so that "33%" can equal "a third".
  const rounding = roundingOf(tokens, parsed.first, parsed.last);
  const percent = { dimension: 'percent', unit: 'percent', writtenUnit: 'percent', exactLow: value - rounding, exactHigh: value + rounding } as const;
  if (tokens[last + 1]?.text === '%' || PERCENT_WORDS.has(unitWord) || PERCENT_WORDS.has(unitLemma)) return { ...base, ...percent, last: last + 1, value };
  if (unitWord === 'per' && lower(tokens, unitAt + 1) === 'cent') return { ...base, ...percent, last: unitAt + 1, value };
  if ((unitWord === 'percentage' || unitWord === 'basis') && tokens[unitAt + 1]?.lemma === 'point') {
    const points = unitWord === 'basis' ? value / 100 : value;
    return { ...base, last: unitAt + 1, value: points, dimension: 'percent', unit: 'percentage point', writtenUnit: 'percentage point' };
  }
  if (ordinal) {
    if (!unitToken || unitToken.pos !== 'NOUN') return undefined;
    // "12th league title" ranks titles: the last noun of the run
    let ranked = unitAt;
    while (ranked < unitAt + 3 && tokens[ranked + 1]?.pos === 'NOUN') ranked++;
    const noun = tokens[ranked]!.lemma;
    return { ...base, last: parsed.last, value, dimension: 'ordinal', unit: noun, writtenUnit: noun, counted: noun };
  }
  // Pence and cents: "12p", "340p", "50 cents"
  const adjacent = unitToken !== undefined && unitToken.start === tokens[last]!.end;
  const hundredth = (adjacent && /^p\.?$/.test(unitWord)) || unitWord === 'pence' ? 'GBP' : unitLemma === 'cent' && !adjacent ? 'USD' : null;
  if (hundredth) {
    const end = unitWord.endsWith('.') ? { end: unitToken!.end - 1 } : {};
    return { ...base, last: unitAt, value: value / 100, dimension: 'money', unit: hundredth, writtenUnit: hundredth, ...end };
  }
  // Money in words: "4.2 million dollars", "a million pounds", "3bn euros"
  if (unitLemma in CURRENCY_WORDS || unitWord in CURRENCY_WORDS) {
    const currency = CURRENCY_WORDS[unitLemma] ?? CURRENCY_WORDS[unitWord]!;
    const explicitCurrency = /^(?:u\.?s\.?|american)$/i.test(tokens[unitAt - 1]?.text ?? '');
    return { ...base, last: conversionAfter(tokens, unitAt, 'money'), value, dimension: 'money', unit: currency, writtenUnit: currency, explicitCurrency };
  }
  // Durations: "48 hours", "two days", "an hour and a half", "30-day", "a fortnight"
  if (isTimeUnit(unitLemma)) {
    let end = unitAt;
    const trailing = fractionAfter(tokens, unitAt); // "an hour and a half", "two days and a half"
    if (trailing) {
      value += trailing.value;
      end = trailing.last;
    }
    const minutes = value * minutesPer(unitLemma);
    if (unitLemma in CALENDAR_UNITS) {
      const [fewest, most] = calendarSpanDays(value * CALENDAR_UNITS[unitLemma]!.months);
      return { ...base, last: end, value: minutes, dimension: 'duration', unit: 'minute', writtenUnit: 'calendar', exactLow: fewest * 1_440, exactHigh: most * 1_440 };
    }
    return { ...base, last: end, value: minutes, dimension: 'duration', unit: 'minute', writtenUnit: 'clock' };
  }
  if (SCALE_SUFFIXES[unitWord] && unitToken?.start === tokens[last]!.end) return undefined;
  return countAt(tokens, parsed, value, last);
}

/** The length unit at token `at`, if one is there; "m" is metres only where no counted noun follows ("10m people" is millions). */
function lengthUnitAt(tokens: readonly Token[], at: number): { name: string; metres: number; last: number } | undefined {
  const token = tokens[at];
  if (!token) return undefined;
  const word = token.text.toLowerCase();
  if (word === 'nautical' && tokens[at + 1]?.lemma === 'mile') return { name: 'nautical mile', metres: NAUTICAL_MILE, last: at + 1 };
  const metres = LENGTH_UNITS[word] ?? LENGTH_UNITS[token.lemma];
  if (metres === undefined) return undefined;
  if (word === 'm') {
    const next = tokens[at + 1];
    if (next && !LENGTH_AFTER_M.has(next.text.toLowerCase()) && /^[\p{L}\d]/u.test(next.text)) return undefined;
  }
  const name = metres === 1_000 ? 'km' : metres === 1 ? 'm' : token.lemma === 'feet' || word === 'ft' ? 'foot' : word === 'mi' ? 'mile' : token.lemma;
  return { name, metres, last: at };
}

/** Half the place of a written number's last digit ("6" ±0.5, "2.4" ±0.05); number words are whole. */
function roundingOf(tokens: readonly Token[], first: number, last: number): number {
  if (first !== last) return 0.5;
  const decimals = /\.(\d+)$/.exec(tokens[first]!.text)?.[1]?.length ?? 0;
  return 0.5 / 10 ** decimals;
}

/** A count: a number and the noun it counts, the people an outcome word or verb counts, or "175 each". */
function countAt(tokens: readonly Token[], parsed: { value: number; first: number; last: number }, value: number, last: number): ReadFigure | undefined {
  let unitAt = last + 1;
  // "20 or more people"
  const orMore = lower(tokens, unitAt) === 'or' && lower(tokens, unitAt + 1) === 'more' && tokens[unitAt + 2]?.pos === 'NOUN';
  if (orMore) unitAt += 2;
  if (tokens[unitAt]?.text === '-') unitAt++;
  // "23 badly wounded soldiers": skip describing words to the counted noun.
  while (
    unitAt < tokens.length &&
    unitAt <= last + 4 &&
    (['ADV', 'ADJ'].includes(tokens[unitAt]!.pos) || (tokens[unitAt]!.pos === 'VERB' && /ed$/.test(tokens[unitAt]!.text))) &&
    !isTimeUnit(tokens[unitAt]!.lemma)
  )
    unitAt++;
  // "23 wounded soldiers" where the tagger calls "wounded" a noun
  if (OUTCOME_WORDS.has(lower(tokens, unitAt) ?? '') && tokens[unitAt + 1]?.pos === 'NOUN') unitAt++;
  let unitToken = tokens[unitAt];
  const digits = tokens[parsed.first]!.type === 'number';
  // "the 2019 floods": a year, not 2,019 floods
  if (parsed.first === parsed.last && /^(?:1[89]|20)\d\d$/.test(tokens[parsed.first]!.text)) return undefined;
  if (unitToken && unitToken.pos === 'NOUN' && (digits || value >= 2) && !OUTCOME_WORDS.has(unitToken.text.toLowerCase()) && !MONTHS.has(unitToken.text.toLowerCase())) {
    // "12 attack drones": the last noun of the run.
    while (unitAt < last + 5 && tokens[unitAt + 1]?.pos === 'NOUN') unitAt++;
    unitToken = tokens[unitAt]!;
    const unit = PEOPLE_NOUNS.has(unitToken.lemma) ? 'people' : unitToken.lemma;
    let end = unitAt;
    let distributive: string | null = null;
    if (DISTRIBUTIVES.has(lower(tokens, end + 1) ?? '')) {
      distributive = tokens[end + 1]!.text;
      end++;
    }
    return { first: parsed.first, last: end, value, dimension: 'count', unit, writtenUnit: unit, counted: unitToken.lemma, distributive, orMore };
  }
  if (value < 2 && !digits) return undefined;
  // "63 of his expense claims", "63 of Ms Roe's claims": the noun after "of" and its determiners
  if (lower(tokens, last + 1) === 'of') {
    let at = last + 2;
    while (at <= last + 6 && tokens[at] && (['DET', 'PRON', 'PROPN', 'PART', 'ADJ'].includes(tokens[at]!.pos) || tokens[at]!.text === "'s" || tokens[at]!.text === '’s')) at++;
    while (tokens[at + 1]?.pos === 'NOUN' && tokens[at]?.pos === 'NOUN') at++;
    const noun = tokens[at];
    if (noun && noun.pos === 'NOUN' && noun.lemma !== noun.text.toLowerCase()) {
      const unit = PEOPLE_NOUNS.has(noun.lemma) ? 'people' : noun.lemma;
      return { first: parsed.first, last: at, value, dimension: 'count', unit, writtenUnit: unit, counted: noun.lemma };
    }
  }
  // "12 dead", "twelve injured", "5 missing", "five were missing", "twelve died"
  const outcome = tokens[last + 1];
  if (outcome && ['die', 'perish', 'drown'].includes(outcome.lemma)) return { first: parsed.first, last, value, dimension: 'count', unit: 'people', writtenUnit: 'people', counted: 'people' };
  if (outcome && OUTCOME_WORDS.has(outcome.text.toLowerCase())) {
    return { first: parsed.first, last: last + 1, value, dimension: 'count', unit: 'people', writtenUnit: 'people', counted: 'people' };
  }
  if (outcome && ['are', 'were', 'remain', 'remained', 'remain'].includes(outcome.text.toLowerCase()) && OUTCOME_WORDS.has(lower(tokens, last + 2) ?? '')) {
    return { first: parsed.first, last, value, dimension: 'count', unit: 'people', writtenUnit: 'people', counted: 'people' };
  }
  // "killed 12", "injured at least 30": the people a verb before counts
  for (let at = parsed.first - 1; at >= Math.max(0, parsed.first - 4); at--) {
    const token = tokens[at]!;
    if (token.pos === 'VERB') {
      if (OUTCOME_VERBS.has(token.lemma) && !(tokens[last + 1]?.pos === 'NOUN')) return { first: parsed.first, last, value, dimension: 'count', unit: 'people', writtenUnit: 'people', counted: 'people' };
      break;
    }
    if (token.pos === 'PUNCT') break;
  }
  // "prisoners, 175 each"
  if (DISTRIBUTIVES.has(lower(tokens, last + 1) ?? '') && value >= 2) {
    const counted = countedBefore(tokens, parsed.first);
    if (!counted) return undefined;
    const unit = PEOPLE_NOUNS.has(counted.lemma) ? 'people' : counted.lemma;
    return { first: parsed.first, last: last + 1, value, dimension: 'count', unit, writtenUnit: unit, counted: counted.lemma, distributive: tokens[last + 1]!.text };
  }
  return undefined;
}

/** The nearest plural noun before a figure, within its clause: what "175 each" counts. */
function countedBefore(tokens: readonly Token[], first: number): Token | undefined {
  for (let index = first - 1; index >= Math.max(0, first - DISTRIBUTIVE_LOOKBACK); index--) {
    const token = tokens[index]!;
    if (/^[.;:!?]$/.test(token.text)) return undefined;
    if (token.pos === 'NOUN' && token.lemma !== token.text.toLowerCase()) return token;
  }
  return undefined;
}

function qualifierBefore(tokens: readonly Token[], first: number): Qualifier | undefined {
  for (const qualifier of QUALIFIERS) {
    const start = first - qualifier.words.length;
    if (start < 0) continue;
    const words = tokens.slice(start, first).map((token) => token.text.toLowerCase());
    if (words.join(' ') === qualifier.words.join(' '))
      return {
        first: start,
        words: tokens
          .slice(start, first)
          .map((token) => token.text)
          .join(' '),
        range: qualifier.range,
      };
  }
  return undefined;
}

/**
 * The nearest verb or noun before the figure ("lasted", "pause … for"), skipping function words,
 * and not reaching into the figure before it ("cut by 25 basis points to 4.25%": none).
 */
function governorOf(tokens: readonly Token[], first: number, previous: number): string | null {
  for (let index = first - 1; index > previous && index >= Math.max(0, first - 5); index--) {
    const token = tokens[index]!;
    if (token.pos === 'VERB' || (token.pos === 'NOUN' && !token.stop)) return token.lemma;
    if (token.pos === 'PUNCT' && token.text !== '-') break;
  }
  return null;
}

function contextOf(tokens: readonly Token[], first: number, last: number): string[] {
  const lemmas = new Set<string>();
  for (let index = Math.max(0, first - CONTEXT_WINDOW); index <= Math.min(tokens.length - 1, last + CONTEXT_WINDOW); index++) {
    const token = tokens[index]!;
    if (index >= first && index <= last) continue;
    if (
      ['NOUN', 'VERB', 'PROPN', 'ADJ'].includes(token.pos) &&
      // wink-nlp lists some nouns as stop words ("call", "side"), yet they say what is measured.
      (!token.stop || token.pos === 'NOUN' || token.pos === 'PROPN') &&
      token.type === 'word'
    )
      lemmas.add(token.lemma);
  }
  return [...lemmas].sort();
}

/**
 * A figure's amount as one key: equal for figures that state the same amount in the same kind
 * of unit ("$4.2m" and "4.2 million dollars": "money:4200000:USD"; "6-3" and "six to three":
 * "score:6-3:score"; "Jan. 12" and "January 12, 2025": "date:112:date", the year left out).
 * For terms and indexes; `sameAmount` also equates what keys cannot ("three months", "90 days").
 */
export function amountKey(quantity: Quantity): string {
  const value = quantity.dimension === 'date' ? quantity.value % 10_000 : quantity.value;
  const amount = quantity.against === null ? `${value}` : `${value}-${quantity.against}`;
  return `${quantity.dimension}:${amount}:${quantity.unit}`;
}

/**
 * Whether two figures state the same amount, allowing for how it is written: equal values in the
 * same written unit; where the written units differ, amounts the wording can both stand for
 * ("three months" and "90 days", since three months are 89 to 92 days; "10 km" and "six
 * miles"; "a third" and "33%"). Scores need both sides equal; a date without its year matches
 * the same day and month in any year. Hedged figures ("about 90") never state an exact amount.
 */
export function sameAmount(a: Quantity, b: Quantity): boolean {
  if (a.dimension !== b.dimension || a.unit !== b.unit) return false;
  if (!isExact(a) || !isExact(b)) return false;
  if (a.dimension === 'score') return a.value === b.value && a.against === b.against;
  if (a.dimension === 'date') return dayOf(a, b, a.value) === dayOf(a, b, b.value);
  if (a.writtenUnit === b.writtenUnit) return a.value === b.value;
  return a.exactLow <= b.exactHigh && b.exactLow <= a.exactHigh;
}

/**
 * Whether the ranges two figures' wordings allow overlap, so that both can be true ("about 90
 * minutes" and "more than an hour"). Same dimension and unit only.
 */
export function amountsOverlap(a: Quantity, b: Quantity): boolean {
  if (a.dimension !== b.dimension || a.unit !== b.unit) return false;
  if (a.dimension === 'score') return a.value === b.value && a.against === b.against;
  if (a.dimension === 'date') {
    const [aLow, aHigh, bLow, bHigh] = [dayOf(a, b, a.low), dayOf(a, b, a.high ?? a.low), dayOf(a, b, b.low), dayOf(a, b, b.high ?? b.low)];
    return aLow <= bHigh && bLow <= aHigh;
  }
  const [aLow, aHigh] = widened(a);
  const [bLow, bHigh] = widened(b);
  return aLow <= (bHigh ?? Infinity) && bLow <= (aHigh ?? Infinity);
}

/**
 * Whether two figures measure the same thing: same dimension and unit, the same thing named,
 * and the same roles ("demand" and "offer", "dead" and "injured", a threatened strike and a
 * held one are different measures). Strict: a figure whose thing the sentence does not name
 * is of no known measure.
 */
export function sameMeasure(a: Quantity, b: Quantity): boolean {
  return a.dimension === b.dimension && a.unit === b.unit && a.thing !== null && a.thing === b.thing && sameRoles(a, b);
}

/** How two figures stand: the same measure with the same, compatible or conflicting amounts, or unrelated. */
export type FigureRelation = 'same' | 'different' | 'conflicting' | 'unrelated';

/**
 * The relation of two figures for comparing sentences: "same" when they state the same amount
 * with the same roles and a thing that is the same or unnamed in one of them; "different" or
 * "conflicting" only for the same measure (`sameMeasure`) with amounts whose ranges overlap or
 * do not; else "unrelated" (a 72-hour strike and a threatened 72-hour strike are unrelated).
 */
export function figureRelation(a: Quantity, b: Quantity): FigureRelation {
  if (sameAmount(a, b) && compatibleMeasure(a, b)) return 'same';
  if (!sameMeasure(a, b)) return 'unrelated';
  return amountsOverlap(a, b) ? 'different' : 'conflicting';
}

/** Whether some facet has a role in both figures and the roles differ ("offer" and "demand"). */
export function rolesConflict(a: Quantity, b: Quantity): boolean {
  for (const role of a.roles) {
    const facet = facetOfRole(role);
    const other = b.roles.find((candidate) => facetOfRole(candidate) === facet);
    if (other !== undefined && other !== role) return true;
  }
  return false;
}

function sameRoles(a: Quantity, b: Quantity): boolean {
  return a.roles.length === b.roles.length && a.roles.every((role) => b.roles.includes(role));
}

function isExact(quantity: Quantity): boolean {
  return quantity.low === quantity.value && quantity.high === quantity.value;
}

/** A date as comparable between two figures: without the year unless both have one. */
function dayOf(a: Quantity, b: Quantity, value: number): number {
  return a.writtenUnit === 'year' && b.writtenUnit === 'year' ? value : value % 10_000;
}

/** The range a figure's wording allows, widened by what its written unit can stand for. */
function widened(quantity: Quantity): [number, number | null] {
  const below = quantity.value - quantity.exactLow;
  const above = quantity.exactHigh - quantity.value;
  return [quantity.low - below, quantity.high === null ? null : quantity.high + above];
}

/** Dimensions whose values can be compared by ratio ("4 times as much"). */
const RATIO_DIMENSIONS: ReadonlySet<FigureDimension> = new Set(['duration', 'count', 'money', 'percent', 'length']);

/**
 * Groups figures that measure the same thing in different articles. Only figures of one
 * dimension and unit are compared, and two figures whose roles disagree ("a 9% demand" and "a
 * 3.5% offer"; the dead and the injured; confirmed and suspected cases; a threatened strike and
 * one that happened; a first-quarter and a full-year figure) are never in one group. Then:
 * - the same amount, however written ("48 hours", "two days"), or the same hedged amount
 *   ("more than 40", "more than forty"), joins when no role disagrees;
 * - different amounts join only as the same measure: the same thing (or one unnamed), exactly
 *   the same roles, values within a factor of four, and evidence that the sentences speak of
 *   one thing: for a thing both name, the same governing word, roles ("people (dead)") or at
 *   least `minimumContextOverlap` of their context words in common; where one does not name it,
 *   the same governing word and that much context. Ordinals, dates and times of day never join
 *   on different values ("the first cut" and "the second cut" are two cuts; a story's dates
 *   belong to different events more often than outlets disagree on one).
 * A group never holds two figures that could not join directly (every pair is checked), and
 * groups reported by one article only are dropped. Agreement compares the ranges the wordings
 * allow across articles: all the same amount is "same", overlapping ranges "different"
 * (compatible but not identical), disjoint ranges "conflicting". Since different amounts join
 * only as one measure, "conflicting" always means one measure of one thing given different values.
 */
export function groupFigures(quantities: readonly Quantity[], minimumContextOverlap = 0.2): FigureGroup[] {
  const clusterOf = quantities.map((_, index) => index);
  const members = new Map<number, number[]>(quantities.map((_, index) => [index, [index]]));
  const find = (index: number): number => (clusterOf[index] === index ? index : (clusterOf[index] = find(clusterOf[index]!)));
  const canJoin = (a: Quantity, b: Quantity) => (sameStatement(a, b) && specific(a) && !rolesConflict(a, b)) || sameMeasureEvidence(a, b, minimumContextOverlap);
  // Every figure of the joined group must be able to stand with every other: no chaining.
  // Things are read less surely than roles, so here only roles must agree: the same roles for
  // different amounts, which one sentence never gives for one measure.
  const mayStand = (a: Quantity, b: Quantity) => !rolesConflict(a, b) && (sameStatement(a, b) || (a.sentenceId !== b.sentenceId && sameRoles(a, b)));
  const join = (i: number, j: number) => {
    const [x, y] = [find(i), find(j)];
    if (x === y) return;
    const left = members.get(x)!;
    const right = members.get(y)!;
    if (!left.every((p) => right.every((q) => mayStand(quantities[p]!, quantities[q]!)))) return;
    clusterOf[y] = x;
    members.set(x, [...left, ...right]);
    members.delete(y);
  };
  const blocks = new Map<string, number[]>();
  quantities.forEach((quantity, index) => {
    const key = `${quantity.dimension}|${quantity.unit}`;
    blocks.set(key, [...(blocks.get(key) ?? []), index]);
  });
  for (const block of blocks.values()) {
    // Same amounts first, so that a group forms around what outlets agree on before different amounts are weighed.
    for (const pass of ['same', 'different'] as const) {
      for (let x = 0; x < block.length; x++) {
        for (let y = x + 1; y < block.length; y++) {
          const [i, j] = [block[x]!, block[y]!];
          const a = quantities[i]!;
          const b = quantities[j]!;
          if (a.sentenceId === b.sentenceId || find(i) === find(j)) continue;
          const same = sameStatement(a, b);
          if ((pass === 'same') !== same) continue;
          if (canJoin(a, b)) join(i, j);
        }
      }
    }
  }
  return [...members.values()]
    .map((indexes) => indexes.sort((a, b) => a - b).map((index) => quantities[index]!))
    .filter((group) => new Set(group.map((member) => member.articleId)).size >= 2)
    .sort((a, b) => quantities.indexOf(a[0]!) - quantities.indexOf(b[0]!))
    .map((group) => ({
      measure: groupMeasure(group),
      dimension: group[0]!.dimension,
      unit: group[0]!.unit,
      agreement: agreementOf(group),
      quantities: group,
    }));
}

/** The same amount, or the same hedged amount in the same words ("more than 40" and "more than 40"). */
function sameStatement(a: Quantity, b: Quantity): boolean {
  if (sameAmount(a, b)) return true;
  return a.dimension === b.dimension && a.unit === b.unit && a.value === b.value && a.low === b.low && a.high === b.high && a.against === b.against && a.writtenUnit === b.writtenUnit;
}

/** Counts below three ("two leaders") are too common to tie figures by amount alone. */
function specific(quantity: Quantity): boolean {
  return quantity.dimension !== 'count' || quantity.value >= MIN_SPECIFIC_COUNT;
}

/** Different amounts can be one measure: the same roles, and the same thing or one unnamed. */
function compatibleMeasure(a: Quantity, b: Quantity): boolean {
  if (a.dimension !== b.dimension || a.unit !== b.unit || !sameRoles(a, b)) return false;
  return a.thing === null || b.thing === null || a.thing === b.thing;
}

/**
 * A compatible measure, values of comparable size (within `MAX_VALUE_RATIO`), and evidence in
 * the sentences that it is one: the governing word, or shared context.
 */
function sameMeasureEvidence(a: Quantity, b: Quantity, minimumContextOverlap: number): boolean {
  if (!compatibleMeasure(a, b)) return false;
  // An ordinal names which one ("the second cut" is not "the first cut"), it does not measure;
  // a story holds many dates and times, and which event each belongs to is seldom said beside it.
  if (a.dimension === 'ordinal' || a.dimension === 'date' || a.dimension === 'time') return false;
  if (RATIO_DIMENSIONS.has(a.dimension) && Math.max(a.value, b.value) > MAX_VALUE_RATIO * Math.max(Math.min(a.value, b.value), Number.MIN_VALUE)) return false;
  const sameGovernor = a.governor !== null && a.governor === b.governor;
  const overlap = jaccard(a.context, b.context) >= minimumContextOverlap;
  if (a.thing !== null && a.thing === b.thing) {
    // A named thing with the same roles ("people (dead)") is itself the evidence.
    return sameGovernor || overlap || a.roles.length > 0;
  }
  // Where a sentence does not name the thing, the governing word and the context must both agree.
  return sameGovernor && overlap;
}

function agreementOf(members: readonly Quantity[]): FigureGroup['agreement'] {
  let allSame = true;
  for (const a of members) {
    for (const b of members) {
      if (a === b || a.articleId === b.articleId) continue;
      if (!amountsOverlap(a, b)) return 'conflicting';
      if (!sameAmount(a, b) && !(a.value === b.value && a.qualifier === b.qualifier)) allSame = false;
    }
  }
  return allSame ? 'same' : 'different';
}

/**
 * What a group measures, for people: its most common measure key among figures whose thing is
 * named; where none is, the most common governing word and the kind ("last (duration)").
 */
function groupMeasure(members: readonly Quantity[]): string {
  const named = members.filter((member) => member.thing !== null);
  if (named.length > 0) return mostCommon(named.map((member) => member.measure))!;
  const governor = mostCommon(members.flatMap((member) => (member.governor ? [member.governor] : [])));
  const measure = mostCommon(members.map((member) => member.measure))!;
  // "last (duration)", "earn (money, per week)"
  return governor ? `${governor} (${measure.replace(' (', ', ').replace(/\)$/, '')})` : measure;
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))[0]?.[0];
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const shared = b.filter((item) => setA.has(item)).length;
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : shared / union;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
