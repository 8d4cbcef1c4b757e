import { describe, expect, it } from 'vitest';
import { distinctOutletNames } from '../../../src/lib/view/outlet-names.ts';

const article = (id: string, outletLabel: string, sourceFile = `${id}.txt`) => ({ id, outletLabel, sourceFile });

describe('distinctOutletNames', () => {
  it('keeps labels no other article shares', () => {
    expect([...distinctOutletNames([article('a', 'Alpha'), article('b', 'Outlet unknown')])]).toEqual([
      ['a', 'Alpha'],
      ['b', 'Outlet unknown'],
    ]);
  });

  it('tells articles sharing a label apart by their files, never by guessing an outlet', () => {
    const names = distinctOutletNames([article('x', 'Outlet unknown', 'b.txt'), article('a', 'Alpha'), article('y', 'Outlet unknown', 'a.txt'), article('z', 'Alpha', 'c.txt')]);
    expect(Object.fromEntries(names)).toEqual({
      x: 'Outlet unknown (file b.txt)',
      a: 'Alpha (file a.txt)',
      y: 'Outlet unknown (file a.txt)',
      z: 'Alpha (file c.txt)',
    });
    expect(new Set(names.values()).size).toBe(4);
  });

  it('stays unique even when a label already reads like a disambiguated one', () => {
    const names = distinctOutletNames([article('a', 'X', 'f.txt'), article('b', 'X', 'f.txt'), article('c', 'X (file f.txt)', 'g.txt')]);
    expect(new Set(names.values()).size).toBe(3);
  });

  it('leaves labels the ingest already made distinct as they are', () => {
    const labels = ['Outlet unknown (file a.txt)', 'Outlet unknown (file b.txt)'];
    expect([...distinctOutletNames(labels.map((label, at) => article(`id${at}`, label))).values()]).toEqual(labels);
  });
});
