import type { Token } from '../tokens.ts';

/**
 * What a figure measures: the thing (a normalised noun: "strike", "people", "rise") and the role
 * words that make one thing into different facts. Roles come in facets; two figures whose
 * facets disagree ("demand" against "offer", "dead" against "injured") are different facts,
 * however alike their thing and amount.
 */
export interface Measure {
  thing: string | null;
  /** Role values, one at most per facet, in facet order (see `FACETS`). */
  roles: string[];
}

/**
 * Facets and the words (lemmas) that give each value. General English, not any one event's words.
 * - stance: who wants the figure ("a 9% demand", "offered 3.5%", "agreed").
 * - outcome: what happened to the people or things counted ("12 dead", "30 injured", "5 missing",
 *   "300 buildings damaged" and "27 collapsed").
 * - direction: what a count gains or loses ("700 jobs at risk", "200 new jobs").
 * - certainty: "confirmed" and "suspected" cases.
 * - status: a figure that is threatened, planned, announced or forecast rather than happened.
 * - period: the span a figure covers ("first-quarter profit", "full-year", "£2,400 a month").
 * - when: a figure of another time ("the £62m paid in 2024", "in July", "two years ago", "the previous record").
 * - kind: a compound that sorts the thing counted into kinds ("fixed-rate" and "variable-rate"
 *   deals, "full-time" and "part-time" staff, "short-term" and "long-term" loans).
 * - stage: the point of a match a score belongs to ("at half-time", "on aggregate", "on penalties").
 * - change: a change ("rose by 3%": "change") or the level before it ("from 5%": "from"), not the level itself.
 * - zone: the time zone a time of day is given in ("04:42 GMT" is not "04:42" local time).
 */
const FACET_WORDS: ReadonlyArray<[facet: string, value: string, lemmas: readonly string[]]> = [
  ['stance', 'demand', ['demand', 'ask', 'seek', 'want', 'request', 'insist']],
  ['stance', 'offer', ['offer', 'propose', 'proposal', 'table', 'bid', 'counteroffer', 'counter-offer']],
  ['stance', 'agreed', ['agree', 'accept', 'settle', 'settlement']],
  ['outcome', 'dead', ['dead', 'die', 'death', 'kill', 'killed', 'fatality', 'fatal', 'toll', 'drown', 'perish']],
  ['outcome', 'injured', ['injure', 'injured', 'injury', 'wound', 'wounded', 'hurt']],
  ['outcome', 'missing', ['missing', 'unaccounted']],
  ['outcome', 'displaced', ['displace', 'displaced', 'evacuate', 'evacuee', 'homeless', 'flee']],
  ['outcome', 'arrested', ['arrest', 'detain', 'detention', 'charge']],
  ['outcome', 'rescued', ['rescue', 'save']],
  ['outcome', 'destroyed', ['destroy', 'destroyed', 'collapse', 'collapsed', 'raze', 'flatten', 'level']],
  ['outcome', 'damaged', ['damage', 'damaged']],
  ['direction', 'lost', ['cut', 'lose', 'axe', 'shed', 'slash', 'eliminate', 'risk', 'layoff', 'redundancy', 'redundant']],
  ['direction', 'created', ['create', 'add', 'hire', 'new', 'recruit']],
  ['certainty', 'confirmed', ['confirm', 'confirmed']],
  ['certainty', 'suspected', ['suspect', 'suspected', 'probable', 'possible', 'presumed', 'presumptive', 'unconfirmed']],
  ['status', 'threatened', ['threaten', 'threat', 'warn']],
  ['status', 'planned', ['plan', 'planned', 'schedule', 'intend']],
  ['status', 'announced', ['announce']],
  ['status', 'forecast', ['forecast', 'predict', 'project', 'expect']],
  ['stage', 'half-time', ['half-time', 'halftime', 'interval', 'break']],
  ['zone', 'UTC', ['gmt', 'utc', 'zulu']],
  ['zone', 'US Eastern', ['et', 'est', 'edt']],
  ['zone', 'US Pacific', ['pt', 'pst', 'pdt']],
  ['zone', 'CET', ['cet', 'cest']],
  ['zone', 'BST', ['bst']],
  ['stage', 'aggregate', ['aggregate']],
  ['stage', 'penalties', ['penalty', 'shootout', 'shoot-out']],
];
export const FACETS = ['stance', 'outcome', 'direction', 'certainty', 'status', 'period', 'when', 'kind', 'stage', 'change', 'zone'] as const;

const FACET_OF_LEMMA = new Map<string, { facet: string; value: string }>();
for (const [facet, value, lemmas] of FACET_WORDS) for (const lemma of lemmas) FACET_OF_LEMMA.set(lemma, { facet, value });

/** Role words that give a role as verbs or participles only ("a planned strike", not "backed the plan"). */
const NOT_AS_NOUN: ReadonlySet<string> = new Set(['plan', 'schedule', 'project', 'charge', 'save', 'break', 'table']);

/**
 * Words that name a role or a time but not the thing measured ("a 9% demand" says nothing of
 * what is demanded; "4.25% today" nothing of what is 4.25%).
 */
const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...FACET_OF_LEMMA.keys(), 'figure', 'number', 'total', 'amount', 'sum', 'level', 'rate', 'tally', 'count', 'claim',
  'today', 'yesterday', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'week', 'month', 'year', 'day', 'time',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Words for one thing, as the first of each list. General news vocabulary. */
const SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['people', 'person', 'persons', 'individual'],
  ['quake', 'earthquake', 'tremor'],
  ['strike', 'walkout', 'stoppage'],
  ['rise', 'increase', 'raise', 'hike', 'uplift', 'rises'],
  ['cut', 'reduction', 'decrease'],
  ['ruling', 'decision', 'verdict', 'judgment', 'judgement'],
  ['ceasefire', 'truce'],
  ['call', 'conversation'],
  ['pause', 'halt', 'suspension', 'moratorium'],
  ['vote', 'ballot'],
  ['job', 'post', 'position'],
  ['win', 'victory'],
  ['fighting', 'war', 'conflict'],
  ['cost', 'price'],
  ['wage', 'salary', 'pay'],
];
const CANONICAL = new Map<string, string>();
for (const words of SYNONYMS) for (const word of words) CANONICAL.set(word, words[0]!);

/** Counted nouns that are themselves outcomes: "12 deaths" counts the dead. */
const OUTCOME_NOUNS: Readonly<Record<string, string>> = { death: 'dead', fatality: 'dead', injury: 'injured', casualty: 'casualties' };

/** A thing's normal form: lower case, one word of each synonym list, outcome nouns counted as people. */
export function normaliseThing(lemma: string): string {
  const word = lemma.toLowerCase();
  if (word in OUTCOME_NOUNS && word !== 'casualty') return 'people';
  return CANONICAL.get(word) ?? word;
}

/** Verbs of change: "rose by 3%" is a change, not a level. */
const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'rise', 'fall', 'increase', 'decrease', 'cut', 'drop', 'grow', 'climb', 'decline', 'reduce', 'raise', 'lower', 'jump', 'slip', 'gain', 'lose', 'shrink', 'slide', 'surge', 'plunge', 'widen', 'narrow', 'up', 'down',
]);

/** Adjectives after a length that say what it measures ("10 km deep"). */
const LENGTH_ADJECTIVES: Readonly<Record<string, string>> = {
  deep: 'depth', long: 'length', high: 'height', tall: 'height', wide: 'width', away: 'distance', off: 'distance', offshore: 'distance', inland: 'distance', from: 'distance',
  north: 'distance', south: 'distance', east: 'distance', west: 'distance', northeast: 'distance', northwest: 'distance', southeast: 'distance', southwest: 'distance',
};
/** Words that end the stretch of a sentence a figure's roles are read from. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['.', ';', ':', '?', '!', '(', ')', '—', '–', 'but', 'while', 'whereas', 'although', 'though']);
/** Roles are read this many tokens either side of a figure, within its clause. */
const ROLE_WINDOW_BEFORE = 6;
const ROLE_WINDOW_AFTER = 4;
const PERIOD_ORDINALS: Readonly<Record<string, string>> = { first: 'q1', second: 'q2', third: 'q3', fourth: 'q4', q1: 'q1', q2: 'q2', q3: 'q3', q4: 'q4' };
const RATE_WORDS: Readonly<Record<string, string>> = {
  annually: 'per year', yearly: 'per year', annual: 'per year', monthly: 'per month', weekly: 'per week', daily: 'per day', hourly: 'per hour', 'full-year': 'full year',
};

/** The span of one figure in its sentence, and the other figures' spans, which bound its roles. */
export interface FigureSpan {
  first: number;
  last: number;
}

/**
 * The measure of the figure at tokens `first`..`last`. Roles are the nearest word of each facet
 * within the figure's clause, no further than the next figure on either side, so that in "a 9%
 * demand and a 3.5% offer" each figure keeps its own. The thing is, in order: the counted noun
 * (`counted`); the noun the figure describes ("48-hour strike", "9% pay rise"); the noun of
 * "a depth of 10 km"; what an adjective after a length says ("10 km deep"); the subject of the
 * verb before ("the call lasted 90 minutes"); else none.
 */
export function measureOf(tokens: readonly Token[], span: FigureSpan, others: readonly FigureSpan[], counted: string | null, dimension: string): Measure {
  const before = others.filter((other) => other.last < span.first).reduce((max, other) => Math.max(max, other.last), -1);
  const after = others.filter((other) => other.first > span.last).reduce((min, other) => Math.min(min, other.first), tokens.length);
  const found = new Map<string, { value: string; distance: number }>();
  const offer = (facet: string, value: string, distance: number) => {
    const seen = found.get(facet);
    if (!seen || distance < seen.distance) found.set(facet, { value, distance });
  };
  const look = (index: number, distance: number) => {
    const token = tokens[index]!;
    // "half-time", which the tokenizer splits
    if (dimension === 'score' && token.text.toLowerCase() === 'half' && tokens[index + 1]?.text === '-' && tokens[index + 2]?.text.toLowerCase() === 'time') offer('stage', 'half-time', distance);
    const lemma = token.lemma;
    const role = NOT_AS_NOUN.has(lemma) && token.pos === 'NOUN' ? undefined : (FACET_OF_LEMMA.get(lemma) ?? FACET_OF_LEMMA.get(token.text.toLowerCase()));
    if (role && appliesTo(role.facet, dimension)) offer(role.facet, role.value, distance);
    const period = periodAt(tokens, index);
    if (period) offer('period', period, distance);
    const kind = kindAt(tokens, index);
    if (kind) offer('kind', kind, distance);
  };
  // Role words inside the figure come first ("30 confirmed cases", "12 dead").
  for (let index = span.first; index <= span.last; index++) look(index, 0);
  for (let index = span.first - 1, distance = 1; index > before && index >= span.first - ROLE_WINDOW_BEFORE; index--, distance++) {
    // Words before "and" belong to the conjunct before it ("twelve died and 30 were hurt").
    if (CLAUSE_BREAKS.has(tokens[index]!.text.toLowerCase()) || tokens[index]!.text.toLowerCase() === 'and') break;
    look(index, distance);
  }
  for (let index = span.last + 1, distance = 1; index < after && index <= span.last + ROLE_WINDOW_AFTER; index++, distance++) {
    if (CLAUSE_BREAKS.has(tokens[index]!.text.toLowerCase())) break;
    look(index, distance);
  }
  // "rose by 3%" is a change, "from 5%" an earlier level; neither is the level itself.
  const preposition = tokens[span.first - 1]?.text.toLowerCase();
  if (dimension !== 'score' && dimension !== 'date' && dimension !== 'time') {
    const changeVerb = [2, 3, 4, 5, 6, 7].some((back) => span.first - back > before && CHANGE_VERBS.has(tokens[span.first - back]?.lemma ?? ''));
    if (preposition === 'by' && ['percent', 'money', 'count'].includes(dimension) && changeVerb) offer('change', 'change', 0);
    // "from 61% to 58%": the level before; "45 points from 20 games" is no change
    const to = [1, 2].some((ahead) => tokens[span.last + ahead]?.text.toLowerCase() === 'to');
    if (preposition === 'from' && to) offer('change', 'from', 0);
  }
  if (dimension !== 'date' && dimension !== 'time') {
    const when = whenOf(tokens, span, before, after);
    if (when) offer('when', when.value, when.distance);
  }
  const rate = rateAfter(tokens, span.last);
  if (rate) offer('period', rate, 0);
  const roles = FACETS.flatMap((facet) => {
    const value = found.get(facet)?.value;
    return value ? [value] : [];
  });
  return { thing: thingOf(tokens, span, counted, before, after, dimension), roles };
}

/**
 * Which facets a dimension can have: what happened to people is read for counts only ("saved
 * $3m" is no rescue), a match's stage for scores only ("a break of 3 hours").
 */
function appliesTo(facet: string, dimension: string): boolean {
  if (facet === 'outcome' || facet === 'certainty' || facet === 'direction') return dimension === 'count';
  if (facet === 'stage') return dimension === 'score';
  if (facet === 'zone') return dimension === 'time';
  return true;
}

/** "first-quarter", "first quarter", "Q1", "first half", "full-year", "annual": the period a figure covers. */
function periodAt(tokens: readonly Token[], index: number): string | null {
  const word = tokens[index]!.text.toLowerCase();
  if (word in RATE_WORDS) return RATE_WORDS[word]!;
  if (word === 'q1' || word === 'q2' || word === 'q3' || word === 'q4') return word;
  let next = index + 1;
  if (tokens[next]?.text === '-') next++;
  const noun = tokens[next]?.text.toLowerCase();
  if (word === 'full' && (noun === 'year' || noun === 'years')) return 'full year';
  if (word in PERIOD_ORDINALS && (noun === 'quarter' || noun === 'quarterly')) return PERIOD_ORDINALS[word]!;
  if ((word === 'first' || word === 'second') && noun === 'half') return word === 'first' ? 'h1' : 'h2';
  return null;
}

const KIND_FIRSTS: ReadonlySet<string> = new Set(['fixed', 'variable', 'full', 'part', 'short', 'long', 'medium', 'mid']);
const KIND_SECONDS: ReadonlySet<string> = new Set(['rate', 'time', 'term']);

/** "fixed-rate", "part-time", "long-term" starting at token `index`. */
function kindAt(tokens: readonly Token[], index: number): string | null {
  const first = tokens[index]!.text.toLowerCase();
  const second = tokens[index + 2]?.text.toLowerCase() ?? '';
  return KIND_FIRSTS.has(first) && tokens[index + 1]?.text === '-' && KIND_SECONDS.has(second) ? `${first}-${second}` : null;
}

const MONTH_NAMES: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Words that put a figure in the past of the event ("the previous record", "two years ago"). */
const EARLIER_WORDS: ReadonlySet<string> = new Set(['ago', 'previous', 'previously', 'former', 'prior', 'earlier']);
const WHEN_WINDOW = 10;
const LAST_WHAT: ReadonlySet<string> = new Set(['year', 'month', 'week', 'season', 'summer', 'winter', 'spring', 'autumn', 'fall', 'time', 'decade']);

/**
 * The time a figure belongs to, when its clause says: a year ("in 2024": "2024"), or "earlier"
 * ("two years ago", "the previous record", "last year"). Read further after the figure than
 * other roles ("the £62m the club paid for its striker in 2024"), up to a comma or the next figure.
 */
function whenOf(tokens: readonly Token[], span: FigureSpan, before: number, after: number): { value: string; distance: number } | undefined {
  const at = (index: number, distance: number) => {
    const word = tokens[index]!.text.toLowerCase();
    if (/^(?:19|20)\d\d$/.test(word)) return { value: word, distance };
    if (EARLIER_WORDS.has(word)) return { value: 'earlier', distance };
    if (word === 'last' && LAST_WHAT.has(tokens[index + 1]?.lemma ?? '')) return { value: 'earlier', distance };
    // "in July": a month named on its own (a date with its day is a figure of its own)
    if (MONTH_NAMES.has(word) && ['in', 'since', 'until', 'during'].includes(tokens[index - 1]?.text.toLowerCase() ?? '') && !/^\d/.test(tokens[index + 1]?.text ?? '')) return { value: word, distance };
    return undefined;
  };
  for (let index = span.last + 1, distance = 1; index < after && index <= span.last + WHEN_WINDOW; index++, distance++) {
    if (CLAUSE_BREAKS.has(tokens[index]!.text.toLowerCase()) || tokens[index]!.text === ',') break;
    const found = at(index, distance);
    if (found) return found;
  }
  // Before the figure, through a comma: "In July, it voted six to three".
  for (let index = span.first - 1, distance = 1; index > before && index >= span.first - ROLE_WINDOW_BEFORE; index--, distance++) {
    if (CLAUSE_BREAKS.has(tokens[index]!.text.toLowerCase())) break;
    const found = at(index, distance);
    if (found) return found;
  }
  return undefined;
}

/** "a month", "per year", "an hour", "each week" right after a figure: a rate. */
function rateAfter(tokens: readonly Token[], last: number): string | null {
  const word = tokens[last + 1]?.text.toLowerCase();
  const unit = tokens[last + 2]?.lemma;
  if ((word === 'a' || word === 'an' || word === 'per' || word === 'each' || word === 'every') && unit && ['hour', 'day', 'week', 'month', 'year', 'annum'].includes(unit)) {
    return `per ${unit === 'annum' ? 'year' : unit}`;
  }
  return null;
}

function thingOf(tokens: readonly Token[], span: FigureSpan, counted: string | null, before: number, after: number, dimension: string): string | null {
  if (counted) return normaliseThing(counted);
  const subject = dimension !== 'score'; // the team or side before "led 1-0" is not what was scored
  // The noun the figure describes: "48-hour strike", "a 9% pay rise" (the tagger may call "pay" a verb), "$3m state grant".
  let index = span.last + 1;
  if (tokens[index]?.text === '-') index++;
  let thing: string | null = null;
  const inRun = (token: Token, next: Token | undefined) => ['NOUN', 'ADJ', 'PROPN'].includes(token.pos) || (token.pos === 'VERB' && next?.pos === 'NOUN');
  while (index < after && index <= span.last + 4 && inRun(tokens[index]!, tokens[index + 1])) {
    const token = tokens[index]!;
    if (token.pos === 'NOUN' && !ROLE_NOUNS.has(token.lemma)) thing = token.lemma;
    if (token.pos !== 'NOUN' && thing) break;
    index++;
  }
  if (thing) return normaliseThing(thing);
  const adjective = dimension === 'length' ? LENGTH_ADJECTIVES[tokens[span.last + 1]?.text.toLowerCase() ?? ''] : undefined;
  if (adjective) return adjective;
  // "a depth of 10 km", "a pay rise of 9%", "a pay offer of 3.5%"
  if (tokens[span.first - 1]?.text.toLowerCase() === 'of') {
    for (let at = span.first - 2; at >= Math.max(0, span.first - 4); at--) {
      const token = tokens[at]!;
      if (token.pos === 'NOUN' && !ROLE_NOUNS.has(token.lemma)) return normaliseThing(token.lemma);
      if (!['NOUN', 'ADJ', 'DET'].includes(token.pos)) break;
    }
  }
  // "The call lasted 90 minutes", "the call, which lasted 90 minutes": the subject of the verb before.
  for (let at = span.first - 1, verb = false; at > before && at >= Math.max(0, span.first - 8); at--) {
    const token = tokens[at]!;
    const relative = token.text === ',' && verb && ['which', 'that', 'who'].includes(tokens[at + 1]?.text.toLowerCase() ?? '');
    if (CLAUSE_BREAKS.has(token.text.toLowerCase()) || (token.text === ',' && !relative)) break;
    if (token.pos === 'VERB' || token.pos === 'AUX') verb = true;
    // The tagger may call a capitalised first word a name ("Profit rose 6%").
    else if (subject && verb && token.pos === 'NOUN' && !ROLE_NOUNS.has(token.lemma)) return normaliseThing(token.lemma);
    else if (subject && verb && token.pos === 'PROPN' && at === 0) return normaliseThing(singular(token.text.toLowerCase()));
  }
  return null;
}

/** A plain English plural made singular ("managers", "rents"), for words the tagger did not lemmatise. */
function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  return /[^su]s$/.test(word) ? word.slice(0, -1) : word;
}

/** The measure as one key: the thing, then its roles in facet order ("strike (threatened)", "people (dead)"). */
export function measureKey(measure: Measure, fallback: string): string {
  const thing = measure.thing ?? fallback;
  return measure.roles.length > 0 ? `${thing} (${measure.roles.join(', ')})` : thing;
}

/** The facet a role value belongs to. */
export function facetOfRole(role: string): string {
  for (const [facet, value] of FACET_WORDS) if (value === role) return facet;
  if (role === 'change' || role === 'from') return 'change';
  if (role === 'earlier' || /^(?:19|20)\d\d$/.test(role) || MONTH_NAMES.has(role)) return 'when';
  if (/^[a-z]+-(?:rate|time|term)$/.test(role)) return 'kind';
  return 'period';
}
