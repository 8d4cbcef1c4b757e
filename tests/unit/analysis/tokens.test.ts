import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/lib/analysis/tokens.ts';
import { itsHelper, nlp } from '../../../src/lib/text/nlp.ts';

describe('tokenize', () => {
  it('keeps offsets exact, with lemmas, stems, tags and stop words', () => {
    const text = 'The  U.S.-Russia relations “improved,” he said… pic.twitter.com/x';
    const tokens = tokenize(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    const relations = tokens.find((token) => token.text === 'relations')!;
    expect(relations).toMatchObject({ lemma: 'relation', stem: 'relat', pos: 'NOUN', stop: false, type: 'word' });
    expect(tokens.find((token) => token.text === 'The')!.stop).toBe(true);
  });
});

describe('itsHelper', () => {
  it('passes wink-nlp helpers through unchanged', () => {
    const { its } = nlp();
    expect(itsHelper(its.lemma)).toBe(its.lemma);
    expect(nlp().readDoc('running dogs').tokens().out(itsHelper(its.lemma))).toEqual(['run', 'dog']);
  });
});

describe('tokenize: words with letters beyond Latin-1', () => {
  it('keeps a word with Central European diacritics whole ("Dvořák", "Łukasz", "Šimić"), offsets exact', () => {
    const text = 'Łukasz Dvořák, the ferry operator, met Željka Šimić in Brno.';
    const tokens = tokenize(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.map((token) => token.text)).toEqual(['Łukasz', 'Dvořák', ',', 'the', 'ferry', 'operator', ',', 'met', 'Željka', 'Šimić', 'in', 'Brno', '.']);
    expect(tokens.find((token) => token.text === 'Dvořák')!.pos).toBe('PROPN');
  });

  it('leaves words wink-nlp splits for grammar as they are ("cannot", "don’t")', () => {
    expect(tokenize('They cannot say, and don’t.').map((token) => token.text)).toEqual(['They', 'can', 'not', 'say', ',', 'and', 'do', 'n’t', '.']);
  });
});
