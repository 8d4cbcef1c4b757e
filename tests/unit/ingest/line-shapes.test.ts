import { describe, expect, it } from 'vitest';
import {
  boilerplateRole,
  isQuotedTitle,
  isTitleLine,
  isTitleShape,
  isAdSlug,
  isPhotoCredit,
  isReportingCredit,
  parseByline,
  parseDateline,
  parseHandleLine,
  parseListItem,
  parsePostTime,
  parseTimestamp,
  readMoreShape,
  splitGluedCredit,
  splitGluedReportingCredit,
} from '../../../src/lib/ingest/line-shapes.ts';

describe('parseListItem', () => {
  it.each([
    ['- a bullet', { marker: '-', text: 'a bullet', ordered: false }],
    ['• a dot', { marker: '•', text: 'a dot', ordered: false }],
    ['1. first', { marker: '1.', text: 'first', ordered: true }],
    ['12) twelfth', { marker: '12)', text: 'twelfth', ordered: true }],
  ])('reads %s', (line, expected) => expect(parseListItem(line)).toEqual(expected));

  it.each(['1.5 million people left', '2025. It was a year', '-dash glued', 'Plain text', '1.'])('rejects %s', (line) => {
    expect(parseListItem(line)).toBeUndefined();
  });
});

describe('parseTimestamp', () => {
  it.each([
    ['18:05 GMT', { published: false, hasTime: true, hasDate: false, time: '18:05' }],
    ['5:14 p.m. ET', { published: false, hasTime: true, hasDate: false, time: '17:14' }],
    ['17.02 BST', { published: false, hasTime: true, hasDate: false, time: '17:02' }],
    ['2h ago', { published: false, hasTime: true, hasDate: false, time: null }],
    ['Updated 19:10 GMT', { published: true, hasTime: true, hasDate: false, time: '19:10' }],
    ['Published 18 March 2025', { published: true, hasTime: false, hasDate: true, time: null }],
    ['March 18, 2025 6:42 PM GMT', { published: false, hasTime: true, hasDate: true, time: '18:42' }],
    ['Tuesday, March 18, 2025', { published: false, hasTime: false, hasDate: true, time: null }],
    ['Tue 18 Mar 2025 12.15 EDT', { published: false, hasTime: true, hasDate: true, time: '12:15' }],
    ['2025-03-18', { published: false, hasTime: false, hasDate: true, time: null }],
    ['Last updated: 12:00 AM UTC', { published: true, hasTime: true, hasDate: false, time: '00:00' }],
  ])('reads %s', (line, expected) => expect(parseTimestamp(line)).toEqual(expected));

  it.each(['2025', 'March', 'Posted by the desk', 'The meeting ended at 18:05 GMT.', 'Today', '', 'Post 18:05'])('rejects %j', (line) => {
    expect(parseTimestamp(line)).toBeUndefined();
  });
});

describe('parseByline', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['BY JANE DOE', ['JANE DOE']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By Jane Doe, John Roe & Ann-Marie de la Cruz', ['Jane Doe', 'John Roe', 'Ann-Marie de la Cruz']],
    ['By Jane Doe, Example Wire', ['Jane Doe']],
    ['By Jane Doe, staff writer', ['Jane Doe']],
    ['By J. R. Doe | Published March 18, 2025', ['J. R. Doe']],
    ['Written by Omar Diaz', ['Omar Diaz']],
    ['By The Associated Press', []],
    ['By Example Wire Staff', []],
  ])('reads %s', (line, authors) => expect(parseByline(line)).toEqual({ authors }));

  it.each([
    ['Posted on May 6, 2025 by Jane Doe', ['Jane Doe']],
    ['Published 10:42 BST, 6 May 2025 by Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Updated March 18, 2025 at 5:14 p.m. by Example Wire Staff', []],
  ])('reads a byline after a publication time: %s', (line, authors) => expect(parseByline(line)).toEqual({ authors }));

  it.each(['On May 6, 2025 by the river, Jane Doe said so', 'Posted by the council on May 6, 2025'])(
    'rejects %s (no publication time before "by", or not a byline after it)',
    (line) => expect(parseByline(line)).toBeUndefined(),
  );

  it.each(['By Tuesday, the talks had stalled.', 'By the time the call ended, it was dark.', 'By March 18, 2025, the deal was done', 'Byron Doe said so', 'By contrast'])(
    'rejects %s',
    (line) => expect(parseByline(line)).toBeUndefined(),
  );
});

describe('parseDateline', () => {
  it.each([
    ['WASHINGTON - The talks began.', { text: 'WASHINGTON -', place: 'WASHINGTON', agency: null }],
    ['KYIV, Ukraine (AP) — The talks began.', { text: 'KYIV, Ukraine (AP) —', place: 'KYIV, Ukraine', agency: 'AP' }],
    ['LONDON, March 18 (Example Wire) - Talks began.', { text: 'LONDON, March 18 (Example Wire) -', place: 'LONDON', agency: 'Example Wire' }],
    ['NEW YORK — Talks began.', { text: 'NEW YORK —', place: 'NEW YORK', agency: null }],
    ['MOSCOW/KYIV, March 18 (EW) - Talks.', { text: 'MOSCOW/KYIV, March 18 (EW) -', place: 'MOSCOW/KYIV', agency: 'EW' }],
    ['Portville, March 18 (EW) - Talks began.', { text: 'Portville, March 18 (EW) -', place: 'Portville', agency: 'EW' }],
    ['Portville (EW) — Talks began.', { text: 'Portville (EW) —', place: 'Portville', agency: 'EW' }],
    ['(EW) — Talks began.', { text: '(EW) —', place: null, agency: 'EW' }],
    ['ST. PETERSBURG, Russia -', { text: 'ST. PETERSBURG, Russia -', place: 'ST. PETERSBURG, Russia', agency: null }],
  ])('reads %s', (line, expected) => expect(parseDateline(line)).toEqual(expected));

  it.each([
    'BREAKING - Talks began.',
    'U.S. President Jane Doe spoke.',
    'President Jane Doe (left) met officials.',
    'Sen. Jane Doe (D-Md.) — said so.',
    'On March 18, 2025, talks began.',
    'In a phone call - a long one - they spoke.',
  ])('rejects %s', (line) => expect(parseDateline(line)).toBeUndefined());
});

describe('furniture lines', () => {
  it.each(['Advertisement', 'ADVERTISEMENT', '- Advertisement -', 'Advertisement · Scroll to continue', 'Story continues below advertisement', 'Sponsored content'])(
    'ad slug: %s',
    (line) => expect(isAdSlug(line)).toBe(true),
  );
  it.each(['Advertisements were banned.', 'The ad campaign'])('not an ad slug: %s', (line) => expect(isAdSlug(line)).toBe(false));

  it.each([
    ['Read more: Talks resume', 'with-title'],
    ['READ MORE: Talks resume', 'with-title'],
    ['Related: Talks resume', 'with-title'],
    ['► See also: Talks resume', 'with-title'],
    ['Related stories', 'label'],
    ['Read more:', 'label'],
  ] as const)('read-more: %s', (line, shape) => expect(readMoreShape(line)).toBe(shape));
  it.each(['Readers wrote in: many were angry.', 'Relatedly, talks resumed.'])('not read-more: %s', (line) => expect(readMoreShape(line)).toBeUndefined());

  it.each(['Photo: Jane Doe/Example Wire', 'Photograph: Jane Doe/Example Wire', '(AP Photo/Jane Doe)', 'Jane Doe/Example Wire', 'AFP via Getty Images', 'Image source, Getty Images', 'Photo by J. Doe/Reuters', 'Credit: Jane Doe'])(
    'photo credit: %s',
    (line) => expect(isPhotoCredit(line)).toBe(true),
  );
  it.each(['US/Russia', 'Photo: the minister arrives. he waves.', 'Photos show the damage in the city after the strikes on Monday and Tuesday nights, officials said in a statement.'])(
    'not a photo credit: %s',
    (line) => expect(isPhotoCredit(line)).toBe(false),
  );

  it.each([
    ['A woman walks past. Photo: Jane Doe /Example Wire', { caption: 'A woman walks past.', credit: 'Photo: Jane Doe /Example Wire' }],
    ['A woman walks past. (AP Photo/Jane Doe)', { caption: 'A woman walks past.', credit: '(AP Photo/Jane Doe)' }],
    ['FILE - A woman walks past. Photo by J. Doe/Reuters', { caption: 'FILE - A woman walks past.', credit: 'Photo by J. Doe/Reuters' }],
  ])('splits a credit glued to a caption: %s', (line, expected) => expect(splitGluedCredit(line)).toEqual(expected));
  it.each(['The photo shows the minister.', '(AP Photo/Jane Doe)'])('no glued credit in %s', (line) => expect(splitGluedCredit(line)).toBeUndefined());

  it.each([
    'Reporting by Jane Doe; Editing by John Roe',
    '(Reporting by Jane Doe in Kyiv; Additional reporting by Ann Lee; Editing by John Roe)',
    'Additional reporting by Ann Lee',
    'Writing by Jane Doe; editing by John Roe',
    'Contributing: Jane Doe',
    'Example Wire writers Jane Doe and John Roe contributed to this report.',
  ])('reporting credit: %s', (line) => expect(isReportingCredit(line)).toBe(true));
  it.each(['Reporting from the front is dangerous.', 'Editing the constitution took years.'])('not a reporting credit: %s', (line) => {
    expect(isReportingCredit(line)).toBe(false);
  });

  it('splits a reporting credit off the paragraph it closes', () => {
    expect(splitGluedReportingCredit('Talks resume on Friday. (Reporting by Jane Doe; Editing by John Roe)')).toEqual({
      body: 'Talks resume on Friday.',
      credit: '(Reporting by Jane Doe; Editing by John Roe)',
    });
    expect(splitGluedReportingCredit('Talks resume on Friday (officials said).')).toBeUndefined();
  });

  it.each([
    ['Share', 'share'],
    ['Share this article', 'share'],
    ['Facebook | Twitter | Email | Copy link', 'share'],
    ['Follow us on Instagram', 'share'],
    ['Sign up for our daily newsletter', 'newsletter'],
    ['Forwarded this email? Subscribe here.', 'newsletter'],
    ['Get the morning briefing delivered to your inbox.', 'newsletter'],
    ['Unsubscribe | Manage preferences', 'newsletter'],
    ['© 2025 Example Media. All rights reserved.', 'copyright'],
    ['Copyright 2025 Example Wire', 'copyright'],
    ['5 min read', 'page'],
    ['Listen to this article', 'page'],
    ['3 of 12', 'page'],
    ['Image 2 of 8', 'page'],
    ['View 12 comments', 'page'],
    ['1.2K Reposts 3,401 Likes', 'page'],
    ['Shared from the Example News app. Download it free from your app store.', 'share'],
    ['Sent from my iPhone', 'share'],
    ['Listen to this article · 4 min', 'page'],
    ['[MUSIC]', 'page'],
    ['[00:04:12]', 'page'],
    ['Transcript', 'page'],
    ['This transcript was produced automatically and checked by our staff.', 'page'],
    ['---------- Forwarded message ---------', 'page'],
    ['Begin forwarded message:', 'page'],
    ['Media contact:', 'page'],
    ['press@example.org', 'page'],
    ['Tel: +44 20 7946 0321', 'page'],
    ['-ends-', 'page'],
    ['Our Standards: The Example Wire Trust Principles.', 'page'],
    ['The Example Press is solely responsible for all content.', 'page'],
  ] as const)('boilerplate %s → %s', (line, role) => expect(boilerplateRole(line)).toBe(role));
  it.each([
    'Shares in energy companies rose on Tuesday.',
    'The newsletter’s editor said subscribers had doubled, a figure the company confirmed.',
    '“Sign up now,” the recruiters told young men in the town, according to residents.',
    'Print media reported the talks.',
    'Sent from the front, the letters reached her in May.',
    '[Updated with the operator’s comment]',
    'The ends justify the means, he said.',
    'Live',
  ])('not boilerplate: %s', (line) => {
    // "Live" alone is a page element; everything else here is prose.
    if (line === 'Live') expect(boilerplateRole(line)).toBe('page');
    else expect(boilerplateRole(line)).toBeUndefined();
  });
});

describe('social post lines', () => {
  it.each([
    ['@jane', '@jane'],
    ['@jane_doe · Follow', '@jane_doe'],
    ['@jane.example.social', '@jane.example.social'],
  ])('handle line %s', (line, handle) => expect(parseHandleLine(line)).toBe(handle));
  it.each(['@jane said so', 'Email @jane', 'jane'])('not a handle line: %s', (line) => expect(parseHandleLine(line)).toBeUndefined());

  it.each([
    ['5:14 PM · Mar 18, 2025', { time: '5:14 PM', date: 'Mar 18, 2025' }],
    ['Mar 18, 2025 at 5:14 PM', { time: '5:14 PM', date: 'Mar 18, 2025' }],
    ['17:14 · 18 Mar 2025 · 1.2M Views', { time: '17:14', date: '18 Mar 2025' }],
  ])('post time %s', (line, expected) => expect(parsePostTime(line)).toEqual(expected));
  it.each(['5:14 PM', 'Mar 18, 2025', 'At 5:14 PM on Mar 18, 2025 the call began.'])('not a post time: %s', (line) => {
    expect(parsePostTime(line)).toBeUndefined();
  });
});

describe('prose that only looks like furniture', () => {
  it.each([
    'Copyright law was at the centre of the dispute.',
    'Subscribe to the idea that talks will help, and you will be disappointed.',
    'Photos: Scenes from the summit',
    'Graphic: How the ceasefire would work',
    'Editing by hand took the clerks a week.',
    'Sign up rates for the programme fell.',
  ])('%s', (line) => {
    expect(boilerplateRole(line)).toBeUndefined();
    expect(isPhotoCredit(line)).toBe(false);
    expect(isReportingCredit(line)).toBe(false);
  });
});

describe('embed and page controls', () => {
  it.each(['View this post on Instagram', 'A post shared by Jane Doe (@janedoe)', 'Watch on YouTube', 'Reply', 'Follow', '1.2K', 'The views expressed in this article are the author’s own.'])(
    '%s is a page element',
    (line) => expect(boilerplateRole(line)).toBe('page'),
  );
});

describe('sponsor lines and most-read labels', () => {
  it.each(['Presented by Harbour Bank', 'Sponsored by Quayside Ferries', 'In partnership with the Valley Trust'])('%s is an advertisement slug', (line) => expect(isAdSlug(line)).toBe(true));
  it('a sentence opening "Presented by" is prose', () => expect(isAdSlug('Presented by the minister on Monday, the plan drew criticism from all sides.')).toBe(false));
  it.each(['Most read', 'Most popular stories', 'Trending now'])('%s is a read-more label', (line) => expect(readMoreShape(line)).toBe('label'));
});

describe('press-release furniture', () => {
  it.each(['FOR IMMEDIATE RELEASE', 'EMBARGOED UNTIL 00:01 GMT 16 MAY 2025', 'For release: 10:00 a.m., May 15', 'PRESS RELEASE', 'Media advisory'])('%s is a page element', (line) => expect(boilerplateRole(line)).toBe('page'));
  it.each(['The embargo on grain exports was lifted on Monday.', 'Embargo lifted on grain exports.'])('%s is prose', (line) => expect(boilerplateRole(line)).toBeUndefined());
});

describe('title shapes: isTitleShape, isTitleLine, isQuotedTitle', () => {
  it('isTitleShape: up to 25 words, no closing punctuation but a question or an exclamation, looked through closing marks', () => {
    expect(isTitleShape('Marlow weir inquiry ordered')).toBe(true);
    expect(isTitleShape('Will the pier reopen this year?')).toBe(true);
    expect(isTitleShape('The weir gave way on Saturday.')).toBe(false);
    expect(isTitleShape('He called it “a pause.”')).toBe(false);
    expect(isTitleShape('')).toBe(false);
    expect(isTitleShape(Array.from({ length: 26 }, () => 'word').join(' '))).toBe(false);
  });

  it('isTitleLine: no list item or dateline; a quotation only as a quoted title; capitalised on request', () => {
    expect(isTitleLine('Marlow weir inquiry ordered')).toBe(true);
    expect(isTitleLine('- Marlow weir inquiry ordered')).toBe(false);
    expect(isTitleLine('“Not yet,” she said')).toBe(false);
    expect(isTitleLine("'Not yet a deal': what the committee found")).toBe(true);
    expect(isTitleLine('weir inquiry ordered', { capitalised: true })).toBe(false);
    expect(isTitleLine('weir inquiry ordered')).toBe(true);
  });

  it('isQuotedTitle: a quotation then a colon or dash, or a comma and whose words in the present tense', () => {
    expect(isQuotedTitle("'A pause, not a peace': what the call agreed")).toBe(true);
    expect(isQuotedTitle("'We will rebuild the pier by spring', harbour master vows")).toBe(true);
    expect(isQuotedTitle('“We will rebuild it,” the harbour master said')).toBe(false);
    expect(isQuotedTitle('“Not yet,” she said')).toBe(false);
    expect(isQuotedTitle('Marlow weir inquiry ordered')).toBe(false);
  });
});
