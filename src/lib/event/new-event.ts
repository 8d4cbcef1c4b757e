import type { EventSettings } from '../schemas/event.ts';
import { EMPTY_PROVENANCE } from '../schemas/provenance.ts';
import { EVENT_FILE, eventSettingsText } from './event-settings.ts';

/** One thing `event:new` removes: a file, or a folder and every file in it. */
export interface RemovedPart {
  /** Path relative to the content folder (`claims`, `review.yaml`). */
  path: string;
  /** A folder (everything below it goes) or a single file. */
  folder: boolean;
  /** What it is, for the list shown before anything is removed. */
  what: string;
  /** The files it holds, relative to the content folder, in code-unit order. */
  files: string[];
}

/** Everything `event:new` will do to the content folder, computed before anything is touched. */
export interface NewEventPlan {
  /** What goes, in the order listed. */
  remove: RemovedPart[];
  /** Files of the content folder no event owns, left as they are (notes, hidden files). */
  keep: string[];
  /** Files written: the new event's settings and an empty provenance file. */
  write: Array<{ path: string; content: string }>;
  /** Provenance entries of the old articles (the file itself is written again with none); 'unreadable' for a file that is not one. */
  provenanceEntries: number | 'unreadable';
}

/**
 * The files of one event in the content folder, what each is, and whether `event:new` removes
 * it whole (a folder) or as a file. Everything an event owns is here: articles and what is made
 * from them, the editor's files, its label sets, its evaluation figures and its fitted model.
 */
export const EVENT_PARTS: ReadonlyArray<{ path: string; folder: boolean; what: string }> = [
  { path: 'raw', folder: true, what: 'the article files' },
  { path: 'articles', folder: true, what: 'the ingested articles (made by npm run ingest)' },
  { path: 'data', folder: true, what: 'the analysis (made by npm run analyze)' },
  { path: 'claims', folder: true, what: "the editor's claim files" },
  { path: 'review.yaml', folder: false, what: "the editor's review record" },
  { path: 'speakers.yaml', folder: false, what: "the editor's speaker corrections" },
  { path: 'layout.yaml', folder: false, what: "the editor's layout corrections of the articles" },
  { path: 'labels', folder: true, what: "hand-labelled sets of the event's articles" },
  { path: 'evaluation.json', folder: false, what: "the event's evaluation figures (npm run eval -- --write)" },
  { path: 'pair-model.json', folder: false, what: "the pair model fitted on the event's reviewed claims (npm run model:fit)" },
];

/** Files kept wherever they are: a folder's placeholder for git. */
const PLACEHOLDER = /(?:^|\/)\.gitkeep$/;

/**
 * Plans a new event over a content folder holding `files` (every file, relative to the folder,
 * `/`-separated): each event part present is removed, `provenance.json` and `event.yaml` are
 * written again, and every other file is kept and named. `provenanceEntries` is how many entries
 * the old provenance file holds. Pure: the caller lists, asks, then carries it out.
 */
export function planNewEvent(files: readonly string[], event: EventSettings, provenanceEntries: number | 'unreadable'): NewEventPlan {
  const sorted = [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const owned = new Set<string>();
  const remove: RemovedPart[] = [];
  for (const part of EVENT_PARTS) {
    const held = sorted.filter((file) => !PLACEHOLDER.test(file) && (part.folder ? file.startsWith(`${part.path}/`) : file === part.path));
    for (const file of held) owned.add(file);
    if (held.length > 0) remove.push({ ...part, files: held });
  }
  const rewritten = new Set([EVENT_FILE, 'provenance.json']);
  return {
    remove,
    keep: sorted.filter((file) => !owned.has(file) && !rewritten.has(file)),
    write: [
      { path: EVENT_FILE, content: eventSettingsText(event) },
      { path: 'provenance.json', content: `${JSON.stringify(EMPTY_PROVENANCE, null, 2)}\n` },
    ],
    provenanceEntries,
  };
}

/** The plan as the lines shown before asking: one per part removed (a folder with its file count), then what is written and kept. */
export function describePlan(plan: NewEventPlan, shown = 'content'): string[] {
  const lines: string[] = [];
  if (planRemovesAnything(plan)) lines.push('event:new will remove:');
  for (const part of plan.remove) {
    const count = part.folder ? ` (${part.files.length} ${part.files.length === 1 ? 'file' : 'files'})` : '';
    lines.push(`  ${shown}/${part.path}${part.folder ? '/' : ''}${count}: ${part.what}`);
  }
  if (plan.provenanceEntries === 'unreadable') {
    lines.push(`  ${shown}/provenance.json: not a provenance file (not JSON with "articles"), replaced whole`);
  } else if (plan.provenanceEntries > 0) {
    lines.push(`  ${plan.provenanceEntries} ${plan.provenanceEntries === 1 ? 'entry' : 'entries'} of ${shown}/provenance.json: where the old articles came from`);
  }
  lines.push(`and write ${plan.write.map((file) => `${shown}/${file.path}`).join(' and ')} for the new event`);
  if (plan.keep.length > 0) lines.push(`and keep, as no event owns them: ${plan.keep.map((file) => `${shown}/${file}`).join(', ')}`);
  return lines;
}

/** Whether carrying out the plan loses anything: an old file or provenance entry (else no question is needed). */
export function planRemovesAnything(plan: NewEventPlan): boolean {
  return plan.remove.length > 0 || plan.provenanceEntries === 'unreadable' || plan.provenanceEntries > 0;
}
