import { describe, expect, it } from 'vitest';
import { detectTextKind, readText } from '../../../../src/lib/ingest/text/read-text.ts';
import { looksLikeXmlSource, xmlLines } from '../../../../src/lib/ingest/text/xml-source.ts';

/** An agency's NITF file (invented): metadata in <head> and <docdata>, the story in <body>, mixed content in a paragraph. */
const NITF = `<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.4//EN">
<head>
<title>Harbour board approves ferry terminal</title>
<docdata><doc-id id-string="EXW-0412"/><identified-content><org>Corvale Harbour Board</org></identified-content></docdata>
</head>
<body>
<body.head>
<hedline><hl1>Harbour board approves ferry terminal</hl1></hedline>
<byline>By Ines Marr, Transport Correspondent</byline>
<dateline>CORVALE, May 4</dateline>
</body.head>
<body.content>
<p>The <org>Corvale Harbour Board</org> approved plans for a new ferry terminal on Tuesday, ending a dispute that had lasted three years.</p>
<p>&#8220;This is the right place for it,&#8221; said the board&#8217;s chair, Tomas Velde. &#8220;We have waited long enough.&#8221;</p>
<p>The terminal will cost about 40 million and is due to open in the spring of 2028, the board said.</p>
</body.content>
</body>
</nitf>`;

/** A blog's RSS feed as a browser's XML viewer shows it (invented): a note above, two items, the story's HTML in CDATA. */
const FEED = `This XML file does not appear to have any style information associated with it. The document tree is shown below.
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>The Corvale Courier</title>
<link>https://courier.example/</link>
<item>
<title>Harbour board approves ferry terminal</title>
<dc:creator><![CDATA[Ines Marr]]></dc:creator>
<pubDate>Tue, 04 May 2027 18:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>The harbour board approved plans for a new ferry terminal on Tuesday, ending a dispute that had lasted three years.</p>
<h2>What comes next</h2>
<p>The terminal will cost about 40 million and is due to open in the spring of 2028, the board said in a statement.</p>]]></content:encoded>
</item>
<item>
<title>Library hours cut over summer</title>
<description><![CDATA[<p>The central library will close at five on weekdays from June.</p>]]></description>
</item>
</channel>
</rss>`;

describe('looksLikeXmlSource', () => {
  it('takes an XML document for one: a declaration, a root element HTML does not have, a note above the markup', () => {
    expect(looksLikeXmlSource(NITF)).toBe(true);
    expect(looksLikeXmlSource(FEED)).toBe(true);
    expect(looksLikeXmlSource('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><content>Text of the story.</content></entry></feed>')).toBe(true);
    expect(detectTextKind(NITF)).toBe('xml');
  });

  it('does not take HTML, prose or broken markup for XML', () => {
    expect(looksLikeXmlSource('<!DOCTYPE html><html><body><p>Story.</p><p>More.</p></body></html>')).toBe(false);
    expect(looksLikeXmlSource('<article><h1>Strike ends</h1><p>Workers voted.</p><p>They return Monday.</p></article>')).toBe(false);
    expect(looksLikeXmlSource('The council voted on Tuesday.\n<p> is a paragraph tag, the clerk explained.')).toBe(false);
    expect(looksLikeXmlSource('<rss><channel><item><title>Unclosed</channel></rss>')).toBe(false);
    expect(looksLikeXmlSource('Line one of prose.\nLine two.\nLine three.\nLine four.\n<rss><channel><title>x</title></channel></rss>')).toBe(false);
    expect(detectTextKind('<article><h1>Strike ends</h1><p>Workers voted.</p><p>They return Monday.</p></article>')).toBe('html');
  });
});

describe('xmlLines', () => {
  it('gives every piece of text a line, in order, an element of mixed content whole, references decoded', () => {
    expect(xmlLines(NITF)!.lines).toEqual([
      'Harbour board approves ferry terminal',
      'Corvale Harbour Board',
      'Harbour board approves ferry terminal',
      'By Ines Marr, Transport Correspondent',
      'CORVALE, May 4',
      'The Corvale Harbour Board approved plans for a new ferry terminal on Tuesday, ending a dispute that had lasted three years.',
      '“This is the right place for it,” said the board’s chair, Tomas Velde. “We have waited long enough.”',
      'The terminal will cost about 40 million and is due to open in the spring of 2028, the board said.',
    ]);
  });

  it('keeps the lines above the markup, reads HTML in CDATA block by block, and sets apart the lines of a feed’s other stories', () => {
    const read = xmlLines(FEED)!;
    expect(read.lines[0]).toMatch(/^This XML file does not appear/);
    expect(read.lines).toContain('What comes next');
    expect(read.lines).toContain('The terminal will cost about 40 million and is due to open in the spring of 2028, the board said in a statement.');
    expect(read.lines.some((line) => line.includes('<p>'))).toBe(false);
    expect([...read.otherEntries]).toEqual(['Library hours cut over summer', 'The central library will close at five on weekdays from June.']);
  });

  it('is null for text that is no XML document', () => {
    expect(xmlLines('Just a line of prose.')).toBeNull();
  });
});

describe('readText on XML', () => {
  it('reads an agency file: the headline, the byline, the story as paragraphs, no letter lost', () => {
    const read = readText(NITF);
    if (!read.ok) throw new Error(read.problem);
    expect(read.kind).toBe('xml');
    expect(read.blocks.find((block) => block.type === 'headline')).toMatchObject({ text: 'Harbour board approves ferry terminal' });
    expect(read.blocks.some((block) => block.type === 'byline')).toBe(true);
    const paragraphs = read.blocks.filter((block) => block.type === 'paragraph').map((block) => ('text' in block ? block.text : ''));
    expect(paragraphs).toContain('The terminal will cost about 40 million and is due to open in the spring of 2028, the board said.');
    const shown = read.blocks.map((block) => JSON.stringify(block)).join(' ');
    for (const line of xmlLines(NITF)!.lines) expect(shown).toContain(JSON.stringify(line).slice(1, -1));
  });

  it('reads a feed: its other stories are the page’s, not the article’s paragraphs', () => {
    const read = readText(FEED);
    if (!read.ok) throw new Error(read.problem);
    const other = read.blocks.find((block) => 'text' in block && block.text === 'The central library will close at five on weekdays from June.');
    expect(other?.type).toBe('boilerplate');
    expect(read.blocks.some((block) => block.type === 'paragraph' && block.text.startsWith('The harbour board approved'))).toBe(true);
  });
});
