import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/lib/ingest/page/extract-article.ts';
import {
  blocksFromArticleHtml,
  isContributionNote,
  isCorrectionNote,
  isPrintEditionNote,
  isReportingFrom,
  isSponsorLabel,
} from '../../../../src/lib/ingest/page/page-blocks.ts';

/** Rules added for the third round of saved pages (issue 16), each on a small snippet of invented text. */
const body = 'The council voted on Tuesday to close the old pier for repairs after engineers found corrosion.';
const more = 'Traders on the seafront said the closure would cost them the summer, and asked for compensation.';
const third = 'Engineers will inspect the piles in May, and the work is expected to take about eighteen months.';
const fourth = 'The pier was built in 1889 and last repaired in 1998, when a storm took away its landing stage.';
const blocks = (html: string) => blocksFromArticleHtml(html, { headline: null });

describe('lines by their markup', () => {
  it('elements set flush against each other are fields apart: their words do not run together (a one-letter drop capital still joins)', () => {
    expect(blocks(`<p><span>October 2, 2025</span><span>11:14 AM GMT+1</span></p><p><span class="drop">T</span>he council met. <b>Pier</b><i>s</i> stay shut, it said on Tuesday afternoon after a long meeting.</p>`)).toEqual([
      { type: 'timestamp', text: 'October 2, 2025 11:14 AM GMT+1', opensEntry: false, time: expect.anything() },
      { type: 'paragraph', text: 'The council met. Pier s stay shut, it said on Tuesday afternoon after a long meeting.' },
    ]);
  });

  it('a row of links and separators is a link bar; a list of nothing but links is other pages; a list of <time>s is the date row', () => {
    expect(blocks(`<p><a href="#c">Skip to content</a><a href="#i">Skip to site index</a></p><ul><li><time datetime="2025-10-08">Oct. 8, 2025</time></li><li><time datetime="2025-10-08T18:15">Updated 6:15 p.m. ET</time></li></ul><p>${body}</p><h3>Trending</h3><ol><li><a href="/a">Sheriff says hunter found alive</a></li><li><a href="/b">Recall heads to ballot</a></li></ol>`)).toEqual([
      { type: 'boilerplate', role: 'page', text: 'Skip to content Skip to site index' },
      { type: 'timestamp', text: 'Oct. 8, 2025', opensEntry: false, time: null },
      { type: 'timestamp', text: 'Updated 6:15 p.m. ET', opensEntry: false, time: expect.anything() },
      { type: 'paragraph', text: body },
      { type: 'boilerplate', role: 'page', text: 'Trending' },
      { type: 'related-links', items: ['Sheriff says hunter found alive', 'Recall heads to ballot'] },
    ]);
  });

  it('an article list with words of its own around its links stays a list', () => {
    expect(blocks(`<p>${body}</p><ul><li>The <a href="/r">report</a> found corrosion</li><li>The pier shuts in May</li></ul>`)[1]).toMatchObject({ type: 'list' });
  });

  it('bold capitals between paragraphs are a promo, a form label names a control, a label and a bare address point to more coverage', () => {
    expect(blocks(`<p>${body}</p><p><strong>CLICK HERE TO GET THE EXAMPLE NEWS APP</strong></p><p><strong><a href="/x">LAWMAKERS PUSH FOR NEW PIER RULES</a></strong></p><div><label>Search in table</label><input type="search"></div><p>${more}</p><p>Example Press coverage of piers: <a href="https://press.example/hub/piers">https://press.example/hub/piers</a></p>`)).toEqual([
      { type: 'paragraph', text: body },
      { type: 'boilerplate', role: 'page', text: 'CLICK HERE TO GET THE EXAMPLE NEWS APP' },
      { type: 'related-links', items: ['LAWMAKERS PUSH FOR NEW PIER RULES'] },
      { type: 'boilerplate', role: 'page', text: 'Search in table' },
      { type: 'paragraph', text: more },
      { type: 'related-links', items: ['Example Press coverage of piers: https://press.example/hub/piers'] },
    ]);
  });

  it('capitals in ordinary prose, or a sentence with a link at its end, stay reporting', () => {
    expect(blocks(`<p><strong>The NHS and the BBC said so on Tuesday.</strong></p><p>The full report is published at <a href="https://council.example/report">the council’s website</a>.</p>`).map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('captions', () => {
  it('a credit labelled "Credit..." or written Agency/Name/File Photo is split off the caption; a licensing link after the caption’s field is a button', () => {
    expect(blocks(`<figure><img src="a.jpg"><figcaption><span>The ferry leaving the dock last month.</span><span><span>Credit...</span><span>Jane Roe for The Example Ledger</span></span></figcaption></figure>`)).toEqual([
      { type: 'boilerplate', role: 'image', text: 'The ferry leaving the dock last month.' },
      // The label and the name are separate elements: their text is kept apart (round 5).
      { type: 'photo-credit', text: 'Credit... Jane Roe for The Example Ledger' },
    ]);
    expect(blocks(`<figure><img src="a.jpg"><figcaption><span>People walk past the bank, June 4, 2025. Example Wire/Jane Roe/File Photo</span><a href="/licensing">Purchase Licensing Rights, opens new tab</a></figcaption></figure>`)).toEqual([
      { type: 'boilerplate', role: 'image', text: 'People walk past the bank, June 4, 2025.' },
      { type: 'photo-credit', text: 'Example Wire/Jane Roe/File Photo' },
      { type: 'related-links', items: ['Purchase Licensing Rights, opens new tab'] },
    ]);
  });

  it('a table laying out an image is the image’s caption, with its credit apart; a data table stays rows', () => {
    expect(blocks(`<p>${body}</p><table class="tr-caption-container"><tr><td><img src="a.jpg"></td></tr><tr><td class="tr-caption">Parents filled the cafeteria. (Photo: Example Watch)</td></tr></table><table><tr><th>Reservoir</th><th>Level</th></tr><tr><td>Ravensmoor</td><td>31%</td></tr></table>`)).toEqual([
      { type: 'paragraph', text: body },
      { type: 'boilerplate', role: 'image', text: 'Parents filled the cafeteria.' },
      { type: 'photo-credit', text: '(Photo: Example Watch)' },
      { type: 'paragraph', text: 'Reservoir | Level' },
      { type: 'paragraph', text: 'Ravensmoor | 31%' },
    ]);
  });
});

describe('small boxes the markup names, through the extractor', () => {
  const article = (inner: string) =>
    `<!doctype html><html><head><title>Pier to close</title></head><body><article><h1>Pier to close</h1>${[body, more, third].map((text) => `<p>${text}</p>`).join('')}${inner}<p>${fourth}</p></article></body></html>`;
  const read = (inner: string) => blocksFromArticleHtml(extractArticle(article(inner))!.contentHtml, { headline: 'Pier to close' });

  it('a newsletter box, an author bio, a player and a caption box keep their roles though Readability unwraps them', () => {
    const made = read(
      `<div class="image-ct"><div class="m"><img src="a.jpg" alt=""></div><div class="info"><div class="caption"><p>The old pier at dusk. <span class="copyright">(Example Council)</span></p></div></div></div>` +
        `<div class="featured-video"><div class="video-player"></div><p><span>Example News Flash top headlines</span></p><p>Top headlines are here.</p></div>` +
        `<div class="article-footer"><div class="newsletter-embed"><h3>Get a daily look at what is developing.</h3><p>Arrives Weekly</p><form><input type="email"></form></div></div>` +
        `<div class="author-bio"><p><em>Jane Roe is a writer for Example News. She covers the coast and its towns. Story tips can be sent to jane@news.example.</em></p></div>`,
    );
    const furniture = (text: string) => made.find((block) => 'text' in block && block.text === text)?.type;
    expect(made.find((block) => block.type === 'photo-credit')).toEqual({ type: 'photo-credit', text: '(Example Council)' });
    expect(furniture('Example News Flash top headlines')).toBe('boilerplate');
    expect(furniture('Top headlines are here.')).toBe('boilerplate');
    expect(furniture('Get a daily look at what is developing.')).toBe('boilerplate');
    expect(furniture('Arrives Weekly')).toBe('boilerplate');
    expect(furniture('Jane Roe is a writer for Example News. She covers the coast and its towns. Story tips can be sent to jane@news.example.')).toBe('boilerplate');
    expect(made.filter((block) => block.type === 'paragraph').map((block) => 'text' in block && block.text)).toEqual([body, more, third, fourth]);
  });

  it('an article whose wrapper names a video is not one box: never the article, one holding the <h1> or more than two paragraphs of prose', () => {
    const html = `<!doctype html><html><body><article class="article-wrap has-video"><h1>Pier to close</h1>${[body, more, third, fourth].map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;
    const made = blocksFromArticleHtml(extractArticle(html)!.contentHtml, { headline: 'Pier to close' });
    expect(made.filter((block) => block.type === 'paragraph')).toHaveLength(4);
  });
});

describe('note and label shapes', () => {
  it.each([
    ['a print-edition note', isPrintEditionNote, 'A version of this article appears in print on Oct. 9, 2025, Section A, Page 14 of the New York edition with the headline: Pier Closes.'],
    ['a print-edition note', isPrintEditionNote, 'Appeared in the October 9, 2025, print edition as ‘Pier Closes’.'],
    ['a contribution note', isContributionNote, 'Reporting was contributed by Jane Roe in Augusta, Maine.'],
    ['a contribution note', isContributionNote, 'Additional reporting by Jane Roe.'],
    ['a contribution note', isContributionNote, 'Jane Roe contributed reporting from Salem.'],
    ['a sponsor label', isSponsorLabel, 'Supported by'],
    ['a sponsor label', isSponsorLabel, 'Paid for by Example Trust'],
    ['where the reporter filed from', isReportingFrom, 'Reporting from Tamsin Island, Maine'],
    ['an update note', isCorrectionNote, 'This story has been updated with additional information.'],
    ['an update note', isCorrectionNote, 'Update, Sept. 24, 10:40 a.m.: This post has been updated to correct a name.'],
  ])('%s: %s', (_, test, line) => {
    expect(test(line)).toBe(true);
  });

  it.each([
    [isContributionNote, 'Reporting contributed by residents shaped the council’s report, the mayor said on Tuesday after a long debate about it.'],
    [isSponsorLabel, 'Supported by the mayor, the plan passed.'],
    [isReportingFrom, 'reporting from the scene was hard.'],
    [isCorrectionNote, 'Updates to the plan were published on Tuesday.'],
    [isCorrectionNote, 'Corrections officers said on Tuesday: the yard is unsafe.'],
  ])('not a note: %s', (test, line) => {
    expect(test(line)).toBe(false);
  });
});
