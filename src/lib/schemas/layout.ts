import { z } from 'zod';
import { BOILERPLATE_ROLES } from './article-block.ts';

/**
 * What a line of an article file is, as an editor decides it in `content/layout.yaml`: the
 * headline, ordinary `body` text (read by its shape, never as furniture or the headline), a
 * section label (a kicker, a breadcrumb), or a kind of page furniture (the boilerplate roles name
 * share and newsletter lines, copyright, a note about the author, the masthead, a footnote, an
 * image's description and other page elements).
 */
export const LINE_KINDS = ['headline', 'body', 'section-label', 'byline', 'dateline', 'timestamp', 'ad', 'photo-credit', 'reporting-credit', 'pull-quote', ...BOILERPLATE_ROLES] as const;

/** One correction: a line's exact text and what it is. */
export const layoutCorrectionSchema = z
  .object({
    /** The line exactly as the article file (or its article page) gives it; outer spaces aside. */
    line: z.string().trim().min(1),
    /** What the line is. */
    is: z.enum(LINE_KINDS),
    /** Why, for the next editor (optional). */
    note: z.string().optional(),
  })
  .strict();

/**
 * `content/layout.yaml` (optional): per raw file name (`content/raw/<name>`), the lines whose
 * structure the ingest read wrong, each with what it is. Applied at ingest, before analysis.
 */
export const layoutFileSchema = z.record(z.string().regex(/^[^/\\]+$/, 'a file name of content/raw, without folders'), z.array(layoutCorrectionSchema).min(1));

export type LineKind = (typeof LINE_KINDS)[number];
export type LayoutCorrection = z.output<typeof layoutCorrectionSchema>;
export type LayoutFile = z.output<typeof layoutFileSchema>;
