import { describe, expect, it } from 'vitest';
import {
  boilerplateRole,
  isAdSlug,
  isFigureNote,
  isNewsletterPitch,
  isReferenceLine,
  isSupportPitch,
} from '../../../src/lib/ingest/line-shapes.ts';
import { parseArticleText } from '../../../src/lib/ingest/parse-article.ts';
import { blocksFromArticleHtml } from '../../../src/lib/ingest/page/page-blocks.ts';
import { isSpreadLine, unwrapText } from '../../../src/lib/ingest/text/wrapped-text.ts';

/**
 * Round 4: furniture rules widened from the phrasings of the development files to the families they
 * belong to (other verbs, other nouns, other capitalisation and separators), each with prose that
 * looks like it and must stay reporting.
 */

const prose = 'The council said the new ferry timetable would start in March and would add two evening crossings.';

describe('read and listen times in their forms', () => {
  it.each(['5 min read', '3-min read', '2 minute read', '5 MIN READ', '4 mins read', 'Reading Time: 4 Minutes', 'Reading time: 5 mins', 'Read time 3 min', 'Estimated reading time: 6 minutes', '8-minute listen', 'About 6 min read'])(
    '%s',
    (line) => expect(boilerplateRole(line)).toBe('page'),
  );
  it('a sentence about minutes is prose', () => {
    expect(boilerplateRole('The crossing takes 5 minutes to read the tide tables, the skipper said.')).toBeUndefined();
  });
});

describe('newsletter pitches in other words', () => {
  it.each([
    'Never miss a tribute: get the Evening Notices straight to your inbox.',
    'Get our Morning Briefing every weekday',
    'Join 40,000 readers who get our Weather Watch alerts by email.',
    'Stay ahead: our Money Matters bulletin, free every Friday',
    'Subscribe: our Money Matters briefing lands every Tuesday',
    'Sign up to our Courts Weekly email — every verdict from the county, every Friday',
    'Trouble reading this? Open it on the web.',
    'Having problems viewing this email? View it in your browser',
    'Like this bulletin? Pass it on to a colleague.',
    'Enjoyed this newsletter? Forward it to a friend.',
    "You're getting Harbour Notes because you opted in at",
  ])('%s', (line) => expect(boilerplateRole(line)).toBe('newsletter'));

  it.each([
    'Residents can get flood alerts from the agency by text message, officials said.',
    'The agency will send alerts to 12,000 homes on the coast.',
    '"Get the alerts out every morning," the director told staff.',
    prose,
  ])('prose about alerts or mail stays prose: %s', (line) => {
    expect(isNewsletterPitch(line)).toBe(false);
    expect(boilerplateRole(line)).toBeUndefined();
  });
});

describe('controls on the piece, named by any noun', () => {
  it.each(['SHARE THIS EXPLAINER', 'Share this guide', 'Embed this chart', 'Print this recipe', 'Save this story for later', 'Get the code', 'Download the data (CSV, 14KB)', 'Was this article useful? Yes / No', 'Did you find this helpful?', 'Rate this story'])(
    '%s',
    (line) => expect(boilerplateRole(line)).toBeDefined(),
  );
  it('a sentence that opens with "share" is prose', () => {
    expect(boilerplateRole('Share prices in the ferry operator fell 4% on the news.')).toBeUndefined();
  });
});

describe('tags, edited notes, reader-funding pitches, follow lines', () => {
  it.each(['Tagged: harbour · dredging · interviews', 'Filed under: Courts, Crime', 'Categories: Weather', 'This interview has been condensed and lightly edited.', 'The conversation was edited for length and clarity.', 'Edited for length and clarity.', 'Answers have been edited for brevity.', 'Chip in from £3 a month.', 'Become a member today.', 'Support our journalism from $5 a month', 'Follow Coastline Sport on Instagram and TikTok', 'Find us on Facebook, X and Threads'])(
    '%s',
    (line) => expect(boilerplateRole(line)).toBeDefined(),
  );
  it.each(['The interview was edited out of the broadcast after complaints, the channel said.', 'Support for the strike has grown since March, a poll found.', 'Members who chip in get a vote on the budget, the club said.'])('prose: %s', (line) => {
    expect(isSupportPitch(line)).toBe(false);
    expect(boilerplateRole(line)).toBeUndefined();
  });
});

describe('reference lines', () => {
  it.each(['Case ref: T2026/0418 — Harlow Crown Court', 'Case No. 24-CR-1187', 'Claim number: HC-2025-000123', 'Ref: FOI/2026/113', 'Our ref: AB/12/2026'])('%s', (line) => {
    expect(isReferenceLine(line)).toBe(true);
    expect(boilerplateRole(line)).toBe('page');
  });
  it.each(['Case 4', 'Case 4: the missing ferry', 'Case numbers rose by 12% in 2025, the court service said.'])('not a reference line: %s', (line) => {
    expect(isReferenceLine(line)).toBe(false);
  });
});

describe('figure notes', () => {
  it.each(['Source: National Statistics Office, private rental survey', 'Chart note: towns are grouped by population at the 2021 census.', 'Note: Figures are not seasonally adjusted.', 'Methodology: rents are the median of new and continuing tenancies.'])(
    'under a figure: %s',
    (line) => expect(isFigureNote(line)).toBe(true),
  );
  it('a qualified note or methodology is furniture anywhere; a bare source or note in running text is not', () => {
    expect(boilerplateRole('Chart source: National Statistics Office')).toBe('page');
    expect(boilerplateRole('Source: National Statistics Office. Methodology: rents are the median of tenancies.')).toBe('page');
    expect(boilerplateRole('Source: Example Wire and agencies')).toBeUndefined();
    expect(boilerplateRole(`Note: ${prose}`)).toBeUndefined();
    expect(boilerplateRole('Graphic: How the ceasefire would work')).toBeUndefined();
  });
});

describe('hard-wrapped text: spread lines and folded mail headers', () => {
  it('a line spread across the page is a header or footer, never joined', () => {
    expect(isSpreadLine('THE VALLEY COURIER                         Thursday, 12 November 2026')).toBe(true);
    expect(isSpreadLine('Page 4                                          The Valley Courier')).toBe(true);
    expect(isSpreadLine('The company said the routes lost money.  It will review them.')).toBe(false);
    const text = [
      'THE VALLEY COURIER                                    Thursday, 12 November 2026',
      'Bus company drops plan to axe',
      'night routes after petition',
      '    Arlen Valley Buses has dropped a plan to withdraw its four night',
      'routes after a petition against the cuts gathered more than 9,000',
      'signatures in three weeks.',
    ].join('\n');
    const lines = unwrapText(text, () => false).text.split('\n');
    expect(lines[0]).toBe('THE VALLEY COURIER                                    Thursday, 12 November 2026');
    expect(lines[1]).toBe('Bus company drops plan to axe night routes after petition');
  });
  it('a header field folded onto an indented line goes on the field', () => {
    const text = ['Subject: Harbour Notes #212: Quay wall repairs to close', ' two berths until spring', '', 'QUAY WALL REPAIRS', '', 'Two berths will close from next month while engineers rebuild'].join('\n');
    const lines = unwrapText(text, () => false).text.split('\n');
    expect(lines[0]).toBe('Subject: Harbour Notes #212: Quay wall repairs to close two berths until spring');
    expect(lines).not.toContain(' two berths until spring');
  });
});

describe('related titles set line under line', () => {
  it('a read-more label gathers a group of title lines', () => {
    const blocks = parseArticleText(['A Headline Here', '', prose, '', 'Related coverage:', 'Stellbury haulier jailed over fatal crash', 'Inspectors warn of rising warehouse injuries'].join('\n'));
    expect(blocks.at(-1)).toEqual({ type: 'related-links', items: ['Related coverage:', 'Stellbury haulier jailed over fatal crash', 'Inspectors warn of rising warehouse injuries'] });
  });
  it('a group holding a sentence is not gathered', () => {
    const blocks = parseArticleText(['A Headline Here', '', prose, '', 'Related coverage:', prose, 'Inspectors warn of rising warehouse injuries'].join('\n'));
    expect(blocks.some((block) => block.type === 'paragraph' && block.text.startsWith(prose))).toBe(true);
  });
});

describe('saved pages', () => {
  it('a caption with its source and note in paragraphs of their own gives them as credits', () => {
    const html = `<article><p>${prose}</p><figure><img src="c.svg" alt=""><figcaption><p>Annual rise in average rent, by size of town</p><p>Source: National Statistics Office</p><p>Chart note: towns are grouped by population.</p></figcaption></figure></article>`;
    const blocks = blocksFromArticleHtml(html, { headline: null });
    expect(blocks.filter((block) => block.type === 'photo-caption' || block.type === 'photo-credit')).toEqual([
      { type: 'photo-caption', text: 'Annual rise in average rent, by size of town' },
      { type: 'photo-credit', text: 'Source: National Statistics Office' },
      { type: 'photo-credit', text: 'Chart note: towns are grouped by population.' },
    ]);
  });
  it('a line of furniture segments is furniture, as in a text file', () => {
    const html = `<article><p>30 September 2026 · Reading time: 5 mins</p><p>${prose}</p><p>Embed this chart | Get the code</p></article>`;
    const blocks = blocksFromArticleHtml(html, { headline: null });
    expect(blocks[0]).toMatchObject({ type: 'timestamp', text: '30 September 2026 · Reading time: 5 mins' });
    expect(blocks[1]).toEqual({ type: 'paragraph', text: prose });
    expect(blocks[2]).toEqual({ type: 'boilerplate', role: 'page', text: 'Embed this chart | Get the code' });
  });
  it('a box of pitch and a button worded as furniture is a call to action', () => {
    const later = 'Ferry operators said they would publish the full timetable on Friday after a final safety check.';
    const html = `<article><p>${prose}</p><div class="cta"><p>The Example Ledger is funded by its members. If you value reporting like this, join them.</p><p><a href="/join">Become a member</a></p></div><p>${later}</p></article>`;
    const blocks = blocksFromArticleHtml(html, { headline: null });
    expect(blocks.filter((block) => block.type === 'paragraph').map((block) => 'text' in block && block.text)).toEqual([prose, later]);
  });
});

describe('advertisement slugs in other words', () => {
  it.each(['— Advertisement —', 'ADVERTISEMENT', 'Story continues below advertisement', 'Article continues after this ad', 'Content continues below', 'The story continues after the advert', 'Continues below the sponsored message'])('%s', (line) => {
    expect(isAdSlug(line)).toBe(true);
  });
  it('a sentence about advertising is prose', () => {
    expect(isAdSlug('The strike continues after the advertisement campaign failed to win back drivers.')).toBe(false);
  });
});
