import { compareCodeUnits } from "../../ingest/article-id.ts";
import type { Corpus, CorpusSentence } from "../corpus.ts";
import { fractionAfter, readNumber } from "./number-words.ts";
import type { Token } from "../tokens.ts";

/** A number in a sentence, with its unit, the range its wording allows and what it measures. */
export interface Quantity {
  articleId: string;
  sentenceId: string;
  /** The figure as written, hedges included ("roughly 90 minutes"). */
  text: string;
  value: number;
  low: number;
  high: number | null;
  qualifier: string | null;
  dimension: "duration" | "count" | "money" | "percent" | "ordinal";
  /** Base unit: "minute" for time spans, the counted noun's lemma for counts ("prisoner"). */
  unit: string;
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
  dimension: Quantity["dimension"];
  unit: string;
  agreement: "same" | "different" | "conflicting";
  quantities: Quantity[];
}

/** Time units in minutes. */
const TIME_UNITS: Record<string, number> = {
  second: 1 / 60,
  minute: 1,
  hour: 60,
  day: 1_440,
  week: 10_080,
  month: 43_830,
  year: 525_960,
  decade: 5_259_600,
};
const CURRENCY_WORDS: Record<string, string> = {
  dollar: "USD",
  euro: "EUR",
  pound: "GBP",
  ruble: "RUB",
  rouble: "RUB",
  hryvnia: "UAH",
  yuan: "CNY",
};
const CURRENCY_SYMBOLS: Record<string, string> = {
  $: "USD",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₽": "RUB",
  "₴": "UAH",
};

/** Figures further apart than this factor measure different things, whatever their context. */
const MAX_VALUE_RATIO = 4;

/** Hedges and bounds before a number, and the range each allows around value v. */
const QUALIFIERS: Array<{
  words: string[];
  range: (v: number) => [number, number | null];
}> = [
  { words: ["more", "than"], range: (v) => [v, null] },
  { words: ["just", "over"], range: (v) => [v, v * 1.15] },
  { words: ["just", "under"], range: (v) => [v * 0.85, v] },
  { words: ["at", "least"], range: (v) => [v, null] },
  { words: ["at", "most"], range: (v) => [0, v] },
  { words: ["up", "to"], range: (v) => [0, v] },
  { words: ["as", "many", "as"], range: (v) => [0, v] },
  { words: ["fewer", "than"], range: (v) => [0, v] },
  { words: ["less", "than"], range: (v) => [0, v] },
  { words: ["over"], range: (v) => [v, null] },
  { words: ["above"], range: (v) => [v, null] },
  { words: ["under"], range: (v) => [0, v] },
  { words: ["below"], range: (v) => [0, v] },
  { words: ["nearly"], range: (v) => [v * 0.85, v] },
  { words: ["almost"], range: (v) => [v * 0.85, v] },
  { words: ["roughly"], range: (v) => [v * 0.85, v * 1.15] },
  { words: ["about"], range: (v) => [v * 0.85, v * 1.15] },
  { words: ["around"], range: (v) => [v * 0.85, v * 1.15] },
  { words: ["approximately"], range: (v) => [v * 0.85, v * 1.15] },
  { words: ["some"], range: (v) => [v * 0.85, v * 1.15] },
  { words: ["an", "estimated"], range: (v) => [v * 0.85, v * 1.15] },
];

const CONTEXT_WINDOW = 7;
/** Counts below this ("two leaders") are too common to tie two sentences by amount alone. */
const MIN_SPECIFIC_COUNT = 3;

/** Finds every figure with a unit in every reporting sentence. */
export function findQuantities(corpus: Corpus): Quantity[] {
  return corpus.sentences
    .filter((sentence) => sentence.reporting)
    .flatMap(quantitiesIn);
}

/** Words after a count that make it a count per party ("175 each", "two apiece"). */
const DISTRIBUTIVES = new Set(["each", "apiece"]);
/** How far back a distributive figure without a noun looks for what it counts ("prisoners, 175 each"). */
const DISTRIBUTIVE_LOOKBACK = 8;

/**
 * The figures in one sentence: a number (digits, words, fractions: see `readNumber`) with what
 * it measures. Durations are in minutes, whatever the wording ("an hour and a half", "ninety
 * minutes" and "1.5 hours" are all 90). A count's unit is the head of the noun phrase after it
 * ("23 wounded soldiers" counts soldiers). "each"/"apiece" after a count make it per party,
 * kept as its qualifier; with no noun after the number ("prisoners, 175 each") the count takes
 * the nearest plural noun before it.
 */
export function quantitiesIn(sentence: CorpusSentence): Quantity[] {
  const tokens = sentence.tokens;
  const found: Quantity[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const parsed = readNumber(tokens, index);
    if (!parsed) continue;
    const { ordinal, last } = parsed;
    let value = parsed.value;
    let unitAt = last + 1;
    if (tokens[unitAt]?.text === "-") unitAt++; // "30-day", "three-year"
    // "23 badly wounded soldiers": skip describing words to the counted noun.
    while (
      unitAt < tokens.length &&
      unitAt <= last + 4 &&
      (["ADV", "ADJ"].includes(tokens[unitAt]!.pos) ||
        (tokens[unitAt]!.pos === "VERB" && /ed$/.test(tokens[unitAt]!.text))) &&
      !(tokens[unitAt]!.lemma in TIME_UNITS)
    )
      unitAt++;
    let unitToken = tokens[unitAt];
    const symbol = tokens[parsed.first - 1];
    let dimension: Quantity["dimension"];
    let unit: string;
    let scale = 1;
    let end = unitToken && unitToken.pos === "NOUN" ? unitAt : last;
    let distributive: string | null = null;
    if (symbol && symbol.text in CURRENCY_SYMBOLS) {
      dimension = "money";
      unit = CURRENCY_SYMBOLS[symbol.text]!;
      end = last;
    } else if (
      tokens[last + 1]?.text === "%" ||
      unitToken?.lemma === "percent"
    ) {
      dimension = "percent";
      unit = "percent";
      end = last + 1;
    } else if (ordinal) {
      if (!unitToken || unitToken.pos !== "NOUN") continue;
      dimension = "ordinal";
      unit = unitToken.lemma;
    } else if (unitToken && unitToken.lemma in TIME_UNITS) {
      dimension = "duration";
      unit = "minute";
      scale = TIME_UNITS[unitToken.lemma]!;
      // "an hour and a half", "two days and a half"
      const trailing = fractionAfter(tokens, unitAt);
      if (trailing) {
        value += trailing.value;
        end = trailing.last;
      }
    } else if (unitToken && unitToken.lemma in CURRENCY_WORDS) {
      dimension = "money";
      unit = CURRENCY_WORDS[unitToken.lemma]!;
    } else if (
      unitToken &&
      unitToken.pos === "NOUN" &&
      (tokens[parsed.first]!.type === "number" || value >= 2)
    ) {
      // "23 wounded soldiers" (the tagger may call "wounded" a noun), "12 attack drones": the last noun.
      while (unitAt < last + 5 && tokens[unitAt + 1]?.pos === "NOUN") unitAt++;
      unitToken = tokens[unitAt]!;
      end = unitAt;
      dimension = "count";
      unit = unitToken.lemma;
    } else if (DISTRIBUTIVES.has(tokens[last + 1]?.text.toLowerCase() ?? "") && value >= 2) {
      const counted = countedBefore(tokens, parsed.first);
      if (!counted) continue;
      dimension = "count";
      unit = counted.lemma;
      distributive = tokens[last + 1]!.text;
      end = last + 1;
    } else {
      continue; // a bare number or a number word without a counted noun ("one of them") says too little
    }
    if (!distributive && dimension === "count" && DISTRIBUTIVES.has(tokens[end + 1]?.text.toLowerCase() ?? "")) {
      distributive = tokens[end + 1]!.text;
      end++;
    }
    const qualifier = qualifierBefore(tokens, parsed.first);
    const start = qualifier
      ? tokens[qualifier.first]!.start
      : symbol && symbol.text in CURRENCY_SYMBOLS
        ? symbol.start
        : tokens[parsed.first]!.start;
    const amount = value * scale;
    const [low, high] = qualifier ? qualifier.range(amount) : [amount, amount];
    const qualifierWords = [qualifier?.words, distributive].filter((words): words is string => Boolean(words));
    found.push({
      articleId: sentence.articleId,
      sentenceId: sentence.id,
      text: sentence.text.slice(start, tokens[end]!.end),
      value: round(amount),
      low: round(low),
      high: high === null ? null : round(high),
      qualifier: qualifierWords.length > 0 ? qualifierWords.join(" … ") : null,
      dimension,
      unit,
      governor: governorOf(tokens, qualifier ? qualifier.first : parsed.first),
      context: contextOf(tokens, parsed.first, end),
      firstToken: qualifier ? qualifier.first : parsed.first,
      lastToken: end,
      head:
        tokens[end + 1]?.pos === "NOUN" && tokens[end - 1]?.text === "-"
          ? tokens[end + 1]!.lemma
          : (governorOf(tokens, qualifier ? qualifier.first : parsed.first) ??
            null),
    });
    index = end;
  }
  return found;
}

/** The nearest plural noun before a figure, within its clause: what "175 each" counts. */
function countedBefore(tokens: readonly Token[], first: number): Token | undefined {
  for (let index = first - 1; index >= Math.max(0, first - DISTRIBUTIVE_LOOKBACK); index--) {
    const token = tokens[index]!;
    if (/^[.;:!?]$/.test(token.text)) return undefined;
    if (token.pos === "NOUN" && token.lemma !== token.text.toLowerCase()) return token;
  }
  return undefined;
}

function qualifierBefore(tokens: readonly Token[], first: number) {
  for (const qualifier of QUALIFIERS) {
    const start = first - qualifier.words.length;
    if (start < 0) continue;
    const words = tokens
      .slice(start, first)
      .map((token) => token.text.toLowerCase());
    if (words.join(" ") === qualifier.words.join(" "))
      return {
        first: start,
        words: tokens
          .slice(start, first)
          .map((token) => token.text)
          .join(" "),
        range: qualifier.range,
      };
  }
  return undefined;
}

/** The nearest verb or noun before the figure ("lasted", "pause … for"), skipping function words. */
function governorOf(tokens: readonly Token[], first: number): string | null {
  for (let index = first - 1; index >= Math.max(0, first - 5); index--) {
    const token = tokens[index]!;
    if (token.pos === "VERB" || (token.pos === "NOUN" && !token.stop))
      return token.lemma;
    if (token.pos === "PUNCT" && token.text !== "-") break;
  }
  return null;
}

function contextOf(
  tokens: readonly Token[],
  first: number,
  last: number,
): string[] {
  const lemmas = new Set<string>();
  for (
    let index = Math.max(0, first - CONTEXT_WINDOW);
    index <= Math.min(tokens.length - 1, last + CONTEXT_WINDOW);
    index++
  ) {
    const token = tokens[index]!;
    if (index >= first && index <= last) continue;
    if (
      ["NOUN", "VERB", "PROPN", "ADJ"].includes(token.pos) &&
      // wink-nlp lists some nouns as stop words ("call", "side"), yet they say what is measured.
      (!token.stop || token.pos === "NOUN" || token.pos === "PROPN") &&
      token.type === "word"
    )
      lemmas.add(token.lemma);
  }
  return [...lemmas].sort();
}

/**
 * Groups figures that measure the same thing in different articles: same dimension and unit,
 * values within a factor of four, and the same governing word or enough shared context (one shared
 * word is enough for the same exact amount). Groups reported by one article only
 * are dropped. Agreement compares the ranges the wordings allow: equal values are "same",
 * overlapping ranges "different" (compatible but not identical), disjoint ranges "conflicting".
 */
export function groupFigures(
  quantities: readonly Quantity[],
  minimumContextOverlap = 0.2,
): FigureGroup[] {
  const parent = quantities.map((_, index) => index);
  const find = (index: number): number =>
    parent[index] === index ? index : (parent[index] = find(parent[index]!));
  // Only figures of the same dimension and unit are compared; pairs already grouped are skipped.
  const blocks = new Map<string, number[]>();
  quantities.forEach((quantity, index) => {
    const key = `${quantity.dimension}|${quantity.unit}`;
    blocks.set(key, [...(blocks.get(key) ?? []), index]);
  });
  for (const block of blocks.values()) {
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        const [i, j] = [block[x]!, block[y]!];
        const a = quantities[i]!;
        const b = quantities[j]!;
        if (a.sentenceId === b.sentenceId || find(i) === find(j)) continue;
        if (
          Math.max(a.value, b.value) >
          MAX_VALUE_RATIO *
            Math.max(Math.min(a.value, b.value), Number.MIN_VALUE)
        )
          continue;
        const sameGovernor = a.governor !== null && a.governor === b.governor;
        // One exact amount in two articles ("ninety minutes", "an hour and a half") needs less
        // context to be the same measure: a single shared word.
        const sameAmount = exact(a) && exact(b) && a.value === b.value && (a.dimension !== "count" || a.value >= MIN_SPECIFIC_COUNT);
        const overlap = jaccard(a.context, b.context);
        if (
          sameGovernor ||
          overlap >= minimumContextOverlap ||
          (sameAmount && overlap > 0)
        )
          parent[find(i)] = find(j);
      }
    }
  }
  const groups = new Map<number, Quantity[]>();
  quantities.forEach((quantity, index) => {
    const root = find(index);
    groups.set(root, [...(groups.get(root) ?? []), quantity]);
  });
  return [...groups.values()]
    .filter(
      (members) => new Set(members.map((member) => member.articleId)).size >= 2,
    )
    .map((members) => ({
      measure: measureOf(members),
      dimension: members[0]!.dimension,
      unit: members[0]!.unit,
      agreement: agreementOf(members),
      quantities: members,
    }));
}

function exact(quantity: Quantity): boolean {
  return quantity.low === quantity.value && quantity.high === quantity.value;
}

function agreementOf(members: readonly Quantity[]): FigureGroup["agreement"] {
  const exact = members.every(
    (member) => member.low === member.value && member.high === member.value,
  );
  if (exact && new Set(members.map((member) => member.value)).size === 1)
    return "same";
  for (const a of members) {
    for (const b of members) {
      if (a.articleId === b.articleId) continue;
      const overlap =
        a.low <= (b.high ?? Infinity) && b.low <= (a.high ?? Infinity);
      if (!overlap) return "conflicting";
    }
  }
  return new Set(
    members.map((member) => `${member.value}|${member.qualifier ?? ""}`),
  ).size === 1
    ? "same"
    : "different";
}

/** A short description of what a group measures: its most common governing word, and the unit. */
function measureOf(members: readonly Quantity[]): string {
  const counts = new Map<string, number>();
  for (const member of members)
    if (member.governor)
      counts.set(member.governor, (counts.get(member.governor) ?? 0) + 1);
  const governor = [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]),
  )[0]?.[0];
  const unit = members[0]!.dimension === "duration" ? "time" : members[0]!.unit;
  return governor ? `${governor} (${unit})` : unit;
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
