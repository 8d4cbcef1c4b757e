import { z } from 'zod';

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
});

export type EvalSet = z.output<typeof evalSetSchema>;
