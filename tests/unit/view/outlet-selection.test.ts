import { describe, expect, it } from 'vitest';
import { outletSelectionSearch, parseOutletSelection, rowVisible } from '../../../src/lib/view/outlet-selection.ts';

const all = ['a', 'b', 'c', 'd'];

describe('parseOutletSelection', () => {
  it.each([
    ['', all],
    ['?outlets=b,a', ['a', 'b']],
    ['?outlets=a,zzz,c,c', ['a', 'c']],
    ['?outlets=a', all],
    ['?outlets=', all],
    ['?x=1&outlets=d%2Cc', ['c', 'd']],
  ])('%s → %j', (search, expected) => expect(parseOutletSelection(search, all)).toEqual(expected));
});

describe('outletSelectionSearch', () => {
  it.each([
    ['', ['a', 'b'], '?outlets=a,b'],
    ['', ['c', 'a'], '?outlets=a,c'],
    ['?outlets=a,b', all, ''],
    ['?x=1', ['b', 'd'], '?x=1&outlets=b,d'],
    ['?x=1&outlets=a,b', all, '?x=1'],
    ['', ['a'], ''],
  ])('%s + %j → %s', (search, chosen, expected) => expect(outletSelectionSearch(search, chosen, all)).toBe(expected));

  it('round-trips through parseOutletSelection', () => {
    expect(parseOutletSelection(outletSelectionSearch('', ['b', 'd'], all), all)).toEqual(['b', 'd']);
  });
});

describe('rowVisible', () => {
  it('shows a row while a chosen outlet reports it', () => {
    expect(rowVisible(['a', 'c'], ['c', 'd'])).toBe(true);
    expect(rowVisible(['a'], ['c', 'd'])).toBe(false);
  });
});
