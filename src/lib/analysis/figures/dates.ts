import * as chrono from 'chrono-node';
import type { Token } from '../tokens.ts';

/** A calendar date or a time of day in a sentence, as tokens. */
export interface DateOrTime {
  dimension: 'date' | 'time';
  /**
   * Dates: month × 100 + day, plus year × 10,000 when the year is written ("Jan. 12" is 112,
   * "12 January 2025" is 20250112). Times: minutes after midnight ("6:42 a.m." is 402).
   */
  value: number;
  /** The end of a written range ("Jan. 12-14"), else `value`. */
  high: number;
  /** Whether the year is written. */
  year: boolean;
  first: number;
  last: number;
}

/**
 * Chrono reads relative dates against a reference; only what the text itself says is kept
 * (`isCertain`), so the reference never shows. Fixed, so the output never depends on the clock.
 */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
/** Sentences worth handing to chrono: a month name or a clock time. Most sentences have neither. */
const MAY_HOLD_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d[:.]\d\d|\d\s?[ap]\.?m\b|\bnoon\b|\bmidnight\b/i;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
/**
 * Chrono reads "from 5 May" as the start of a range whose day it is unsure of; the same words
 * without "from" give the day. Such results are read again without their first word.
 */
function withDay(result: chrono.ParsedResult): chrono.ParsedResult {
  if (result.start.isCertain('day') || !result.start.isCertain('month')) return result;
  const space = result.text.indexOf(' ');
  if (space < 0 || !LEADING.has(result.text.slice(0, space).toLowerCase())) return result;
  const again = chrono.casual.parse(result.text.slice(space + 1), REFERENCE)[0];
  if (!again || !again.start.isCertain('day')) return result;
  // Offsets as in the sentence: `index` of the text read again, shifted past the word dropped.
  return Object.assign(Object.create(Object.getPrototypeOf(again)), again, { index: result.index + space + 1 + again.index });
}

/**
 * A time of day as written: a colon ("18:42", "6:42 a.m.") or a.m./p.m. ("6 p.m.", "6.15pm");
 * "4.25" alone is a decimal ("4.25 per cent", "in 9.58 seconds"), not a quarter past four.
 */
const CLOCK = /\d:\d\d|\d\s?[ap]\.?m\b|noon|midnight/i;
/** Leading words chrono includes that are not part of the figure ("at 6:42 a.m.", "on Jan. 12"). */
const LEADING = new Set(['at', 'on', 'in', 'from', 'by', 'since', 'until', 'till', 'before', 'after']);

/**
 * The dates and times of day in one sentence, read by chrono-node's English parser
 * ("Jan. 12", "January 12", "12 January", "12th of January", "Tuesday, Jan. 12", with or without
 * a year; "6:42 a.m.", "18:42", "6 p.m."). A date needs a written month and day; dates in digits
 * alone ("12/01/2025") are left out, since the order of day and month cannot be told, and so
 * are relative dates ("today", "last Tuesday"), which say nothing an outlet could contradict.
 * (The casual parser is used because the strict one drops a time followed by a weekday, "at
 * 6.15pm on Friday"; what it adds beyond the strict one is filtered out here.)
 */
export function datesAndTimesIn(text: string, tokens: readonly Token[]): DateOrTime[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  const found: DateOrTime[] = [];
  for (const parsed of chrono.casual.parse(text, REFERENCE)) {
    const result = withDay(parsed);
    const { start, end } = result;
    if (!/[a-z]/i.test(result.text) && !/[:.]/.test(result.text)) continue;
    let first = tokens.findIndex((token) => token.start >= result.index);
    const stop = result.index + result.text.length;
    let last = -1;
    for (let index = 0; index < tokens.length; index++) if (tokens[index]!.end <= stop) last = index;
    while (first >= 0 && first < last && LEADING.has(tokens[first]!.text.toLowerCase())) first++;
    if (first < 0 || last < first) continue;
    // A date needs its month in words: in digits alone the order of day and month is unknown.
    if (start.isCertain('month') && start.isCertain('day') && MONTH_NAME.test(result.text)) {
      const year = start.isCertain('year');
      const dateValue = (component: chrono.ParsedComponents) =>
        (year ? component.get('year')! * 10_000 : 0) + component.get('month')! * 100 + component.get('day')!;
      const value = dateValue(start);
      found.push({ dimension: 'date', value, high: end && end.isCertain('day') ? dateValue(end) : value, year, first, last });
    } else if (start.isCertain('hour') && CLOCK.test(result.text) && !/^\s*(?:%|per\b|percent|seconds?\b)/i.test(text.slice(stop))) {
      // "6.15pm on Friday": the weekday is no part of the time
      while (last > first && !/\d|^[ap]\.?m\.?$|noon|midnight/i.test(tokens[last]!.text)) last--;
      const timeValue = (component: chrono.ParsedComponents) => component.get('hour')! * 60 + (component.get('minute') ?? 0);
      const value = timeValue(start);
      found.push({ dimension: 'time', value, high: end && end.isCertain('hour') ? timeValue(end) : value, year: false, first, last });
    }
  }
  return found;
}
