import { z } from 'zod';

/** A claim file's name without `.md`: lower-case words joined by hyphens. */
export const CLAIM_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A sentence id as published: `<articleId>/s-<hash>` (a repeated text adds `-2`, `-3`, …). */
export const SENTENCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/s-[0-9a-f]{6}(?:-\d+)?$/;

/** Who decided a claim: an editor (`reviewed`) or the machine (`machine`, a proposal not yet checked). */
export const CLAIM_STATUSES = ['reviewed', 'machine'] as const;

/** One member sentence of a claim file. */
export const claimSentenceSchema = z.strictObject({
  /** The sentence's id, as in `comparison.json` and the article page's anchor (`<articleId>/s-…`). */
  id: z.string().regex(SENTENCE_ID, 'must look like "<article-id>/s-<6 hex digits>"'),
  /** The sentence's exact words, so the file reads on its own and goes stale loudly when the article changes. */
  text: z.string().min(1),
});

/** A sentence an editor found states no checkable fact, with the reason. */
export const noFactSentenceSchema = z.strictObject({
  ...claimSentenceSchema.shape,
  /** Why it states no fact, in a few words ("a question", "a topic heading"). */
  why: z.string().trim().min(1).optional(),
});

/**
 * Frontmatter of `content/claims/<slug>.md`: one checkable proposition (who did or said what)
 * and the sentences of every article that state it. The Markdown body is an optional note by
 * the editor, shown on the claim's page.
 */
export const claimFrontmatterSchema = z.strictObject({
  /** The editor's neutral, attributed one-line statement of the fact ("Ministry: the bridge will reopen in May"). */
  title: z.string().trim().min(1).max(300),
  /**
   * `reviewed`: an editor placed these sentences and checked every reviewed article for the fact,
   * so "not reported by X" is an editorial finding. `machine`: a proposal written by
   * `npm run claims:propose`, not published as it is (the build matches unreviewed sentences itself).
   */
  status: z.enum(CLAIM_STATUSES),
  /** The member sentences, in any order; at least one. */
  sentences: z.array(claimSentenceSchema).min(1),
  /** Proposals only: the machine's confidence (0–1) that the members state one fact. */
  confidence: z.number().min(0).max(1).optional(),
});

/** `content/review.yaml`: the articles an editor has reviewed in full, each pinned to the bytes reviewed. */
export const reviewRecordSchema = z.strictObject({
  /** What the file is, for people reading it. */
  about: z.string().optional(),
  /** Articles whose every reporting sentence an editor placed in reviewed claims. */
  articles: z.array(
    z.strictObject({
      /** The raw file's name in `content/raw/`. */
      sourceFile: z.string().min(1),
      /** SHA-256 of the raw file's bytes when it was reviewed; a different hash means the text changed since. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
    }),
  ),
  /** How and when an editor checked every reviewed claim against every listed article; newest last. */
  checks: z
    .array(
      z.strictObject({
        /** The day the check was finished (YYYY-MM-DD). */
        date: z.iso.date(),
        /** What was done, in words a second editor can repeat ("each reviewed claim against the machine's ranked candidates from every article"). */
        how: z.string().trim().min(1),
      }),
    )
    .default([]),
  /**
   * Sentences of reviewed articles that state no checkable fact (a question, a topic heading, a
   * label, a caption, a cut-off fragment), each pinned to its words: they belong to no claim, the
   * machine leaves them alone, and the method page counts them apart. Empty by default.
   */
  statesNoFact: z.array(noFactSentenceSchema).default([]),
});

/** One correction of a quote's speaker. */
export const speakerCorrectionSchema = z.strictObject({
  /** The sentence the quote starts in. */
  sentence: claimSentenceSchema,
  /** Words of the quotation (a substring of the quote as the analysis finds it), to pick the quote in that sentence. */
  quote: z.string().min(1),
  /** Who the article says spoke these words, or null when it does not say. */
  speaker: z.string().trim().min(1).nullable(),
  /** Why, in a few words, for the next editor. */
  note: z.string().min(1).optional(),
});

/** `content/speakers.yaml`: an editor's corrections of quote speakers. */
export const speakerCorrectionsSchema = z.strictObject({
  /** What the file is, for people reading it. */
  about: z.string().optional(),
  /** The corrections, each pinned to the exact words of its sentence. */
  corrections: z.array(speakerCorrectionSchema),
});

export type ClaimFrontmatter = z.output<typeof claimFrontmatterSchema>;
export type ClaimSentenceRef = z.output<typeof claimSentenceSchema>;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type ReviewRecord = z.output<typeof reviewRecordSchema>;
export type NoFactSentence = z.output<typeof noFactSentenceSchema>;
export type SpeakerCorrection = z.output<typeof speakerCorrectionSchema>;
export type SpeakerCorrections = z.output<typeof speakerCorrectionsSchema>;
