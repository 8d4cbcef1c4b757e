import { describe, expect, it } from 'vitest';
import { prepareCorpus } from '../../../src/lib/analysis/corpus.ts';
import { fold, similarName, similarWord, transliterationKey } from '../../../src/lib/analysis/entities.ts';
import { articlesFrom } from '../../helpers/corpus.ts';

describe('resolveEntities (through prepareCorpus)', () => {
  const corpus = prepareCorpus(
    articlesFrom({
      a: 'A Headline About Talks\nUkrainian President Volodymyr Zelenskyy spoke on Monday. Zelenskyy said talks would go on. Donald J. Trump agreed.',
      b: 'President Volodymyr Zelensky met Donald Trump in Rome. Trump praised the European Union and the EU summit. The United States agreed, and the U.S. said so.',
      c: 'Later, Zelenskiy returned to Kyiv while President Trump flew home.',
    }),
  );
  const byName = new Map(corpus.entities.entities.map((entity) => [entity.name, entity]));

  it('joins spellings one letter apart, surname-only mentions and initials into one person', () => {
    const zelensky = byName.get('Volodymyr Zelenskyy')!;
    expect(zelensky.kind).toBe('person');
    expect(new Set(zelensky.variants)).toEqual(new Set(['Volodymyr Zelenskyy', 'Zelenskyy', 'Volodymyr Zelensky', 'Zelenskiy']));
    expect(zelensky.articleIds).toEqual(['a', 'b', 'c']);
    const trump = byName.get('Donald Trump')!;
    expect(new Set(trump.variants)).toEqual(new Set(['Donald J. Trump', 'Donald Trump', 'Trump']));
    expect(trump.titles).toContain('President');
  });

  it('joins acronyms to the names whose initials they are', () => {
    expect(byName.get('European Union')!.variants.sort()).toEqual(['EU', 'European Union']);
    expect(byName.get('United States')?.variants.sort() ?? byName.get('U.S.')!.variants.sort()).toEqual(['U.S.', 'United States']);
  });

  it('finds an entity by any of its names', () => {
    expect(corpus.entities.lookup('Zelensky')?.name).toBe('Volodymyr Zelenskyy');
    expect(corpus.entities.lookup('the European Union')?.name).toBe('European Union');
    expect(corpus.entities.lookup('Nobody Here')).toBeUndefined();
  });

  it('does not make a name of a capitalised word that opens a sentence', () => {
    expect(byName.has('Later')).toBe(false);
  });
});

describe('resolveEntities: people whose given name no lexicon knows', () => {
  const corpus = prepareCorpus(
    articlesFrom({
      a: 'A Headline About Schools\nIts general secretary, Corin Maddox, said the vote was won. “We will be back,” Ms Maddox said.\nPriyanka Solberg, who leads a school, said posts were cut. Tarsel Quong, 43, said so too. Varden Hollow Works said nothing.',
    }),
  );
  const entityOf = (variant: string) => corpus.entities.entities.find((entity) => entity.variants.includes(variant));

  it('joins a family name with an honorific to the full name it ends, and makes it a person', () => {
    expect(entityOf('Maddox')).toBe(entityOf('Corin Maddox'));
    expect(entityOf('Corin Maddox')?.kind).toBe('person');
  });

  it('reads "X, who …" and "X, 43," as people', () => {
    expect(entityOf('Priyanka Solberg')?.kind).toBe('person');
    expect(entityOf('Tarsel Quong')?.kind).toBe('person');
    expect(entityOf('Varden Hollow Works')?.kind).not.toBe('person');
  });
});

describe('resolveEntities: honorifics and transliterations', () => {
  const corpus = prepareCorpus(
    articlesFrom({
      a: 'A Headline About Talks\nRuritanian President Ivan Petrov met Aleksandr Lebedko and Dmitry Sokol on Monday. Sergei Ivashchov watched.',
      b: 'Mr Petrov and Alexander Lebedko spoke. Even Mr Petrov smiled. Dmitri Sokol and Sergey Ivashov agreed. Ms Lopez and Mrs. Maria Lopez came.',
      c: 'Later, Alexei Lebedko, a cousin, and Olga Sokolova arrived.',
    }),
  );
  const entityOf = (variant: string) => corpus.entities.entities.find((entity) => entity.variants.includes(variant));

  it.each([
    ['Petrov', 'Ivan Petrov'],
    ['Alexander Lebedko', 'Aleksandr Lebedko'],
    ['Dmitri Sokol', 'Dmitry Sokol'],
    ['Sergey Ivashov', 'Sergei Ivashchov'],
    ['Lopez', 'Maria Lopez'],
  ])('%s is %s', (variant, name) => {
    expect(entityOf(variant)).toBeDefined();
    expect(entityOf(variant)).toBe(entityOf(name));
  });

  it('never makes an honorific part of a name', () => {
    expect(corpus.entities.entities.flatMap((entity) => entity.variants).filter((variant) => /^(?:Mr|Mrs|Ms|Dr|Even)\b/.test(variant))).toEqual([]);
  });

  it.each([
    ['Alexei Lebedko', 'Aleksandr Lebedko', 'different given names'],
    ['Olga Sokolova', 'Dmitry Sokol', 'family names three letters apart'],
  ])('keeps %s apart from %s (%s)', (a, b) => {
    expect(entityOf(a)).toBeDefined();
    expect(entityOf(a)).not.toBe(entityOf(b));
  });
});

describe('transliterationKey and similarName', () => {
  it.each([
    ['Aleksandr', 'aleksandr'],
    ['Alexander', 'aleksander'],
    ['Dmitry', 'dmitri'],
    ['Zelenskyy', 'zelenski'],
    ['Wolkow', 'volkov'],
  ])('%s → %s', (name, key) => expect(transliterationKey(name)).toBe(key));

  it.each([
    ['aleksandr', 'alexander', true],
    ['dmitry', 'dmitri', true],
    ['volodymyr', 'volodimir', true],
    ['ivashov', 'ivashchov', true],
    ['harris', 'morris', false],
    ['trump', 'truss', false],
    ['sokol', 'sokolova', false],
  ])('%s ~ %s: %s', (a, b, expected) => expect(similarName(a, b)).toBe(expected));
});

describe('fold', () => {
  it.each([
    ['Evrim Ağacı', 'evrim agaci'],
    ['  Zelenskyy ', 'zelenskyy'],
    ['Café  Müller', 'cafe muller'],
  ])('%s → %s', (input, expected) => expect(fold(input)).toBe(expected));
});

describe('similarWord', () => {
  it.each([
    ['zelensky', 'zelenskyy', true],
    ['zelenskiy', 'zelenskyy', true],
    ['volodymyr', 'volodimyr', true],
    ['volodymyr', 'volodimir', false],
    ['trump', 'trump', true],
    ['trump', 'truss', false],
    ['putin', 'puting', true],
    ['abc', 'abd', false],
    ['markov', 'marko', true],
  ])('%s ~ %s: %s', (a, b, expected) => expect(similarWord(a, b)).toBe(expected));
});

describe('entities: a surname opening with a name particle joins the full name', () => {
  it.each([
    ['Pieter van der Berg', 'Van der Berg'],
    ['Elsa de la Fuente', 'de la Fuente'],
    ['Karim al-Sayegh', 'al-Sayegh'],
  ])('%s … %s', (full, surname) => {
    const corpus = prepareCorpus(articlesFrom({ outlet: `A Headline For The Story\n${full}, who runs the yard, spoke on Monday.\nLater ${surname} said it again.` }));
    const names = corpus.entities.entities.filter((entity) => entity.variants.includes(surname)).map((entity) => entity.name);
    expect(names).toEqual([full]);
  });

  it('reads a capitalised given name as one ("Al Gore" is no surname alone)', () => {
    const corpus = prepareCorpus(articlesFrom({ outlet: 'A Headline For The Story\nAl Gore, who spoke first, left early.\nGore said so.' }));
    expect(corpus.entities.entities.find((entity) => entity.variants.includes('Gore'))?.name).toBe('Al Gore');
  });
});

describe('resolveEntities: a surname alone after an unclassified full name', () => {
  it('joins "Treharne" opening a sentence to "Ossian Treharne" named before', async () => {
    const { prepareCorpus } = await import('../../../src/lib/analysis/corpus.ts');
    const { articlesFrom } = await import('../../helpers/corpus.ts');
    const corpus = prepareCorpus(articlesFrom({ outlet: 'A Headline For The Story\nOssian Treharne ran the appeal.\nTreharne, whose mother was treated there, spoke last.' }));
    const sentences = corpus.byArticle.get('outlet')!;
    const lone = sentences.at(-1)!;
    const mention = lone.mentions.find((candidate) => candidate.name === 'Treharne')!;
    expect(corpus.entities.entityOf({ sentenceId: lone.id, mention })?.name).toBe('Ossian Treharne');
  });
});
