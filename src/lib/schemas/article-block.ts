import { z } from 'zod';

/** One line of text inside a block, exactly as it appears in the raw file (no line break). */
const line = z.string().min(1);

/** A key-point bullet: the marker character(s) it was written with and its text. */
export const keyPointSchema = z.object({
  /** The bullet marker as written ("-", "•", "*"), kept so that no character of the file is lost. */
  marker: z.string().min(1),
  /** The bullet's text, without the marker. */
  text: line,
});

/** Who posted an embedded social post, read from its `— Name (@handle) Month D, YYYY` line. */
export const postAttributionSchema = z.object({
  /** The whole attribution line as written, including the leading dash. */
  text: line,
  /** Display name of the account ("Maria Lopez"). */
  author: z.string().min(1),
  /** Account handle with its "@" ("@PressSec"). */
  handle: z.string().regex(/^@\w+$/),
  /** The date as written on the post ("March 18, 2025"). */
  date: z.string().min(1),
});

/**
 * A structural block of an article file. The ingest recognises each kind from the layout of the
 * raw text alone; the kind travels through Markdown into the HTML so that later steps can tell
 * the outlet's reporting from embeds and boilerplate.
 */
export const articleBlockSchema = z.discriminatedUnion('type', [
  /** The article's headline: the first line, when it reads as a title. */
  z.object({ type: z.literal('headline'), text: line }),
  /** A run of key-point bullets (`- …`). */
  z.object({ type: z.literal('key-points'), items: z.array(keyPointSchema).min(1) }),
  /** A short title line inside the body. */
  z.object({ type: z.literal('subheading'), text: line }),
  /** A short run-in label ending in ":" ("What they're saying:"). */
  z.object({ type: z.literal('section-label'), text: line }),
  /** Body prose. Lines of one hard-wrapped paragraph are joined with "\n". */
  z.object({ type: z.literal('paragraph'), text: z.string().min(1) }),
  /** An embedded social-media post: its lines of text and the attribution line under them. */
  z.object({ type: z.literal('social-post'), lines: z.array(line).min(1), attribution: postAttributionSchema }),
  /** A photo caption ("FILE - …", "(AP Photo/…)"). The image itself is not in the file. */
  z.object({ type: z.literal('photo-caption'), text: line }),
  /** An embedded video: its title line and the caption paragraph under it. */
  z.object({ type: z.literal('video'), title: line, caption: line }),
  /** The outlet's closing note on its sources ("The Source: …"). */
  z.object({ type: z.literal('source-note'), text: line }),
  /** Titles of related links that trail the article body. The file holds no URLs for them. */
  z.object({ type: z.literal('related-links'), items: z.array(line).min(1) }),
]);

export type ArticleBlock = z.output<typeof articleBlockSchema>;
export type ArticleBlockType = ArticleBlock['type'];
export type KeyPoint = z.output<typeof keyPointSchema>;
export type PostAttribution = z.output<typeof postAttributionSchema>;

/** Every block kind, in a fixed order used for counts and legends. */
export const ARTICLE_BLOCK_TYPES = [
  'headline',
  'key-points',
  'subheading',
  'section-label',
  'paragraph',
  'social-post',
  'photo-caption',
  'video',
  'source-note',
  'related-links',
] as const satisfies readonly ArticleBlockType[];
