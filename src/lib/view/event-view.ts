import type { EventSettings } from '../schemas/event.ts';

/** The event as pages show it: `content/event.yaml`, through `comparison.json` `event`. */
export interface EventView {
  /** The overview's heading and every page title's middle part. */
  title: string;
  /** The date as people read it ("18 March 2025"), and as a machine does (YYYY-MM-DD), or null. */
  date: { text: string; iso: string } | null;
  place: string | null;
  /** The summary paragraph, or null. */
  summary: string | null;
  /** One sentence for search engines and link previews: the summary, else the title and date. */
  description: string;
  /** A primary source's address, or null. */
  source: string | null;
}

/** What pages say when the data names no event (a comparison made without `content/event.yaml`). */
const NO_EVENT = 'One news event';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A YYYY-MM-DD day as "18 March 2025" (the day itself, whatever the reader's time zone). */
export function eventDateText(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** The event's view: every page's heading, title and description come from it, never from code. */
export function eventView(event: EventSettings | null): EventView {
  if (!event) return { title: NO_EVENT, date: null, place: null, summary: null, description: `${NO_EVENT}, as several outlets covered it.`, source: null };
  const date = { text: eventDateText(event.date), iso: event.date };
  const where = event.place ? `, ${event.place}` : '';
  return {
    title: event.title,
    date,
    place: event.place,
    summary: event.summary,
    description: event.summary ?? `${event.title} (${date.text}${where}), as several outlets covered it.`,
    source: event.source,
  };
}

/** A page's `<title>`: the page's own title, then the event's, then the site's name (the event's alone on the overview). */
export function pageTitle(title: string | null, event: EventView): string {
  return title === null || title === event.title ? `${event.title} · Parallax` : `${title} · ${event.title} · Parallax`;
}

/** A page's description: its own sentence, then which event it is about. */
export function pageDescription(description: string | null, event: EventView): string {
  if (description === null) return event.description;
  return `${description} ${event.title}${event.date ? `, ${event.date.text}` : ''}.`;
}
