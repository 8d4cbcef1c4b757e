import { describe, expect, it } from 'vitest';
import { boilerplateRole, isAdSlug } from '../../../../src/lib/ingest/line-shapes.ts';
import { readText } from '../../../../src/lib/ingest/text/read-text.ts';

/**
 * Round furn7: furniture told by position, shape and neighbours, each rule tested on invented text that differs in
 * wording and layout from the development fixtures, and on ordinary news text it must leave alone.
 */
const kinds = (text: string) => {
  const read = readText(text);
  if (!read.ok) throw new Error(read.problem);
  return new Map(read.blocks.filter((block) => 'text' in block).map((block) => [(block as { text: string }).text, block.type]));
};

const STORY = [
  'Ferry link to the islands back after a month',
  'The ferry between Corran Point and the Skerry Isles resumed sailings on Monday after a month out of service for repairs to its ramp.',
  'The operator said the first crossing left at 7.10am with 46 passengers and eleven vehicles on board.',
  '"We have missed the boat more than anyone," said islander Moira Finlay, who runs the shop on Skerry Beg.',
  'Repairs to the ramp cost about £380,000, according to the harbour trust.',
];

describe('a run of short lines after the story has begun is the page’s', () => {
  it('marks three short lines in a row with no prose between them (a timetable, a row of link titles)', () => {
    const text = [...STORY.slice(0, 4), 'Winter timetable', 'Weekdays: 7.10am, 12.40pm, 5.15pm', 'Sundays: 10.30am only', STORY[4], 'Harbour trust, Quay Road, Corran Point'].join('\n');
    const got = kinds(text);
    expect(got.get('Winter timetable')).toBe('boilerplate');
    expect(got.get('Sundays: 10.30am only')).toBe('boilerplate');
    expect(got.get(STORY[4]!)).toBe('paragraph');
  });
  it('leaves a story’s own headings, each over prose, alone', () => {
    const text = [
      STORY[0],
      STORY[1],
      STORY[2],
      'What went wrong',
      'Engineers found in October that two of the ramp’s hinges had cracked after a winter of heavy seas.',
      'What happens next',
      'The trust will inspect the ramp again in the spring before the summer timetable begins.',
    ].join('\n');
    const got = kinds(text);
    expect(got.get('What went wrong')).toBe('subheading');
    expect(got.get('What happens next')).toBe('subheading');
  });
});

describe('after the last quotation, a short line addressed to the reader opens the page’s close', () => {
  it('marks an appeal, its heading and the short lines after it, but not the story before it', () => {
    const text = [...STORY, 'Want to lend a hand?', 'The trust is looking for volunteers to paint the waiting room on 3 March.', 'Tea and cake provided.', 'Harbour office open weekdays 9 to 5'].join('\n');
    const got = kinds(text);
    expect(got.get('Want to lend a hand?')).toBe('subheading');
    expect(got.get(STORY[4]!)).toBe('paragraph');
    const close = [...STORY, 'Keep up with island news', 'Tell us what you think of the new timetable.', 'Tea and cake provided at every meeting.', 'Harbour office open weekdays 9 to 5'].join('\n');
    const closed = kinds(close);
    expect(closed.get('Keep up with island news')).toBe('boilerplate');
    expect(closed.get('Tell us what you think of the new timetable.')).toBe('boilerplate');
    expect(closed.get('Tea and cake provided at every meeting.')).toBe('boilerplate');
    expect(closed.get(STORY[4]!)).toBe('paragraph');
  });
  it('stops at a line that reports someone’s words, and at a heading over a section of prose', () => {
    const text = [
      ...STORY,
      'If you travel often, the operator’s season ticket now costs £210.',
      'The harbour master said more sailings could be added in the summer if demand grows.',
    ].join('\n');
    const got = kinds(text);
    expect(got.get('The harbour master said more sailings could be added in the summer if demand grows.')).toBe('paragraph');
    const sections = [
      ...STORY,
      'Are you a regular passenger? Write to the letters page.',
      'Repairs elsewhere',
      'Work on the breakwater at Corran Point, which was damaged in the same storm, is due to finish by the end of April at a cost of £1.2 million.',
    ].join('\n');
    expect(kinds(sections).get('Work on the breakwater at Corran Point, which was damaged in the same storm, is due to finish by the end of April at a cost of £1.2 million.')).toBe('paragraph');
  });
  it('leaves a story alone when "you" is only inside a quotation', () => {
    const text = [...STORY.slice(0, 3), 'The trust’s chair, Aled Rowe, said: "If you had told me in October it would take a month, I would not have believed you."', STORY[4]].join('\n');
    const got = kinds(text);
    expect(got.get(STORY[4]!)).toBe('paragraph');
  });
});

describe('a line that names itself an advertisement or a sponsor before a colon is an ad', () => {
  it('reads labelled ads and sponsor lines', () => {
    expect(isAdSlug('Advertisement: Fresh fish daily at Harbour Stores, open till six.')).toBe(true);
    expect(isAdSlug('Kit sponsor: Lindqvist Joinery')).toBe(true);
    expect(isAdSlug('Sponsors: Dunmore Bakery, The Anchor Inn')).toBe(true);
  });
  it('leaves prose about sponsors alone', () => {
    expect(isAdSlug('The club’s main sponsor, a local garage, pulled out in June.')).toBe(false);
    expect(isAdSlug('Sponsorship income fell by a third last season.')).toBe(false);
  });
});

describe('counts and subscription links alone on a line are the channel’s', () => {
  it('reads counts and subscribe links', () => {
    expect(boilerplateRole('3.1K followers')).toBe('share');
    expect(boilerplateRole('2,406 members')).toBe('share');
    expect(boilerplateRole('Join: chat.example/harbourwatch')).toBe('share');
    expect(boilerplateRole('Follow: @corranferries')).toBe('share');
  });
  it('leaves sentences with counts alone', () => {
    expect(boilerplateRole('More than 400 members voted for the strike.')).toBeUndefined();
    expect(boilerplateRole('1,200 views were recorded before the video was removed')).toBeUndefined();
    expect(boilerplateRole('Join the queue early.')).toBeUndefined();
  });
});
