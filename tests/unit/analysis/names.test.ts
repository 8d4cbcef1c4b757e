import { describe, expect, it } from 'vitest';
import { findNameMentions, isFirstName } from '../../../src/lib/analysis/names.ts';
import { tokenize } from '../../../src/lib/analysis/tokens.ts';

const mentions = (text: string) => findNameMentions(text, tokenize(text)).map((mention) => [mention.name, mention.kind, mention.title]);

describe('findNameMentions', () => {
  it.each([
    ['Russian Deputy Foreign Minister Alexander Grushko said so.', [['Alexander Grushko', 'person', 'Russian Deputy Foreign Minister']]],
    ['White House press secretary Karoline Leavitt spoke.', [['White House', 'organization', null], ['Karoline Leavitt', 'person', 'press secretary']]],
    ['U.S. special envoy to the Middle East Steve Witkoff traveled.', [['U.S.', 'place', null], ['Middle East', 'other', null], ['Steve Witkoff', 'person', null]]],
    ['He met President Putin of Russia in Moscow.', [['Putin', 'person', 'President'], ['Russia', 'place', null], ['Moscow', 'place', null]]],
    ['Sam Greene of the Center for European Policy Analysis told The Associated Press.', [['Sam Greene', 'person', null], ['Center for European Policy Analysis', 'organization', null], ['Associated Press', 'outlet', null]]],
    ['The Trump administration’s readout was short.', [['Trump administration', 'organization', null]]],
    ['The Kremlin said on Tuesday that talks went well.', [['Kremlin', 'organization', null]]],
    ['An interview with Izvestia was translated.', [['Izvestia', 'outlet', null]]],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('leaves out days, months, demonyms used as adjectives and ordinary words in capitals', () => {
    expect(mentions('On Monday in March, Russian troops saw an END to the COMBO plan.')).toEqual([]);
  });

  it('reports offsets that slice back to the name', () => {
    const text = 'Ukrainian President Volodymyr Zelenskyy replied.';
    const [mention] = findNameMentions(text, tokenize(text));
    expect(text.slice(mention!.start, mention!.end)).toBe('Volodymyr Zelenskyy');
  });
});

describe('findNameMentions: honorifics', () => {
  describe.each([
    { text: 'Mr Petrov said so.', name: 'Petrov', title: 'Mr' },
    { text: 'Mr. Petrov said so.', name: 'Petrov', title: 'Mr.' },
    { text: 'Mrs. Helen Marsh said so.', name: 'Helen Marsh', title: 'Mrs.' },
    { text: 'Mrs Marsh said so.', name: 'Marsh', title: 'Mrs' },
    { text: 'Ms Lopez said so.', name: 'Lopez', title: 'Ms' },
    { text: 'Dr Jana Kovac said so.', name: 'Jana Kovac', title: 'Dr' },
    { text: 'Sen. Tom Whitfield said so.', name: 'Tom Whitfield', title: 'Sen.' },
    { text: 'Even Mr Petrov agreed.', name: 'Petrov', title: 'Mr' },
    { text: 'Still, Ms Lopez agreed.', name: 'Lopez', title: 'Ms' },
  ])('$text', ({ text, name, title }) => {
    it(`names ${name}, with ${title} as its title`, () => expect(mentions(text)).toEqual([[name, 'person', title]]));
  });

  it('does not make a name of an adverb opening the sentence', () => {
    expect(mentions('Even Petrov agreed.').map(([name]) => name)).toEqual(['Petrov']);
  });
});

describe('isFirstName', () => {
  it('knows common given names and not surnames', () => {
    expect(isFirstName('Vladimir')).toBe(true);
    expect(isFirstName('Grushko')).toBe(false);
  });
});

describe('findNameMentions: titles, double surnames and demonym-shaped surnames', () => {
  it.each([
    ['Councilwoman Dana Pruitt voted no.', [['Dana Pruitt', 'person', 'Councilwoman']]],
    ['City Engineer Tomas Brel inspected it.', [['Tomas Brel', 'person', 'City Engineer']]],
    ['Chief Nurse Ellen Oduya spoke first.', [['Ellen Oduya', 'person', 'Chief Nurse']]],
    ['Nurse Calum Reyes-Whitlock said so.', [['Calum Reyes-Whitlock', 'person', 'Nurse']]],
    ['Anna Ruiz-Carmody spoke.', [['Anna Ruiz-Carmody', 'person', null]]],
    ['"It is hard," Bertolli said.', [['Bertolli', 'other', null]]],
    ['The trust hired Leela Anand-Pryce last year.', [['Leela Anand-Pryce', 'other', null]]],
    ['Later Anand-Pryce said more.', [['Anand-Pryce', 'other', null]]],
    ['"It is hard," said Anand-Pryce.', [['Anand-Pryce', 'other', null]]],
    ['Said Dr Lindqvist-Oduya.', [['Lindqvist-Oduya', 'person', 'Dr']]],
    // The half after the hyphen may be an ordinary word to the tagger: it is still the surname's.
    ['County Clerk Evangeline Thackeray-Moon said so.', [['Evangeline Thackeray-Moon', 'person', 'County Clerk']]],
    ['According to Halvard-Lunde, the lawyers disagreed.', [['Halvard-Lunde', 'outlet', null]]],
    ['In the words of Osei-Lund, the plant had run out of road.', [['Osei-Lund', 'other', null]]],
    ['Vardy-Holm, who was not represented, spoke briefly.', [['Vardy-Holm', 'person', null]]],
    // A role set in commas beside a name says it is a person's, whatever lexicon knows the name.
    ['It was said by Emeka Lindqvist-Oduya, a scientist.', [['Emeka Lindqvist-Oduya', 'person', null]]],
    ['"We will appeal," said Gideon Marsh, a spokesman for the company.', [['Gideon Marsh', 'person', null]]],
    ['"Keep it," Ruairi Petts, the medical director, said.', [['Ruairi Petts', 'person', null]]],
    ['"It held," said the chief engineer, Tamsin Okoro.', [['Tamsin Okoro', 'person', null]]],
    ['They sailed to Port Ellis, a town of 4,000 people.', [['Port Ellis', 'other', null]]],
    ['"It is over," Ilse Marrow, Arvella’s minister of foreign affairs, told reporters.', [['Ilse Marrow', 'person', null], ['Arvella', 'other', null]]],
    ['"We are ready," Sigrun Halvorsen, chief forecaster of the snow service, told reporters.', [['Sigrun Halvorsen', 'person', null]]],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('keeps a hyphen between places and a demonym before a noun as they were', () => {
    expect(mentions('The Ruritania-Valdoria border reopened.').map(([name]) => name)).not.toContain('Ruritania-Valdoria');
    expect(mentions('The Italian minister spoke.').map(([name]) => name)).not.toContain('Italian');
  });
});

describe('findNameMentions: name particles and double names', () => {
  it.each([
    ['“We are ready,” said Pieter van der Berg, the director.', [['Pieter van der Berg', 'person', null]]],
    ['Elsa de la Fuente, who runs the shop, said so.', [['Elsa de la Fuente', 'person', null]]],
    ['Karim al-Sayegh, a baker, spoke.', [['Karim al-Sayegh', 'person', null]]],
    ['“It is hard,” de la Fuente told reporters.', [['de la Fuente', 'other', null]]],
    ['(Osei-Brandt has called it “a mistake”.)', [['Osei-Brandt', 'other', null]]],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('keeps ordinary words that are also particles out of names, and an organisation after a surname', () => {
    expect(mentions('A van Driver and the bin Men came.').map(([name]) => name)).not.toContain('van Driver');
    expect(mentions('She works for Van der Meer Shipping now.')).toEqual([['Van der Meer Shipping', 'other', null]]);
  });

  it('does not join a pair of names that qualifies a noun', () => {
    expect(mentions('The Russia-Ukraine talks resumed.').map(([name]) => name)).toEqual(['Russia', 'Ukraine']);
  });
});

describe('findNameMentions: one name word before ", who"', () => {
  it('is a person ("Oona, who keeps the ferry café, …")', async () => {
    const { tokenize } = await import('../../../src/lib/analysis/tokens.ts');
    const text = 'Oona, who keeps the ferry café and would give only her first name, shut early.';
    const mention = findNameMentions(text, tokenize(text)).find((candidate) => candidate.name === 'Oona');
    expect(mention?.kind).toBe('person');
  });
});

describe('findNameMentions: a surname shaped like a demonym', () => {
  it('is a name when "who" or "whose" follows ("Brennan, whose firm …", "Milani, who …")', async () => {
    const { tokenize } = await import('../../../src/lib/analysis/tokens.ts');
    for (const text of ['Brennan, whose firm built the bridge, called it sound.', 'Milani, who chaired the inquiry, spoke last.']) {
      expect(findNameMentions(text, tokenize(text)).map((mention) => mention.name)).toEqual([text.split(',')[0]]);
    }
  });

  it('is still no name as an adjective ("Italian, French and Dutch crews")', async () => {
    const { tokenize } = await import('../../../src/lib/analysis/tokens.ts');
    const text = 'Italian, French and Dutch crews joined the search.';
    expect(findNameMentions(text, tokenize(text)).map((mention) => mention.name)).not.toContain('Italian');
  });
});

describe('findNameMentions: romanised given names of two syllables', () => {
  it('keeps "Jae-in", "Seo-yeon" whole after the family name', async () => {
    const { tokenize } = await import('../../../src/lib/analysis/tokens.ts');
    const text = 'Seismologist Han Seo-yeon, who leads the survey, met former president Moon Jae-in in Busan.';
    const names = findNameMentions(text, tokenize(text)).map((mention) => mention.name);
    expect(names).toContain('Han Seo-yeon');
    expect(names).toContain('Moon Jae-in');
  });

  it('does not join a lower-case word to a lone name ("Biden-era rules", "a Paris-based firm")', async () => {
    const { tokenize } = await import('../../../src/lib/analysis/tokens.ts');
    const text = 'The Biden-era rules hit a Paris-based firm.';
    const names = findNameMentions(text, tokenize(text)).map((mention) => mention.name);
    expect(names.some((name) => /-(?:era|based)/.test(name))).toBe(false);
  });
});
