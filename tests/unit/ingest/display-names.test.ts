import { describe, expect, it } from 'vitest';
import { distinctDisplayNames } from '../../../src/lib/ingest/display-names.ts';

const article = (sourceFile: string, outletLabel: string, title: string) => ({ sourceFile, outletLabel, title });

describe('distinctDisplayNames', () => {
  it.each([
    {
      name: 'leaves names no other article shares as they are',
      input: [article('a.txt', 'Outlet unknown', 'One'), article('b.txt', 'Daily Example', 'Two')],
      expected: [article('a.txt', 'Outlet unknown', 'One'), article('b.txt', 'Daily Example', 'Two')],
    },
    {
      name: 'tells two unknown outlets apart by file, never by a guess',
      input: [article('b.txt', 'Outlet unknown', 'Second headline'), article('a.txt', 'Outlet unknown', 'First headline')],
      expected: [
        article('b.txt', 'Outlet unknown (file b.txt)', 'Second headline'),
        article('a.txt', 'Outlet unknown (file a.txt)', 'First headline'),
      ],
    },
    {
      name: 'tells two articles of one outlet apart',
      input: [article('a.txt', 'Daily Example', 'One'), article('b.txt', 'Daily Example', 'Two')],
      expected: [article('a.txt', 'Daily Example (file a.txt)', 'One'), article('b.txt', 'Daily Example (file b.txt)', 'Two')],
    },
    {
      name: 'puts the file inside a title that ends in a parenthesis',
      input: [
        article('a.txt', 'Outlet unknown', 'Article from an unknown outlet (no headline in the file)'),
        article('b.txt', 'Outlet unknown', 'Article from an unknown outlet (no headline in the file)'),
      ],
      expected: [
        article('a.txt', 'Outlet unknown (file a.txt)', 'Article from an unknown outlet (no headline in the file: a.txt)'),
        article('b.txt', 'Outlet unknown (file b.txt)', 'Article from an unknown outlet (no headline in the file: b.txt)'),
      ],
    },
    {
      name: 'numbers a name that a disambiguated one already took',
      input: [article('a.txt', 'X (file b.txt)', '1'), article('b.txt', 'X', '2'), article('c.txt', 'X', '3')],
      expected: [article('a.txt', 'X (file b.txt)', '1'), article('b.txt', 'X (file b.txt) 2', '2'), article('c.txt', 'X (file c.txt)', '3')],
    },
  ])('$name', ({ input, expected }) => {
    const result = distinctDisplayNames(input);
    expect(result).toEqual(expected);
    expect(new Set(result.map((entry) => entry.outletLabel)).size).toBe(result.length);
  });
});
