import type { AttributionKind, ComparisonSentence } from '../schemas/comparison.ts';
import { ATTRIBUTION_KINDS } from '../schemas/attribution-kinds.ts';
import type { ClaimEmphasis, DistinctiveTerm, FramingSettings, Placement } from '../schemas/framing.ts';
import type { SentenceRef } from '../schemas/view/common.ts';
import type { EmphasisRow, FramingClaim, FramingPage, MarkedSentence, OpeningView, OutletTerms, SubstitutionView, TermView } from '../schemas/view/framing.ts';
import { claimRef, outletOf, outletsOf, sentenceRef, type ComparisonIndex } from './comparison-index.ts';
import { percent } from './format.ts';

/** Placements in words. */
export const PLACEMENT_LABELS: Record<Placement, string> = {
  headline: 'Headline',
  lead: 'Lead',
  'first-third': 'First third',
  later: 'Later',
  'not-reported': 'Not reported',
};

/** Filled steps of four, so prominence reads from the shape alone. */
const PLACEMENT_STEPS: Record<Placement, number> = { headline: 4, lead: 3, 'first-third': 2, later: 1, 'not-reported': 0 };

/** Short column headings for attribution kinds. */
export const SOURCE_KIND_LABELS: Record<AttributionKind, string> = {
  'own-voice': 'Own voice',
  'named-person': 'Named people',
  'named-institution': 'Named institutions',
  'unnamed-source': 'Unnamed sources',
  'other-outlet': 'Other outlets',
  'embedded-post': 'Embedded posts',
};

/** How each outlet told the story, arranged for `/framing/` from the published `framing` data. */
export function framingPage(index: ComparisonIndex): FramingPage {
  const { framing } = index.comparison;
  const outlets = outletsOf(index);
  const claimView = (id: string): FramingClaim | undefined => {
    // The first claim with an id keeps the id as its key, so framing's claim ids find it.
    const claim = index.claimByKey.get(id);
    return claim && { ...claimRef(index, claim), reviewed: claim.reviewed };
  };
  const ref = (id: string) => {
    const sentence = index.sentenceById.get(id);
    return sentence && sentenceRef(index, sentence);
  };
  const labelOf = (articleId: string) => index.articleById.get(articleId)?.outletLabel ?? articleId;

  const openings: OpeningView[] = framing.outlets.flatMap((entry) => {
    const article = index.articleById.get(entry.articleId);
    if (!article) return [];
    const headlineSentence = entry.headlineSentenceIds.map(ref).find((found) => found !== undefined);
    const otherOpenings = (claimId: string) =>
      framing.outlets.filter((other) => other.articleId !== entry.articleId && (other.headlineClaimIds.includes(claimId) || other.leadClaimIds.includes(claimId))).length;
    const claims = [
      ...entry.headlineClaimIds.map((id) => ({ id, where: 'headline' as const })),
      ...entry.leadClaimIds.filter((id) => !entry.headlineClaimIds.includes(id)).map((id) => ({ id, where: 'lead' as const })),
    ].flatMap(({ id, where }) => {
      const claim = claimView(id);
      return claim ? [{ claim, where, otherOpenings: otherOpenings(id) }] : [];
    });
    return [
      {
        outlet: outletOf(index, article),
        anchor: `lead-${article.id}`,
        headline: article.headline !== null && headlineSentence ? { text: article.headline, href: headlineSentence.href } : null,
        lead: entry.leadSentenceIds.flatMap((id) => ref(id) ?? []),
        leadWords: entry.leadWords,
        claims,
      },
    ];
  });

  const rows = framing.emphasis.flatMap((row) => emphasisRow(row, claimView(row.claimId), index, ref));
  const allZ = framing.outlets.flatMap((entry) => [...entry.words, ...entry.phrases].map((term) => term.z));
  // One scale for every outlet, always reaching past the reference line so that it shows.
  const zMax = Math.ceil(Math.max(framing.settings.zReference + 0.5, ...allZ));
  const termView = (term: DistinctiveTerm): TermView => ({
    term: term.term,
    label: term.label,
    count: term.count,
    otherCount: term.otherCount,
    z: term.z,
    zLabel: term.z.toFixed(2),
    // Judged on the z-score as shown, so that a "1.96" is never shown as below 1.96.
    strong: Number(term.z.toFixed(2)) >= framing.settings.zReference,
    barWidth: round((Math.max(0, term.z) / zMax) * 100),
    uses: markedSentences(term, index),
  });
  const terms: OutletTerms[] = framing.outlets.flatMap((entry) => {
    const article = index.articleById.get(entry.articleId);
    if (!article) return [];
    return [{ outlet: outletOf(index, article), anchor: `words-${article.id}`, wordsCounted: entry.wordsCounted, words: entry.words.map(termView), phrases: entry.phrases.map(termView) }];
  });

  const substitutions: SubstitutionView[] = framing.substitutions.map((substitution) => {
    const side = (sentence: SentenceRef) => ({ outlet: labelOf(sentence.articleId), sentence });
    const places: SubstitutionView['places'] = substitution.occurrences.flatMap((occurrence) => {
      const claim = claimView(occurrence.claimIds[0]!);
      const [first, second] = [ref(occurrence.sentenceIds[0]), ref(occurrence.sentenceIds[1])];
      return claim && first && second ? [{ claim, sentences: [side(first), side(second)] }] : [];
    });
    const outletsOfSide = (side: 0 | 1) => {
      const ids = new Set(places.map((place) => place.sentences[side].sentence.articleId));
      return index.articles.filter((article) => ids.has(article.id)).map((article) => article.outletLabel);
    };
    return {
      sides: [
        { label: substitution.sides[0].label, outlets: outletsOfSide(0) },
        { label: substitution.sides[1].label, outlets: outletsOfSide(1) },
      ],
      claims: substitution.claims,
      places,
    };
  });

  const sources = framing.outlets.flatMap((entry) => {
    const article = index.articleById.get(entry.articleId);
    if (!article) return [];
    const total = ATTRIBUTION_KINDS.reduce((sum, kind) => sum + entry.sources[kind], 0);
    return [
      {
        outlet: outletOf(index, article),
        total,
        cells: ATTRIBUTION_KINDS.map((kind) => {
          const share = total === 0 ? 0 : entry.sources[kind] / total;
          return { kind, count: entry.sources[kind], percent: percent(share), barWidth: round(share * 100) };
        }),
      },
    ];
  });

  return {
    outlets,
    openings,
    emphasis: rows.filter((row) => row.spread > 0),
    emphasisAlike: rows.filter((row) => row.spread === 0),
    terms,
    referenceX: round((framing.settings.zReference / zMax) * 100),
    zReference: framing.settings.zReference,
    zMax,
    substitutions,
    kinds: ATTRIBUTION_KINDS.map((kind) => ({ kind, label: SOURCE_KIND_LABELS[kind] })),
    sources,
    settings: {
      leadWords: framing.settings.leadWords,
      priorScale: framing.settings.priorScale,
      minTermCount: framing.settings.minTermCount,
      minZ: framing.settings.minZ,
      maxWords: framing.settings.maxWords,
      maxPhrases: framing.settings.maxPhrases,
    },
  };
}

function emphasisRow(
  row: ClaimEmphasis,
  claim: FramingClaim | undefined,
  index: ComparisonIndex,
  ref: (id: string) => SentenceRef | undefined,
): EmphasisRow[] {
  if (!claim) return [];
  const byArticle = new Map(row.placements.map((placement) => [placement.articleId, placement]));
  return [
    {
      claim,
      spread: row.spread,
      spreadLabel: row.spread === 0 ? 'placed alike' : `${row.spread.toFixed(1)} ${row.spread === 1 ? 'step' : 'steps'} apart`,
      cells: index.articles.map((article) => {
        const placement = byArticle.get(article.id);
        const kind: Placement = placement?.placement ?? 'not-reported';
        return {
          articleId: article.id,
          placement: kind,
          label: PLACEMENT_LABELS[kind],
          steps: PLACEMENT_STEPS[kind],
          sentence: placement ? (ref(placement.sentenceId) ?? null) : null,
        };
      }),
    },
  ];
}

/** Each sentence that uses a term, once, with every use in it marked. */
function markedSentences(term: DistinctiveTerm, index: ComparisonIndex): MarkedSentence[] {
  const bySentence = new Map<string, Array<{ start: number; end: number }>>();
  for (const occurrence of term.occurrences) bySentence.set(occurrence.sentenceId, [...(bySentence.get(occurrence.sentenceId) ?? []), occurrence]);
  return [...bySentence].flatMap(([id, spans]) => {
    const sentence: ComparisonSentence | undefined = index.sentenceById.get(id);
    if (!sentence) return [];
    const parts: MarkedSentence['parts'] = [];
    let cursor = 0;
    for (const span of [...spans].sort((a, b) => a.start - b.start)) {
      if (span.start < cursor) continue;
      if (span.start > cursor) parts.push({ text: sentence.text.slice(cursor, span.start), marked: false });
      parts.push({ text: sentence.text.slice(span.start, span.end), marked: true });
      cursor = span.end;
    }
    if (cursor < sentence.text.length) parts.push({ text: sentence.text.slice(cursor), marked: false });
    return [{ sentence: sentenceRef(index, sentence), parts }];
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** What each framing setting does, for the method page. */
export const FRAMING_SETTING_MEANINGS: Record<keyof FramingSettings, string> = {
  leadWords: 'The lead: body sentences join it while the middle of each falls within this many words of the body’s start (the first always joins).',
  priorScale: 'Strength of the informative Dirichlet prior, as a share of the words counted: α₀ = this × n.',
  minTermCount: 'A word or phrase is listed for an outlet only when the outlet uses it at least this often…',
  minZ: '…and its z-score is at least this.',
  zReference: 'The z-score the word-choice bars mark with a line.',
  maxWords: 'Single words listed per outlet, at most.',
  maxPhrases: 'Two-word phrases listed per outlet, at most.',
  substitutionMaxWords: 'Differing words of aligned sentences: at most this many words a side, once stop words at the ends are trimmed…',
  substitutionMinContext: '…with at least this many matched words around them (up to three a side counted).',
};

/** The framing settings as published, each with what it does. */
export function framingSettingRows(settings: FramingSettings): Array<{ key: string; value: string; meaning: string }> {
  return (Object.keys(FRAMING_SETTING_MEANINGS) as Array<keyof FramingSettings>).map((key) => ({
    key,
    value: String(settings[key]),
    meaning: FRAMING_SETTING_MEANINGS[key],
  }));
}
