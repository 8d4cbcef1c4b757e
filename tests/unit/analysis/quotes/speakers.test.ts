import { describe, expect, it } from 'vitest';
import { prepareCorpus } from '../../../../src/lib/analysis/corpus.ts';
import { attributeRepeats, findQuotes, type FoundQuote } from '../../../../src/lib/analysis/quotes/quotes.ts';
import { genderOf, rolePhrase, titleMatches } from '../../../../src/lib/analysis/quotes/speakers.ts';
import { articlesFrom } from '../../../helpers/corpus.ts';

const lead = 'A Headline For The Story\n';

/** Speaker name and method of the quote containing `words`, in an article made of `text`. */
const speakerOf = (text: string, words: string, others: Record<string, string> = {}) => {
  const quotes = findQuotes(prepareCorpus(articlesFrom({ outlet: `${lead}${text}`, ...others })));
  const quote = quotes.find((candidate) => candidate.articleId === 'outlet' && candidate.text.includes(words));
  return quote && { speaker: quote.speaker?.name ?? null, method: quote.speakerMethod };
};

describe('speakers: a descriptor after the speech verb, then the name', () => {
  describe.each([
    {
      name: 'an institution in the descriptor',
      text: 'The talks ended late.\n“The call was useful,” said the Ruritanian Foreign Ministry spokesman, Pavel Orlin.',
      words: 'The call was useful',
      speaker: 'Pavel Orlin',
    },
    {
      name: 'a partitive descriptor and an honorific',
      text: 'The talks ended late.\n“We were ready for more,” said one of the negotiators, Dr Jana Kovac, who leads the team.',
      words: 'We were ready',
      speaker: 'Jana Kovac',
    },
    {
      name: 'a possessive naming someone else',
      text: 'Maria Lopez spoke first.\n“We expect nothing,” said Ms Lopez’s security adviser, Tomas Brandt.',
      words: 'We expect nothing',
      speaker: 'Tomas Brandt',
    },
    {
      name: 'the name first, then its descriptor (unchanged)',
      text: '“Enough is enough,” said Maria Lopez, the mayor of the city.',
      words: 'Enough is enough',
      speaker: 'Maria Lopez',
    },
  ])('$name', ({ text, words, speaker }) => {
    it(`attributes the quote to ${speaker}`, () => expect(speakerOf(text, words)).toEqual({ speaker, method: 'said-after' }));
  });
});

describe('speakers: a role resolved to the person who holds it in the article', () => {
  describe.each([
    {
      name: 'a qualified role after the quote, another person speaking just before',
      text: 'Ruritanian President Ivan Petrov and Chancellor Anna Weber spoke on Monday.\n“It went well,” Weber said.\n“We have turned a page,” the Ruritanian president told journalists.',
      words: 'We have turned a page',
      speaker: 'Ivan Petrov',
      method: 'said-after',
    },
    {
      name: 'a role before the quote',
      text: 'Secretary of State Laura Hines met Ivan Petrov.\n“It went well,” Petrov said.\nThe secretary of state told reporters that the deal was “far from done.”',
      words: 'far from done',
      speaker: 'Laura Hines',
      method: 'said-before',
    },
    {
      name: 'the same office in two countries, told apart by the qualifier',
      text: 'Ruritanian President Ivan Petrov called Freedonian President Paul Amsel.\n“It was long,” Petrov said.\n“It was useful,” the Freedonian president said.',
      words: 'It was useful',
      speaker: 'Paul Amsel',
      method: 'said-after',
    },
    {
      name: 'a role that only another article gives the person',
      text: 'Even Mr Amsel had doubts on Monday.\n“It is a small step,” Ivan Petrov said.\nMr Amsel was asked again. “It is a first step,” the president said.',
      words: 'It is a first step',
      speaker: 'Paul Amsel',
      method: 'said-after',
      others: { other: 'Freedonian President Paul Amsel and Ivan Petrov met.' },
    },
    {
      name: 'an equivalent office ("leader" for a president)',
      text: 'Ruritanian President Ivan Petrov spoke first.\n“We are ready,” Chancellor Anna Weber said.\n“We are not,” the Ruritanian leader replied.',
      words: 'We are not',
      speaker: 'Ivan Petrov',
      method: 'said-after',
    },
  ])('$name', ({ text, words, speaker, method, others }) => {
    it(`attributes the quote to ${speaker}`, () => expect(speakerOf(text, words, others)).toEqual({ speaker, method }));
  });

  it('resolves a possessive qualifier and an American / U.S. alias', () => {
    const text = 'Ruritanian Foreign Ministry spokesman Pavel Orlin and U.S. President Paul Amsel spoke.\n“It went well,” Amsel said.\n“Nothing is agreed,” the ministry’s spokesman said. “We disagree,” the American president said.';
    expect(speakerOf(text, 'Nothing is agreed')?.speaker).toBe('Pavel Orlin');
    expect(speakerOf(text, 'We disagree')?.speaker).toBe('Paul Amsel');
  });

  it('lets an institution speak when no one named holds its role', () => {
    const text = 'Ivan Petrov arrived on Monday.\n“Nothing is agreed,” the Ruritanian Foreign Ministry spokesman said.';
    expect(speakerOf(text, 'Nothing is agreed')?.speaker).toBe('Foreign Ministry');
  });

  it('reads a role no one named holds like a pronoun: the person acting just before', () => {
    const text = 'Ivan Petrov arrived on Monday.\n“It went well,” Maria Lopez said.\nPetrov was asked again. “Nothing is agreed,” the president said.';
    expect(speakerOf(text, 'Nothing is agreed')?.speaker).toBe('Ivan Petrov');
  });

  it('does not give a deputy minister the minister’s words', () => {
    const text = 'Deputy Foreign Minister Olga Mirna met Foreign Minister Karl Dane.\n“It went well,” Mirna said.\n“Nothing is agreed,” the foreign minister said.';
    expect(speakerOf(text, 'Nothing is agreed')?.speaker).toBe('Karl Dane');
  });
});

describe('speakers: a bracketed aside in the tag after the quote', () => {
  it('takes no room in the tag: the verb after a long appositive with an acronym is still found', () => {
    const text = 'The licence was extended.\n“The plant meets every requirement we set,” Maria Lopez-Dane, the head of the Ruritanian Nuclear Safety Authority (RNSA), told reporters in the capital.';
    expect(speakerOf(text, 'The plant meets every requirement')?.speaker).toBe('Maria Lopez-Dane');
  });
});

describe('speakers: a verb of saying after "and" or "but" shares the subject of the one before it', () => {
  it('gives the words to the one who told, not to the one told', () => {
    const text = 'The roofer was jailed.\nSentencing, Judge Maria Lopez told Ivan Petrov that his victims had been “picked, not stumbled upon”, and described the offending as “calculated and deeply cruel”.';
    expect(speakerOf(text, 'calculated and deeply cruel')).toEqual({ speaker: 'Maria Lopez', method: 'said-before' });
  });

  it('keeps the nearest subject when no verb of saying comes before', () => {
    const text = 'The talks ended.\nThe county branch of the Harbour Pilots Guild said it did not condone the removal, but characterised the rules as “a trap for the honest”.';
    expect(speakerOf(text, 'a trap for the honest')?.speaker).toBe('Harbour Pilots Guild');
  });
});

describe('speakers: a quote introduced by a colon', () => {
  describe.each([
    { name: 'a verb that is not a speech verb', text: 'Ivan Petrov summed it up: “Both sides got something.”', speaker: 'Ivan Petrov' },
    { name: 'a subject followed by an object that names someone else', text: 'Ivan Petrov gave the ministry’s view: “Both sides got something.”', speaker: 'Ivan Petrov' },
    { name: 'an honorific before the subject', text: 'Ms Lopez offered a sober reading: “Both sides got something.”', speaker: 'Lopez' },
    { name: 'a pronoun subject', text: 'Maria Lopez arrived late.\nShe put it plainly: “Both sides got something.”', speaker: 'Maria Lopez' },
    { name: 'a copula and a document', text: 'The Ruritanian Foreign Ministry’s verdict was blunt: “Both sides got something.”', speaker: 'Foreign Ministry' },
    {
      name: 'a relative clause with its own verb between the subject and the colon',
      text: 'Karl Dane spoke first. “It went well,” Dane said.\nParent Maria Lopez, whose children attend the harbour school, put it bluntly: “Both sides got something.”',
      speaker: 'Maria Lopez',
    },
  ])('$name', ({ text, speaker }) => {
    it(`attributes the quote to ${speaker}`, () => expect(speakerOf(text, 'Both sides got something')).toEqual({ speaker, method: 'said-before' }));
  });
});

describe('speakers: pull quotes repeat their original’s speaker', () => {
  describe.each([
    {
      name: 'a pull quote above the original',
      text: 'Maria Lopez met Ivan Petrov.\n“Nobody can watch every harbor at once.”\n“We will try,” Petrov said.\n“Nobody can watch every harbor at once,” Lopez said.',
    },
    {
      name: 'a pull quote below the original, after another speaker',
      text: '“Nobody can watch every harbor at once,” Maria Lopez said.\n“We will try,” Ivan Petrov said.\n“Nobody can watch every harbor at once.”',
    },
    {
      name: 'a shortened pull quote',
      text: '“Nobody can watch every harbor at once, and nobody should pretend to,” Maria Lopez said.\n“We will try,” Ivan Petrov said.\n“Nobody can watch every harbor at once.”',
    },
  ])('$name', ({ text }) => {
    it('is set apart as a pull quote by the ingest, or else takes the speaker of the attributed original', () => {
      const corpus = prepareCorpus(articlesFrom({ outlet: `${lead}${text}` }));
      const quotes = findQuotes(corpus);
      const repeats = quotes.filter((quote) => quote.text.startsWith('Nobody can watch'));
      expect(repeats.map((quote) => quote.speaker?.name)).toEqual(repeats.map(() => 'Maria Lopez'));
      const pullQuotes = corpus.sentences.filter((sentence) => sentence.block === 'pull-quote');
      if (pullQuotes.length > 0) expect(repeats).toHaveLength(1);
      else expect(repeats.map((quote) => quote.speakerMethod)).toContain('repeated-quote');
    });
  });
});

describe('attributeRepeats', () => {
  const quote = (text: string, speaker: string | null, method: FoundQuote['speakerMethod']): FoundQuote => ({
    articleId: 'a',
    sentenceIds: [],
    text,
    speaker: speaker ? { name: speaker, entity: null, kind: 'person' } : null,
    speakerMethod: method,
    partial: false,
    isPost: false,
  });

  it('leaves short repeats and quotes with a speech tag of their own alone', () => {
    const quotes = [quote('We will see', 'Maria Lopez', 'said-after'), quote('We will see', null, 'none'), quote('Nobody can watch every harbor', 'Ivan Petrov', 'said-after'), quote('Nobody can watch every harbor', 'Anna Weber', 'said-after')];
    attributeRepeats(quotes);
    expect(quotes.map((item) => item.speaker?.name ?? null)).toEqual(['Maria Lopez', null, 'Ivan Petrov', 'Anna Weber']);
  });
});

describe('rolePhrase and titleMatches', () => {
  const sentenceOf = (text: string) => prepareCorpus(articlesFrom({ a: text })).sentences[0]!;
  const roleIn = (text: string) => {
    const sentence = sentenceOf(text);
    return rolePhrase(sentence, sentence.tokens.map((_, index) => index), false);
  };

  it.each([
    ['the U.S. president told journalists', { head: 'president', qualifiers: ['U.S.'] }],
    ['the secretary of state said', { head: 'secretary', specifiers: ['state'] }],
    ['the deputy foreign minister said', { head: 'minister', specifiers: ['deputy', 'foreign'] }],
  ])('%s', (text, expected) => expect(roleIn(text)).toMatchObject(expected));

  it.each([
    ['the president Ivan Petrov said'],
    ['the president’s office said'],
    ['a senior official said'],
  ])('finds no role in "%s"', (text) => expect(roleIn(text)).toBeNull());

  it.each([
    ['U.S. President', 'the U.S. president said', true],
    ['President', 'the U.S. president said', true],
    ['Ruritanian President', 'the U.S. president said', false],
    ['Secretary of State', 'the secretary of state said', true],
    ['press secretary', 'the secretary of state said', false],
    ['Deputy Foreign Minister', 'the foreign minister said', false],
    ['Ruritanian Prime Minister', 'the Ruritanian leader said', true],
  ])('title %s fits "%s": %s', (title, text, expected) => expect(titleMatches(title, roleIn(text)!)).toBe(expected));
});

describe('speakers: titles before names resolve "she said" and "he said" after them', () => {
  it.each([
    ['Councilwoman', 'Dana Pruitt', 'she'],
    ['Councilman', 'Reggie Hale', 'he'],
    ['Chief Executive', 'Maren Fisk', 'she'],
    ['Health Secretary', 'Mark Tenby', 'he'],
    ['City Engineer', 'Tomas Brel', 'he'],
    ['union organiser', 'Kit Moran', 'he'],
    ['Chief Nurse', 'Ellen Oduya', 'she'],
    ['Mayor', 'Lena Ortiz', 'she'],
  ])('%s %s', (title, name, pronoun) => {
    const text = `“It is a fine plan,” said Ivo Marsh.\n${title.charAt(0).toUpperCase()}${title.slice(1)} ${name} voted against it on Tuesday.\n“We cannot afford it,” ${pronoun} said.`;
    expect(speakerOf(text, 'We cannot afford it')).toEqual({ speaker: name, method: 'said-after' });
  });

  it('reads the title in lower case after a comma ("…, the union organiser")', () => {
    expect(speakerOf('“We will strike,” said Kit Moran, a union organiser.', 'We will strike')).toEqual({ speaker: 'Kit Moran', method: 'said-after' });
  });

  it('resolves "the engineer" to the person titled City Engineer', () => {
    expect(speakerOf('City Engineer Tomas Brel inspected the bridge.\nIvo Marsh watched.\n“The deck is sound,” the engineer said.', 'The deck is sound')).toEqual({ speaker: 'Tomas Brel', method: 'said-after' });
  });

  it('does not guess a person for a role nobody in the article holds', () => {
    expect(speakerOf('Ivo Marsh watched the work.\n“The deck is sound,” the engineer said.', 'The deck is sound')?.speaker).not.toBe('Ivo Marsh');
  });

  it('resolves a headline’s bare office to whoever holds it', () => {
    const quotes = findQuotes(prepareCorpus(articlesFrom({ outlet: 'Governor promises a “gradual” path\nGovernor Mira Lenz spoke on Tuesday in Corvale.' })));
    expect(quotes[0]).toMatchObject({ text: 'gradual', speaker: { name: 'Mira Lenz' } });
  });
});

describe('speakers: how the quote is introduced', () => {
  it.each([
    { name: '"in the words of X"', text: 'In the words of Harriet Moss, “this is a betrayal of the town.”', words: 'a betrayal', speaker: 'Harriet Moss', method: 'according-to' },
    {
      name: '"in the words of" a descriptor with capitals, then the name',
      text: 'Mayor Tom Brook spoke first. In the words of the local MP, Sunniva Tarrant, the street was “angry in the quiet way people get.”',
      words: 'angry in the quiet',
      speaker: 'Sunniva Tarrant',
      method: 'according-to',
    },
    { name: '"in X’s words"', text: 'Mayor Tom Brook spoke first. In Ada Quist’s words: “A bridge is only as good as its worst beam.”', words: 'its worst beam', speaker: 'Ada Quist', method: 'according-to' },
    { name: '"in X’s own words"', text: 'Ada Quist spoke after Mayor Tom Brook. In Quist’s own words, “the bridge is sound.”', words: 'the bridge is sound', speaker: 'Ada Quist', method: 'according-to' },
    { name: '"X characterized … as"', text: 'Councilman Reggie Hale characterized the vote as “the only responsible choice.”', words: 'responsible choice', speaker: 'Reggie Hale', method: 'said-before' },
    { name: '"X described … as"', text: 'Ruth Ames described the plan as “long overdue.”', words: 'long overdue', speaker: 'Ruth Ames', method: 'said-before' },
    { name: '"X accused … of"', text: 'Callum Drey accused the minister of having “traded away our boats.”', words: 'traded away', speaker: 'Callum Drey', method: 'said-before' },
    {
      name: 'a colon in the same paragraph, after another speaker',
      text: '“We have to act now,” said Mayor Lena Ortiz. Health Secretary Mark Tenby said: “We will fund every post.”',
      words: 'fund every post',
      speaker: 'Mark Tenby',
      method: 'said-before',
    },
    {
      name: 'a colon ending the paragraph before the quote',
      text: '“Nothing has changed,” said Mayor Lena Ortiz.\nHealth Secretary Mark Tenby said:\n“We will fund every post.”',
      words: 'fund every post',
      speaker: 'Mark Tenby',
      method: 'said-before',
    },
    {
      name: 'a relative clause between the name and the verb',
      text: 'Ana Velez, who runs the Corvia Relief Agency, told local radio: “We will search every house.”',
      words: 'search every house',
      speaker: 'Ana Velez',
      method: 'said-before',
    },
    {
      name: 'an appositive naming an organisation between the name and the verb',
      text: 'Petra Hollan, a lawmaker for the opposition Alliance for Renewal, said the government had “given away our fish.”',
      words: 'given away',
      speaker: 'Petra Hollan',
      method: 'said-before',
    },
    {
      name: 'an inverted tag with a descriptor after the name',
      text: '“They still have not told us what we get,” said Ewan Mallory, head of the Greyholm Boatmen’s Association.',
      words: 'what we get',
      speaker: 'Ewan Mallory',
      method: 'said-after',
    },
    {
      name: 'the name nearest the verb in the tag’s subject',
      text: '“He gets supporters off their seats,” Redvale manager Alasdair Bryce said in a statement.',
      words: 'off their seats',
      speaker: 'Alasdair Bryce',
      method: 'said-after',
    },
    {
      name: 'a surname shaped like a demonym',
      text: '“This is the right home for our routes,” Bertolli said.',
      words: 'right home',
      speaker: 'Bertolli',
      method: 'said-after',
    },
    {
      name: 'an institution named by a common noun',
      text: 'The union says it will talk, but only about an offer that “starts with a bigger number”.',
      words: 'bigger number',
      speaker: 'The union',
      method: 'said-before',
    },
    {
      name: 'an unnamed source with its noun modifier',
      text: '“We have received a referral,” a police spokeswoman said.',
      words: 'received a referral',
      speaker: 'a police spokeswoman',
      method: 'said-after',
    },
    {
      name: 'a role in the tag, then its holder’s name, while someone else holds a like title',
      text: 'Fire Chief Greta Salo spoke on Monday.\n‘We are going through the rubble house by house,’ the civil protection chief, Jo Rinn, told a briefing.',
      words: 'house by house',
      speaker: 'Jo Rinn',
      method: 'said-after',
    },
    {
      name: 'an unnamed source with whom it speaks for',
      text: '“No decision has been taken,” a spokesperson for the port authority said.',
      words: 'No decision',
      speaker: 'a spokesperson for the port authority',
      method: 'said-after',
    },
    {
      name: 'guillemets with the comma outside, then a descriptor and the name',
      text: '« Nous tiendrons les habitants informés », said the town’s liaison officer, Amélie Roux.',
      words: 'Nous tiendrons',
      speaker: 'Amélie Roux',
      method: 'said-after',
    },
    {
      name: 'British single quotes and a colon',
      text: "Union organiser Kit Moran said: 'We don't get those minutes back.'",
      words: 'minutes back',
      speaker: 'Kit Moran',
      method: 'said-before',
    },
    {
      name: 'an institution named by a common noun around a partial quote',
      text: 'Corvia’s foreign ministry referred only to “a gradual reduction” and gave no figure.',
      words: 'gradual reduction',
      speaker: 'Corvia’s foreign ministry',
      method: 'said-before',
    },
    {
      name: '"according to the report" after "a report by X"',
      text: 'The council hired Harwick Audit in June.\nAt the heart of the case is a report by Tessaly Partners, an accountancy firm.\nAccording to the report, “the director approved the award” in a memo.',
      words: 'approved the award',
      speaker: 'Tessaly Partners',
      method: 'according-to',
    },
    {
      name: '"according to the readout": the document introduced, not one named inside another phrase',
      text: 'Both sides “agreed to talk,” according to a Ruritania Foreign Ministry readout of the call.\nThe offer was “final,” according to a wire translation of the Valdoria Chancellery’s readout.\nTalks “will begin at once,” according to the readout.',
      words: 'will begin at once',
      speaker: 'Ruritania Foreign Ministry',
      method: 'according-to',
    },
    {
      name: 'an appositive ending in a role between the name and the verb',
      text: 'Ilka Varen, Corvia’s trade minister, told the radio that a settlement would take “months, not weeks”.',
      words: 'months, not weeks',
      speaker: 'Ilka Varen',
      method: 'said-before',
    },
    {
      name: 'a name followed by "of" an institution',
      text: 'Tobin Rask of the bargemen’s association told us the pause was “the best news in two years.”',
      words: 'best news',
      speaker: 'Tobin Rask',
      method: 'said-before',
    },
    {
      name: 'a name that only qualifies an unnamed source',
      text: '“If the barges move, the politics change,” one Corvian official said.',
      words: 'the politics change',
      speaker: 'one Corvian official',
      method: 'said-after',
    },
    {
      name: '"he" after a possessor and an appositive name',
      text: 'Gordon Water’s operations director, Farid Olowe, said demand had risen by a fifth. “Every litre helps,” he said.',
      words: 'Every litre helps',
      speaker: 'Farid Olowe',
      method: 'said-after',
    },
  ])('$name', ({ text, words, speaker, method }) => {
    expect(speakerOf(text, words)).toEqual({ speaker, method });
  });
});

describe('speakers: quotes over several paragraphs and quoted headings', () => {
  it.each([
    ['curly double quotes', '“We will publish every report.\n“People deserve to see it,” she said.'],
    ['straight double quotes', '"We will publish every report.\n"People deserve to see it," she said.'],
    ['guillemets', '«We will publish every report.\n«People deserve to see it», she said.'],
    ['British single quotes', "'We will publish every report.\n'People deserve to see it,' she said."],
  ])('%s: the quote opened and not closed goes on in the next paragraph', (_, body) => {
    const quotes = findQuotes(prepareCorpus(articlesFrom({ outlet: `${lead}Mayor Lena Ortiz spoke after Ivo Marsh.\n${body}` })));
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: expect.stringContaining('every report.'), speaker: { name: 'Lena Ortiz' } });
    expect(quotes[0]!.text).toContain('People deserve to see it');
  });

  it('gives a line that is only a quotation the speaker of the quote just below it', () => {
    const quotes = findQuotes(prepareCorpus(articlesFrom({ outlet: `${lead}Ivo Marsh spoke first.\n'Every house will be searched'\nAna Velez told local radio: "We will search every house, one by one."` })));
    expect(quotes[0]).toMatchObject({ text: 'Every house will be searched', speaker: { name: 'Ana Velez' }, speakerMethod: 'quoted-heading' });
  });
});

describe('speakers: "she" and "he" agree with the person', () => {
  it.each([
    ['a gendered title', 'Councilwoman Dana Pruitt spoke first.\nCouncilman Reggie Hale replied.\n“We cannot afford it,” she said.', 'Dana Pruitt'],
    ['an honorific', 'Ms Ruth Ames spoke first.\nMr Alan Reed replied.\n“We cannot afford it,” she said.', 'Ruth Ames'],
    ['a given name the lexicon knows', 'Ellen Oduya spoke first.\nTomas Brel replied.\n“We cannot afford it,” she said.', 'Ellen Oduya'],
    ['nothing known: the nearest person', 'City Engineer Kit Moran spoke first.\nChief Nurse Quinn Tulloch replied.\n“We cannot afford it,” she said.', 'Quinn Tulloch'],
    ['a given name the lexicon reads as the other gender, nobody else: that person', 'The day began early.\nEllen Oduya, the harbour master, spoke first.\n“We cannot afford it,” he said.', 'Ellen Oduya'],
    ['a lexicon gender still chooses between two people', 'Ellen Oduya spoke first.\nTomas Brel replied.\n“We cannot afford it,” he said.', 'Tomas Brel'],
  ])('%s', (_, text, speaker) => {
    expect(speakerOf(text, 'We cannot afford it')?.speaker).toBe(speaker);
  });
});

describe('genderOf', () => {
  const person = (name: string, titles: string[] = []) => ({ name, kind: 'person' as const, entity: { titles } as never });
  it.each([
    [person('Dana Pruitt', ['Councilwoman']), 'female'],
    [person('Reggie Hale', ['Councilman']), 'male'],
    [person('Kit Moran', ['Mrs']), 'female'],
    [person('Kit Vogel', ['German Chancellor']), null],
    [person('Ellen Oduya'), 'female'],
    [person('Kit Moran'), null],
    [person('Pruitt'), null],
  ])('%o: %s', (speaker, expected) => {
    expect(genderOf(speaker)).toBe(expected);
  });

  it('reads titles only, not the given name, when asked', () => {
    expect(genderOf(person('Ellen Oduya'), false)).toBeNull();
    expect(genderOf(person('Reggie Hale', ['Councilman']), false)).toBe('male');
  });
});

describe('speakers: an office word before another role, then the name', () => {
  it('“…,” the company’s chief engineer, Branko Ilic, told reporters', () => {
    const text = 'The operator Orlen Hydro said the crack had not grown.\n“The structure is holding,” the company’s chief engineer, Branko Ilic, told reporters.';
    expect(speakerOf(text, 'The structure is holding')?.speaker).toBe('Branko Ilic');
  });

  it('a double surname alone is the person named in full before', () => {
    const text = 'The trust hired Leela Anand-Pryce last year.\n“Fourteen midwives will fill the gaps,” said Anand-Pryce.';
    expect(speakerOf(text, 'Fourteen midwives')?.speaker).toMatch(/Anand-Pryce$/);
  });
});

describe('speakers: manners of saying in a tag after the quote', () => {
  it.each(['conceded', 'countered', 'quipped', 'complained', 'retorted', 'cautioned'])('“…,” Ruth Ames %s', (verb) => {
    expect(speakerOf(`Ivo Marsh spoke first.\n“We lost the vote,” Ruth Ames ${verb}.`, 'We lost the vote')).toEqual({ speaker: 'Ruth Ames', method: 'said-after' });
  });
});

describe('speakers: round 3 patterns', () => {
  it('gives a quote opening a sentence to the speaker of the indirect speech just before it in the paragraph', () => {
    const text = 'Nurse Ola Brandt was on duty. She said the ward had been lucky. “Nobody was hurt, and the roof held.”';
    expect(speakerOf(text, 'Nobody was hurt')).toEqual({ speaker: 'Ola Brandt', method: 'previous-sentence' });
    const other = 'Engineer Tobias Renn said the deck had held. “The beams did not,” said Mayor Ada Quist.';
    expect(speakerOf(other, 'The beams did not')).toEqual({ speaker: 'Ada Quist', method: 'said-after' });
  });

  it('leaves a quote after a sentence that reports nobody’s words to the rules after it', () => {
    const text = 'Engineer Tobias Renn spoke on Monday.\nThe bridge opened in 1950. “It was built to last.”';
    expect(speakerOf(text, 'built to last')?.method).not.toBe('previous-sentence');
  });

  it('reads a colon clause after an earlier quote’s tag as its own introduction', () => {
    const text = '“The money is there,” Mayor Ada Quist said, but Councillor Tobias Renn was not convinced: “We have heard that before.”';
    expect(speakerOf(text, 'heard that before')).toEqual({ speaker: 'Tobias Renn', method: 'said-before' });
    expect(speakerOf(text, 'The money is there')).toEqual({ speaker: 'Ada Quist', method: 'said-after' });
    const semicolon = '“It is done,” Mayor Ada Quist said; Councillor Tobias Renn said: “It is not.”';
    expect(speakerOf(semicolon, 'It is not')).toEqual({ speaker: 'Tobias Renn', method: 'said-before' });
  });

  it('does not take "according to a translation" for the speaker', () => {
    const text = 'Captain Emre Kaya spoke through an interpreter.\nHe said, according to a translation provided by the port authority, “We felt the quay move.”';
    expect(speakerOf(text, 'We felt the quay move')).toEqual({ speaker: 'Emre Kaya', method: 'said-before' });
    const source = 'The port was shut.\n“We felt the quay move,” according to Captain Emre Kaya.';
    expect(speakerOf(source, 'We felt the quay move')).toEqual({ speaker: 'Emre Kaya', method: 'according-to' });
  });

  it.each([
    ['in a paragraph of its own', '“A bridge is only as good as its worst beam.”\n— Tobias Renn, Renn Civil'],
    ['on a line of its own', '“A bridge is only as good as its worst beam.”  \n— Tobias Renn'],
    ['on the same line', '“A bridge is only as good as its worst beam.” – Tobias Renn'],
  ])('reads a dash after the closing mark, then a name, as a signature (%s)', (_, text) => {
    expect(speakerOf(`Mayor Ada Quist spoke first.\n${text}`, 'only as good')).toEqual({ speaker: 'Tobias Renn', method: 'said-after' });
  });
});

describe('speakers: unnamed people and offices nobody named holds', () => {
  it.each([
    ['a subject before the verb', '“Will the bridge reopen this year?” a reporter asked.', 'Will the bridge reopen', 'a reporter'],
    ['after an inverted verb, with a relative clause', '“Everyone knew the beams were rotten,” said a harbour worker who asked not to be named.', 'Everyone knew', 'a harbour worker'],
    ['with a participle before the noun', '“The tide runs hard here,” said a retired pilot.', 'The tide runs hard', 'a retired pilot'],
  ])('an indefinite noun phrase in the tag is someone unnamed (%s)', (_, line, words, speaker) => {
    expect(speakerOf(`Mayor Ada Quist spoke first.\n${line}`, words)).toEqual({ speaker, method: 'said-after' });
  });

  it('reads "the NOUN" as the whole subject after the quote as before it: someone unnamed, not the person quoted before', () => {
    const after = 'Mayor Ada Quist spoke first. “We will appeal,” she said.\n“A licence renewed every year is not a favour,” the bench observed.';
    expect(speakerOf(after, 'A licence renewed')).toEqual({ speaker: 'the bench', method: 'said-after' });
    const before = 'Mayor Ada Quist spoke first. “We will appeal,” she said.\nThe bench observed: “A licence renewed every year is not a favour.”';
    expect(speakerOf(before, 'A licence renewed')?.speaker).toMatch(/^the bench$/i);
  });

  it('does not take a document for an unnamed person', () => {
    expect(speakerOf('Mayor Ada Quist spoke first.\n“The bridge is shut,” a statement said.', 'The bridge is shut')?.speaker).not.toBe('a statement');
  });

  it('gives "the mayor" to nobody the article titles otherwise, and speaks as the office', () => {
    const text = 'Harbour Master Ines Calloway inspected the pier.\n“Nobody will pay for it out of their rates,” the mayor said.';
    expect(speakerOf(text, 'Nobody will pay')).toEqual({ speaker: 'the mayor', method: 'said-after' });
  });

  it('still gives the office to the person the article names with it, or to someone untitled', () => {
    const titled = 'Harbour Master Ines Calloway inspected the pier. Mayor Tobias Renn went too.\n“Nobody will pay for it,” the mayor said.';
    expect(speakerOf(titled, 'Nobody will pay')?.speaker).toBe('Tobias Renn');
    const untitled = 'Tobias Renn, who was elected in May, went to the pier.\n“Nobody will pay for it,” the mayor said.';
    expect(speakerOf(untitled, 'Nobody will pay')?.speaker).toBe('Tobias Renn');
  });
});

describe('speakers: names set beside a role or a common noun', () => {
  it('reads a name in apposition to "the contractor" as the institution speaking, even when a gazetteer calls it a place', () => {
    const text = 'Councillor Rhodri Pascoe said the cracks were found in April.\nThe contractor, Hallbrook Civil, said in a statement that it was “working urgently” on new bearings.';
    expect(speakerOf(text, 'working urgently')).toEqual({ speaker: 'Hallbrook Civil', method: 'said-before' });
  });

  it('gives "he" to the person a public office describes ("the state’s consumer advocate, X,")', () => {
    const text = '“We accept the findings,” spokesman Raul Okonkwo said.\nThe state’s consumer advocate, Phineas Gault-Rivera, said customers should not pay twice. “They collected money for this work in 2019,” he said.';
    expect(speakerOf(text, 'They collected money')).toEqual({ speaker: 'Phineas Gault-Rivera', method: 'said-after' });
  });
});

describe('speakers: a spokesperson the article does not say is whose', () => {
  it('speaks for the organisation named in what they said', () => {
    const text = 'The quarry lost its appeal.\nA spokesperson said Calder Aggregates was “disappointed” and would study the decision.';
    expect(speakerOf(text, 'disappointed')).toEqual({ speaker: 'Calder Aggregates', method: 'said-before' });
  });

  it('stays unnamed when only a person is named after it', () => {
    expect(speakerOf('The quarry lost its appeal.\nA spokesperson said Jo Ames was “disappointed” by it.', 'disappointed')?.speaker).toBe('A spokesperson');
  });
});

describe('speakers: names with letters beyond Latin-1', () => {
  it('keeps the whole surname, so that "she" and a later surname reach the same person', () => {
    const text =
      'Transport Minister Łucja Wrzesiński-Kowalczyk opened the bridge on Friday, flanked by the mayor, Tomasz Nowak.\n' +
      '“This crossing took eleven years,” said Wrzesiński-Kowalczyk. “It will take eleven minutes to cross.”\n' +
      'Nowak thanked the builders.\n' +
      '“Nobody here will miss the ferry,” Wrzesiński-Kowalczyk added.';
    expect(speakerOf(text, 'This crossing took')?.speaker).toBe('Łucja Wrzesiński-Kowalczyk');
    expect(speakerOf(text, 'Nobody here will miss')?.speaker).toBe('Łucja Wrzesiński-Kowalczyk');
  });
});

describe('speakers: "he" and "she" after a name no lexicon classifies, which the sentence has speak', () => {
  it('the subject of a verb of saying after a clause set off by commas, surname alone', () => {
    const text =
      'Dr Helen Marsh, the hospital’s medical director, opened the ward.\n' +
      'Ossian Treharne ran the appeal for it.\n' +
      '“We raised it in pennies,” Marsh said.\n' +
      'Treharne, whose mother was treated there in 1998, told the crowd that the money came from the town.\n' +
      '“Every jar on every bar counter went into this,” he said.';
    expect(speakerOf(text, 'Every jar on every bar')?.speaker).toBe('Ossian Treharne');
  });

  it('a name set after a role and a comma, as the source of "according to"', () => {
    const text =
      'The vicar, Anwen Prothero, opened the debate.\n' +
      '“We cannot keep patching it,” Prothero said.\n' +
      'According to the trust’s treasurer, Ifeoma Strachan-Lyle, the roof fund is empty.\n' +
      '“We have £300 and a tarpaulin,” she said.';
    expect(speakerOf(text, 'We have £300')?.speaker).toBe('Ifeoma Strachan-Lyle');
  });

  it('"X said he …" in one sentence: the pronoun is the subject named before the verb', () => {
    const text =
      '“It is settled,” said Councillor Dara Penhale.\n' +
      'The board’s member for parks, Osric Vantongeren, said he would abide by it but warned that the pond would be “dry by August”.';
    expect(speakerOf(text, 'dry by August')?.speaker).toBe('Osric Vantongeren');
  });

  it('does not make a place speak: "she" after a sentence naming only a town keeps the earlier speaker', () => {
    const text = '“It is settled,” said Councillor Ruth Penhale.\nTrewithen, a village of 400, voted against.\n“They will come round,” she said.';
    expect(speakerOf(text, 'They will come round')?.speaker).toBe('Ruth Penhale');
  });
});

describe('speakers: a second quote in a clause with no subject of its own', () => {
  it('"…, and called it “…”" goes on with the subject of the first clause, not the speaker before', () => {
    const text =
      '“The depot has served us well,” said Councillor Marta Quigley.\n' +
      'The works manager, Gerwyn Tallis, described the roof as “past saving”, and called the repair timetable “fantasy on stilts”.';
    expect(speakerOf(text, 'fantasy on stilts')?.speaker).toBe('Gerwyn Tallis');
  });

  it('"…, but that …" after a verb of saying keeps its speaker', () => {
    const text =
      'Residents spoke first.\n“We were never asked,” one resident said.\n' +
      'Assessor Lorna Beddoes-Frame wrote in her report that the tower would be “visible for miles”, but that this was outweighed by “a pressing need for coverage”.';
    expect(speakerOf(text, 'pressing need')?.speaker).toBe('Lorna Beddoes-Frame');
  });

  it('a clause with its own subject still names its own speaker', () => {
    const text = 'The talks ended.\n“We are close,” Ines Arbuckle said, but Teodor Makin was not convinced: “We are nowhere.”';
    expect(speakerOf(text, 'We are nowhere')?.speaker).toBe('Teodor Makin');
  });
});

describe('speakers: a lone first name opening a sentence, then "who"', () => {
  it('is the person "she" means, not the one named before', () => {
    const text =
      'The harbour board’s chair, Idris Pellow-Nance, will report on Monday.\n' +
      'Oona, who keeps the ferry café and would give only her first name, shut early. “No ferry, no coffee,” she said.';
    expect(speakerOf(text, 'No ferry, no coffee')?.speaker).toBe('Oona');
  });
});

describe('speakers: a paragraph that is only a quote, after a paragraph reporting someone’s words', () => {
  it('goes on from the statement reported just before', () => {
    const text =
      '“Fares will not rise this year,” said Ottilie Brandvold, the operator’s chief executive.\n' +
      'The levy raised about £4 million last year.\n' +
      'Alderman Casimir Oyelowo-Penn, who sits on the scrutiny panel, warned on Tuesday that the levy could not be renewed.\n' +
      '“We are spending next year’s money this year. Somebody will have to say so.”';
    expect(speakerOf(text, 'spending next year')).toEqual({ speaker: 'Casimir Oyelowo-Penn', method: 'previous-sentence' });
  });

  it('not after a sentence that only cites a source ("according to"), nor when the quote has its own tag', () => {
    const text =
      '“Fares will not rise this year,” said Ottilie Brandvold, the operator’s chief executive.\n' +
      'The levy raised £4 million, according to Alderman Casimir Oyelowo-Penn.\n' +
      '“We will hold the line,” Brandvold said.';
    expect(speakerOf(text, 'hold the line')?.speaker).toBe('Ottilie Brandvold');
  });
});

describe('speakers: a role set before a name with a comma is that person’s title', () => {
  it('"the director" is the person introduced as "The Director of Public Works, X,"', () => {
    const text =
      'The Director of Public Works, Halvard Emsley-Tarn, opened the depot.\n' +
      'Residents’ spokesperson Mina Quarrie said the lorries start at five.\n' +
      'Later the director called the complaints “a fair point, and one we will fix”.';
    expect(speakerOf(text, 'a fair point')?.speaker).toBe('Halvard Emsley-Tarn');
  });

  it('"the judge" is whoever the article titles "Judge …" or "Mr Justice …", named before or after', () => {
    const after = 'The tenants won.\nIn a written ruling the judge wrote that the landlord had been “careless to the point of cruelty”.\n“The repairs were promised in writing,” Judge Osanna Perrick said.';
    expect(speakerOf(after, 'careless to the point')?.speaker).toBe('Osanna Perrick');
    const british = 'Mrs Justice Eluned Carrow-Vane heard the case in May.\nThe claimants, Dorrit Fenwycke and Hal Sumner, were in court.\nThe judge described the scheme as “lawful but badly explained”.';
    expect(speakerOf(british, 'lawful but badly')?.speaker).toBe('Eluned Carrow-Vane');
  });
});

describe('speakers: the organisation in a name’s own phrase does not speak for them', () => {
  it('an appositive opening with its role word (", senior analyst at Y,")', () => {
    const text = 'Rates stayed put.\nMarguerite Lindqvist-Obi, senior analyst at Harwell-based Corran Securities, said the central bank had “run out of patience” with lenders.';
    expect(speakerOf(text, 'run out of patience')?.speaker).toBe('Marguerite Lindqvist-Obi');
  });

  it('a possessive organisation after "of" ("X of the Y Tenants’ Union said")', () => {
    const text = 'The rents rose again.\nTobiah Ferrante-Ng of the Lowgate Renters’ Union said the rise was “the third in a year” for most members.';
    expect(speakerOf(text, 'the third in a year')?.speaker).toBe('Tobiah Ferrante-Ng');
  });
});

describe('speakers: a demonym-shaped surname opening a sentence', () => {
  it('speaks for its quote ("Corrigan, who audited the accounts, called them “…”")', () => {
    const text =
      '“I regret every penny,” the former treasurer, Wendell Osprey, told the court.\n' +
      'The losses were found by an outside auditor, Siobhan Corrigan.\n' +
      'Corrigan, who audited the accounts for the board, called them “a shoebox with a spreadsheet on top.”';
    expect(speakerOf(text, 'a shoebox with')?.speaker).toBe('Siobhan Corrigan');
  });
});

describe('speakers: a noun phrase with an article as the subject of a verb of saying', () => {
  it('"what one steward called “…”" is that unnamed person’s, not the last person named', () => {
    const text = 'Marta Obuya, the club’s chair, apologised on Sunday.\nFans queued for three hours at what one steward called “a turnstile with ambitions”, before the gates opened.';
    expect(speakerOf(text, 'a turnstile with ambitions')?.speaker).toBe('one steward');
  });

  it('"The hospice said … that it would “…”" is the hospice’s', () => {
    const text = 'Nurse manager Idris Pellow spoke to staff.\nThe hospice said nothing had been decided and that it would “keep every family informed”.';
    expect(speakerOf(text, 'keep every family informed')?.speaker).toBe('The hospice');
  });

  it('a document still speaks for its issuer, not as itself', () => {
    const text = 'The Harbour Board published its report on Monday.\nThe report said the pier had been “neglected for a decade”.';
    expect(speakerOf(text, 'neglected for a decade')?.speaker).not.toBe('The report');
  });
});

describe('speakers: "according to X" and a clause of its own with a named speaker', () => {
  it('the clause’s own subject speaks ("According to X, …, an idea Y called “…”")', () => {
    const text = 'The budget passed.\nAccording to Councillor Hester Vale, the gap could be closed by selling the depot, a plan Treasurer Jonas Aldrete had called “selling the roof to pay the rent” in May.';
    expect(speakerOf(text, 'selling the roof')?.speaker).toBe('Jonas Aldrete');
  });

  it('"according to X" still gives X the words when no other clause speaks', () => {
    const text = 'The budget passed.\nAccording to Councillor Hester Vale, the depot sale was “the least bad option on the table”.';
    expect(speakerOf(text, 'least bad option')?.speaker).toBe('Hester Vale');
  });
});

describe('speakers: a quote after a sentence whose subject speaks with a verb beyond "say"', () => {
  it('"X also addressed the crews directly. “…”" (same paragraph) is X’s, not the last speaker quoted', () => {
    const text =
      'The Fire Chief, Rosalind Achebe, opened the briefing.\n' +
      'In the words of Mayor Teodor Vasquez-Lind, “the town owes them everything.”\n' +
      'The chief later addressed the night crews in person. “You held the line at Kellow Bridge, and nobody here will forget it.”';
    expect(speakerOf(text, 'You held the line')?.speaker).toBe('Rosalind Achebe');
  });

  it('or in a paragraph of its own after it', () => {
    const text =
      '“We were lucky,” said Mayor Teodor Vasquez-Lind.\n' +
      'Harbourmaster Olwen Treasure spoke to the skippers on the quay.\n' +
      '“Nobody sails until the swell drops.”';
    expect(speakerOf(text, 'Nobody sails')?.speaker).toBe('Olwen Treasure');
  });
});

describe('speakers: words a colon introduces after a document and its author', () => {
  it('are the author’s, not the reader’s ("X quoted a statement from Y, who …: “…”")', () => {
    const text =
      'Councillor Bethan Ilori chaired the meeting.\n' +
      'Ilori said the parish had written twice, and quoted a statement from Ruairi Demetriou-Hale, who farms below the weir: “The water came through the kitchen at two in the morning.”';
    expect(speakerOf(text, 'The water came through')?.speaker).toBe('Ruairi Demetriou-Hale');
  });

  it('not when the clause goes on past the author to a verb of its own', () => {
    const text = 'Councillor Bethan Ilori chaired the meeting.\nAfter a letter from Ruairi Demetriou-Hale, Ilori told the room: “We will fix the weir.”';
    expect(speakerOf(text, 'We will fix the weir')?.speaker).toBe('Bethan Ilori');
  });
});

describe('speakers: a quotation inside another, introduced as someone else’s words', () => {
  const nested = (text: string, words: string) => {
    const quotes = findQuotes(prepareCorpus(articlesFrom({ outlet: `${lead}${text}` })));
    return quotes.filter((quote) => quote.text.includes(words)).map((quote) => ({ speaker: quote.speaker?.name ?? null, nested: quote.nested ?? false }));
  };

  it('"she told me, ‘…’" inside a father’s words is hers: the nearest other person before, listed first', () => {
    const text =
      'Ilse Marrow, 19, was among the students evacuated from the halls.\n' +
      'Her father, Desmond Marrow, drove through the night to fetch her. “She rang at four and she told me, ‘Dad, the corridor is full of smoke.’ I have never driven so fast,” he said.';
    expect(nested(text, 'the corridor is full of smoke')).toEqual([
      { speaker: 'Ilse Marrow', nested: true },
      { speaker: 'Desmond Marrow', nested: false },
    ]);
  });

  it('a name inside the outer words speaks its own quoted words ("Chief Okafor looked at us and said, “…”")', () => {
    const text = '‘We were in the stairwell when Chief Ngozi Okafor looked at us and said, “Everybody out, now,” and we ran,’ said the caretaker, Piotr Lasky.';
    expect(nested(text, 'Everybody out, now')[0]).toEqual({ speaker: 'Ngozi Okafor', nested: true });
  });

  it('words of someone unnamed stay the outer speaker’s report ("a nurse stopped me and said, ‘…’")', () => {
    const text = 'Wards were full.\n“A nurse stopped me in the corridor and said, ‘We have no beds left,’ and I believed her,” said the councillor, Amara Tolliver-Nye.';
    expect(nested(text, 'We have no beds left')).toEqual([{ speaker: 'Amara Tolliver-Nye', nested: false }]);
  });

  it('not "I" of an earlier clause ("When I …, one of them told me, ‘…’")', () => {
    const text = '“When I asked for the file, one of the clerks told me, ‘That is not for you,’ and shut the door,” said Wendell Achterberg-Pike.';
    expect(nested(text, 'That is not for you')).toEqual([{ speaker: 'Wendell Achterberg-Pike', nested: false }]);
  });

  it('quoted words no verb of saying introduces stay the outer speaker’s alone', () => {
    const text = '“They call it ‘a temporary measure’, which is what they called the last one,” said Ruth Akerele.';
    expect(nested(text, 'a temporary measure')).toEqual([{ speaker: 'Ruth Akerele', nested: false }]);
  });
});

describe('speakers: a title line’s bare office after its quote', () => {
  it('"‘…’, county engineer insists" is whoever the article titles so', () => {
    const quotes = findQuotes(prepareCorpus(articlesFrom({ outlet: '‘The bridge will stay open’, county engineer insists\nCounty Engineer Marit Oyelowo told councillors the cracks were cosmetic.\nResidents were not convinced.' })));
    expect(quotes.find((quote) => quote.text.includes('The bridge will stay open'))?.speaker?.name).toBe('Marit Oyelowo');
  });
});
