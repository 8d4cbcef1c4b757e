import { describe, expect, it } from 'vitest';
import { prepareCorpus } from '../../../../src/lib/analysis/corpus.ts';
import { findQuotes } from '../../../../src/lib/analysis/quotes/quotes.ts';
import { articlesFrom } from '../../../helpers/corpus.ts';

// Round 4: rules found on full-length articles in six house styles (wire, British feature, court report,
// sports report, political story, local feature). Each test uses its own invented text.

const lead = 'A Headline For The Story\n';

const speakerOf = (text: string, words: string) => {
  const quotes = findQuotes(prepareCorpus(articlesFrom({ outlet: `${lead}${text}` })));
  const quote = quotes.find((candidate) => candidate.text.includes(words));
  return quote && { speaker: quote.speaker?.name ?? null, kind: quote.speaker?.kind ?? null, method: quote.speakerMethod };
};

describe('speakers round 4: people named by a given name or a relation', () => {
  it('reads a given name alone before a verb of saying as a person, whom a later "she" means', () => {
    const text = 'The café opened in 1990.\n“We never closed once,” Martha says.\n“Not even in the floods,” she says.';
    expect(speakerOf(text, 'Not even in the floods')).toMatchObject({ speaker: 'Martha', kind: 'person' });
  });

  it('reads a name after a kinship noun and a comma as a person', () => {
    const text = 'Dana Ruiz runs the farm.\nHer nephew, Olek, who lives in the city, is less sure. “It will not last,” he says.';
    expect(speakerOf(text, 'It will not last')).toMatchObject({ speaker: 'Olek', kind: 'person' });
  });

  it('gives "Mrs" and a shared surname to the relative whose given name is a woman’s', () => {
    const text = 'Thomas Reed, 30, died at the scene.\nHis mother, Ellen Reed, sat in the gallery.\nMrs Reed said her son had been “a gentle man”.';
    expect(speakerOf(text, 'a gentle man')?.speaker).toBe('Ellen Reed');
  });
});

describe('speakers round 4: titles', () => {
  it('reads "Cllr" as an honorific, so the councillor is a person "she" can mean', () => {
    const text = 'Dr Ravi Sen spoke first. “The figures are wrong,” he says.\nCllr Alys Penhale rejects that.\n“The road is needed,” she says.';
    expect(speakerOf(text, 'The road is needed')?.speaker).toBe('Alys Penhale');
  });

  it('gives "the lieutenant governor" to the person titled "Lt. Gov."', () => {
    const text = 'Lt. Gov. Nora Feld chairs the panel. Gov. Paul Grady was away.\n“We vote next week,” the lieutenant governor said.';
    expect(speakerOf(text, 'We vote next week')?.speaker).toBe('Nora Feld');
  });

  it('gives "the judge" to the person titled Judge', () => {
    const text = 'Judge Amara Olu heard the case. The defendant, Carl Venn, denied the charge.\n“You will be sentenced on Friday,” the judge said.';
    expect(speakerOf(text, 'sentenced on Friday')?.speaker).toBe('Amara Olu');
  });

  it('ends "Sen. X Y of Place" before "of", so the surname alone later is the senator', () => {
    const text = 'Sen. Howard Pike of Dunmore voted no.\n“It fails our farmers,” Pike said.';
    expect(speakerOf(text, 'It fails our farmers')).toMatchObject({ speaker: 'Howard Pike', kind: 'person' });
  });

  it('keeps a double surname whole when its second half is an ordinary word', () => {
    const text = 'Gov. Tomas Reyes-Ford visited the dam.\n“We will appeal,” Reyes-Ford said.';
    expect(speakerOf(text, 'We will appeal')?.speaker).toBe('Tomas Reyes-Ford');
  });
});

describe('speakers round 4: pronouns and descriptors', () => {
  it('lets "she" reach back over sentences that name nobody', () => {
    const text = 'Mara Voss took over the mill in 2019.\nThe roof leaks. The road floods every winter. The grant ran out in May. The bank wants a plan.\n“It will work,” she says.';
    expect(speakerOf(text, 'It will work')?.speaker).toBe('Mara Voss');
  });

  it('still prefers someone in the last few sentences to a person further back', () => {
    const text =
      'Sigrid Holm works on the line. “We are worried,” she said.\nThe plant opened in 1950. It employs 190 people. The pool is heated by it.\nThe council’s leader, Ola Berg, said talks had begun. “We are not giving up,” he said.';
    expect(speakerOf(text, 'not giving up')?.speaker).toBe('Ola Berg');
  });

  it('does not give a tag’s pronoun to a name inside the quotation', () => {
    const text = 'Defence counsel Peter Lund spoke last.\n“Ms Hale never saw the report, and Mr Dorn never sent it,” he said.';
    expect(speakerOf(text, 'never saw the report')?.speaker).toBe('Peter Lund');
  });

  it('reads "said the 19-year-old" as the person last named', () => {
    const text = 'Kofi Mensah, who joined in January, scored twice after the break, both from crosses by Ian Platt.\n“I was lucky,” said the 19-year-old.';
    expect(speakerOf(text, 'I was lucky')?.speaker).toBe('Kofi Mensah');
    expect(speakerOf(text.replace('said the 19-year-old', 'the 19-year-old said'), 'I was lucky')?.speaker).toBe('Kofi Mensah');
  });
});

describe('speakers round 4: an action, then the words', () => {
  it('gives an untagged quote to the person whose action the sentence before it in the paragraph tells', () => {
    const text = '“We saw nothing,” said Mia Lund.\nHer brother, Arlo Vance, shook his head. “That is not what happened.”';
    expect(speakerOf(text, 'not what happened')?.speaker).toBe('Arlo Vance');
  });

  it('leaves it to the speaker before when that sentence names nobody as its subject', () => {
    const text = '“We saw nothing,” said Mia Lund.\nThe room went quiet. “That is not what happened.”';
    expect(speakerOf(text, 'not what happened')?.speaker).toBe('Mia Lund');
  });
});

describe('speakers round 4: speakers named after the quote, and authors of documents', () => {
  it('takes the name an unnamed speaker gave ("who gave his name only as X")', () => {
    const text = 'The market reopened on Saturday.\n“Best pies in town,” said a man in the queue, who gave his name only as Anselm.';
    expect(speakerOf(text, 'Best pies in town')).toMatchObject({ speaker: 'Anselm', kind: 'person' });
  });

  it('gives a quote that opens a feature to the person the next sentence points back to', () => {
    const text = '“Bread is patience.”\nThat is how Ilse Brandt describes the trade she learned from her father.';
    expect(speakerOf(text, 'Bread is patience')?.speaker).toBe('Ilse Brandt');
  });

  it('gives "the email … said:" to whoever the sentence before says emailed', () => {
    const text = 'The tribunal heard that a foreman, Rui Costa, had emailed the owner in March.\nThe email, which was shown to the panel, said: “The scaffold is loose.”';
    expect(speakerOf(text, 'The scaffold is loose')?.speaker).toBe('Rui Costa');
  });

  it('gives "according to a union analysis seen by X" to the union, not to whoever saw it', () => {
    const text = 'Talks broke down on Monday.\nJobs would fall by “a third or more”, according to a union analysis seen by the Courier.';
    expect(speakerOf(text, 'a third or more')?.speaker).toBe('the union');
  });
});
