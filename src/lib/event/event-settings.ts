import { readFile } from 'node:fs/promises';
import { parse, stringify } from 'yaml';
import { eventSettingsSchema, type EventSettings } from '../schemas/event.ts';

/** The event's file name in the content folder. */
export const EVENT_FILE = 'event.yaml';

/**
 * Reads `content/event.yaml` text into the event's settings, or throws one line naming the file
 * (`shown`) and the problem: not YAML, an unknown or missing field, a bad date or address.
 */
export function parseEventSettings(text: string, shown: string): EventSettings {
  let value: unknown;
  try {
    value = parse(text, { prettyErrors: false });
  } catch (error) {
    throw new Error(`${shown}: is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${shown}: must hold the event's fields (title, date, and optionally place, summary, source)`);
  }
  const parsed = eventSettingsSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') throw new Error(`${shown}: unknown field "${issue.keys[0]}"; the fields are title, date, place, summary and source`);
    if (issue.code === 'invalid_type' && issue.input === undefined) throw new Error(`${shown}: ${field} is missing`);
    throw new Error(`${shown}: ${issue.message.startsWith(field) ? issue.message : `${field}: ${issue.message}`}`);
  }
  return parsed.data;
}

/** Reads the event's file; a missing file is one line saying how to make it. */
export async function readEventSettings(file: string, shown = file): Promise<EventSettings> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${shown}: does not exist; start an event with npm run event:new -- --title "…" --date YYYY-MM-DD`);
    }
    throw error;
  }
  return parseEventSettings(text, shown);
}

/** The event's file as `event:new` writes it: a comment for people, then the fields (unset ones as null). */
export function eventSettingsText(event: EventSettings): string {
  const header = [
    '# The event every article covers (schema: src/lib/schemas/event.ts). Every page reads it.',
    '# title: a few words; date: YYYY-MM-DD; place, summary (one paragraph), source (a primary',
    '# source\'s http(s) address): null when not known. Never guess: unknown stays null.',
  ].join('\n');
  return `${header}\n${stringify(event, { lineWidth: 0 })}`;
}

/** `readEventSettings` for tools that only read figures with it (the editor's checks): a missing file is null. */
export async function readEventSettingsIfAny(file: string, shown = file): Promise<EventSettings | null> {
  try {
    return await readEventSettings(file, shown);
  } catch (error) {
    if ((error as Error).message.startsWith(`${shown}: does not exist;`)) return null;
    throw error;
  }
}
