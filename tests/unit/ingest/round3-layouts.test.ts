import { describe, expect, it } from 'vitest';
import { boilerplateRole, isDocumentTitle, isReportingCredit, isRundown, isWireSlug, parseByline, parseTimestamp, readMoreShape, withoutPictographs } from '../../../src/lib/ingest/line-shapes.ts';
import { parseArticleText } from '../../../src/lib/ingest/parse-article.ts';
import { unwrapText } from '../../../src/lib/ingest/text/wrapped-text.ts';

const BODY = 'The town council voted on Tuesday to close the old library, which has stood on the square since 1904.\nIts books will move to the school by the summer, the council said in a statement.';
const kinds = (text: string) => parseArticleText(text).map((block) => [block.type, 'text' in block ? block.text : ''] as const);
const headline = (text: string) => parseArticleText(text).find((block) => block.type === 'headline')?.text ?? null;
const typeOf = (text: string, line: string) => kinds(text).find(([, value]) => value === line)?.[0];

describe('furniture lines of further layouts', () => {
  it.each([
    // Cable-news transcripts (a rush-transcript disclaimer) and translated editions (a bracketed note).
    ['THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.', 'page'],
    ['[Translated from German]', 'page'],
    ['(Translated from the French by Ana Ruiz)', 'page'],
    // An opinion page's disclaimer, however long; a story's update note.
    ["The views expressed in this column are the author's own and do not necessarily reflect those of the Example Courier.", 'page'],
    ["This story has been updated with the union's statement.", 'page'],
    ['This article was amended on 4 May 2025 to correct a name.', 'page'],
    // A mail's closing notes.
    ['This e-mail and any attachments are confidential and intended solely for the addressee.', 'page'],
    ['Please consider the environment before printing this e-mail.', 'page'],
    // A newsletter promotion set inside an article, with its small print and marker.
    ['Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.', 'page'],
    ['after newsletter promotion', 'page'],
    // Wires: the note to editors, keywords, a follow line with its address, the slug.
    ['Eds: UPDATES with comment from the minister. With photos.', 'page'],
    ['Keywords: strikes, ports, labour', 'page'],
    ['Follow our coverage of the talks at https://news.example/hub/talks', 'page'],
    ['BC-EU-Trade/', 'masthead'],
    // App controls.
    ['Tap to read more', 'page'],
    ['Get breaking news alerts — turn on notifications', 'page'],
    ['Reuse this content', 'page'],
  ])('%j is furniture (%s)', (line, role) => expect(boilerplateRole(line)).toBe(role));

  it.each([
    'This story is about a council that could not agree.',
    'The views of residents were mixed, the survey found.',
    'Follow the money, the auditor told the committee.',
    'Tags were attached to every crate before it left the quay.',
  ])('%j stays prose', (line) => expect(boilerplateRole(line)).toBeUndefined());

  it('a wire slug is a budget code and keywords joined by hyphens and closed by a slash', () => {
    expect(isWireSlug('BC-NL-Port-Strike/1st Ld-Writethru')).toBe(true);
    expect(isWireSlug('AM-Strike-Port/')).toBe(true);
    expect(isWireSlug('Anglo-French talks/negotiations')).toBe(false);
  });

  it("a transcript's rundown is three or more title-case segments between semicolons", () => {
    expect(isRundown('Talks Collapse in Vessna; Ships Queue Offshore; Minister Calls for Mediation. Aired 9-10p ET')).toBe(true);
    expect(isRundown('The talks collapsed; ships queued offshore; the minister called for mediation.')).toBe(false);
    expect(isRundown('Strike Ends; Deal Signed')).toBe(false);
  });

  it('a document title is a title, not a sentence about one', () => {
    expect(isDocumentTitle('Statement from the Press Secretary on the Industrial Dispute at the Port')).toBe(true);
    expect(isDocumentTitle('Transcript of an interview broadcast on Tuesday evening. Our host spoke with a former diplomat.')).toBe(false);
  });

  it('reporting credits: a translator, and a wire reporter filing from a place', () => {
    expect(isReportingCredit('Translation: Jonas Feldt')).toBe(true);
    expect(isReportingCredit('Fenwick reported from Brellholm.')).toBe(true);
    expect(isReportingCredit('Jane Doe and John Roe reported from Vessna and Kessal.')).toBe(true);
    expect(isReportingCredit('Fenwick reported from the scene that the fire had spread to the warehouse.')).toBe(false);
  });

  it('read-more labels: earlier coverage and the next story', () => {
    expect(readMoreShape('Read our earlier coverage:')).toBe('label');
    expect(readMoreShape('Next story: Storm warning issued for the coast')).toBe('with-title');
  });

  it('a byline in the language of a foreign edition, short; a German date line', () => {
    expect(parseByline('Von Katrin Aulich, Kessal')?.authors).toEqual(['Katrin Aulich']);
    expect(parseByline('Par Jeanne Roux')?.authors).toEqual(['Jeanne Roux']);
    expect(parseByline('Von Braun, the engineer said, the rocket would fly.')).toBeUndefined();
    expect(parseTimestamp('04.12.2026, 07:15 Uhr')?.hasTime).toBe(true);
  });

  it('pictographs before a label are set aside to read its shape', () => {
    expect(withoutPictographs('👉 Tap to read more')).toBe('Tap to read more');
    expect(withoutPictographs('➡️ Next story')).toBe('Next story');
    expect(withoutPictographs('No pictograph here')).toBe('No pictograph here');
  });
});

describe('lines of a news app with pictographs, and runs of furniture segments', () => {
  const text = `🔴 LIVE\n⚓ Local · Council\nCouncil votes to close the old library on the square\n🕒 12 min ago · 3 min read\n🔊 Listen to this story\n${BODY}\n📌 Key facts\n• The library opened in 1904\n• Its books move to the school\n👉 Tap to read more\n💬 214\n🔗 Share`;

  it('the headline is the title line, not the pictograph-led labels above it', () => {
    expect(headline(text)).toBe('Council votes to close the old library on the square');
    expect(typeOf(text, '⚓ Local · Council')).toBe('section-label');
  });

  it('controls, counts and time lines with pictographs are furniture; a label over a list is a label', () => {
    expect(typeOf(text, '🕒 12 min ago · 3 min read')).toBe('timestamp');
    expect(typeOf(text, '🔊 Listen to this story')).toBe('boilerplate');
    expect(typeOf(text, '👉 Tap to read more')).toBe('boilerplate');
    expect(typeOf(text, '💬 214')).toBe('boilerplate');
    expect(typeOf(text, '📌 Key facts')).toBe('section-label');
  });

  it('a run of contacts in a signature is furniture', () => {
    expect(typeOf(`A Headline Here For The Council\n${BODY}\nwww.example.org | @ExampleCouncil`, 'www.example.org | @ExampleCouncil')).toBe('boilerplate');
  });
});

describe('labels stacked over a headline', () => {
  it('a trail set one step a line, a site name and a kicker over a long or quoted title', () => {
    expect(headline(`World\nEurope\nNorland\n'We will not go back for four per cent': dockers dig in as the strike bites\n${BODY}`)).toBe("'We will not go back for four per cent': dockers dig in as the strike bites");
    expect(headline(`The Example Courier\nOpinion › Columnists\nComment\nThe library vote is a warning about the town budget that nobody on the council wants to hear\n${BODY}`)).toBe(
      'The library vote is a warning about the town budget that nobody on the council wants to hear',
    );
  });

  it('a short line over a date is the headline, not a label', () => {
    expect(headline(`Library To Close\n2 hours ago\nShare\nJane Doe\nPolitical correspondent\n${BODY}`)).toBe('Library To Close');
  });

  it('a title in another language over the English one is furniture; the English one is the headline', () => {
    const text = `Example Zeitung · International\n[Translated from German]\nStadtrat beschließt Schließung der alten Bibliothek am Marktplatz\nCouncil votes to close the old library on the square\n${BODY}`;
    expect(headline(text)).toBe('Council votes to close the old library on the square');
    expect(typeOf(text, 'Stadtrat beschließt Schließung der alten Bibliothek am Marktplatz')).toBe('boilerplate');
  });

  it('two English titles stay a headline and a standfirst', () => {
    expect(headline(`Council votes to close the old library\nThe books will move to the school by the summer\n${BODY}`)).toBe('Council votes to close the old library');
  });
});

describe("a mail's covering note and signature", () => {
  const mail = [
    'From: Press Office <press@example.org>',
    'Subject: Statement on the library',
    '',
    'Dear colleagues,',
    '',
    'Please find below a statement from the council, for immediate use.',
    '',
    'Council sets out plan for the old library',
    '',
    ...BODY.split('\n').flatMap((line) => [line, '']),
    'Kind regards,',
    '',
    'Jane Doe',
    'Senior Press Officer',
    'Example Council | Town Hall, Market Square',
    '',
    'This e-mail and any attachments are confidential and intended solely for the addressee.',
  ].join('\n');

  it('the greeting and the note before the title are furniture; the title is the headline', () => {
    expect(headline(mail)).toBe('Council sets out plan for the old library');
    expect(typeOf(mail, 'Dear colleagues,')).toBe('boilerplate');
    expect(typeOf(mail, 'Please find below a statement from the council, for immediate use.')).toBe('boilerplate');
  });

  it('the sign-off and the signature under it are furniture', () => {
    expect(typeOf(mail, 'Kind regards,')).toBe('boilerplate');
    expect(typeOf(mail, 'Jane Doe\nSenior Press Officer\nExample Council | Town Hall, Market Square')).toBe('boilerplate');
  });

  it('a greeting opening a newsletter with no title under it stays the only furniture', () => {
    const text = `Good morning,\n\n${BODY.split('\n').join('\n\n')}`;
    expect(typeOf(text, 'Good morning,')).toBe('boilerplate');
    expect(kinds(text).filter(([type]) => type === 'paragraph')).toHaveLength(2);
  });
});

describe('bylines of further layouts', () => {
  it('a name and the place filed from; an agency under a byline', () => {
    expect(typeOf(`Council votes to close the old library\nJane Doe in Kessal\n${BODY}`, 'Jane Doe in Kessal')).toBe('byline');
    const wire = `Council votes to close the old library\nBy JANE DOE and JOHN ROE\nNordic Press Service\n${BODY}`;
    expect(typeOf(wire, 'Nordic Press Service')).toBe('byline');
  });
});

describe('transcript turns with roles and cues', () => {
  it('a role with commas and a (voice-over) cue still make a turn', () => {
    const text = `A Headline Here For The Show\nJANE DOE, PRESIDENT, EXAMPLE UNION: We will strike.\nJOHN ROE, CORRESPONDENT (voice-over): The picket formed at dawn.\nDOE: We are ready.\nROE: Thank you.\nDOE: Thank you.`;
    expect(kinds(text).filter(([type]) => type === 'turn')).toHaveLength(5);
  });
});

describe('print pages: a drop cap and a jump', () => {
  const alone = () => false;
  it('a drop cap joins the word it begins when that makes a word', () => {
    const text = 'T\nhe council voted on Tuesday to close the old library that\nhas stood on the square since 1904, officials said.\nA\ncouncil spokesman said the books would move to the\nschool by the summer, and that staff would go with them.';
    const { text: out } = unwrapText(text, alone);
    expect(out).toContain('The council voted on Tuesday');
    expect(out).toContain('A council spokesman');
  });

  it("a jump's lines and label are page furniture and the word broken across the jump is re-joined", () => {
    const text = [
      'The council voted on Tuesday to close the old library',
      'that has stood on the square since 1904, and officials',
      'said the books would move to the school by the sum-',
      'Continued on A6',
      'A6 | THE VALLEY POST | FRIDAY, DECEMBER 4, 2026',
      'LIBRARY',
      'Continued from A1',
      'mer, with the staff going with them to the new rooms.',
    ].join('\n');
    const { text: out, lineKinds } = unwrapText(text, alone);
    expect(out.split('\n')[0]).toContain('by the summer, with the staff');
    expect(lineKinds.get('Continued on A6')).toBe('page');
    expect(lineKinds.get('Continued from A1')).toBe('page');
    expect(lineKinds.get('LIBRARY')).toBe('page');
    expect(lineKinds.get('A6 | THE VALLEY POST | FRIDAY, DECEMBER 4, 2026')).toBe('masthead');
  });

  it('a figure opening a line after a long line stopped in mid-sentence goes on it; a short title line does not', () => {
    const lines = [
      'Library to close',
      '38 branches reviewed in the county',
      'The council voted on Tuesday to close the old library, which',
      'has stood on the square since 1904. The closure is due to last',
      '48 months, officials said, while the building is repaired.',
      'Residents who packed the public gallery were unconvinced and',
      'said they would take their case to the county.',
    ];
    const { text: out } = unwrapText(lines.join('\n'), alone);
    expect(out).toContain('due to last 48 months');
    expect(out.split('\n')).toContain('Library to close');
  });
});

describe('numbered paragraphs of an official statement', () => {
  it('long numbered items closed by full stops are paragraphs, numbers kept; short points stay a list', () => {
    const statement = `Statement by the Council on the Old Library\n1. The council met on Tuesday evening and voted by nine votes to four to close the old library on the square.\n2. The books will move to the school by the summer, and the staff will move with them to the new rooms there.`;
    expect(kinds(statement).slice(1)).toEqual([
      ['paragraph', '1. The council met on Tuesday evening and voted by nine votes to four to close the old library on the square.'],
      ['paragraph', '2. The books will move to the school by the summer, and the staff will move with them to the new rooms there.'],
    ]);
    const points = `Council votes to close the old library\n${BODY}\n1. Closure in June.\n2. Books to the school.`;
    expect(kinds(points).some(([type]) => type === 'list')).toBe(true);
  });
});

describe('more shapes of the same conventions', () => {
  it('front-matter keys pasted without fences: furniture, and the title key gives the headline when no title line follows', () => {
    const text = `title: Council votes to close the old library\nauthor: Jane Doe\ndate: 2026-12-04\n\n${BODY.split('\n').join('\n\n')}`;
    expect(kinds(text).slice(0, 4)).toEqual([
      ['section-label', 'title:'],
      ['headline', 'Council votes to close the old library'],
      ['boilerplate', 'author: Jane Doe'],
      ['boilerplate', 'date: 2026-12-04'],
    ]);
    expect(headline(`title: Library vote\nauthor: Jane Doe\n\nCouncil votes to close the old library\n\n${BODY.split('\n').join('\n\n')}`)).toBe('Council votes to close the old library');
  });

  it('the English title over one in another language: the other is furniture', () => {
    const text = `Council votes to close the old library on the square\nStadtrat beschließt Schließung der alten Bibliothek am Marktplatz\n${BODY}`;
    expect(headline(text)).toBe('Council votes to close the old library on the square');
    expect(typeOf(text, 'Stadtrat beschließt Schließung der alten Bibliothek am Marktplatz')).toBe('boilerplate');
  });

  it('a line of names and a score under the English title is no foreign title: names are not another language', () => {
    const text = `Osterby end long wait as Harlow fall in extra time\nMarrick Shield final: Osterby Athletic 3 Harlow Town 2 (aet)\n${BODY}`;
    expect(typeOf(text, 'Marrick Shield final: Osterby Athletic 3 Harlow Town 2 (aet)')).not.toBe('boilerplate');
  });

  it('a short heading led by a pictograph is a label; app controls and counts are furniture', () => {
    const text = `Council votes to close the old library\n${BODY}\n🗣️ What they said\n"We did not want this," said Jane Doe, a librarian.\nSwipe for next story\nComments 243`;
    expect(typeOf(text, '🗣️ What they said')).toBe('section-label');
    expect(typeOf(text, 'Swipe for next story')).toBe('boilerplate');
    expect(typeOf(text, 'Comments 243')).toBe('boilerplate');
  });

  it('a covering line without a greeting; an opinion note; a bio in emphasis marks', () => {
    const mail = `Please find below a statement from the council, for immediate use.\n\nCouncil sets out plan for the old library\n\n${BODY.split('\n').join('\n\n')}`;
    expect(headline(mail)).toBe('Council sets out plan for the old library');
    const column = `The library vote is a warning\nBy Jane Doe\n${BODY}\n*Jane Doe is a former councillor.*\nThis is an opinion column.`;
    expect(typeOf(column, '*Jane Doe is a former councillor.*')).toBe('boilerplate');
    expect(typeOf(column, 'This is an opinion column.')).toBe('boilerplate');
  });
});
