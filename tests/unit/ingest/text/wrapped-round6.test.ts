import { describe, expect, it } from 'vitest';
import { standsAloneLine } from '../../../../src/lib/ingest/parse-article.ts';
import { readText } from '../../../../src/lib/ingest/text/read-text.ts';
import { isHardWrapped, unwrapText } from '../../../../src/lib/ingest/text/wrapped-text.ts';

/**
 * Round wrap6: paragraph joining by the file's own measure and shapes, each rule tested on invented text that
 * differs in wording and layout from the development fixtures (e-mail bulletin, tribunal judgment, teleprinter
 * wire, two-column report), and on text it must leave alone.
 */
const unwrap = (text: string) => unwrapText(text, standsAloneLine).text.split('\n');
const paragraphs = (text: string) => {
  const read = readText(text);
  if (!read.ok) throw new Error(read.problem);
  return read.blocks.filter((block) => block.type === 'paragraph').map((block) => ('text' in block ? block.text : ''));
};

describe('a text set all in capitals (teleprinter copy): case tells nothing, the other cues decide', () => {
  const WIRE = [
    'BULLETIN',
    'FERRIES-STRIKE/',
    '',
    '  ORRIN BAY, OCT 2 (COASTLINE NEWS) - CREWS ON THE THREE',
    'FERRIES SERVING THE HALDEN ISLANDS WALKED OUT AT DAWN ON',
    'THURSDAY IN A DISPUTE OVER ROSTERS, LEAVING ABOUT 900',
    'PASSENGERS WITHOUT A CROSSING.',
    '  THE OPERATOR, BRENNA LINES, SAID IT HAD OFFERED TALKS',
    'ON FRIDAY. "WE WANT THE BOATS BACK ON THE WATER," A',
    'SPOKESWOMAN, ILKA DORAN, SAID.',
    '  THE UNION SAID THE STRIKE WOULD LAST 24 HOURS.',
    '  MORE',
  ].join('\n');

  it('is read as hard-wrapped, and each indented paragraph is joined whole', () => {
    expect(isHardWrapped(WIRE)).toBe(true);
    const lines = unwrap(WIRE);
    expect(lines).toContain('ORRIN BAY, OCT 2 (COASTLINE NEWS) - CREWS ON THE THREE FERRIES SERVING THE HALDEN ISLANDS WALKED OUT AT DAWN ON THURSDAY IN A DISPUTE OVER ROSTERS, LEAVING ABOUT 900 PASSENGERS WITHOUT A CROSSING.');
    expect(lines).toContain('THE OPERATOR, BRENNA LINES, SAID IT HAD OFFERED TALKS ON FRIDAY. "WE WANT THE BOATS BACK ON THE WATER," A SPOKESWOMAN, ILKA DORAN, SAID.');
    expect(lines).toContain('THE UNION SAID THE STRIKE WOULD LAST 24 HOURS.');
  });

  it('leaves a short slug or header line in capitals apart from the line under it', () => {
    const lines = unwrap(WIRE);
    expect(lines[0]).toBe('BULLETIN');
    expect(lines[1]).toBe('FERRIES-STRIKE/');
  });

  it('does not read capitals set one sentence to a line as wrapped', () => {
    const text = [
      'COUNCIL APPROVES NEW PARKING CHARGES FOR THE TOWN CENTRE.',
      'THE CHARGES START IN MAY AND WILL BE REVIEWED AFTER A YEAR.',
      'TRADERS SAID THEY WOULD KEEP SHOPPERS AWAY FROM THE HIGH STREET.',
      'THE COUNCIL SAID THE MONEY WOULD PAY FOR BUS SHELTERS.',
    ].join('\n');
    expect(isHardWrapped(text)).toBe(false);
  });

  it('keeps ordinary case: a title in capital letters over a sentence is not joined to it', () => {
    const text = [
      'Board backs new dredging plan for the outer channel',
      'The harbour board voted on Monday to dredge the outer channel, after',
      'pilots warned that larger ships could no longer use it at low',
      'tide. The work will start in the spring.',
      'Pilots welcomed the vote but said the delay had cost the port',
      'several contracts.',
    ].join('\n');
    expect(unwrap(text)[0]).toBe('Board backs new dredging plan for the outer channel');
  });
});

describe('blank lines around a page header, footer or number are the page break, not a paragraph end', () => {
  it('goes on across "- 4 -" set between blank lines when the line after goes on the sentence', () => {
    const text = [
      'The inspectors visited the Wendle Road depot twice in the',
      'spring and found that two of its four lifting bays had no',
      'valid test certificate, and that staff had not been',
      '',
      '- 4 -',
      '',
      'trained to use the replacement hoist.',
      'The operator said it had since closed both bays.',
    ].join('\n');
    const lines = unwrap(text);
    expect(lines).toContain('The inspectors visited the Wendle Road depot twice in the spring and found that two of its four lifting bays had no valid test certificate, and that staff had not been trained to use the replacement hoist.');
    expect(lines).toContain('- 4 -');
  });

  it('still ends a paragraph that closes its sentence short of the column before the break', () => {
    const text = [
      'The inspectors visited the Wendle Road depot twice in the',
      'spring and found two lifting bays without a certificate, and',
      'said the operator had been warned in writing.',
      '',
      'Page 4',
      '',
      'The operator said it had since closed both bays, and that the',
      'hoist would be replaced before the end of the year.',
    ].join('\n');
    const lines = unwrap(text).filter((line) => line.trim() !== '');
    expect(lines[0]).toBe('The inspectors visited the Wendle Road depot twice in the spring and found two lifting bays without a certificate, and said the operator had been warned in writing.');
    expect(lines.at(-1)).toBe('The operator said it had since closed both bays, and that the hoist would be replaced before the end of the year.');
  });

  it('does not join paragraphs of an e-mail set apart by blank lines with no page furniture between them', () => {
    const text = [
      'The inspectors visited the Wendle Road depot twice in the spring and',
      'found that two of its lifting bays had no valid test certificate, and',
      'that staff had not been',
      '',
      'trained to use the hoist, the report says.',
    ].join('\n');
    expect(unwrap(text)).toContain('');
  });
});

describe('numbered and bulleted items wrap as paragraphs do', () => {
  it('joins the lines of numbered paragraphs, hanging indent or none, and reads a run numbered on across a quotation as paragraphs', () => {
    const text = [
      'REPORT OF THE INQUIRY INTO THE GAVERTON BRIDGE CLOSURE',
      '',
      '14. The bridge was closed to heavy goods vehicles on 3 May after',
      '    an inspection found corrosion in two of the main cables. The',
      '    council had been told of the corrosion in a survey of 2021.',
      '15. The survey recommended that the cables be replaced within',
      '    three years. The council minuted the recommendation as follows:',
      '        "Noted. To be considered in the capital programme for',
      '        the following year, subject to funding."',
      '16. No money was set aside in that programme or the next. The',
      '    inquiry heard that the matter was not raised again until the',
      '    inspection of this spring.',
    ].join('\n');
    const found = paragraphs(text);
    expect(found).toContain('14. The bridge was closed to heavy goods vehicles on 3 May after an inspection found corrosion in two of the main cables. The council had been told of the corrosion in a survey of 2021.');
    expect(found).toContain('15. The survey recommended that the cables be replaced within three years. The council minuted the recommendation as follows:');
    expect(found).toContain('"Noted. To be considered in the capital programme for the following year, subject to funding."');
    expect(found.some((paragraph) => paragraph.startsWith('16. No money was set aside in that programme or the next. The inquiry heard'))).toBe(true);
  });

  it('joins a wrapped bullet and keeps a short list a list', () => {
    const text = [
      'The trust gave three reasons for the delay to the new clinic at',
      'Hollins Green, in a letter to the health committee:',
      '• the contractor went into administration in March, and a new',
      '  one was not appointed until the end of June;',
      '• the cost of steel rose by a quarter over the year.',
      '',
      'What happens next',
      '1. Survey',
      '2. Tender',
      '3. Build',
    ].join('\n');
    const lines = unwrap(text);
    expect(lines).toContain('• the contractor went into administration in March, and a new one was not appointed until the end of June;');
    expect(lines).toContain('1. Survey');
    expect(lines).toContain('2. Tender');
    const read = readText(text);
    expect(read.ok && read.blocks.some((block) => block.type === 'list' && block.items.length === 3)).toBe(true);
  });
});

describe("an e-mail's quoted lines", () => {
  it('join one another without their marks, at each depth, and never the unquoted lines around them', () => {
    const text = [
      'Thanks Priya, see below. I have asked the parish clerk to put the item',
      'on the agenda for the April meeting, as you suggested.',
      '',
      '> The footpath by the mill has been shut since the storm and nobody',
      '> seems to know whose job it is to clear it.',
      '>> It is the county council, not the parish, according to the map',
      '>> the clerk sent round last year.',
      'I will chase the county this week and report back at the meeting, and',
      'will copy in the ward councillor.',
    ].join('\n');
    const lines = unwrap(text);
    expect(lines).toContain('> The footpath by the mill has been shut since the storm and nobody seems to know whose job it is to clear it.');
    expect(lines).toContain('>> It is the county council, not the parish, according to the map the clerk sent round last year.');
    expect(lines).toContain('I will chase the county this week and report back at the meeting, and will copy in the ward councillor.');
  });
});

describe("a figure's or table's note and a reply's header line", () => {
  const REPORT = [
    'Attendance at the six branch libraries rose by a tenth in the',
    'year, the first rise since 2016, with the largest gains at the',
    'two branches that now open on Sunday afternoons.',
    'Table 2: Visits by branch, 2024 and 2025 (thousands). Source:',
    'door counters; Pellworth branch closed for three months.',
    'Loans of children\u2019s books rose faster than visits, by almost',
    'a fifth, after the summer reading scheme was extended.',
  ].join('\n');

  it('sets a table note apart from the paragraphs around it, joined, as an image description', () => {
    const result = unwrapText(REPORT, standsAloneLine);
    const note = 'Table 2: Visits by branch, 2024 and 2025 (thousands). Source: door counters; Pellworth branch closed for three months.';
    expect(result.text.split('\n')).toContain(note);
    expect(result.lineKinds.get(note)).toBe('image');
    expect(result.text.split('\n')).toContain('Loans of children\u2019s books rose faster than visits, by almost a fifth, after the summer reading scheme was extended.');
  });

  it('leaves a sentence that names a figure in the prose', () => {
    const text = [
      'Attendance at the six branch libraries rose by a tenth in the',
      'year, the first rise since 2016. Figure 3 shows the rise by',
      'branch, and the largest gains were at the two branches that now',
      'open on Sunday afternoons.',
    ].join('\n');
    const result = unwrapText(text, standsAloneLine);
    expect(result.text.split('\n')).toHaveLength(1);
    expect([...result.lineKinds.values()]).not.toContain('image');
  });

  it("marks a mail program's line over quoted lines as page furniture, and leaves a sentence over a quotation alone", () => {
    const text = [
      'The clerk has replied to the question about the footpath, and I have',
      'pasted the relevant part of her message below for everyone.',
      '',
      'On Mon, 9 Nov 2026 at 16:02, Hazel Brandt <clerk@oxley-parish.example> wrote:',
      '> The footpath is the county council\u2019s to clear, not the parish\u2019s.',
      '',
      'She wrote to the county on the same day:',
      '> Please clear the path by the mill before the winter.',
    ].join('\n');
    const result = unwrapText(text, standsAloneLine);
    expect(result.lineKinds.get('On Mon, 9 Nov 2026 at 16:02, Hazel Brandt <clerk@oxley-parish.example> wrote:')).toBe('page');
    expect(result.lineKinds.has('She wrote to the county on the same day:')).toBe(false);
  });
});

describe('a text that opens its paragraphs with an indent: only an indent starts a paragraph', () => {
  // Copied from a PDF set in a proportional face: lines end well short of the widest even inside a paragraph.
  const PRINT = [
    'Ferry timetable cut for the winter',
    '   The Skarra Sound ferry will run four crossings a day instead',
    'of seven from November, its operator said on Monday.',
    'Fuel costs had doubled since spring, it said, and the',
    'winter sailings carried few passengers.',
    '   Islanders said the cut would leave the last boat home at',
    'four in the afternoon. A petition has 600 names.',
    'Reaction from the council',
    '   The council said it would ask the operator to keep an',
    'evening sailing on Fridays.',
    '   A spokesman for the operator said the summer timetable would',
    'return in April.',
    '   The island school will start half an hour later from',
    'November so that teachers can cross in the morning.',
  ].join('\n');

  it('joins a flush line to the indented paragraph above even after a sentence that closes short of the column', () => {
    const lines = unwrap(PRINT);
    expect(lines).toContain('The Skarra Sound ferry will run four crossings a day instead of seven from November, its operator said on Monday. Fuel costs had doubled since spring, it said, and the winter sailings carried few passengers.');
    expect(lines).toContain('The council said it would ask the operator to keep an evening sailing on Fridays.');
  });

  it('leaves a flush heading between two indented paragraphs apart', () => {
    const lines = unwrap(PRINT);
    expect(lines).toContain('Reaction from the council');
    expect(lines).toContain('Islanders said the cut would leave the last boat home at four in the afternoon. A petition has 600 names.');
  });

  it('does nothing where paragraphs are not opened by an indent', () => {
    const flush = PRINT.split('\n').map((line) => line.trimStart()).join('\n');
    expect(unwrap(flush).some((line) => line.startsWith('Fuel costs had doubled'))).toBe(true);
  });
});
