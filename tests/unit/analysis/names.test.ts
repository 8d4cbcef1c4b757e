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

describe('isFirstName', () => {
  it('knows common given names and not surnames', () => {
    expect(isFirstName('Vladimir')).toBe(true);
    expect(isFirstName('Grushko')).toBe(false);
  });
});
