import { describe, expect, it } from 'vitest';
import { quotesPageSchema } from '../../../src/lib/schemas/view/quotes.ts';
import { quotesPage, UNSTATED_SPEAKER } from '../../../src/lib/view/quotes-page.ts';
import { fixtureIndex } from './fixture.ts';

const view = quotesPageSchema.parse(quotesPage(fixtureIndex()));

describe('quotesPage', () => {
  it('counts quotes and quoted words per speaker and outlet, unstated speakers last', () => {
    expect(view.speakers.map((row) => [row.name, row.named, row.cells.map((cell) => `${cell.quotes}/${cell.words}`).join(' ')])).toEqual([
      ['Ann Mayor', true, '1/3 1/4 0/0'],
      [UNSTATED_SPEAKER, false, '0/0 0/0 1/3'],
    ]);
    expect(view.totals.map((cell) => cell.quotes)).toEqual([1, 1, 1]);
    expect(view.speakers.map((row) => row.byEditor)).toEqual([1, 0]);
  });

  it('shows each shared quotation against its longest version', () => {
    expect(view.groups).toHaveLength(1);
    const [group] = view.groups;
    expect(group!.reference).toMatchObject({ text: 'We are very pleased', outlet: { label: 'Beta News' }, sentence: { href: '/sub/articles/beta/#s-b00003' } });
    expect(group!.outlets).toEqual(['Alpha Daily', 'Beta News']);
    expect(group!.variants.map((variant) => [variant.outlet.label, variant.text, variant.similarity])).toEqual([['Alpha Daily', 'We are pleased', 0.857]]);
  });

  it('marks where an editor set a quote’s speaker', () => {
    const [group] = view.groups;
    expect([group!.speakerByEditor, group!.reference.speakerByEditor, group!.variants[0]!.speakerByEditor]).toEqual([true, true, false]);
    expect(group!.reference.speaker).toBe('Ann Mayor');
  });
});
