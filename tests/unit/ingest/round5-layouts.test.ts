import { describe, expect, it } from 'vitest';
import { boilerplateRole, cueRole, isMenuLine } from '../../../src/lib/ingest/line-shapes.ts';
import { parseArticleText, standsAloneLine } from '../../../src/lib/ingest/parse-article.ts';
import { unwrapText } from '../../../src/lib/ingest/text/wrapped-text.ts';

// Invented variants: other words, other order and other house styles than the development fixtures
// the rules were prompted by, so that a rule fitted to one file's wording fails here.
const BODY = 'The harbour board voted on Monday to raise ferry fares for the second time this year, by eight per cent from June.\nCommuters from the islands will pay the most, the board said in a statement.';
const kinds = (text: string) => parseArticleText(text).map((block) => [block.type, 'text' in block ? block.text : ''] as const);
const headline = (text: string) => parseArticleText(text).find((block) => block.type === 'headline')?.text ?? null;
const typeOf = (text: string, line: string) => kinds(text).find(([, value]) => value === line)?.[0];
/** Whether a line is in a block the analysis reads as reporting (a paragraph, a turn, a list, a subheading). */
const inReporting = (text: string, line: string) =>
  parseArticleText(text).some((block) => ['paragraph', 'turn', 'list', 'key-points', 'subheading'].includes(block.type) && JSON.stringify(block).includes(JSON.stringify(line).slice(1, -1)));

describe('a broadcast transcript: the story’s title over the transcript, the programme’s name above it', () => {
  it('takes the title over a stage direction in parentheses, the podcast’s name and episode line above it as furniture', () => {
    const text = [
      'Harbour Talk — the weekly podcast of the Skelby Post',
      'Episode 88 · 12 March 2026',
      'Why ferry fares went up again this spring',
      '(THEME MUSIC)',
      'HOST (ANA RIIS): The harbour board has put fares up again. Tom Vale has been following it.',
      'TOM VALE: It is the second rise this year, and the islanders are furious about it.',
      'HOST (ANA RIIS): What did the board say?',
      'TOM VALE: That fuel costs left it no choice, and that it would review the fares in the autumn.',
    ].join('\n');
    expect(headline(text)).toBe('Why ferry fares went up again this spring');
    expect(typeOf(text, 'Harbour Talk — the weekly podcast of the Skelby Post')).toBe('boilerplate');
  });

  it('takes the title directly over the first speaker, with an aired-date field between it and the show’s name', () => {
    const text = [
      'City Hour with Tom Vale on Radio Kessal',
      'Aired: Monday 4 May 2026',
      'Council backs the new tram depot in a late vote',
      'TOM VALE: Good evening. The council has backed the new tram depot after a four-hour debate.',
      'ANA RIIS: Tom, it was close: nineteen votes to seventeen, and the mayor had to cast the deciding one.',
      'TOM VALE: Ana Riis at the town hall, thank you.',
    ].join('\n');
    expect(headline(text)).toBe('Council backs the new tram depot in a late vote');
  });

  it('leaves a news story with its date and a second title-shaped line alone: its body is prose, not a transcript', () => {
    const text = `Ferry fares rise for the second time this year\n12 March 2026\nIslanders say the board has broken its promise again\n${BODY}`;
    expect(headline(text)).toBe('Ferry fares rise for the second time this year');
  });
});

describe('production cues, counters, notices and menus are furniture by their shape', () => {
  it.each([
    ['[CAPTION: Ana Riis, harbour master]', 'page'],
    ['[SFX: ship’s horn, gulls]', 'page'],
    ['(VT: FERRY LEAVING THE QUAY)', 'page'],
    ['[Photo: A ferry leaves Skelby quay in the rain]', 'image'],
    ['[Video: the board’s vote, 3 min]', 'image'],
  ])('cueRole(%j) is %s', (line, role) => expect(cueRole(line)).toBe(role));

  it.each([
    '(The board, she said, had not consulted anyone: not the islanders, not the unions.)',
    '[Ana Riis] told the board the fares were unfair.',
    'The mayor said: [the fares] cannot rise again.',
  ])('cueRole(%j) is undefined: a sentence with brackets', (line) => expect(cueRole(line)).toBeUndefined());

  it.each([
    ['Part 3 of 4', 'page'],
    ['Chapter 2 / 9', 'page'],
    ['Pictures and text © 2025 Skelby Post. Reuse only with permission.', 'copyright'],
    ['News · Sport · Business · Weather · Puzzles', 'page'],
  ])('boilerplateRole(%j) is %s', (line, role) => expect(boilerplateRole(line)).toBe(role));

  it.each([
    'Three of the four ferries ran late on Monday.',
    'Part of the fare rise will go to the new pier, the board said.',
    'Ferries | Trams | Buses all cost more this year.',
  ])('boilerplateRole(%j) is undefined: an ordinary sentence', (line) => expect(boilerplateRole(line)).toBeUndefined());

  it('reads a menu line only when every item is a short capitalised name', () => {
    expect(isMenuLine('About us | Our work | Press | Jobs')).toBe(true);
    expect(isMenuLine('Fares rose 8% | Trams late | Board meets')).toBe(false);
    expect(isMenuLine('Ferries · Trams')).toBe(false);
  });

  it('lets a press office’s name and menu over the release’s title leave the title the headline', () => {
    const text = `Skelby Harbour Board · Press office\nAbout us | Services | Tenders | Press\n\nFOR IMMEDIATE RELEASE\n\nFerry fares to rise by eight per cent from June\n\n${BODY.replace('\n', '\n\n')}`;
    expect(headline(text)).toBe('Ferry fares to rise by eight per cent from June');
    expect(typeOf(text, 'Skelby Harbour Board · Press office')).toBe('boilerplate');
  });

  it('reads an office’s long name over a release label as its masthead, not the headline', () => {
    const text = `Ministry of Harbours, Ports and Inland Waterways
EMBARGOED UNTIL 00:01, 12 March 2026
Ferry fares to rise by eight per cent from June
${BODY}`;
    expect(headline(text)).toBe('Ferry fares to rise by eight per cent from June');
  });
});

describe('a site’s name over the headline that reads like a person’s', () => {
  it('is a label when a byline under the title names other people', () => {
    const text = `Harrow Courier\nFerry fares rise for a second time this year\nBy Ana Riis and Tom Vale\n${BODY}`;
    expect(headline(text)).toBe('Ferry fares rise for a second time this year');
    expect(typeOf(text, 'Harrow Courier')).toBe('section-label');
  });

  it('is the masthead when the site’s trail is set under it', () => {
    const text = `Harrow Courier\nHome › News › Transport\nFerry fares rise for a second time this year\n${BODY}`;
    expect(headline(text)).toBe('Ferry fares rise for a second time this year');
    expect(typeOf(text, 'Harrow Courier')).toBe('boilerplate');
  });

  it('is not a label when it is the byline’s own name (a columnist’s name over the column)', () => {
    const text = `Ana Riis\nWhy the ferry fares had to rise\nBy Ana Riis\n${BODY}`;
    expect(typeOf(text, 'Ana Riis')).not.toBe('section-label');
  });
});

describe('hard-wrapped print: a jump’s slug line, a header in wide gaps, a prose line that stops on a name', () => {
  // An invented two-page story from a print edition: other outlet, other slug and other page numbers.
  const PRINT = [
    'FERRY FARES TO RISE AGAIN',
    'By Ana Riis',
    'SKELBY — The harbour board voted on Monday to',
    'raise ferry fares for the second time this year,',
    'by eight per cent from June, after a debate in',
    'which the island councillors walked out. Its',
    'chair, Tom Vale, told the meeting that the',
    'Continued on B2',
    'B2   THE SKELBY POST   Tuesday, 4 March 2026',
    'FERRIES, from B1',
    'board had no choice once fuel prices rose.',
    'Islanders gathered afterwards, as they had',
    'promised, on the quay outside Harbour',
    'House. They said they would appeal to the',
    'transport ministry before the summer.',
    'The board meets again in April.',
  ].join('\n');

  it('sets the slug line and the header apart and joins the paragraph across the jump', () => {
    const { text, lineKinds } = unwrapText(PRINT, standsAloneLine);
    expect(lineKinds.get('FERRIES, from B1')).toBe('page');
    expect(lineKinds.get('B2   THE SKELBY POST   Tuesday, 4 March 2026')).toBe('masthead');
    expect(text).toContain('told the meeting that the board had no choice once fuel prices rose.');
  });

  it('joins a long line of prose that stops on a capitalised name to the line under it', () => {
    const { text } = unwrapText(PRINT, standsAloneLine);
    expect(text).toContain('on the quay outside Harbour House. They said');
    // A sentence closed at a line's end still ends its paragraph where the line is short.
    expect(text).toContain('before the summer.\nThe board meets again in April.');
  });

  it('leaves a short title line without a comma over its paragraph alone', () => {
    const wrapped = [
      'Fares rise again at Skelby harbour',
      'The harbour board voted on Monday to raise',
      'ferry fares for the second time this year,',
      'by eight per cent from June, after a debate',
      'in which the island councillors walked out.',
    ].join('\n');
    expect(unwrapText(wrapped, standsAloneLine).text.split('\n')[0]).toBe('Fares rise again at Skelby harbour');
  });

  it('does not read a capitalised sentence’s opening as a jump slug', () => {
    const { lineKinds } = unwrapText(['Passengers, from June, will pay', 'more on every crossing to the islands,', 'the board said on Monday in a statement', 'that gave no figure for the freight tolls.'].join('\n'), standsAloneLine);
    expect(lineKinds.get('Passengers, from June, will pay')).toBeUndefined();
  });
});

describe('what follows the end of the article', () => {
  it('reads every line after a release’s end mark as the office’s, not the release’s', () => {
    const text = [
      'Statement by the Harbour Board on ferry fares',
      BODY,
      'The board will review the fares in the autumn, the chair said.',
      '-30-',
      'Downloads',
      'Fare table from June 2026 (XLSX, 48 KB)',
      'Press desk',
      'Skelby Harbour Board, Quay Street',
      'The Harbour Board runs the port of Skelby and its four ferry routes on behalf of the county.',
      'Did you find what you were looking for? Yes / No',
    ].join('\n');
    for (const line of ['Downloads', 'Fare table from June 2026 (XLSX, 48 KB)', 'Press desk', 'Skelby Harbour Board, Quay Street', 'The Harbour Board runs the port of Skelby and its four ferry routes on behalf of the county.', 'Did you find what you were looking for? Yes / No']) {
      expect(inReporting(text, line)).toBe(false);
    }
    expect(typeOf(text, 'The board will review the fares in the autumn, the chair said.')).toBe('paragraph');
  });

  it('reads the short lines after the cue that follows a transcript’s last turn as the programme’s closing', () => {
    const text = [
      'Why ferry fares went up again this spring',
      'ANA RIIS: The harbour board has put fares up again. Tom Vale has been following it.',
      'TOM VALE: It is the second rise this year, and the islanders are furious about it.',
      'ANA RIIS: Tom Vale, thank you.',
      '(COMMERCIAL BREAK)',
      'Still to come: the football, and a look at the weekend’s weather.',
      'Catch up with every episode on the Skelby Post website.',
    ].join('\n');
    expect(typeOf(text, 'Still to come: the football, and a look at the weekend’s weather.')).toBe('boilerplate');
    expect(typeOf(text, 'Catch up with every episode on the Skelby Post website.')).toBe('boilerplate');
  });

  it('leaves speech after a mid-programme cue alone: another turn follows it', () => {
    const text = [
      'Why ferry fares went up again this spring',
      'ANA RIIS: The harbour board has put fares up again. Tom Vale has been following it.',
      '(BEGIN VIDEOTAPE)',
      'The quay was quiet this morning, the first ferry half empty.',
      'TOM VALE: It is the second rise this year, and the islanders are furious about it.',
      'ANA RIIS: Tom Vale, thank you.',
    ].join('\n');
    expect(typeOf(text, 'The quay was quiet this morning, the first ferry half empty.')).toBe('paragraph');
  });

  it('does not take an end mark in the first half of the file as the end', () => {
    const text = `Ferry fares rise again\n###\n${BODY}\nThe board meets again in April, when it will look at the freight tolls.`;
    expect(typeOf(text, 'The board meets again in April, when it will look at the freight tolls.')).toBe('paragraph');
  });
});

describe('call-outs, notes and links of the page, by their shape', () => {
  it.each([
    ['Were you on one of the cancelled crossings? Write to us at islands@skelbypost.example', 'page'],
    ['Got a tip about the harbour board? Contact our newsdesk on 01632 960 777', 'page'],
    ['Tom Vale covers transport for the Post. Email him at t.vale@skelbypost.example.', 'page'],
    ['Correction, 4 March: This article was amended to give the right fare for children.', 'page'],
    ['Fare table from June 2026 (XLSX, 48 KB)', 'page'],
    ['Board minutes, March 2026 [PDF 2.3MB]', 'page'],
    ['{% include "fares-promo.html" %}', 'page'],
    ['[newsletter_box list="islands" style="wide"]', 'page'],
    ['Press enquiries', 'page'],
  ])('boilerplateRole(%j) is %s', (line, role) => expect(boilerplateRole(line)).toBe(role));

  it.each([
    'Islanders can email objections to fares@skelbyharbour.example until 30 April, the board said.',
    'The board said passengers who wanted a refund should call 01632 960 555.',
    'The report (PDF) was published on Monday and runs to 80 pages.',
    'Press enquiries rose sharply after the vote, the board said.',
  ])('boilerplateRole(%j) is undefined: a story’s sentence', (line) => expect(boilerplateRole(line)).toBeUndefined());

  it('reads a section’s name beside a reading time or a date as furniture', () => {
    expect(typeOf(`Ferry fares rise again\nIslands · 4 min read\n${BODY}`, 'Islands · 4 min read')).toBe('boilerplate');
    expect(typeOf(`Ferry fares rise again\nLocal | 4 March 2026\n${BODY}`, 'Local | 4 March 2026')).toBe('timestamp');
  });
});

describe('a release’s closing sections and its dateline under a standfirst', () => {
  const RELEASE = [
    'Skelby Harbour Board sets new ferry fares from June',
    '',
    'Islanders to pay eight per cent more on every crossing',
    '',
    'SKELBY, 4 March 2026 — The Skelby Harbour Board today set new ferry fares for its four island routes, the second rise this year.',
    '',
    '"Fuel has cost us more every month since the autumn," said the board’s chair, Tom Vale.',
    '',
    'Who we are',
    'The Skelby Harbour Board runs the port of Skelby and its four ferry routes on behalf of the county council.',
    '',
    'About the Skelby Harbour Board',
    'The board was set up in 1952 and employs 210 people at the port and on its six ferries.',
    '',
    'Disclaimer',
    'This notice contains estimates of future fuel costs, which may turn out otherwise.',
  ].join('\n');

  it('sets a heading directly over its paragraph apart, and keeps every section after "About …" as closing matter', () => {
    expect(typeOf(RELEASE, 'About the Skelby Harbour Board')).toBe('boilerplate');
    expect(typeOf(RELEASE, 'The board was set up in 1952 and employs 210 people at the port and on its six ferries.')).toBe('boilerplate');
    expect(typeOf(RELEASE, 'This notice contains estimates of future fuel costs, which may turn out otherwise.')).toBe('boilerplate');
    // Before the closing sections, the story: a heading over its paragraph is a subheading, the paragraph reporting.
    expect(typeOf(RELEASE, 'The Skelby Harbour Board runs the port of Skelby and its four ferry routes on behalf of the county council.')).toBe('paragraph');
  });

  it('splits the dateline off the paragraph after a short standfirst', () => {
    expect(typeOf(RELEASE, 'SKELBY, 4 March 2026 —')).toBe('dateline');
    expect(headline(RELEASE)).toBe('Skelby Harbour Board sets new ferry fares from June');
  });

  it('lets the story go on under a heading after "About …" when quoted speech follows', () => {
    const text = `Ferry fares rise again\n\n${BODY.replace('\n', '\n\n')}\n\nAbout the Skelby Harbour Board\n\nThe board was set up in 1952 and runs four ferry routes.\n\nWhat islanders say\n\n"We cannot pay this," said Ana Riis, who runs the island shop.`;
    expect(typeOf(text, '"We cannot pay this," said Ana Riis, who runs the island shop.')).toBe('paragraph');
  });
});

describe('the page under the article: tags, more-from lists, readers’ comments, a wrapped notice', () => {
  it('gathers the tags under a "Tags" label and the titles under "More from …"', () => {
    const text = `Ferry fares rise again\n${BODY}\nThe board meets again in April.\nTags\nFerries\nIslands\nFares\nMore from the Skelby Post\n- Quay wall repairs to start in May\n- Island school wins rowing cup`;
    for (const line of ['Ferries', 'Islands', 'Fares', '- Quay wall repairs to start in May', 'Island school wins rowing cup']) expect(inReporting(text, line)).toBe(false);
  });

  it('reads the names and words under a comments heading as the readers’, once a comment’s controls show', () => {
    const text = [
      'Ferry fares rise again',
      BODY,
      'The board meets again in April, when it will look at the freight tolls.',
      '12 comments',
      'islandgirl_88',
      'Another rise and not one word about the winter timetable.',
      'Like · Reply',
      'Harbourwatcher',
      'Fuel is dearer for everyone. The board is not wrong about that.',
      'Like · Reply',
    ].join('\n');
    for (const line of ['islandgirl_88', 'Another rise and not one word about the winter timetable.', 'Fuel is dearer for everyone. The board is not wrong about that.']) expect(inReporting(text, line)).toBe(false);
    expect(inReporting(text, 'The board meets again in April, when it will look at the freight tolls.')).toBe(true);
  });

  it('leaves a comments line at the top alone, and lines under a comments heading with no comment controls', () => {
    const text = `Ferry fares rise again\nComments (12)\n${BODY}\nComments\nThe board did not answer questions about the freight tolls, its spokesman said on Tuesday.`;
    expect(inReporting(text, 'The board did not answer questions about the freight tolls, its spokesman said on Tuesday.')).toBe(true);
  });

  it('opens the comments at the heading nearest the first comment, not at a comment count by the byline', () => {
    const text = [
      'This is a cached copy of the page as it appeared on 6 December 2026. The current page could have changed since.',
      'Our site uses cookies. By continuing to browse you agree to our use of cookies and our privacy policy.',
      'Ferry fares rise again',
      'Comments (2)',
      BODY,
      'The board meets again in April, when it will look at the freight tolls.',
      'Comments (2)',
      'islandgirl_88',
      'Another rise and not one word about the winter timetable.',
      'Reply Report',
    ].join('\n');
    expect(inReporting(text, 'The board meets again in April, when it will look at the freight tolls.')).toBe(true);
    expect(inReporting(text, 'Commuters from the islands will pay the most, the board said in a statement.')).toBe(true);
    expect(inReporting(text, 'Another rise and not one word about the winter timetable.')).toBe(false);
  });

  it('joins a wrapped notice to the line that ends its sentence, and keeps it furniture', () => {
    const wrapped = [
      'The harbour board voted on Monday to raise ferry fares for the',
      'second time this year, by eight per cent from June, after a',
      'debate in which the island councillors walked out of the hall.',
      'The board meets again in April to look at the freight tolls.',
      'You are receiving this newsletter because you subscribed to Island',
      'Notes at skelbypost.example.',
    ].join('\n');
    const { text } = unwrapText(wrapped, standsAloneLine);
    expect(text.split('\n').at(-1)).toBe('You are receiving this newsletter because you subscribed to Island Notes at skelbypost.example.');
    expect(boilerplateRole(text.split('\n').at(-1)!)).toBe('newsletter');
  });
});

describe('more headline layouts', () => {
  it('takes a show’s title in capitals with its host line and episode line above the story’s title as the programme', () => {
    const text = [
      'ISLANDS TODAY',
      'with Ana Riis',
      'Episode 14 · 4 March 2026',
      'Ferry fares rise again as islanders protest at the quay',
      'ANA RIIS: Good morning. The harbour board voted last night to put fares up again.',
      'TOM VALE: Morning, Ana. It is the second rise this year.',
      'ANA RIIS: What happens now?',
    ].join('\n');
    expect(headline(text)).toBe('Ferry fares rise again as islanders protest at the quay');
    expect(typeOf(text, 'with Ana Riis')).toBe('boilerplate');
  });

  it('reads a columnist’s name under a kicker and over the column’s title as the byline, not the headline', () => {
    const text = `Opinion\nAna Riis\nThe ferry fare rise is a tax on island life\n${BODY}`;
    expect(headline(text)).toBe('The ferry fare rise is a tax on island life');
    expect(typeOf(text, 'Ana Riis')).toBe('byline');
  });
});

describe('a transcript’s and a programme page’s furniture, by shape', () => {
  it.each([
    '[inaudible]',
    '[Laughter and applause]',
    '(laughs)',
    'GFX: FARES UP 8% FROM JUNE',
    'LOWER THIRD: Ana Riis — Skelby Harbour Board',
    '01:12:07',
    'This is an automated transcript and may contain mistakes.',
    'Hear the whole programme again on the Skelby Radio app.',
    'Stream every episode wherever you get your podcasts.',
    'This reporting was supported by a grant from the Island Press Fund.',
  ])('boilerplateRole(%j) is page', (line) => expect(boilerplateRole(line)).toBe('page'));

  it.each([
    '[Updated with the board’s comment on the freight tolls]',
    'Watch out for delays on the island routes, the board warned.',
    'Listen, she said, the islands have heard all this before.',
    'The report was funded by the board and published on Monday.',
    '12:30',
  ])('boilerplateRole(%j) is undefined', (line) => expect(boilerplateRole(line)).toBeUndefined());

  it('does not take a production label for a speaker', () => {
    const text = [
      'Ferry fares rise again as islanders protest at the quay',
      'ANA RIIS: Good morning, the board voted last night to put the fares up.',
      'GFX: FARES UP 8% FROM JUNE',
      'TOM VALE: Morning, Ana. It is the second rise this year.',
      'ANA RIIS: What happens now?',
    ].join('\n');
    expect(typeOf(text, 'GFX: FARES UP 8% FROM JUNE')).toBe('boilerplate');
    expect(kinds(text).filter(([type]) => type === 'turn')).toHaveLength(3);
  });
});

describe('hard-wrapped prose: a name broken by the line', () => {
  const wrapped = (lines: string[]) => unwrapText(lines.join('\n'), standsAloneLine).text;

  it('joins a quotation’s speaker broken across the line ("… said Mara" / "Lind, who …")', () => {
    const text = wrapped([
      'SKELBY — The harbour board voted on Monday to',
      'raise ferry fares by eight per cent from June,',
      'the second rise this year.',
      '"We cannot keep asking the islands to pay',
      'for the mainland\'s fuel bill," said Mara',
      'Lind, who represents the northern isles.',
    ]);
    expect(text).toContain('said Mara Lind, who represents the northern isles.');
  });

  it('leaves a caption’s credit over the next paragraph’s opening alone', () => {
    const text = wrapped([
      'SKELBY — The harbour board voted on Monday to',
      'raise ferry fares by eight per cent from June,',
      'the second rise this year.',
      'The ferry Islander at Skelby quay, one of six on',
      'the island routes. Photo: Jo Park',
      'The decision came after a debate in which the',
      'island councillors walked out of the hall.',
    ]);
    expect(text).toContain('Photo: Jo Park\nThe decision came');
  });

  it('leaves a title wrapped over two lines and its standfirst apart', () => {
    const text = wrapped([
      'Ferry fares rise for the second',
      'time this year as board blames Fuel',
      'Islanders say they will take the board to court',
      'SKELBY — The harbour board voted on Monday to',
      'raise ferry fares by eight per cent from June,',
      'the second rise this year, after a long debate.',
    ]);
    expect(text.split('\n')[1]).toBe('Islanders say they will take the board to court');
    // A dateline opens a paragraph even under a line as long as the column.
    expect(text.split('\n')[2]).toMatch(/^SKELBY — /);
  });
});

describe('page controls and notes of further sites and apps', () => {
  it.each([
    'Save for later',
    'Add to my reading list',
    'Already a member? Sign in',
    'Get the Island Notes app',
    '2 min listen',
    'Comments are turned off',
    'Sort by: Oldest first',
    'Originally published in Skelby Dagblad',
    'This column was first published in Norwegian by Island Notes.',
  ])('boilerplateRole(%j) is page', (line) => expect(boilerplateRole(line)).toBe('page'));

  it.each([
    'First published on Tue 4 Mar 2026 08.00 GMT',
    'The islanders saved for later crossings, the board said.',
    'Subscribers to the ferry pass will pay less, the board said.',
  ])('boilerplateRole(%j) is undefined', (line) => expect(boilerplateRole(line)).toBeUndefined());

  it('reads a date with a full stop after the year as a timestamp ("Published: 08.02.2026. at 14:30")', () => {
    expect(typeOf(`Ferry fares rise again\nObjavljeno: 04.03.2026. u 10:14\nPublished: 04.03.2026. at 10:14\n${BODY}`, 'Published: 04.03.2026. at 10:14')).toBe('timestamp');
  });
});

describe('bylines without "By" under the headline', () => {
  const H = 'Ferry fares rise for the second time this year';
  it.each([
    ['Mara Lind @maralind', 'byline'],
    ['Skelby Post staff', 'byline'],
    ['From our own correspondent in Kessal', 'byline'],
    ['Islands correspondent', 'byline'],
    ['Pictures by Jo Park', 'photo-credit'],
  ])('reads %j under the headline as %s', (line, type) => expect(typeOf(`${H}\n${line}\n${BODY}`, line)).toBe(type));

  it('keeps a standfirst that names a job in a sentence as the story’s', () => {
    const line = 'The board’s chief executive says fuel costs left no choice.';
    expect(typeOf(`${H}\n${line}\n${BODY}`, line)).not.toBe('byline');
  });
});

describe('notes of a developing story, a translation’s original, a document’s reference', () => {
  it.each([
    'Developing story',
    'This is a breaking news story and will be updated as more details emerge.',
    'More to follow.',
    'Check back later for updates.',
    'Original headline: Fergeprisene stiger igjen',
    'Our ref: SHB/2026/014',
    'Paid partnership',
    'For further details, please contact the press desk on 01632 960 000.',
  ])('boilerplateRole(%j) is page', (line) => expect(boilerplateRole(line)).toBe('page'));

  it.each([
    'The story of the ferry fares is a developing one, islanders said.',
    'More islanders are expected to protest on Friday.',
    'The original timetable ran four crossings a day.',
  ])('boilerplateRole(%j) is undefined', (line) => expect(boilerplateRole(line)).toBeUndefined());
});

describe('an end mark used as a section break', () => {
  it('leaves the story under "###" alone when quoted speech goes on under it', () => {
    const text = `Ferry fares rise again\n${BODY}\nThe board meets again in April, when it will look at the freight tolls.\n###\nOn the quay at Skelby, the first ferry of the morning left half empty.\n"We used to fill this boat every day," said the skipper, Jo Park.`;
    expect(typeOf(text, 'On the quay at Skelby, the first ferry of the morning left half empty.')).toBe('paragraph');
  });
});
