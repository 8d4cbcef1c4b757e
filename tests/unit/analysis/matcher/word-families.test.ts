import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/lib/analysis/tokens.ts';
import { lowercaseKeys, tokenKey, wordClass, wordFamilies, wordKey } from '../../../../src/lib/analysis/matcher/word-families.ts';

describe('wordClass', () => {
  it.each([
    ['NOUN', 'N'],
    ['PROPN', 'N'],
    ['VERB', 'V'],
    ['ADJ', 'A'],
    ['ADV', 'R'],
    ['DET', null],
    ['NUM', null],
  ])('%s → %s', (tag, expected) => expect(wordClass(tag)).toBe(expected));
});

describe('wordFamilies', () => {
  it.each([
    ['agreement/N', ['agree/V', 'agreement/N'], 'agree/V'],
    ['negotiation/N', ['negotiate/V', 'negotiation/N'], 'negotiate/V'],
    ['mobilization/N', ['mobilize/V', 'mobilization/N'], 'mobilize/V'],
    ['relationship/N', ['relate/V', 'relation/N', 'relationship/N'], 'relate/V'],
    ['temporarily/R', ['temporary/A', 'temporarily/R'], 'temporary/A'],
    ['wounded/A', ['wound/V', 'wounded/A'], 'wound/V'],
    ['security/N', ['secure/A', 'security/N'], 'secure/A'],
  ])('joins %s to its base', (key, keys, family) => expect(wordFamilies(keys).get(key)).toBe(family));

  it.each([
    ['a conversion with no ending', ['issue/V', 'issue/N'], 'issue/N'],
    ['an agent noun', ['prison/N', 'prisoner/N'], 'prisoner/N'],
    ['an adjective in -al from a noun', ['form/N', 'formal/A'], 'formal/A'],
    ['an ending on a base of the wrong class', ['agree/N', 'agreement/N'], 'agreement/N'],
    ['a base too short to trust', ['sing/V', 'singing/N', 'red/A', 'redness/N'], 'redness/N'],
  ])('keeps apart %s', (_, keys, key) => expect(wordFamilies(keys).has(key)).toBe(false));
});

describe('tokenKey and lowercaseKeys', () => {
  it('reads a capitalised word tagged as a name like the same word in lower case elsewhere', () => {
    const tokens = [...tokenize('Strikes Resume Near The Border'), ...tokenize('The strikes resumed.')];
    const lowercase = lowercaseKeys(tokens);
    const strikes = tokens.find((token) => token.text === 'Strikes')!;
    expect(tokenKey(strikes, lowercase)).toBe(wordKey('strike', 'N'));
  });

  it('keys words by lemma and class, and has no key for function words', () => {
    const [the, ministry, issued] = tokenize('The ministry issued');
    expect(tokenKey(the!, new Map())).toBeNull();
    expect(tokenKey(ministry!, new Map())).toBe('ministry/N');
    expect(tokenKey(issued!, new Map())).toBe('issue/V');
  });
});
