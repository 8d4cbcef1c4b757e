import { z } from 'zod';

/** One line of text inside a block, exactly as it appears in the raw file (no line break). */
const line = z.string().min(1);

/** A list item: the marker it was written with and its text. */
export const listItemSchema = z.object({
  /** The marker as written ("-", "•", "1.", "2)"), kept so that no character of the file is lost. */
  marker: z.string().min(1),
  /** The item's text, without the marker. */
  text: line,
});

/**
 * Who posted an embedded social post: read from its `— Name (@handle) Month D, YYYY` signature,
 * or from the name, handle and time lines of a post pasted as a card.
 */
export const postAttributionSchema = z.object({
  /** The line under the post as written: the signature with its leading dash, or the card's time line. */
  text: line,
  /** Display name of the account ("Maria Lopez"). */
  author: z.string().min(1),
  /** Account handle with its "@" ("@PressSec", "@maria.example.social"). */
  handle: z.string().regex(/^@[\w.]+(?:@[\w.-]+)?$/),
  /** The date as written on the post ("March 18, 2025", "Mar 18, 2025"). */
  date: z.string().min(1),
  /** The time of day as written on a card ("5:14 PM"); absent when the post gives none. */
  time: z.string().min(1).optional(),
});

/**
 * The part of a page a boilerplate line belongs to: share buttons, a newsletter box, a copyright line, a note
 * about the author, another page element (a running header or page number, an end mark), the masthead (the
 * outlet's, show's, office's or newsletter's name above the article), a footnote, an image's description.
 */
export const BOILERPLATE_ROLES = ['share', 'newsletter', 'copyright', 'author', 'page', 'masthead', 'footnote', 'image'] as const;

/**
 * A structural block of an article file. The ingest recognises each kind from the layout of the
 * raw text alone; the kind travels through Markdown into the HTML so that later steps can tell
 * the outlet's reporting from embeds and page furniture.
 */
export const articleBlockSchema = z.discriminatedUnion('type', [
  /** The article's headline: the first line that is not page furniture, when it reads as a title. */
  z.object({ type: z.literal('headline'), text: line }),
  /** A list that opens the article (before any body text): its summary. */
  z.object({
    type: z.literal('key-points'),
    /** Whether the items are numbered ("1.", "2)"), so their order is part of the text. */
    ordered: z.boolean(),
    /** The items, in order. */
    items: z.array(listItemSchema).min(1),
  }),
  /** A bulleted or numbered list anywhere else in the article. */
  z.object({
    type: z.literal('list'),
    /** Whether the items are numbered ("1.", "2)"), so their order is part of the text. */
    ordered: z.boolean(),
    /** The items, in order. */
    items: z.array(listItemSchema).min(1),
  }),
  /** A short title line inside the body. */
  z.object({ type: z.literal('subheading'), text: line }),
  /** A short run-in label ending in ":" ("What they're saying:"). */
  z.object({ type: z.literal('section-label'), text: line }),
  /** Body prose. Lines of one hard-wrapped paragraph are joined with "\n". */
  z.object({ type: z.literal('paragraph'), text: z.string().min(1) }),
  /** A turn of a transcript or Q&A: the speaker's label as written ("SMITH:", "Q:") and what follows it. */
  z.object({
    type: z.literal('turn'),
    /** The speaker label, colon included. */
    speaker: line,
    /** The words of the turn. */
    text: line,
  }),
  /** An embedded social-media post: its account lines (card form), lines of text and the line under them. */
  z.object({
    type: z.literal('social-post'),
    /** The card form's name and handle lines above the text; absent in the signature form. */
    header: z.array(line).min(1).optional(),
    /** The post's text, one entry per line. */
    lines: z.array(line).min(1),
    /** Who posted it and when. */
    attribution: postAttributionSchema,
  }),
  /** A photo caption ("FILE - …", a line followed by its photo credit). The image itself is not in the file. */
  z.object({ type: z.literal('photo-caption'), text: line }),
  /** A photo credit ("Photo: Name/Agency", "(AP Photo/Name)"), split off the caption it was glued to. */
  z.object({ type: z.literal('photo-credit'), text: line }),
  /** An embedded video: its title line and the caption paragraph under it. */
  z.object({ type: z.literal('video'), title: line, caption: line }),
  /** The outlet's closing note on its sources ("The Source: …"). */
  z.object({ type: z.literal('source-note'), text: line }),
  /** Titles of related links ("Read more: …", or link titles trailing the body). The file holds no URLs for them. */
  z.object({ type: z.literal('related-links'), items: z.array(line).min(1) }),
  /** A byline ("By Jane Doe and John Roe"). */
  z.object({
    type: z.literal('byline'),
    text: line,
    /** The people it names, as written; empty when it names none (a desk or an agency). */
    authors: z.array(z.string().min(1)),
  }),
  /** The dateline opening a story ("LAGOS, Nigeria (AP) —"), split off the paragraph it opens. */
  z.object({
    type: z.literal('dateline'),
    /** As written; its lines joined with "\n" when the page set place, agency and dash on lines of their own. */
    text: z.string().min(1),
    /** The place as written ("LAGOS, Nigeria"), or null when the dateline names only an agency. */
    place: z.string().min(1).nullable(),
    /** The agency in its parentheses ("AP"), or null when there is none. */
    agency: z.string().min(1).nullable(),
  }),
  /** A line giving only a date or time: when the page was published or updated, or when a live-blog entry was posted. */
  z.object({
    type: z.literal('timestamp'),
    text: line,
    /** Whether it opens a live-blog entry (the blocks after it, up to the next such timestamp). */
    opensEntry: z.boolean(),
    /** The clock time as `HH:MM` (24-hour) when the line gives one unambiguously, else null. */
    time: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
  }),
  /** An advertisement slug ("Advertisement", "Story continues below"). */
  z.object({ type: z.literal('ad'), text: line }),
  /** Who reported, wrote and edited the story ("Reporting by …; Editing by …"). */
  z.object({ type: z.literal('reporting-credit'), text: line }),
  /** A pull quote: a line that repeats words of the article's body. */
  z.object({ type: z.literal('pull-quote'), text: line }),
  /** A line of the page around the article: share buttons, newsletter sign-up, copyright, a note about the author, other page controls. */
  z.object({
    type: z.literal('boilerplate'),
    /** Which part of the page it comes from. */
    role: z.enum(BOILERPLATE_ROLES),
    text: line,
  }),
]);

export type ArticleBlock = z.output<typeof articleBlockSchema>;
export type ArticleBlockType = ArticleBlock['type'];
export type ListItem = z.output<typeof listItemSchema>;
export type PostAttribution = z.output<typeof postAttributionSchema>;
export type BoilerplateRole = (typeof BOILERPLATE_ROLES)[number];

/** Every block kind, in a fixed order used for counts and legends. */
export const ARTICLE_BLOCK_TYPES = [
  'headline',
  'key-points',
  'list',
  'subheading',
  'section-label',
  'paragraph',
  'turn',
  'social-post',
  'photo-caption',
  'photo-credit',
  'video',
  'source-note',
  'related-links',
  'byline',
  'dateline',
  'timestamp',
  'ad',
  'reporting-credit',
  'pull-quote',
  'boilerplate',
] as const satisfies readonly ArticleBlockType[];

/**
 * Page furniture: what the page printed around the reporting. Kept and shown, never read as
 * the outlet's reporting (no claims, quotes, figures or search sentences come from it).
 */
export const FURNITURE_BLOCK_TYPES = [
  'related-links',
  'photo-credit',
  'byline',
  'dateline',
  'timestamp',
  'ad',
  'reporting-credit',
  'pull-quote',
  'boilerplate',
] as const satisfies readonly ArticleBlockType[];
