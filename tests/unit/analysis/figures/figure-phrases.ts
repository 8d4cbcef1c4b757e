/**
 * Figure phrases in the usual forms of news writing, each with how it must be read. Invented
 * sentences. `figure` is the figure's text as the reader must return it; `expected` the fields
 * it must have (value in the base unit: minutes, metres, currency units, percent; dates month ×
 * 100 + day (+ year × 10,000); times minutes after midnight; scores the larger side, `against`
 * the smaller).
 */
export interface FigurePhrase {
  form: string;
  sentence: string;
  figure: string;
  expected: {
    dimension: string;
    unit?: string;
    value: number;
    low?: number;
    high?: number | null;
    against?: number | null;
    qualifier?: string | null;
    measure?: string;
  };
}

const H = 60;
const DAY = 1_440;
const WEEK = 10_080;
const MONTH = 43_830;
const YEAR = 525_960;

const rows: Array<[form: string, sentence: string, figure: string, expected: FigurePhrase['expected']]> = [
  // Number words
  ['number word', 'Twelve residents signed the letter.', 'Twelve residents', { dimension: 'count', unit: 'resident', value: 12 }],
  ['number word', 'The panel heard from twelve witnesses.', 'twelve witnesses', { dimension: 'count', unit: 'witness', value: 12 }],
  ['a dozen', 'A dozen shops closed early.', 'A dozen shops', { dimension: 'count', unit: 'shop', value: 12 }],
  ['two dozen', 'Two dozen firefighters attended.', 'Two dozen firefighters', { dimension: 'count', unit: 'firefighter', value: 24 }],
  ['hundreds with and', 'The plant will cut two hundred and forty jobs.', 'two hundred and forty jobs', { dimension: 'count', unit: 'job', value: 240, measure: 'job (lost)' }],
  ['hundreds without and', 'The plant will cut two hundred forty jobs.', 'two hundred forty jobs', { dimension: 'count', unit: 'job', value: 240 }],
  ['thousands in words', 'Some three thousand fans marched.', 'Some three thousand fans', { dimension: 'count', unit: 'fan', value: 3_000, qualifier: 'Some' }],
  ['hyphenated tens (the lemma is American)', 'Forty-two councillors voted.', 'Forty-two councillors', { dimension: 'count', unit: 'councilor', value: 42 }],
  ['a hundred', 'About a hundred protesters gathered.', 'About a hundred protesters', { dimension: 'count', unit: 'protester', value: 100, low: 85, high: 115 }],
  ['a million in words', 'A million people watched the final.', 'A million people', { dimension: 'count', unit: 'people', value: 1_000_000 }],
  ['half a million', 'Half a million homes lost power.', 'Half a million homes', { dimension: 'count', unit: 'home', value: 500_000 }],
  ['a third', 'A third of voters stayed home.', 'A third', { dimension: 'percent', unit: 'percent', value: 33.333, measure: 'voter' }],
  ['two-thirds', 'Two-thirds of members backed the deal.', 'Two-thirds', { dimension: 'percent', unit: 'percent', value: 66.667 }],
  ['two thirds', 'Two thirds of the staff walked out.', 'Two thirds', { dimension: 'percent', unit: 'percent', value: 66.667 }],
  ['half of', 'Half of the nurses joined the strike.', 'Half', { dimension: 'percent', unit: 'percent', value: 50, measure: 'nurse' }],
  ['half the', 'Half the budget goes on roads.', 'Half', { dimension: 'percent', unit: 'percent', value: 50 }],
  ['just over half', 'Just over half of the members voted yes.', 'Just over half', { dimension: 'percent', value: 50, low: 50, high: 57.5, qualifier: 'Just over' }],
  ['a quarter of the', 'A quarter of the homes were damaged.', 'A quarter', { dimension: 'percent', value: 25 }],
  ['three quarters of', 'Three quarters of the wards reported.', 'Three quarters', { dimension: 'percent', value: 75 }],
  ['one in five', 'One in five patients waited too long.', 'One in five', { dimension: 'percent', value: 20 }],
  ['one in ten, not an inch', 'One in ten drivers was late.', 'One in ten', { dimension: 'percent', value: 10 }],
  ['two out of three', 'Two out of three residents agreed.', 'Two out of three', { dimension: 'percent', value: 66.667 }],
  // Digits with separators and decimals
  ['thousands separator', 'The incumbent won 61,482 votes.', '61,482 votes', { dimension: 'count', unit: 'vote', value: 61_482 }],
  ['millions separator', 'The region has 1,204,000 residents.', '1,204,000 residents', { dimension: 'count', unit: 'resident', value: 1_204_000 }],
  ['decimal with million', 'The app has 2.4 million users.', '2.4 million users', { dimension: 'count', unit: 'user', value: 2_400_000 }],
  ['letter scale on a count', 'The city has 2.4m residents.', '2.4m residents', { dimension: 'count', unit: 'resident', value: 2_400_000 }],
  ['plain digits', 'The school has 340 pupils.', '340 pupils', { dimension: 'count', unit: 'pupil', value: 340 }],
  // Scores and votes
  ['joined score', 'The council voted 6-3 to approve the budget.', '6-3', { dimension: 'score', unit: 'score', value: 6, against: 3 }],
  ['score with en dash', 'The council voted 6–3 to approve the budget.', '6–3', { dimension: 'score', value: 6, against: 3 }],
  ['score as modifier', 'The 6-3 vote came after midnight.', '6-3', { dimension: 'score', value: 6, against: 3, measure: 'vote' }],
  ['score in words', 'Councillors voted six to three in favour.', 'six to three', { dimension: 'score', value: 6, against: 3 }],
  ['votes to', 'The motion passed by six votes to three.', 'six votes to three', { dimension: 'score', value: 6, against: 3 }],
  ['digits votes to', 'The motion passed by 6 votes to 3.', '6 votes to 3', { dimension: 'score', value: 6, against: 3 }],
  ['loser first', 'The home side lost 1-3 to the visitors.', '1-3', { dimension: 'score', value: 3, against: 1 }],
  ['after extra time', 'Rovers won 2-1 after extra time.', '2-1', { dimension: 'score', value: 2, against: 1 }],
  ['score then extra time', 'It finished 2-1 after extra time.', '2-1', { dimension: 'score', value: 2, against: 1 }],
  ['on penalties', 'They went through 4-3 on penalties.', '4-3', { dimension: 'score', value: 4, against: 3, measure: 'score (penalties)' }],
  ['at half-time', 'City led 1-0 at half-time.', '1-0', { dimension: 'score', value: 1, against: 0, measure: 'score (half-time)' }],
  ['a draw', 'The match ended in a 2-2 draw.', '2-2', { dimension: 'score', value: 2, against: 2 }],
  ['court ruling', 'The court ruled 5-4 against the state.', '5-4', { dimension: 'score', value: 5, against: 4 }],
  ['ruling as modifier', 'In a 7-2 ruling, the justices sided with the city.', '7-2', { dimension: 'score', value: 7, against: 2, measure: 'ruling' }],
  ['beat', 'United beat Rovers 3-0 on Saturday.', '3-0', { dimension: 'score', value: 3, against: 0 }],
  ['won by words', 'The bill won by nine votes to four.', 'nine votes to four', { dimension: 'score', value: 9, against: 4 }],
  // Money
  ['dollar sign, m', 'The project will cost $4.2m.', '$4.2m', { dimension: 'money', unit: 'USD', value: 4_200_000 }],
  ['dollar sign, million', 'The project will cost $4.2 million.', '$4.2 million', { dimension: 'money', unit: 'USD', value: 4_200_000 }],
  ['million dollars', 'The project will cost 4.2 million dollars.', '4.2 million dollars', { dimension: 'money', unit: 'USD', value: 4_200_000 }],
  ['US$', 'The contract is worth US$4.2 million.', 'US$4.2 million', { dimension: 'money', unit: 'USD', value: 4_200_000 }],
  ['pounds with separator', 'Each household will get £2,400.', '£2,400', { dimension: 'money', unit: 'GBP', value: 2_400 }],
  ['pounds, k', 'Each household will get £2.4k.', '£2.4k', { dimension: 'money', unit: 'GBP', value: 2_400 }],
  ['pounds, m', 'The hospital wing cost £11m.', '£11m', { dimension: 'money', unit: 'GBP', value: 11_000_000 }],
  ['euros, bn', 'The rail link will cost €3bn.', '€3bn', { dimension: 'money', unit: 'EUR', value: 3_000_000_000 }],
  ['billion dollars', 'The merger is worth 1.2 billion dollars.', '1.2 billion dollars', { dimension: 'money', unit: 'USD', value: 1_200_000_000 }],
  ['a million pounds', 'The charity raised a million pounds.', 'a million pounds', { dimension: 'money', unit: 'GBP', value: 1_000_000 }],
  ['dollar sign, billion', 'Sales reached $1.2 billion.', '$1.2 billion', { dimension: 'money', unit: 'USD', value: 1_200_000_000 }],
  ['euro words', 'Fines of 500 euros were issued.', '500 euros', { dimension: 'money', unit: 'EUR', value: 500 }],
  ['dollar sign, bn', 'The fund holds $3bn.', '$3bn', { dimension: 'money', unit: 'USD', value: 3_000_000_000 }],
  ['conversion in brackets', 'The club was sold for £11m ($14m) last week.', '£11m ($14m)', { dimension: 'money', unit: 'GBP', value: 11_000_000 }],
  ['hedged money', 'The repairs cost more than $3m.', 'more than $3m', { dimension: 'money', value: 3_000_000, low: 3_000_000, high: null, qualifier: 'more than' }],
  ['money up to', 'Fines of up to £5,000 apply.', 'up to £5,000', { dimension: 'money', value: 5_000, low: 0, high: 5_000 }],
  ['money per month', 'Rents rose to £2,400 a month.', '£2,400', { dimension: 'money', value: 2_400, measure: 'rent (per month)' }],
  ['money per hour', 'The minimum wage rises to $15 an hour.', '$15', { dimension: 'money', value: 15 }],
  ['money a grant', 'A $3m state grant will cover the rest.', '$3m', { dimension: 'money', value: 3_000_000, measure: 'grant' }],
  ['money thousands words', 'The fine was 2,000 dollars.', '2,000 dollars', { dimension: 'money', unit: 'USD', value: 2_000 }],
  ['pence', 'Shares fell 12p to 340p.', '12p', { dimension: 'money', unit: 'GBP', value: 0.12 }],
  ['cents', 'A stamp now costs 50 cents.', '50 cents', { dimension: 'money', unit: 'USD', value: 0.5 }],
  // Percentages
  ['percent sign', 'The union wants a 9% rise.', '9%', { dimension: 'percent', unit: 'percent', value: 9 }],
  ['per cent', 'The union wants a 9 per cent rise.', '9 per cent', { dimension: 'percent', unit: 'percent', value: 9 }],
  ['percent word', 'The union wants nine percent.', 'nine percent', { dimension: 'percent', unit: 'percent', value: 9 }],
  ['percent digits word', 'Prices rose 4.5 percent last year.', '4.5 percent', { dimension: 'percent', value: 4.5 }],
  ['percentage points', 'Turnout fell 2.5 percentage points.', '2.5 percentage points', { dimension: 'percent', unit: 'percentage point', value: 2.5 }],
  ['one percentage point', 'Rates rose by one percentage point.', 'one percentage point', { dimension: 'percent', unit: 'percentage point', value: 1 }],
  ['basis points', 'The bank raised rates by 25 basis points.', '25 basis points', { dimension: 'percent', unit: 'percentage point', value: 0.25 }],
  ['hedged percent', 'Nearly 40% of homes flooded.', 'Nearly 40%', { dimension: 'percent', value: 40, low: 34, high: 40, qualifier: 'Nearly' }],
  ['percent demand', 'The union demanded a 9% pay rise.', '9%', { dimension: 'percent', value: 9, measure: 'rise (demand)' }],
  ['percent offer', 'Managers offered a 3.5% pay rise.', '3.5%', { dimension: 'percent', value: 3.5, measure: 'rise (offer)' }],
  ['percent of', 'Some 62% of voters turned out.', 'Some 62%', { dimension: 'percent', value: 62, qualifier: 'Some' }],
  ['percent by', 'Unemployment rose by 3%.', '3%', { dimension: 'percent', value: 3, measure: 'unemployment (change)' }],
  ['percent from', 'Turnout fell from 61% to 58%.', '61%', { dimension: 'percent', value: 61, measure: 'turnout (from)' }],
  // Durations
  ['hours', 'The strike will last 48 hours.', '48 hours', { dimension: 'duration', unit: 'minute', value: 48 * H, measure: 'strike' }],
  ['days in words', 'The strike will last two days.', 'two days', { dimension: 'duration', value: 2 * DAY }],
  ['hyphenated hours', 'Nurses began a 48-hour strike.', '48-hour', { dimension: 'duration', value: 48 * H, measure: 'strike' }],
  ['threatened strike', 'The union has threatened a 72-hour strike.', '72-hour', { dimension: 'duration', value: 72 * H, measure: 'strike (threatened)' }],
  ['warned of', 'The union warned of a 72-hour stoppage.', '72-hour', { dimension: 'duration', value: 72 * H, measure: 'strike (threatened)' }],
  ['planned walkout', 'Drivers staged a planned 24-hour walkout.', '24-hour', { dimension: 'duration', value: 24 * H, measure: 'strike (planned)' }],
  ['a fortnight', 'The works will take a fortnight.', 'a fortnight', { dimension: 'duration', value: 14 * DAY }],
  ['two weeks', 'The works will take two weeks.', 'two weeks', { dimension: 'duration', value: 2 * WEEK }],
  ['14 days', 'The works will take 14 days.', '14 days', { dimension: 'duration', value: 14 * DAY }],
  ['three months', 'The trial will run for three months.', 'three months', { dimension: 'duration', value: 3 * MONTH }],
  ['90 days', 'The trial will run for 90 days.', '90 days', { dimension: 'duration', value: 90 * DAY }],
  ['30-day', 'Officials agreed a 30-day pause.', '30-day', { dimension: 'duration', value: 30 * DAY, measure: 'pause (agreed)' }],
  ['thirty days', 'The pause will last thirty days.', 'thirty days', { dimension: 'duration', value: 30 * DAY }],
  ['two and a half years', 'The dispute has run two and a half years.', 'two and a half years', { dimension: 'duration', value: 2.5 * YEAR }],
  ['30 months', 'The dispute has run for 30 months.', '30 months', { dimension: 'duration', value: 30 * MONTH }],
  ['an hour and a half', 'The hearing lasted an hour and a half.', 'an hour and a half', { dimension: 'duration', value: 90 }],
  ['half an hour', 'The hearing lasted half an hour.', 'half an hour', { dimension: 'duration', value: 30 }],
  ['a quarter of an hour', 'The hearing lasted a quarter of an hour.', 'a quarter of an hour', { dimension: 'duration', value: 15 }],
  ['90-minute', 'They held a 90-minute meeting.', '90-minute', { dimension: 'duration', value: 90, measure: 'meeting' }],
  ['a decade', 'The bridge took three decades to finish.', 'three decades', { dimension: 'duration', value: 3 * 10 * YEAR }],
  ['more than hours', 'The blaze burned for more than 12 hours.', 'more than 12 hours', { dimension: 'duration', value: 12 * H, low: 12 * H, high: null, qualifier: 'more than' }],
  ['adjective between', 'The town saw thirty quiet days.', 'thirty quiet days', { dimension: 'duration', value: 30 * DAY }],
  ['seconds', 'The tremor lasted 40 seconds.', '40 seconds', { dimension: 'duration', value: 40 / 60 }],
  ['years', 'He served six years in office.', 'six years', { dimension: 'duration', value: 6 * YEAR }],
  ['a year-long', 'The inquiry lasted one year.', 'one year', { dimension: 'duration', value: YEAR }],
  // Dates
  ['abbreviated month', 'The council meets on Jan. 12 to vote.', 'Jan. 12', { dimension: 'date', unit: 'date', value: 112 }],
  ['full month', 'The council meets on January 12 to vote.', 'January 12', { dimension: 'date', value: 112 }],
  ['day first', 'The council meets on 12 January to vote.', '12 January', { dimension: 'date', value: 112 }],
  ['ordinal of month', 'The council meets on the 12th of January.', '12th of January', { dimension: 'date', value: 112 }],
  ['weekday and date', 'The council met on Tuesday, Jan. 12, to vote.', 'Tuesday, Jan. 12', { dimension: 'date', value: 112 }],
  ['with year', 'The council met on January 12, 2025.', 'January 12, 2025', { dimension: 'date', value: 20_250_112 }],
  ['day first with year', 'The council met on 12 January 2025.', '12 January 2025', { dimension: 'date', value: 20_250_112 }],
  ['Sept.', 'The trial opens Sept. 3.', 'Sept. 3', { dimension: 'date', value: 903 }],
  ['ordinal day', 'Polls close on March 3rd.', 'March 3rd', { dimension: 'date', value: 303 }],
  ['December', 'The strike ends on December 24.', 'December 24', { dimension: 'date', value: 1_224 }],
  ['from a day', 'A second stoppage will follow from 5 May.', '5 May', { dimension: 'date', value: 505 }],
  // Times
  ['a.m.', 'The quake struck at 6:42 a.m. local time.', '6:42 a.m.', { dimension: 'time', unit: 'minute', value: 6 * 60 + 42 }],
  ['24-hour clock', 'The quake struck at 18:42 local time.', '18:42', { dimension: 'time', value: 18 * 60 + 42 }],
  ['p.m.', 'Polls close at 8 p.m. tonight.', '8 p.m.', { dimension: 'time', value: 20 * 60 }],
  ['pm', 'The train left at 6.15pm on Friday.', '6.15pm', { dimension: 'time', value: 18 * 60 + 15 }],
  ['a decimal is not a time', 'Rates were cut at 4.25 per cent on Thursday.', '4.25 per cent', { dimension: 'percent', value: 4.25 }],
  ['seconds with decimals', 'He ran the race in 9.58 seconds at 8 p.m.', '9.58 seconds', { dimension: 'duration', value: 9.58 / 60 }],
  ['a name is not a month', 'The vote on May 5 was close, Theresa May said.', 'May 5', { dimension: 'date', value: 505 }],
  // Magnitudes
  ['magnitude before', 'A magnitude 6.4 earthquake struck the coast.', 'magnitude 6.4', { dimension: 'magnitude', unit: 'magnitude', value: 6.4, measure: 'quake' }],
  ['hyphenated magnitude', 'A 6.4-magnitude quake struck the coast.', '6.4-magnitude', { dimension: 'magnitude', value: 6.4, measure: 'quake' }],
  ['Richter', 'The quake measured 6.4 on the Richter scale.', '6.4 on the Richter scale', { dimension: 'magnitude', value: 6.4 }],
  ['magnitude-', 'A magnitude-5.1 aftershock followed.', 'magnitude-5.1', { dimension: 'magnitude', value: 5.1 }],
  ['magnitude of', 'It had a magnitude of 7.0, officials said.', 'magnitude of 7.0', { dimension: 'magnitude', value: 7 }],
  // Lengths
  ['km with conversion', 'It struck at a depth of 10 km (six miles).', '10 km (six miles)', { dimension: 'length', unit: 'metre', value: 10_000, measure: 'depth' }],
  ['kilometres', 'The epicentre was 40 kilometres from the city.', '40 kilometres', { dimension: 'length', value: 40_000, measure: 'distance' }],
  ['miles', 'The epicentre was 25 miles from the city.', '25 miles', { dimension: 'length', value: 40_233.6, measure: 'distance' }],
  ['km joined', 'The quake was 10km deep.', '10km', { dimension: 'length', value: 10_000, measure: 'depth' }],
  ['metres', 'Waves reached 3 metres high.', '3 metres', { dimension: 'length', value: 3, measure: 'height' }],
  ['m before adjective', 'A 10m wall collapsed; it was 10m high.', '10m', { dimension: 'length', value: 10 }],
  ['feet', 'The river rose 12 feet overnight.', '12 feet', { dimension: 'length', value: 3.658 }],
  ['nautical miles', 'The ship was 12 nautical miles offshore.', '12 nautical miles', { dimension: 'length', value: 22_224 }],
  ['miles conversion first', 'The town is 25 miles (40 km) away.', '25 miles (40 km)', { dimension: 'length', value: 40_233.6, measure: 'distance' }],
  ['hyphenated mile', 'They walked a 10-mile route.', '10-mile', { dimension: 'length', value: 16_093.44, measure: 'route' }],
  // Ages
  ['-year-old', 'A 45-year-old nurse was hurt.', '45-year-old', { dimension: 'age', unit: 'year', value: 45, measure: 'nurse' }],
  ['aged', 'The driver, aged 67, was unhurt.', 'aged 67', { dimension: 'age', value: 67, measure: 'driver' }],
  ['name comma age', 'Jane Morrow, 52, said she was relieved.', '52', { dimension: 'age', value: 52, measure: 'morrow' }],
  ['years old pronoun', 'She is 29 years old.', '29 years old', { dimension: 'age', value: 29 }],
  ['the -year-old', 'The 19-year-old scored twice.', '19-year-old', { dimension: 'age', value: 19 }],
  ['months old thing', 'The dispute, now 30 months old, drags on.', '30 months', { dimension: 'duration', value: 30 * MONTH }],
  // Counts of people with their noun
  ['dead', 'At least 12 dead after the storm.', 'At least 12 dead', { dimension: 'count', unit: 'people', value: 12, low: 12, high: null, measure: 'people (dead)' }],
  ['injured words', 'Twelve injured were taken to hospital.', 'Twelve injured', { dimension: 'count', unit: 'people', value: 12, measure: 'people (injured)' }],
  ['people killed', 'Twelve people were killed in the blast.', 'Twelve people', { dimension: 'count', unit: 'people', value: 12, measure: 'people (dead)' }],
  ['killed N', 'The blast killed 12 and injured 30.', '12', { dimension: 'count', unit: 'people', value: 12, measure: 'people (dead)' }],
  ['injured N', 'The blast killed 12 and injured 30.', '30', { dimension: 'count', unit: 'people', value: 30, measure: 'people (injured)' }],
  ['deaths', 'Officials reported 12 deaths.', '12 deaths', { dimension: 'count', unit: 'people', value: 12, measure: 'people (dead)' }],
  ['missing', 'Five people are missing.', 'Five people', { dimension: 'count', unit: 'people', value: 5, measure: 'people (missing)' }],
  ['wounded soldiers', 'They returned 23 badly wounded soldiers.', '23 badly wounded soldiers', { dimension: 'count', unit: 'soldier', value: 23, measure: 'soldier (injured)' }],
  ['jobs', 'The closure puts 600 jobs at risk.', '600 jobs', { dimension: 'count', unit: 'job', value: 600 }],
  ['votes', 'She won 12,408 votes.', '12,408 votes', { dimension: 'count', unit: 'vote', value: 12_408 }],
  ['confirmed cases', 'There are 30 confirmed cases.', '30 confirmed cases', { dimension: 'count', unit: 'case', value: 30, measure: 'case (confirmed)' }],
  ['suspected cases', 'There are 12 suspected cases.', '12 suspected cases', { dimension: 'count', unit: 'case', value: 12, measure: 'case (suspected)' }],
  ['evacuated', 'Crews evacuated 3,000 residents.', '3,000 residents', { dimension: 'count', unit: 'resident', value: 3_000, measure: 'resident (displaced)' }],
  ['arrested', 'Police arrested 14 people.', '14 people', { dimension: 'count', unit: 'people', value: 14, measure: 'people (arrested)' }],
  ['each', 'The sides will free 50 hostages each.', '50 hostages each', { dimension: 'count', unit: 'hostage', value: 50, qualifier: 'each' }],
  ['apiece', 'The clubs get 40 tickets apiece.', '40 tickets apiece', { dimension: 'count', unit: 'ticket', value: 40, qualifier: 'apiece' }],
  ['or more', 'Groups of 20 or more people need a permit.', '20 or more people', { dimension: 'count', value: 20, low: 20, high: null, qualifier: 'or more' }],
  ['as many as', 'As many as 300 homes were flooded.', 'As many as 300 homes', { dimension: 'count', value: 300, low: 0, high: 300 }],
  ['up to', 'Up to 40 flights were cancelled.', 'Up to 40 flights', { dimension: 'count', value: 40, low: 0, high: 40, qualifier: 'Up to' }],
  ['nearly', 'Nearly 200 staff signed.', 'Nearly 200 staff', { dimension: 'count', value: 200, low: 170, high: 200 }],
  ['about', 'About 90 firms applied.', 'About 90 firms', { dimension: 'count', value: 90, low: 76.5, high: 103.5, qualifier: 'About' }],
  ['at least', 'At least 25 people died.', 'At least 25 people', { dimension: 'count', value: 25, low: 25, high: null, measure: 'people (dead)' }],
  ['fewer than', 'Fewer than 50 residents attended.', 'Fewer than 50 residents', { dimension: 'count', value: 50, low: 0, high: 50 }],
  ['a year is no count', 'The 2019 floods and 12 later storms hit the town.', '12 later storms', { dimension: 'count', unit: 'storm', value: 12 }],
  // Ordinals
  ['ordinal word', 'It was the second vote this year.', 'second', { dimension: 'ordinal', unit: 'vote', value: 2 }],
  ['ordinal digits', 'It was the 3rd recount.', '3rd', { dimension: 'ordinal', unit: 'recount', value: 3 }],
  ['ordinal tenth', 'This is the tenth strike day.', 'tenth', { dimension: 'ordinal', unit: 'day', value: 10 }],
  ['ordinal before a compound', 'It was the club’s 12th league title.', '12th', { dimension: 'ordinal', unit: 'title', value: 12, measure: 'title' }],
  // Periods
  ['first quarter', 'First-quarter profit was $40m.', '$40m', { dimension: 'money', value: 40_000_000, measure: 'profit (q1)' }],
  ['full year', 'Full-year profit was $150m.', '$150m', { dimension: 'money', value: 150_000_000, measure: 'profit (full year)' }],
];

export const FIGURE_PHRASES: FigurePhrase[] = rows.map(([form, sentence, figure, expected]) => ({ form, sentence, figure, expected }));
