import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventSettingsText, parseEventSettings, readEventSettings, readEventSettingsIfAny } from '../../../src/lib/event/event-settings.ts';

const shown = 'content/event.yaml';

describe('parseEventSettings', () => {
  it('reads the fields, leaving what is not given null', () => {
    expect(parseEventSettings('title: Harbour bridge closes\ndate: 2031-04-02\n', shown)).toEqual({
      title: 'Harbour bridge closes',
      date: '2031-04-02',
      place: null,
      summary: null,
      source: null,
    });
    expect(parseEventSettings('title: T\ndate: 2031-04-02\nplace: Port Ellis, Australia\nsummary: One paragraph.\nsource: https://example.org/minutes\n', shown)).toMatchObject({
      place: 'Port Ellis, Australia',
      summary: 'One paragraph.',
      source: 'https://example.org/minutes',
    });
  });

  it.each([
    ['title: [unclosed\n', /^content\/event\.yaml: is not valid YAML \(/],
    ['- a list\n', /^content\/event\.yaml: must hold the event's fields/],
    ['date: 2031-04-02\n', /^content\/event\.yaml: title is missing$/],
    ['title: T\ndate: 2 April 2031\n', /^content\/event\.yaml: date must be a day written YYYY-MM-DD$/],
    ['title: T\ndate: 2031-04-02\nvenue: hall\n', /^content\/event\.yaml: unknown field "venue"; the fields are title, date, place, summary and source$/],
    ['title: T\ndate: 2031-04-02\nsource: javascript:alert(1)\n', /^content\/event\.yaml: source must be an http\(s\) address$/],
    ['title: "  "\ndate: 2031-04-02\n', /^content\/event\.yaml: title must not be empty$/],
  ])('refuses %j with one line naming the file', (text, line) => {
    expect(() => parseEventSettings(text, shown)).toThrow(line);
    try {
      parseEventSettings(text, shown);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('reads back what eventSettingsText writes', () => {
    const event = { title: 'A "quoted": title', date: '2031-04-02', place: null, summary: 'Two lines\nof summary: yes.', source: null };
    expect(parseEventSettings(eventSettingsText(event), shown)).toEqual(event);
  });
});

describe('readEventSettings', () => {
  it('says how to make a missing file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-event-'));
    await expect(readEventSettings(join(dir, 'event.yaml'), shown)).rejects.toThrow('content/event.yaml: does not exist; start an event with npm run event:new');
    await writeFile(join(dir, 'event.yaml'), 'title: T\ndate: 2031-04-02\n');
    expect((await readEventSettings(join(dir, 'event.yaml'), shown)).title).toBe('T');
  });
});

describe('readEventSettingsIfAny', () => {
  it('is null for a missing file, and still refuses a bad one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-event-any-'));
    expect(await readEventSettingsIfAny(join(dir, 'event.yaml'), shown)).toBeNull();
    await writeFile(join(dir, 'event.yaml'), 'title: T\n');
    await expect(readEventSettingsIfAny(join(dir, 'event.yaml'), shown)).rejects.toThrow('content/event.yaml: date is missing');
  });
});
