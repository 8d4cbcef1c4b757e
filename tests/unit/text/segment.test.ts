import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/lib/text/segment.ts';

const texts = (input: string) => segmentSentences(input).map((sentence) => sentence.text);

describe('segmentSentences', () => {
  it.each([
    {
      name: 'abbreviations with inner periods',
      input: 'The U.S. and Russia agreed. Dr. Smith left at 3.5 p.m. on Tuesday.',
      expected: ['The U.S. and Russia agreed.', 'Dr. Smith left at 3.5 p.m. on Tuesday.'],
    },
    {
      name: 'decimals and currency',
      input: 'It cost $1.5 billion. Growth was 2.25 percent.',
      expected: ['It cost $1.5 billion.', 'Growth was 2.25 percent.'],
    },
    {
      name: 'titles and month abbreviations',
      input: 'Gen. Smith met Sen. Jones on Jan. 5. They talked.',
      expected: ['Gen. Smith met Sen. Jones on Jan. 5.', 'They talked.'],
    },
    {
      name: 'a quote spanning two sentences, closed by its speaker',
      input: '“We will win. They will lose,” she said. Then she left.',
      expected: ['“We will win.', 'They will lose,” she said.', 'Then she left.'],
    },
    {
      name: 'closing quote after the period stays with its sentence',
      input: 'He called it “manipulative.” Nobody replied.',
      expected: ['He called it “manipulative.”', 'Nobody replied.'],
    },
    {
      name: 'a quoted question closed by a short speech tag',
      input: '"Is it realistic? Are we going to drive them off every inch?" the adviser asked. He paused.',
      expected: ['"Is it realistic?', 'Are we going to drive them off every inch?" the adviser asked.', 'He paused.'],
    },
    {
      name: 'an ellipsis followed by lowercase continues the sentence',
      input: '“Thousands are being killed... it must end NOW,” he posted.',
      expected: ['“Thousands are being killed... it must end NOW,” he posted.'],
    },
    {
      name: 'an ellipsis inside a closing quote',
      input: '“Talks were hard...” was noted by the spokesman. He left.',
      expected: ['“Talks were hard...” was noted by the spokesman.', 'He left.'],
    },
    {
      name: 'a bare domain is not three sentences',
      input: 'We are not the same. pic.twitter.com/pYz1pWPAsM',
      expected: ['We are not the same. pic.twitter.com/pYz1pWPAsM'],
    },
    { name: 'a line without final punctuation', input: 'Zelenskyy skeptical', expected: ['Zelenskyy skeptical'] },
    { name: 'punctuation only', input: '—', expected: ['—'] },
    { name: 'surrounding space is not part of a sentence', input: '  One.  Two.  ', expected: ['One.', 'Two.'] },
    { name: 'empty text', input: '', expected: [] },
    { name: 'whitespace only', input: ' \n\t ', expected: [] },
  ])('$name', ({ input, expected }) => {
    expect(texts(input)).toEqual(expected);
  });

  describe('abbreviations and figures', () => {
    it.each([
      { name: 'a month', input: 'The vote is on Jan. 12 at the hall. It starts late.', expected: ['The vote is on Jan. 12 at the hall.', 'It starts late.'] },
      { name: 'Sept. and a year', input: 'The firm moved in Sept. 2019 to a new site.', expected: ['The firm moved in Sept. 2019 to a new site.'] },
      { name: 'honorifics and ranks before names', input: 'Mr. Dole, Gov. Ruiz, Sen. Ames and Rep. Kerr met Dr. Lind.', expected: ['Mr. Dole, Gov. Ruiz, Sen. Ames and Rep. Kerr met Dr. Lind.'] },
      { name: 'a saint in a place name', input: "They met at St. Anne's Hall on Friday.", expected: ["They met at St. Anne's Hall on Friday."] },
      { name: '"No." before a number', input: 'Room No. 5 was empty.', expected: ['Room No. 5 was empty.'] },
      { name: 'company suffixes', input: 'Harwick Partners Inc. said profits rose and Dunmore Ltd. agreed.', expected: ['Harwick Partners Inc. said profits rose and Dunmore Ltd. agreed.'] },
      { name: 'U.S. inside a sentence', input: 'The U.S. grant was paid.', expected: ['The U.S. grant was paid.'] },
      { name: 'a time of day inside a sentence', input: 'They met at 9 a.m. on Monday and at 5 p.m. Tuesday.', expected: ['They met at 9 a.m. on Monday and at 5 p.m. Tuesday.'] },
      { name: 'a time zone after the time', input: 'It closes at 6 p.m. Eastern time tonight.', expected: ['It closes at 6 p.m. Eastern time tonight.'] },
      { name: 'money in millions ending a sentence', input: 'The work is expected to cost $4.2m. A $3m state grant covers most of it.', expected: ['The work is expected to cost $4.2m.', 'A $3m state grant covers most of it.'] },
      { name: 'pounds and thousands ending sentences', input: 'The fee was £2.4k. Some paid £11m. Others paid nothing.', expected: ['The fee was £2.4k.', 'Some paid £11m.', 'Others paid nothing.'] },
      { name: 'p.m. ending a sentence', input: 'The bridge will close at 6 p.m. The council will meet next week.', expected: ['The bridge will close at 6 p.m.', 'The council will meet next week.'] },
      { name: 'a.m. ending a sentence', input: 'The bus left at 6 a.m. Passengers waited.', expected: ['The bus left at 6 a.m.', 'Passengers waited.'] },
      { name: '"no." ending a sentence', input: 'The board said no. Nobody asked why.', expected: ['The board said no.', 'Nobody asked why.'] },
      { name: 'a sentence opening with a guillemet or a low mark', input: 'It was late. «Nous partons», dit-elle. „Wir bleiben“, sagte er.', expected: ['It was late.', '«Nous partons», dit-elle.', '„Wir bleiben“, sagte er.'] },
    ])('$name', ({ input, expected }) => {
      expect(texts(input)).toEqual(expected);
    });
  });

  it('reports offsets that slice back to each sentence', () => {
    const input = 'First one. “Second, quoted.” Third?';
    for (const sentence of segmentSentences(input)) {
      expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('puts every non-space character in exactly one sentence, in order (property)', () => {
    const alphabet = fc.constantFrom(...'aB .?!…"“”‘’\'()—-:;,0123456789\nU.S.Dr.'.split(''), 'U.S.', 'Mr.', '...', ' said.', ' 6 p.m. ', ' $4.2m. ', '«', '»', '„', ' no. ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((parts) => parts.join('')), (input) => {
        const sentences = segmentSentences(input);
        let cursor = 0;
        for (const sentence of sentences) {
          expect(sentence.start).toBeGreaterThanOrEqual(cursor);
          expect(input.slice(cursor, sentence.start).trim()).toBe('');
          expect(sentence.text).toBe(sentence.text.trim());
          expect(sentence.text.length).toBeGreaterThan(0);
          cursor = sentence.end;
        }
        expect(input.slice(cursor).trim()).toBe('');
      }),
      { numRuns: 500 },
    );
  });
});

describe('segmentSentences: an abbreviated honorific before a name', () => {
  it('ends no sentence ("said Rev. …", "by Sen. …")', () => {
    expect(texts('“We will stay,” said Rev. Ottoline Marsh, the vicar of St Bride’s. “The bells ring on Sunday.”')).toEqual([
      '“We will stay,” said Rev. Ottoline Marsh, the vicar of St Bride’s.',
      '“The bells ring on Sunday.”',
    ]);
    expect(texts('The motion was seconded by Sen. Harlan Okoro and passed. Nobody objected.')).toEqual(['The motion was seconded by Sen. Harlan Okoro and passed.', 'Nobody objected.']);
  });
});
