import { normaliseForMatching } from '../text/typography.ts';
import { similarWord } from './entities.ts';
import type { EvalSet } from '../schemas/eval-set.ts';

/** The parts of the exported analysis the evaluation reads. */
export interface EvaluatedAnalysis {
  articles: ReadonlyArray<{ id: string; sourceFile: string }>;
  sentences: ReadonlyArray<{ id: string; articleId: string; text: string }>;
  claims: ReadonlyArray<{ id: string; sentenceIds: readonly string[] }>;
  quotes: ReadonlyArray<{ id: string; articleId: string; text: string; speaker: string | null }>;
  figures?: ReadonlyArray<{
    mentions: ReadonlyArray<{ articleId: string; text: string; value: number; low: number; high: number | null; qualifier: string | null; against?: number | null }>;
    dimension: string;
    unit: string;
  }>;
}

export interface PairScore {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  goldPairs: number;
  predictedPairs: number;
}

export interface EvaluationReport {
  claims: PairScore & {
    /** Anchors that no exported sentence contains, as "sourceFile: anchor". */
    missedAnchors: string[];
    /** Gold pairs the analysis did not predict, as pairs of sentence ids. */
    missedPairs: Array<[string, string]>;
    /** Predicted pairs that are not gold pairs. */
    extraPairs: Array<[string, string]>;
  };
  quotes: {
    total: number;
    found: number;
    recall: number;
    speakerCorrect: number;
    speakerAccuracy: number;
    /** Labelled quotes not found, or found with the wrong speaker. */
    problems: string[];
  };
  figures: {
    total: number;
    /** Labelled figures that an exported figure (one several articles give) contains. */
    found: number;
    recall: number;
    /** Found figures read right: dimension, unit and value, and bounds, qualifier and a score's other side where labelled. */
    correct: number;
    accuracy: number;
    problems: string[];
  };
}

export { normaliseForMatching } from '../text/typography.ts';

/**
 * Scores an exported analysis against a labelled set, exactly as `eval/README.md` describes:
 * claims pairwise over sentences of different articles; quotes by recall and speaker accuracy.
 */
export function evaluateAnalysis(analysis: EvaluatedAnalysis, labels: EvalSet): EvaluationReport {
  const articleByFile = new Map(analysis.articles.map((article) => [article.sourceFile, article.id]));
  const articleOf = new Map(analysis.sentences.map((sentence) => [sentence.id, sentence.articleId]));
  const { claims: labelled, missedAnchors } = labelledSentences(analysis, labels);
  const anchored = new Set(labelled.flat());
  const goldPairs = new Set<string>();
  for (const members of labelled) for (const pair of crossArticlePairs(members, articleOf)) goldPairs.add(pair);

  const claimsOfSentence = new Map<string, string[]>();
  for (const claim of analysis.claims) {
    for (const sentenceId of claim.sentenceIds) {
      if (!anchored.has(sentenceId)) continue;
      const list = claimsOfSentence.get(sentenceId) ?? [];
      list.push(claim.id);
      claimsOfSentence.set(sentenceId, list);
    }
  }
  const predicted = new Set<string>();
  for (const claim of analysis.claims) {
    const members = claim.sentenceIds.filter((id) => anchored.has(id));
    for (const pair of crossArticlePairs(members, articleOf)) predicted.add(pair);
  }
  const truePositives = [...predicted].filter((pair) => goldPairs.has(pair)).length;
  const score = pairScore(truePositives, goldPairs.size, predicted.size);

  return {
    claims: {
      ...score,
      missedAnchors,
      missedPairs: [...goldPairs].filter((pair) => !predicted.has(pair)).sort().map(splitPair),
      extraPairs: [...predicted].filter((pair) => !goldPairs.has(pair)).sort().map(splitPair),
    },
    quotes: scoreQuotes(analysis, labels, articleByFile),
    figures: scoreFigures(analysis, labels, articleByFile),
  };
}

/**
 * The labelled claims as sentence ids of the analysis: each anchor is mapped to the sentence whose
 * text contains it (whitespace and quote marks normalised), in the order of `labels.claims`.
 * Anchors that no sentence contains are returned as "sourceFile: anchor".
 */
export function labelledSentences(
  analysis: Pick<EvaluatedAnalysis, 'articles' | 'sentences'>,
  labels: Pick<EvalSet, 'claims'>,
): { claims: string[][]; missedAnchors: string[] } {
  const articleByFile = new Map(analysis.articles.map((article) => [article.sourceFile, article.id]));
  const sentencesByArticle = new Map<string, Array<{ id: string; text: string }>>();
  for (const sentence of analysis.sentences) {
    const list = sentencesByArticle.get(sentence.articleId) ?? [];
    list.push({ id: sentence.id, text: normaliseForMatching(sentence.text) });
    sentencesByArticle.set(sentence.articleId, list);
  }
  const missedAnchors: string[] = [];
  const claims = labels.claims.map((claim) => {
    const members: string[] = [];
    for (const evidence of claim.evidence) {
      const articleId = articleByFile.get(evidence.sourceFile);
      for (const anchor of evidence.anchors) {
        const wanted = normaliseForMatching(anchor);
        const sentence = articleId ? sentencesByArticle.get(articleId)?.find((candidate) => candidate.text.includes(wanted)) : undefined;
        if (sentence) members.push(sentence.id);
        else missedAnchors.push(`${evidence.sourceFile}: ${anchor}`);
      }
    }
    return [...new Set(members)];
  });
  return { claims, missedAnchors };
}

function scoreFigures(analysis: EvaluatedAnalysis, labels: EvalSet, articleByFile: Map<string, string>): EvaluationReport['figures'] {
  const mentions = (analysis.figures ?? []).flatMap((figure) => figure.mentions.map((mention) => ({ ...mention, dimension: figure.dimension, unit: figure.unit })));
  let found = 0;
  let correct = 0;
  const problems: string[] = [];
  for (const label of labels.figures) {
    const articleId = articleByFile.get(label.sourceFile);
    const anchor = normaliseForMatching(label.anchor).toLowerCase();
    // The mention that holds the anchor, else the longest one the anchor holds as whole words
    // (so that "2%" is not taken for "3.62%").
    const texts = mentions.map((candidate) => (candidate.articleId === articleId ? normaliseForMatching(candidate.text).toLowerCase() : null));
    const holding = mentions.filter((_, at) => texts[at]?.includes(anchor));
    const held = mentions
      .map((candidate, at) => ({ candidate, text: texts[at] }))
      .filter(({ text }) => text && new RegExp(`(^|[^\\p{L}\\p{N}.,])${escapeRegExp(text)}($|[^\\p{L}\\p{N}])`, 'u').test(anchor))
      .sort((a, b) => b.text!.length - a.text!.length);
    const mention = holding[0] ?? held[0]?.candidate;
    if (!mention) {
      problems.push(`not found: ${label.sourceFile}: “${label.anchor}”`);
      continue;
    }
    found++;
    const wrong = [
      mention.dimension !== label.dimension && `dimension ${mention.dimension}`,
      mention.unit !== label.unit && `unit ${mention.unit}`,
      mention.value !== label.value && `value ${mention.value}`,
      label.low !== undefined && mention.low !== label.low && `low ${mention.low}`,
      label.high !== undefined && mention.high !== label.high && `high ${mention.high}`,
      label.qualifier !== undefined && mention.qualifier !== label.qualifier && `qualifier ${mention.qualifier}`,
      label.against !== undefined && mention.against !== label.against && `against ${mention.against ?? 'none'}`,
    ].filter((item): item is string => typeof item === 'string');
    if (wrong.length === 0) correct++;
    else problems.push(`misread: ${label.sourceFile}: “${label.anchor}”: ${wrong.join(', ')}`);
  }
  return { total: labels.figures.length, found, recall: ratio(found, labels.figures.length), correct, accuracy: ratio(correct, found), problems };
}

function scoreQuotes(analysis: EvaluatedAnalysis, labels: EvalSet, articleByFile: Map<string, string>): EvaluationReport['quotes'] {
  let found = 0;
  let speakerCorrect = 0;
  const problems: string[] = [];
  for (const label of labels.quotes) {
    const articleId = articleByFile.get(label.sourceFile);
    const anchor = normaliseForMatching(label.anchor);
    const quote = analysis.quotes.find((candidate) => {
      if (candidate.articleId !== articleId) return false;
      const text = normaliseForMatching(candidate.text);
      return text.includes(anchor) || (text.length >= 20 && anchor.includes(text));
    });
    if (!quote) {
      problems.push(`not found: ${label.sourceFile}: “${label.anchor}”`);
      continue;
    }
    found++;
    if (speakerMatches(quote.speaker, label.speaker)) speakerCorrect++;
    else problems.push(`wrong speaker: ${label.sourceFile}: “${label.anchor}” is by ${label.speaker}, not ${quote.speaker ?? 'nobody'}`);
  }
  return {
    total: labels.quotes.length,
    found,
    recall: ratio(found, labels.quotes.length),
    speakerCorrect,
    speakerAccuracy: ratio(speakerCorrect, found),
    problems,
  };
}

/**
 * Whether an exported speaker "names the labelled speaker": it contains the labelled person's
 * surname, or the whole name of a labelled institution, ignoring case.
 */
export function speakerMatches(exported: string | null, labelled: string): boolean {
  if (!exported) return false;
  const have = exported.toLowerCase();
  return labelled.split('|').some((alternative) => {
    const want = alternative.toLowerCase().trim();
    if (want === '') return false;
    if (have.includes(want)) return true;
    const surname = want.split(/\s+/).at(-1)!;
    if (new RegExp(`(^|[^\\p{L}])${escapeRegExp(surname)}($|[^\\p{L}])`, 'u').test(have)) return true;
    // "a transliteration one letter apart counts" (eval README).
    return have.split(/[^\p{L}]+/u).some((word) => similarWord(word, surname));
  });
}

function crossArticlePairs(members: readonly string[], articleOf: Map<string, string>): string[] {
  const unique = [...new Set(members)].sort();
  const pairs: string[] = [];
  for (let i = 0; i < unique.length; i++) {
    for (let j = i + 1; j < unique.length; j++) {
      if (articleOf.get(unique[i]!) !== articleOf.get(unique[j]!)) pairs.push(`${unique[i]}\u0000${unique[j]}`);
    }
  }
  return pairs;
}

function splitPair(pair: string): [string, string] {
  const [a, b] = pair.split('\u0000');
  return [a!, b!];
}

function pairScore(truePositives: number, gold: number, predicted: number): PairScore {
  const precision = ratio(truePositives, predicted);
  const recall = ratio(truePositives, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, goldPairs: gold, predictedPairs: predicted };
}

function ratio(part: number, whole: number) {
  return whole === 0 ? 0 : part / whole;
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
