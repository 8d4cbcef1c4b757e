import { prepareCorpus, type AnalysisArticle } from '../corpus.ts';
import { evaluateAnalysis, type EvaluationReport } from '../evaluate.ts';
import type { EvalSet } from '../../schemas/eval-set.ts';
import { findQuotes } from './quotes.ts';

/** Quote recall and speaker accuracy of one labelled set, with its problems. */
export type QuoteScore = EvaluationReport['quotes'];

/**
 * Scores the quotes and speakers the machine finds in `articles` against a labelled set, by the
 * rules of the evaluation README (found: an exported quote of that article contains the anchor,
 * or is contained in it when at least 20 characters long; speaker right: it names the labelled
 * speaker). Only quotes are read: claims and figures are left to their own evaluations.
 */
export function scoreQuotes(articles: readonly AnalysisArticle[], labels: EvalSet): QuoteScore {
  const corpus = prepareCorpus(articles);
  const quotes = findQuotes(corpus).map((quote, index) => ({ id: `q${index}`, articleId: quote.articleId, text: quote.text, speaker: quote.speaker?.name ?? null }));
  const analysis = {
    articles: corpus.articles.map((article) => ({ id: article.id, sourceFile: article.sourceFile })),
    sentences: corpus.sentences.map((sentence) => ({ id: sentence.id, articleId: sentence.articleId, text: sentence.text })),
    claims: [],
    quotes,
  };
  return evaluateAnalysis(analysis, { ...labels, claims: [], figures: [] }).quotes;
}

/** Several sets' scores added up: recall and accuracy over every labelled quote of them all. */
export function pooledQuoteScore(scores: readonly QuoteScore[]): QuoteScore {
  const total = scores.reduce((sum, score) => sum + score.total, 0);
  const found = scores.reduce((sum, score) => sum + score.found, 0);
  const speakerCorrect = scores.reduce((sum, score) => sum + score.speakerCorrect, 0);
  return {
    total,
    found,
    recall: total === 0 ? 0 : found / total,
    speakerCorrect,
    speakerAccuracy: found === 0 ? 0 : speakerCorrect / found,
    problems: scores.flatMap((score) => score.problems),
  };
}
