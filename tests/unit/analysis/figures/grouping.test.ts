import { describe, expect, it } from 'vitest';
import { figureRelation, groupFigures, quantitiesIn, sameAmount, sameMeasure, type Quantity } from '../../../../src/lib/analysis/figures/figures.ts';
import { tokenize } from '../../../../src/lib/analysis/tokens.ts';

/** The figures of one-sentence articles: `{ a: 'sentence', b: 'sentence' }`. */
const figuresOf = (texts: Record<string, string>): Quantity[] =>
  Object.entries(texts).flatMap(([articleId, text]) => quantitiesIn({ articleId, id: `${articleId}/s-1`, text, tokens: tokenize(text) }));

/** Groups as "agreement: a:text | b:text", sorted, for comparing whole outcomes. */
const outcome = (texts: Record<string, string>) =>
  groupFigures(figuresOf(texts))
    .map((group) => `${group.agreement}: ${group.quantities.map((quantity) => `${quantity.articleId}:${quantity.text}`).sort().join(' | ')}`)
    .sort();

describe('groupFigures: one measure, one amount, written differently → "same"', () => {
  it.each([
    ['money', { a: 'The council approved $4.2m for road repairs.', b: 'The council approved $4.2 million for road repairs.', c: 'The council approved 4.2 million dollars for road repairs.' }, ['same: a:$4.2m | b:$4.2 million | c:4.2 million dollars']],
    ['a vote tally', { a: 'The council voted 6-3 to approve the budget.', b: 'Councillors voted six to three to approve the budget.', c: 'The budget passed by six votes to three.' }, ['same: a:6-3 | b:six to three | c:six votes to three']],
    ['a date', { a: 'The final vote is set for Jan. 12.', b: 'The final vote is set for January 12.', c: 'The final vote is set for 12 January.' }, ['same: a:Jan. 12 | b:January 12 | c:12 January']],
    ['a duration', { a: 'Nurses will strike for 48 hours.', b: 'Nurses will strike for two days.', c: 'Nurses begin a 48-hour strike.' }, ['same: a:48 hours | b:two days | c:48-hour']],
    ['pounds', { a: 'Each household gets £2,400 in support.', b: 'Each household gets £2.4k in support.' }, ['same: a:£2,400 | b:£2.4k']],
    ['a demand in three wordings', { a: 'The union is demanding a 9% pay rise.', b: 'The union demands a 9 per cent rise.', c: 'The union wants nine percent.' }, ['same: a:9% | b:9 per cent | c:nine percent']],
    ['months and days where they are equal', { a: 'The trial will run for three months.', b: 'The trial will run for 90 days.' }, ['same: a:three months | b:90 days']],
    ['a depth with its conversion', { a: 'The quake struck at a depth of 10 km (six miles).', b: 'The quake struck six miles deep.', c: 'The quake struck 10 kilometres below the surface.' }, ['same: a:10 km (six miles) | b:six miles | c:10 kilometres']],
    ['a magnitude', { a: 'A magnitude 6.4 quake hit the coast.', b: 'A 6.4-magnitude quake hit the coast.', c: 'The quake measured 6.4 on the Richter scale.' }, ['same: a:magnitude 6.4 | b:6.4-magnitude | c:6.4 on the Richter scale']],
    ['a time of day', { a: 'The quake hit at 6:42 a.m.', b: 'The quake hit at 06:42.' }, ['same: a:6:42 a.m. | b:06:42']],
    ['a share', { a: 'A third of voters stayed home.', b: 'Some 33% of voters stayed home.'.replace('Some ', '') }, ['same: a:A third | b:33%']],
    ['the dead', { a: 'The blast left 12 dead.', b: 'Twelve people were killed in the blast.', c: 'Officials counted 12 deaths after the blast.' }, ['same: a:12 dead | b:Twelve people | c:12 deaths']],
  ])('%s', (_name, texts, expected) => {
    expect(outcome(texts)).toEqual(expected);
  });
});

describe('groupFigures: one measure, different amounts → "conflicting" (or "different" where ranges overlap)', () => {
  it.each([
    ['a strike length', { a: 'The strike will last 48 hours.', b: 'The strike will last 72 hours.' }, ['conflicting: a:48 hours | b:72 hours']],
    ['a death toll', { a: 'The blast killed 12 people.', b: 'The blast killed 15 people.' }, ['conflicting: a:12 people | b:15 people']],
    ['a vote', { a: 'The council voted 6-3 to approve the budget.', b: 'The council voted 5-4 to approve the budget.' }, ['conflicting: a:6-3 | b:5-4']],
    ['a magnitude', { a: 'The quake had a magnitude of 6.4, officials said.', b: 'The magnitude 6.1 quake was felt widely, officials said.' }, ['conflicting: a:magnitude of 6.4 | b:magnitude 6.1']],
    ['hedged, overlapping', { a: 'The hearing lasted about 90 minutes.', b: 'The hearing lasted more than an hour.' }, ['different: a:about 90 minutes | b:more than an hour']],
    ['a demand', { a: 'The union is demanding a 9% pay rise.', b: 'The union is demanding a 7% pay rise.' }, ['conflicting: a:9% | b:7%']],
  ])('%s', (_name, texts, expected) => {
    expect(outcome(texts)).toEqual(expected);
  });
});

describe('groupFigures: different measures stay apart, and nothing is called conflicting', () => {
  it.each([
    ['a demand and an offer', { a: 'The union is demanding a 9% pay rise.', b: 'The union wants a 9 per cent rise; managers offered 3.5%.', c: 'Managers have offered a 3.5% pay rise.' }, ['same: a:9% | b:9 per cent', 'same: b:3.5% | c:3.5%']],
    ['a held strike and a threatened one', { a: 'Nurses began a 48-hour strike on Monday.', b: 'The union has threatened a 72-hour strike next month.', c: 'The 48-hour strike began on Monday.' }, ['same: a:48-hour | c:48-hour']],
    ['the dead and the injured', { a: 'The blast killed 12 people.', b: 'The blast injured 30 people.' }, []],
    ['the dead and the injured in one sentence each', { a: 'At least 12 people were killed and 30 injured.', b: 'Twelve died and 30 were hurt, police said.' }, ['different: a:At least 12 people | b:Twelve', 'same: a:30 injured | b:30']],
    ['a quarter and a year', { a: 'First-quarter profit was $40m.', b: 'Full-year profit was $150m.' }, []],
    ['confirmed and suspected cases', { a: 'Officials reported 30 confirmed cases.', b: 'Officials reported 45 suspected cases.' }, []],
    ['percentage points and percent', { a: 'Turnout fell 2.5 percentage points.', b: 'Turnout fell 2.5%.' }, []],
    ['a monthly and a yearly amount', { a: 'Rent is £2,400 a month.', b: 'Rent is £2,600 a year.' }, []],
    ['two dates', { a: 'The final vote is on Jan. 12.', b: 'The final vote is on Jan. 14.' }, []],
    ['jobs lost and jobs created', { a: 'As many as 700 jobs could be cut.', b: 'The firm says 200 new jobs will be created.' }, []],
    ['destroyed and damaged homes', { a: 'The fire destroyed 47 homes.', b: 'The fire damaged 24 homes.' }, []],
    ['a figure of another year', { a: 'The club paid £85m for the striker.', b: 'The club paid £62m for a winger in 2024.' }, []],
    ['the first and the second of something', { a: 'It was the bank’s first cut this year.', b: 'It was the bank’s second cut this year.' }, []],
    ['a time in another zone', { a: 'The quake hit at 04:42 GMT near the coast.', b: 'The quake hit at 05:42 near the coast.' }, []],
    ['fixed-rate and variable-rate households', { a: 'About 640,000 households on variable-rate deals will pay less.', b: 'About 1.1 million households on fixed-rate deals will pay less.' }, []],
  ])('%s', (_name, texts, expected) => {
    expect(outcome(texts)).toEqual(expected);
    expect(groupFigures(figuresOf(texts)).some((group) => group.agreement === 'conflicting')).toBe(false);
  });
});

describe('the interface for the matcher', () => {
  const [strike48, strike72, threatened72] = figuresOf({ a: 'Nurses began a 48-hour strike.', b: 'Nurses began a 72-hour strike.', c: 'The union threatened a 72-hour strike.' });
  it.each([
    ['same measure, different figure', strike48!, strike72!, { sameAmount: false, sameMeasure: true, relation: 'conflicting' }],
    ['different measure, same figure', strike72!, threatened72!, { sameAmount: true, sameMeasure: false, relation: 'unrelated' }],
    ['same measure, same figure', strike48!, { ...strike48!, articleId: 'z' }, { sameAmount: true, sameMeasure: true, relation: 'same' }],
  ])('%s', (_name, a, b, expected) => {
    expect({ sameAmount: sameAmount(a, b), sameMeasure: sameMeasure(a, b), relation: figureRelation(a, b) }).toEqual(expected);
  });

  it('gives every figure a measure key of its thing and roles', () => {
    expect([strike48!.measure, threatened72!.measure]).toEqual(['strike', 'strike (threatened)']);
    expect(threatened72).toMatchObject({ thing: 'strike', roles: ['threatened'], dimension: 'duration', unit: 'minute', value: 4_320 });
  });
});
