import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standsAloneLine } from '../../../../src/lib/ingest/parse-article.ts';
import { isHardWrapped, unwrapText } from '../../../../src/lib/ingest/text/wrapped-text.ts';
import { isEnglishWord } from '../../../../src/lib/text/word-list.ts';

const unwrap = (text: string) => unwrapText(text, standsAloneLine);

/** An invented page of print: a running header, wrapped lines, hyphenation, a footnote and page numbers. */
const PRINT = [
  'THE QUAYSIDE GAZETTE  Monday, 3 March 2025',
  'The harbour board approved a new toll for cargo ves-',
  'sels on Monday, after a year of talks with the pilots’',
  'union about dredging the outer channel.¹',
  'The chairman, Olu Brandt, called it “a fair price for a',
  'deeper harbour” and said the first ships would pay from',
  'the start of April.',
  'Critics said the toll would fall hardest on small inde-',
  'pendent operators and on the island ferries.',
  'THE QUAYSIDE GAZETTE  Monday, 3 March 2025',
  '7',
  'The board said ferries would be exempt for a year. A',
  'cross-subsidy from the larger lines was also agreed in',
  'principle, with a review at the end of a long-',
  'term trial.',
  '¹ Dredging costs rose by a third in two years.',
  '8',
].join('\n');

describe('isHardWrapped', () => {
  it('finds text whose lines stop in mid-sentence and go on below', () => {
    expect(isHardWrapped(PRINT)).toBe(true);
  });

  it('leaves text with one paragraph per line alone, titles and list items included', () => {
    const text = [
      'Harbour toll approved after year of talks',
      'The harbour board approved a new toll for cargo vessels on Monday.',
      '- Cargo ships pay from April according to the board',
      '- Island ferries are exempt for a year under the plan',
      'The chairman called it a fair price for a deeper harbour.',
      'Critics said the toll would fall hardest on small operators.',
    ].join('\n');
    expect(isHardWrapped(text)).toBe(false);
  });
});

describe('unwrapText', () => {
  const result = unwrap(PRINT);
  const lines = result.text.split('\n');

  it('joins the lines of each paragraph into one', () => {
    expect(lines).toContain(
      'The harbour board approved a new toll for cargo vessels on Monday, after a year of talks with the pilots’ union about dredging the outer channel.¹',
    );
    expect(lines).toContain('The chairman, Olu Brandt, called it “a fair price for a deeper harbour” and said the first ships would pay from the start of April.');
  });

  it('re-joins a word hyphenated across a line break when the joined word is a word, and keeps a real hyphen', () => {
    expect(result.text).toContain('small independent operators');
    expect(result.text).toContain('a long-term trial');
    expect(result.hyphenated).toEqual([
      { joined: 'vessels', keptHyphen: false },
      { joined: 'independent', keptHyphen: false },
      { joined: 'long-term', keptHyphen: true },
    ]);
  });

  it('takes the text’s own words before the word list (names are not in it)', () => {
    const text = 'Ferries will sail from Calder-\nholm again, and the pier at\nCalderholm is to be rebuilt by the spring of next year with\nmoney from the port authority and the regional council too.';
    expect(isEnglishWord('calderholm')).toBe(false);
    expect(unwrap(text).text).toContain('from Calderholm again');
  });

  it('keeps the hyphen when the text writes the compound with it elsewhere', () => {
    const text = 'The well-known pier, a land-\nmark of the town, is a well-\nknown sight to every visitor who comes by sea or by road to the island.';
    const read = unwrap(text);
    expect(read.text).toContain('a well-known sight');
    expect(read.text).toContain('a landmark of the town');
  });

  it('joins a name broken by the line, which no word list knows, but keeps a compound of two words', () => {
    const text = 'The harbour master, Ines Hal-\nvorsen, said the long-\nterm plan for the channel would be published with the new toll at the end of the year.';
    const read = unwrap(text);
    expect(read.text).toContain('Ines Halvorsen, said the long-term plan');
  });

  it('keeps indented numbered items apart, as flush ones are (a text browser’s list of references)', () => {
    const text = 'The harbour board approved a new toll for cargo vessels on\nMonday after a year of talks with the pilots and the\nunion about the cost of dredging the channel.\n\nReferences\n\n   1. https://quayside.example/news/toll#main\n   2. https://quayside.example/\n  10. https://quayside.example/contact';
    const lines = unwrap(text).text.split('\n');
    expect(lines.slice(-3).map((line) => line.trim())).toEqual(['1. https://quayside.example/news/toll#main', '2. https://quayside.example/', '10. https://quayside.example/contact']);
  });

  it('never joins e-mail header lines', () => {
    const text = 'From: The Quayside Gazette <news@quayside.example>\nSubject: Toll approved after a year of talks with the pilots\nThe harbour board approved a new toll for cargo vessels on\nMonday after a year of talks with the pilots and the\nunion about the cost of dredging the channel.';
    const lines = unwrap(text).text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['From: The Quayside Gazette <news@quayside.example>', 'Subject: Toll approved after a year of talks with the pilots']);
  });

  it('keeps the hyphen of a compound whose second part is capitalised, with no space', () => {
    const text = 'The ferry company signed a new Anglo-\nDutch agreement on Monday that covers the crossing to the islands and\nthe harbour dues of the next five years, the company said in a statement.';
    expect(unwrap(text).text).toContain('a new Anglo-Dutch agreement');
  });

  it('sets running headers and page numbers apart as page furniture, after the paragraph they interrupt', () => {
    expect(result.lineKinds.get('THE QUAYSIDE GAZETTE  Monday, 3 March 2025')).toBe('page');
    expect(result.lineKinds.get('7')).toBe('page');
    expect(result.lineKinds.get('8')).toBe('page');
  });

  it('sets a footnote apart when the text uses its marker', () => {
    expect(result.lineKinds.get('¹ Dredging costs rose by a third in two years.')).toBe('footnote');
    const unused = unwrap(PRINT.replace('channel.¹', 'channel.'));
    expect(unused.lineKinds.has('¹ Dredging costs rose by a third in two years.')).toBe(false);
  });

  it('joins a paragraph across a page break', () => {
    const text = [
      'HEADER OF THE PAGE',
      'The board said it would publish the new tolls on its',
      'website and in the harbour office by the end of the',
      'HEADER OF THE PAGE',
      '12',
      'week, together with the list of exempt vessels.',
      'HEADER OF THE PAGE',
    ].join('\n');
    const read = unwrap(text).text.split('\n');
    expect(read).toContain('The board said it would publish the new tolls on its website and in the harbour office by the end of the week, together with the list of exempt vessels.');
    expect(read.indexOf('12')).toBeGreaterThan(read.findIndex((line) => line.startsWith('The board said')));
  });

  it('takes a header with its page number at either end (left- and right-hand pages) as one running header', () => {
    const text = ['12  THE QUAYSIDE GAZETTE', 'The harbour board approved a new toll for cargo ships on', 'Monday after a year of talks with the pilots and the', 'THE QUAYSIDE GAZETTE  13', 'union about the cost of dredging.'].join('\n');
    const read = unwrap(text);
    expect(read.lineKinds.get('12  THE QUAYSIDE GAZETTE')).toBe('page');
    expect(read.lineKinds.get('THE QUAYSIDE GAZETTE  13')).toBe('page');
    expect(read.text.split('\n')).toContain('The harbour board approved a new toll for cargo ships on Monday after a year of talks with the pilots and the union about the cost of dredging.');
  });

  it('opens a paragraph at an indented line', () => {
    const text = '  The ferry left at noon and reached the island an hour\nlater than planned, the company said on Monday night.\n  Then the crossing was cancelled because of the wind.';
    expect(unwrap(text).text.split('\n')).toHaveLength(2);
  });

  it('ends a paragraph at a short line that closes a sentence', () => {
    const text = 'The ferry left at noon and reached the island an hour\nlater than planned.\nThe next day the crossing was cancelled because of the wind.';
    expect(unwrap(text).text.split('\n')).toEqual([
      'The ferry left at noon and reached the island an hour later than planned.',
      'The next day the crossing was cancelled because of the wind.',
    ]);
  });
  it('measures the column on lines that wrap, so that a long footer line does not make full lines look short', () => {
    const text = [
      'Good morning. The two ports agreed in Lisk on',
      'Tuesday to share the cost of the new pilot boats,',
      'the first deal of its kind since the channel was',
      'silted up in the storms of the winter before',
      'last, and the first the harbour board has paid for.',
      '',
      'You are receiving this because you signed up for the Harbour Letter at our stand.',
    ].join('\n');
    // "Tuesday" would not have fitted on the first line: the line was full, so the sentence goes on.
    expect(unwrap(text).text.split('\n')[0]).toBe(
      'Good morning. The two ports agreed in Lisk on Tuesday to share the cost of the new pilot boats, the first deal of its kind since the channel was silted up in the storms of the winter before last, and the first the harbour board has paid for.',
    );
  });
  it('goes on after a line ending in an article, "of" or a conjunction, whatever the next line opens with', () => {
    const text = [
      'The trust has accepted a tender of',
      '£2.9 million from a local firm, and expects',
      'the work to take about fourteen weeks, the',
      'chairman said, and it should be over by the',
      'end of the year, before the winter storms.',
    ].join('\n');
    expect(unwrap(text).text.split('\n')).toHaveLength(1);
  });

  it('takes a running header as one whether its page number stands before it or after its date', () => {
    const text = [
      '12   THE HARBOUR GAZETTE · 4 July 2025',
      'Repairs to the outer harbour wall will',
      'begin in August, seven months after the',
      'storm, the trust said.',
      'THE HARBOUR GAZETTE · 4 July 2025   13',
      'The trust has accepted a tender from a',
      'local firm and expects the work to take',
      'about fourteen weeks.',
    ].join('\n');
    const read = unwrap(text);
    expect(read.lineKinds.get('12   THE HARBOUR GAZETTE · 4 July 2025')).toBe('page');
    expect(read.lineKinds.get('THE HARBOUR GAZETTE · 4 July 2025   13')).toBe('page');
    expect(read.text.split('\n')).toContain('The trust has accepted a tender from a local firm and expects the work to take about fourteen weeks.');
  });
});

describe('unwrapText keeps every character (property)', () => {
  const word = fc.stringMatching(/^[a-z]{1,9}$/);
  const line = fc.array(fc.oneof(word, fc.constantFrom('The', 'A', '“quoted', 'words”', 'end.', 'so,', 'inde-', '¹', '7', '-', '—')), { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));

  it('loses and reorders no character: only line breaks change, and the hyphens of re-joined words go', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 5, arbitrary: line }, { weight: 1, arbitrary: fc.constant('') }), { minLength: 1, maxLength: 20 }), (lines) => {
        const text = lines.join('\n');
        const read = unwrap(text);
        const strip = (value: string) => value.replace(/\s+/g, '');
        const hyphens = (value: string) => value.split('-').length - 1;
        // The only characters that go are the hyphens of re-joined words…
        expect(hyphens(text) - hyphens(read.text)).toBe(read.hyphenated.filter((word) => !word.keptHyphen).length);
        expect([...strip(read.text).replaceAll('-', '')].sort().join('')).toBe([...strip(text).replaceAll('-', '')].sort().join(''));
        // …and nothing moves but page furniture, set after the paragraph it interrupted.
        const moved = new Set([...read.lineKinds].filter(([, kind]) => kind === 'page').map(([line]) => line));
        const inOrder = (value: string) => strip(value.split('\n').filter((part) => !moved.has(part.trim())).join('\n')).replaceAll('-', '');
        expect(inOrder(read.text)).toBe(inOrder(text));
      }),
      { numRuns: 300 },
    );
  });
});
