import { z } from 'zod';
import { FIGURE_DIMENSIONS } from './figure-dimensions.ts';

/** A hand-labelled development or held-out set (`claims-dev.json`), as described in its README. */
export const evalSetSchema = z.object({
  /** What the file is. */
  about: z.string().optional(),
  /** Facts that one or more outlets report. */
  claims: z.array(
    z.object({
      /** Readable id of the labelled claim. */
      id: z.string(),
      /** What the claim says, for people. */
      description: z.string().optional(),
      /** For each article that reports it: substrings (anchors) of the sentences expressing it. */
      evidence: z.array(z.object({ sourceFile: z.string(), anchors: z.array(z.string().min(1)).min(1) })).min(1),
    }),
  ),
  /** Direct quotations and who said them. */
  quotes: z.array(z.object({ sourceFile: z.string(), anchor: z.string().min(1), speaker: z.string().min(1) })),
  /** Figures several articles give, as the analysis should read them; none when absent. */
  figures: z
    .array(
      z.object({
        sourceFile: z.string(),
        /** The figure's words as written ("an hour and a half", "175 each"). */
        anchor: z.string().min(1),
        dimension: z.enum(FIGURE_DIMENSIONS),
        /**
         * Base unit: "minute" for durations and times of day, "metre" for lengths, the ISO code
         * for money, "percent" or "percentage point", "score", "date", "magnitude", "year" for
         * ages, the counted noun's lemma for counts ("people" for people however named).
         */
        unit: z.string().min(1),
        /** In the base unit; dates are month × 100 + day (+ year × 10,000 when written), times minutes after midnight, scores the larger side. */
        value: z.number(),
        /** For scores and tallies, the smaller side ("6-3": 3); checked only when given. */
        against: z.number().optional(),
        /** Bounds the wording allows; checked only when given (a null `high` means open-ended). */
        low: z.number().optional(),
        high: z.number().nullable().optional(),
        /** Hedge or distributive word as written ("about", "each"); checked only when given. */
        qualifier: z.string().nullable().optional(),
      }),
    )
    .default([]),
});

export type EvalSet = z.output<typeof evalSetSchema>;

/** `tests/fixtures/events/split.json`: which events of the evaluation corpus the machine is tuned on, and which are held out. */
export const corpusSplitSchema = z.object({
  /** What the file is. */
  about: z.string().optional(),
  /** Events the pair model is fitted and its settings tuned on. */
  tune: z.array(z.string().min(1)).min(2),
  /** Events only ever scored: never fitted or tuned on. */
  heldOut: z.array(z.string().min(1)).min(1),
});

export type CorpusSplit = z.output<typeof corpusSplitSchema>;
