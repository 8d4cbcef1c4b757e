import { describe, expect, it } from 'vitest';
import { datedLineShape, isBreadcrumb, isCapitalsLine, isDocumentTitle, isEditionLine, isFieldLine, isKicker } from '../../../src/lib/ingest/line-shapes.ts';
import { parseArticleText } from '../../../src/lib/ingest/parse-article.ts';

const BODY = 'The town council voted on Tuesday to close the old library.\nIts books will move to the school by the summer, the council said.';
const kinds = (text: string) => parseArticleText(text).map((block) => [block.type, 'text' in block ? block.text : ''] as const);
const headline = (text: string) => parseArticleText(text).find((block) => block.type === 'headline')?.text ?? null;

describe('line shapes above a headline', () => {
  it.each([
    ['OPINION', true],
    ['Breaking', true],
    ['Analysis:', true],
    ['Opinions differ', false],
  ])('isKicker(%j) is %s', (line, expected) => expect(isKicker(line)).toBe(expected));

  it.each([
    ['Home > News > Local', true],
    ['Home › Sport', true],
    ['Prices rose > 5% in May, the office said.', false],
    ['Either / or', false],
  ])('isBreadcrumb(%j) is %s', (line, expected) => expect(isBreadcrumb(line)).toBe(expected));

  it.each([
    ['June 3, 2025', 'timestamp'],
    ['Transcript: June 3, 2025', 'timestamp'],
    ['Broadcast June 3, 2025 - 18:00 GMT', 'timestamp'],
    ['Local · 3h ago', 'timestamp'],
    ['THE VALLEY POST  Tuesday, 3 June 2025', 'masthead'],
    ['4 | The Valley Post | 3 June 2025', 'masthead'],
    ['The council met on June 3, 2025 to vote.', undefined],
    ['Library to close by June 3 after council vote on budget', undefined],
    ['Library closes June 3', undefined],
  ])('datedLineShape(%j) is %s', (line, expected) => expect(datedLineShape(line)).toBe(expected));

  it('reads header fields, capitals, document titles and editions', () => {
    expect(isFieldLine('Programme: Evening News')).toBe(true);
    expect(isFieldLine('Library closes: what it means for readers')).toBe(false);
    expect(isCapitalsLine('THE EVENING HOUR')).toBe(true);
    expect(isCapitalsLine('The Evening Hour')).toBe(false);
    expect(isDocumentTitle('Readout of the Mayor’s Meeting with Library Staff')).toBe(true);
    expect(isDocumentTitle('Statement by the Council on the Library')).toBe(true);
    expect(isDocumentTitle('Statements were made')).toBe(false);
    expect(isEditionLine('Valley Post – International edition')).toBe(true);
    expect(isEditionLine('The edition sold out')).toBe(false);
  });
});

describe('the headline is the title line, never the furniture above it', () => {
  it('skips a kicker and a breadcrumb (section labels)', () => {
    const text = `Home > News > Local\nOPINION\nThe library deserved better\n${BODY}`;
    expect(headline(text)).toBe('The library deserved better');
    expect(kinds(text).slice(0, 2)).toEqual([
      ['section-label', 'Home > News > Local'],
      ['section-label', 'OPINION'],
    ]);
  });

  it('skips a show’s title in capitals and a transcript date line', () => {
    const text = `THE EVENING HOUR WITH JO PARK\nTranscript: June 3, 2025\nCouncil votes to close the old library\n${BODY}`;
    expect(headline(text)).toBe('Council votes to close the old library');
    expect(kinds(text).slice(0, 2)).toEqual([
      ['boilerplate', 'THE EVENING HOUR WITH JO PARK'],
      ['timestamp', 'Transcript: June 3, 2025'],
    ]);
  });

  it('skips a running header of outlet and date, and a header field', () => {
    expect(headline(`THE VALLEY POST  Tuesday, 3 June 2025\nLibrary to close after council vote\n${BODY}`)).toBe('Library to close after council vote');
    expect(headline(`VALLEY RADIO\nProgramme: Evening News\nLibrary to close after council vote\n${BODY}`)).toBe('Library to close after council vote');
  });

  it('takes an official document’s title, with the office’s name and breadcrumb above it as furniture', () => {
    const text = `Office of the Mayor of Eastbridge\nHome > Newsroom > Readouts\nReadout of the Mayor’s Meeting with Library Staff\nJune 3, 2025\n${BODY}\n###`;
    expect(headline(text)).toBe('Readout of the Mayor’s Meeting with Library Staff');
    expect(kinds(text)[0]).toEqual(['boilerplate', 'Office of the Mayor of Eastbridge']);
    expect(kinds(text).at(-1)).toEqual(['boilerplate', '###']);
  });

  it('takes a short section label over a longer title as a label', () => {
    expect(kinds(`Local news\nCouncil votes to close the old library\n${BODY}`)[0]).toEqual(['section-label', 'Local news']);
  });

  it('leaves a file that opens with its headline as it was', () => {
    expect(headline(`Council votes to close the old library\n${BODY}`)).toBe('Council votes to close the old library');
  });

  it('says there is none when the file has only furniture and prose', () => {
    expect(headline(`OPINION\n${BODY}`)).toBeNull();
  });
});

describe('bylines without "By" and transcript turns with roles', () => {
  it('reads "Name, Job title" and a bare name over the date line as bylines', () => {
    const withRole = parseArticleText(`Library to close after council vote\nJo Park, Local affairs correspondent\nJune 3, 2025\n${BODY}`);
    expect(withRole[1]).toEqual({ type: 'byline', text: 'Jo Park, Local affairs correspondent', authors: ['Jo Park'] });
    const bare = parseArticleText(`Library to close after council vote\nJo Park\nJune 3, 2025\n${BODY}`);
    expect(bare[1]).toEqual({ type: 'byline', text: 'Jo Park', authors: ['Jo Park'] });
  });

  it('reads a job title under a byline as part of it', () => {
    const blocks = parseArticleText(`Library to close after council vote\nBy Jo Park\nStaff writer\n${BODY}`);
    expect(blocks[2]).toEqual({ type: 'byline', text: 'Staff writer', authors: [] });
  });

  it('reads speakers with roles in a transcript', () => {
    const text = ['Council votes to close the old library', 'HOST (JO PARK): Good evening. The library is closing.', 'ANA RUIZ, COUNCIL LEADER: We had no choice.', 'HOST (JO PARK): None at all?', 'ANA RUIZ, COUNCIL LEADER: None that we could afford.'].join('\n');
    const turns = parseArticleText(text).filter((block) => block.type === 'turn');
    expect(turns.map((turn) => turn.type === 'turn' && turn.speaker)).toEqual(['HOST (JO PARK):', 'ANA RUIZ, COUNCIL LEADER:', 'HOST (JO PARK):', 'ANA RUIZ, COUNCIL LEADER:']);
  });
});

describe('an e-mail pasted with its header', () => {
  it('takes the header lines as furniture and the title under them as the headline', () => {
    const text = `From: Valley Post <news@valleypost.example>\nSubject: Your Tuesday briefing: library to close\nDate: Tue, 3 Jun 2025 07:00\nLibrary to close after council vote\n${BODY}`;
    expect(headline(text)).toBe('Library to close after council vote');
    expect(kinds(text).slice(0, 3).map(([type]) => type)).toEqual(['boilerplate', 'boilerplate', 'boilerplate']);
  });
});

describe('a kicker run into the title', () => {
  it('is a label, and the rest of the line the headline', () => {
    const blocks = parseArticleText(`OPINION: The library deserved better\n${BODY}`);
    expect(blocks.slice(0, 2)).toEqual([
      { type: 'section-label', text: 'OPINION:' },
      { type: 'headline', text: 'The library deserved better' },
    ]);
  });

  it('leaves a title with a colon alone', () => {
    expect(headline(`Library closes: what it means for readers\n${BODY}`)).toBe('Library closes: what it means for readers');
  });
});

describe('a wire’s version slug run into the title', () => {
  it('sets "UPDATE 2-" apart as a label and keeps the title as the headline', () => {
    expect(kinds(`UPDATE 2-Library to close after council vote\n${BODY}`).slice(0, 2)).toEqual([
      ['section-label', 'UPDATE 2-'],
      ['headline', 'Library to close after council vote'],
    ]);
    expect(headline(`REFILE-EXCLUSIVE-Library to close after council vote\n${BODY}`)).toBe('Library to close after council vote');
  });

  it('leaves a title that only opens with a capitalised hyphenated word alone', () => {
    expect(headline(`COVID-era library rules end after council vote\n${BODY}`)).toBe('COVID-era library rules end after council vote');
  });
});
