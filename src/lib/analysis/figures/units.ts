/**
 * The units figures are written in, and how each converts to the base unit its dimension is
 * compared in: minutes for durations, metres for lengths, the currency's ISO code for money.
 */

/** Clock units: fixed lengths, in minutes. */
export const CLOCK_UNITS: Readonly<Record<string, number>> = {
  second: 1 / 60,
  sec: 1 / 60,
  minute: 1,
  min: 1,
  hour: 60,
  hr: 60,
  day: 1_440,
  week: 10_080,
  fortnight: 20_160,
};

/**
 * Calendar units, whose length in days varies: a month is 28 to 31 days, a year 365 or 366.
 * Their `value` uses the mean length (a month is 30.4375 days, a year 365.25), so that
 * "30 months" and "two and a half years" are one number; whether such a figure equals one in
 * clock units ("three months" and "90 days") is decided by `calendarSpanDays`, not by this mean.
 */
export const CALENDAR_UNITS: Readonly<Record<string, { minutes: number; months: number }>> = {
  month: { minutes: 43_830, months: 1 },
  year: { minutes: 525_960, months: 12 },
  decade: { minutes: 5_259_600, months: 120 },
  century: { minutes: 52_596_000, months: 1_200 },
};

export function isTimeUnit(lemma: string): boolean {
  return lemma in CLOCK_UNITS || lemma in CALENDAR_UNITS;
}

/** Minutes in one of a time unit. */
export function minutesPer(lemma: string): number {
  return CLOCK_UNITS[lemma] ?? CALENDAR_UNITS[lemma]!.minutes;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The fewest and most days that `months` calendar months in a row can span, whichever month
 * they start in (a fraction of a month is 28 to 31 days times the fraction), leap days included.
 */
export function calendarSpanDays(months: number): [number, number] {
  const whole = Math.floor(months);
  const part = months - whole;
  let fewest = Infinity;
  let most = 0;
  for (let start = 0; start < 12; start++) {
    let days = 0;
    let februaries = 0;
    for (let m = 0; m < whole; m++) {
      const month = (start + m) % 12;
      days += MONTH_DAYS[month]!;
      if (month === 1) februaries++;
    }
    // Of four Februaries in a row exactly one is a leap year's (century years aside).
    fewest = Math.min(fewest, days + Math.floor(februaries / 4));
    most = Math.max(most, days + Math.ceil(februaries / 4));
  }
  return [fewest + part * 28, most + part * 31];
}

/** Currency words, singular lemma → ISO code. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD',
  euro: 'EUR',
  pound: 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  ruble: 'RUB',
  rouble: 'RUB',
  hryvnia: 'UAH',
  yuan: 'CNY',
  rupee: 'INR',
  franc: 'CHF',
};

/** Currency signs and prefixed signs ("US$", "A$"), as tokens. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  c$: 'CAD',
  ca$: 'CAD',
  a$: 'AUD',
  au$: 'AUD',
  nz$: 'NZD',
  hk$: 'HKD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  '¥': 'JPY',
  '₽': 'RUB',
  '₴': 'UAH',
  '₹': 'INR',
};

/** Letters written straight after an amount of money ("$4.2m", "£2.4k", "€3bn"). */
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = {
  k: 1_000,
  m: 1_000_000,
  mn: 1_000_000,
  mln: 1_000_000,
  b: 1_000_000_000,
  bn: 1_000_000_000,
  tn: 1_000_000_000_000,
  trn: 1_000_000_000_000,
};

/** Length units in metres, by lemma or abbreviation. */
export const LENGTH_UNITS: Readonly<Record<string, number>> = {
  km: 1_000,
  kilometre: 1_000,
  kilometer: 1_000,
  kms: 1_000,
  m: 1,
  metre: 1,
  meter: 1,
  cm: 0.01,
  centimetre: 0.01,
  centimeter: 0.01,
  mm: 0.001,
  millimetre: 0.001,
  millimeter: 0.001,
  mile: 1_609.344,
  mi: 1_609.344,
  yard: 0.9144,
  yd: 0.9144,
  foot: 0.3048,
  feet: 0.3048,
  ft: 0.3048,
  inch: 0.0254,
};

/** "nautical miles": one unit of two words. */
export const NAUTICAL_MILE = 1_852;

/** Percent signs and words; "percentage point(s)" and "basis points" measure a change and are kept apart. */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct', 'pc']);

/** Places whose currency is called the dollar, and its code. */
const DOLLAR_PLACES: ReadonlyArray<[RegExp, string]> = [
  [/\bnew zealand\b/i, 'NZD'],
  [/\baustralia\b/i, 'AUD'],
  [/\bcanada\b/i, 'CAD'],
  [/\bhong kong\b/i, 'HKD'],
  [/\bsingapore\b/i, 'SGD'],
  [/\btaiwan\b/i, 'TWD'],
  [/\bjamaica\b/i, 'JMD'],
  [/\bfiji\b/i, 'FJD'],
];

/**
 * The currency a bare "$" means at a place ("Port Town, New Zealand" → "NZD"); the US dollar
 * where the place names no other dollar country, or is unknown.
 */
export function dollarOfPlace(place: string | null | undefined): string {
  if (!place) return 'USD';
  return DOLLAR_PLACES.find(([pattern]) => pattern.test(place))?.[1] ?? 'USD';
}
