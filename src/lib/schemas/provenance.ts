import { z } from 'zod';

/** What is known about where one article file came from. `null` everywhere means "not known". */
export const provenanceEntrySchema = z.object({
  /** File name in `content/raw/` this entry describes. */
  sourceFile: z.string().min(1),
  /** Name of the outlet that published the text, or null when it is not established. */
  outlet: z.string().min(1).nullable(),
  /** The outlet's web domain, or null. */
  outletDomain: z.string().min(1).nullable().default(null),
  /** Where the text was found on the web, or null. */
  url: z.url().nullable().default(null),
  /** How outlet and URL were established, in words; null when nothing was. */
  basis: z.string().min(1).nullable().default(null),
  /** Publication date (YYYY-MM-DD) when known, else null. */
  publishedDate: z.iso.date().nullable().default(null),
  /** Anything else a reader should know about the file. */
  note: z.string().min(1).nullable().default(null),
  /**
   * The people who wrote it, as the source states them (a saved page's metadata), or null when
   * not established; the article's byline is read at ingest and used when this is null.
   */
  authors: z.array(z.string().min(1)).nullable().default(null),
});

/** `content/provenance.json`: one entry per known article file. */
export const provenanceSchema = z.object({
  /** What this file is, for people reading it. */
  about: z.string().optional(),
  /**
   * No longer here: the event is `content/event.yaml`. A leftover block is refused, so that an old
   * event's date and summary are never carried over silently.
   */
  event: z
    .never({ error: 'the event is no longer kept here: put its title, date and summary in content/event.yaml and remove this "event" block' })
    .optional(),
  /** One entry per article file; files without an entry are shown as "outlet unknown". */
  articles: z.array(provenanceEntrySchema),
});

export type Provenance = z.output<typeof provenanceSchema>;
export type ProvenanceEntry = z.output<typeof provenanceEntrySchema>;

/** The provenance file of an event with no articles yet (what `event:new` writes, and `add` starts from). */
export const EMPTY_PROVENANCE = {
  about:
    "What is known about where each article file came from. 'basis' says how each was established; null means unknown. Do not fill gaps by guessing: show unknowns as unknown.",
  articles: [],
} as const;
