import { z } from 'zod';

/**
 * `content/event.yaml`: the event every article covers, as the site names it. Every page's
 * heading, title and description, the method page and `comparison.json` `event` read it; no
 * wording about any one event lives in code or templates.
 */
export const eventSettingsSchema = z.strictObject({
  /** What the event is called, in a few words: the overview's heading ("City council votes on the bus plan"). */
  title: z.string().trim().min(1, 'title must not be empty').max(160, 'title must be at most 160 characters'),
  /** The day it happened (YYYY-MM-DD). */
  date: z.iso.date('date must be a day written YYYY-MM-DD'),
  /** Where it happened ("Riverton, New Zealand"), or null when not stated. Also tells figures which dollar a bare "$" is. */
  place: z.string().trim().min(1, 'place must not be empty (leave it out instead)').nullable().default(null),
  /** One paragraph saying what happened, or null: the overview's lede and every page's description. */
  summary: z.string().trim().min(1, 'summary must not be empty (leave it out instead)').nullable().default(null),
  /** The address of a primary source (the council's minutes, the court's ruling), or null. */
  source: z
    .url({ protocol: /^https?$/, message: 'source must be an http(s) address' })
    .nullable()
    .default(null),
});

/** The event as the site and the data hold it. */
export type EventSettings = z.output<typeof eventSettingsSchema>;
