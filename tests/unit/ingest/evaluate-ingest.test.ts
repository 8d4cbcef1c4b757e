import { describe, expect, it } from 'vitest';
import { evaluateIngest, quoteWords, type IngestCase } from '../../../src/lib/ingest/evaluate-ingest.ts';

/** An invented print page: a running header, a headline, wrapped lines with a hyphenated word and a quotation over a line end. */
const PRINT = [
  'THE HILL GAZETTE  Monday, 2 June 2025',
  'Mill reopens as a museum',
  'The old paper mill at Fenwick reopened on Saturday as a',
  'museum of the town’s industry, after three years of re-',
  'pairs paid for by a public appeal. “We saved it one',
  'brick at a time,” said Nell Ashby.',
  'Visitors can tour the mill on weekends from June.',
  'THE HILL GAZETTE  Monday, 2 June 2025',
].join('\n');

const base: IngestCase = {
  name: 'print',
  fileName: 'print.txt',
  bytes: new TextEncoder().encode(PRINT),
  labels: {
    headline: 'Mill reopens as a museum',
    furniture: ['THE HILL GAZETTE Monday, 2 June 2025'],
    quotes: [],
    paragraphs: ['The old paper mill at Fenwick', 'Visitors can tour the mill'],
    words: ['repairs'],
    intact: ['We saved it one brick at a time,'],
  },
};

describe('evaluateIngest', () => {
  it('scores a case read right as right', () => {
    const score = evaluateIngest([base]);
    expect(score.cases[0]!.misses).toEqual([]);
    expect(score.headlines).toEqual({ right: 1, total: 1 });
    expect(score.furniture).toEqual({ right: 1, total: 1 });
    expect(score.paragraphs).toEqual({ right: 2, total: 2 });
    expect(score.words).toEqual({ right: 1, total: 1 });
    expect(score.intact).toEqual({ right: 1, total: 1 });
    expect(score.rows).toEqual({ right: 0, total: 0 });
  });

  it('counts what labels say but the reading does not give, one miss each', () => {
    const wrong: IngestCase = {
      ...base,
      name: 'wrong',
      labels: {
        ...base.labels,
        headline: 'THE HILL GAZETTE',
        furniture: ['Visitors can tour the mill on weekends from June.'],
        paragraphs: ['The old paper mill at Fenwick reopened on Saturday as a museum of the town’s industry, after three years', 'pairs paid for'],
        words: ['re-pairs'],
        rows: ['Mill | 1890'],
      },
    };
    const score = evaluateIngest([base, wrong]);
    expect(score.headlines).toEqual({ right: 1, total: 2 });
    expect(score.furniture).toEqual({ right: 1, total: 2 });
    expect(score.paragraphs).toEqual({ right: 2, total: 4 });
    expect(score.cases[1]!.misses).toEqual([
      'headline: read "Mill reopens as a museum", labelled "THE HILL GAZETTE"',
      'furniture in a reporting sentence: Visitors can tour the mill on weekends from June.',
      'paragraph not joined right: The old paper mill at Fenwick reopened on Saturday as a museum of the town’s industry, after three years',
      'paragraph not joined right: pairs paid for',
      'word not in the text as labelled: re-pairs',
      'table row not a paragraph of its own: Mill | 1890',
    ]);
  });
});

describe('furniture reaching reporting, when the page prints its words twice', () => {
  const LIVE = [
    'Floods along the Ember',
    'Key events',
    '13:40 Peak at Carlow Bridge expected tonight',
    '11:15 Two schools in Harnby closed',
    '13:40 GMT',
    'Peak at Carlow Bridge expected tonight',
    'The river is expected to peak at about 7pm, the agency said.',
    '11:15 GMT',
    'Two schools in Harnby closed',
    'The road between them is under water, the head teacher said.',
  ].join('\n');
  const live: IngestCase = {
    name: 'live',
    fileName: 'live.txt',
    bytes: new TextEncoder().encode(LIVE),
    labels: { headline: 'Floods along the Ember', furniture: ['13:40 Peak at Carlow Bridge expected tonight', '11:15 Two schools in Harnby closed'], quotes: [] },
  };

  it('does not count an entry’s own title, which a key-events line repeats, as that line', () => {
    expect(evaluateIngest([live]).cases[0]!.misses).toEqual([]);
  });

  it('counts the key-events line when it is read as reporting itself (by the rules alone: the furniture model sets such lines apart)', () => {
    const plain = { ...live, name: 'plain', bytes: new TextEncoder().encode(LIVE.replace('Key events\n', '')) };
    expect(evaluateIngest([plain], 'fixtures', { furnitureModel: null }).cases[0]!.misses).toEqual([
      'furniture in a reporting sentence: 13:40 Peak at Carlow Bridge expected tonight',
      'furniture in a reporting sentence: 11:15 Two schools in Harnby closed',
    ]);
  });
});

describe('evaluateIngest: the metadata a saved page states', () => {
  const PAGE = `<!doctype html><html><head><title>Ferry returns</title>
<meta property="og:site_name" content="Estuary Times">
<link rel="canonical" href="https://estuary.example/ferry-returns">
<meta property="article:published_time" content="2025-10-10T08:00:00Z">
</head><body><article><h1>Ferry returns</h1>
<p>Passenger ferries will return to the estuary next month after the council agreed on Thursday to fund repairs to the landing stage.</p>
<p>The council voted 31 to 9 for a repair budget of 4.2 million crowns, of which the operator will repay a third over twelve years.</p>
</article></body></html>`;
  const page = (metadata: NonNullable<IngestCase['labels']['metadata']>): IngestCase => ({
    name: 'page',
    fileName: 'page.html',
    bytes: new TextEncoder().encode(PAGE),
    labels: { headline: 'Ferry returns', furniture: [], quotes: [], metadata },
  });

  it('counts each field read as labelled, nulls and no authors included', () => {
    const score = evaluateIngest([page({ outlet: 'Estuary Times', authors: null, publishedDate: '2025-10-10', url: 'https://estuary.example/ferry-returns', headline: 'Ferry returns' })]);
    expect(score.metadata).toEqual({ right: 4, total: 4 });
    expect(score.cases[0]!.metadataMisses).toEqual([]);
  });

  it('names each field read otherwise', () => {
    const score = evaluateIngest([page({ outlet: null, authors: ['Hester Ambrose'], publishedDate: '2025-10-10', url: 'https://estuary.example/ferry-returns', headline: 'Ferry returns' })]);
    expect(score.metadata).toEqual({ right: 2, total: 4 });
    expect(score.cases[0]!.metadataMisses).toEqual(['outlet: read "Estuary Times", labelled null', 'authors: read [], labelled ["Hester Ambrose"]']);
  });

  it('has no metadata to score in a text file', () => {
    expect(evaluateIngest([base]).metadata).toEqual({ right: 0, total: 0 });
  });
});

describe('evaluateIngest: the body kept as reporting', () => {
  it('counts sentences of seven words or more that no label calls furniture, and those read as reporting', () => {
    const score = evaluateIngest([base]);
    expect(score.body.total).toBeGreaterThanOrEqual(2);
    expect(score.body.right).toBe(score.body.total);
    expect(score.cases[0]!.bodyLost).toEqual([]);
  });

  it('names a body sentence the reading took for furniture', () => {
    // A sign-up line the labels leave as body: the reading marks it as newsletter furniture.
    const text = PRINT.replace('Visitors can tour the mill on weekends from June.', 'Sign up for our newsletter to hear when the mill opens on weekends.');
    const score = evaluateIngest([{ ...base, name: 'signup', bytes: new TextEncoder().encode(text), labels: { ...base.labels, paragraphs: undefined } }]);
    expect(score.cases[0]!.bodyLost).toEqual(['Sign up for our newsletter to hear when the mill opens on weekends.']);
    expect(score.body.right).toBe(score.body.total - 1);
  });
});

describe('quoteWords', () => {
  it('leaves out the punctuation that closes a quotation, on either side, and normalises marks', () => {
    expect(quoteWords('Now they’re here, and they didn’t tell us first, ')).toBe("Now they're here, and they didn't tell us first");
    expect(quoteWords('We will not  pretend.')).toBe('We will not pretend');
    expect(quoteWords('Is that all?')).toBe('Is that all?');
  });
});
