import { describe, expect, it } from 'vitest';
import { extractArticle, parsePageDocument } from '../../../../src/lib/ingest/page/extract-article.ts';
import { blocksFromArticleHtml } from '../../../../src/lib/ingest/page/page-blocks.ts';
import { isBareName, readPageMetadata } from '../../../../src/lib/ingest/page/page-metadata.ts';
import type { ArticleBlock } from '../../../../src/lib/schemas/article-block.ts';

/**
 * Rules of round 5b of saved pages (issue 16), each checked on invented markup that differs in
 * wording, order and outlet style from the development pages it was found on (a Newspack
 * nonprofit, a Chorus-like explainer, a chain daily, a broadcaster with an updates rail, an Asian
 * daily with a trust box, a Hugo blog), and on ordinary news text it must leave alone.
 */
const body = 'Lock keepers on the Ambrel canal walked out on Monday over a new shift pattern, closing four locks to boats.';
const more = 'The canal trust said the pattern had been agreed with the union in January and would not be withdrawn.';
const third = 'Boat owners moored above the locks said they could not reach the river for the spring regatta this weekend.';
const fourth = 'The union has called a ballot on further action, to close on 20 March, and talks are due on Thursday.';
const prose = [body, more, third].map((text) => `<p>${text}</p>`).join('');
const blocks = (html: string) => blocksFromArticleHtml(html, { headline: null });
const article = (inner: string) =>
  `<!doctype html><html><head><title>Canal lock keepers walk out</title></head><body><main><article><h1>Canal lock keepers walk out</h1>${prose}${inner}<p>${fourth}</p></article></main></body></html>`;
const extracted = (inner: string) => blocksFromArticleHtml(extractArticle(article(inner))!.contentHtml, { headline: 'Canal lock keepers walk out' });
const find = (made: readonly ArticleBlock[], text: string) => made.find((block) => ('text' in block && block.text === text) || ('items' in block && block.items.some((item) => (typeof item === 'string' ? item : item.text) === text)));
const reporting = (made: readonly ArticleBlock[], text: string) => find(made, text)?.type === 'paragraph';
const FURNITURE = ['boilerplate', 'related-links', 'reporting-credit', 'photo-credit', 'byline', 'timestamp', 'ad'];
const furniture = (made: readonly ArticleBlock[], text: string) => FURNITURE.includes(find(made, text)?.type ?? 'missing');

describe('boxes the markup names an appeal, a table of contents or a note', () => {
  it('a donation or contribution box inside the article is furniture, whatever its words', () => {
    const made = extracted('<section class="reader-donation-module"><h3>Keep the canal news coming</h3><p>Readers fund every word we publish. A gift of any amount helps us stay on the towpath.</p><a href="/give">Chip in</a></section>');
    expect(furniture(made, 'Readers fund every word we publish. A gift of any amount helps us stay on the towpath.')).toBe(true);
    expect(reporting(made, fourth)).toBe(true);
    const epic = extracted('<div id="contribution-epic"><p>We have no owner and no shareholders: just you, our readers, paying for the reporting.</p></div>');
    expect(furniture(epic, 'We have no owner and no shareholders: just you, our readers, paying for the reporting.')).toBe(true);
  });

  it('a paywall container holds article text: it stays reporting', () => {
    const made = extracted(`<div class="paywall-content"><p>Trust managers said talks would resume at the Ambrel depot on Thursday afternoon.</p></div>`);
    expect(reporting(made, 'Trust managers said talks would resume at the Ambrel depot on Thursday afternoon.')).toBe(true);
  });

  it('an in-page table of contents is furniture; the subheadings it points to stay', () => {
    const made = extracted('<div class="article-toc"><p>Contents</p><ol><li><a href="#why">Why they walked out</a></li><li><a href="#next">What comes next</a></li></ol></div><h2 id="why">Why they walked out</h2>');
    expect(furniture(made, 'Contents')).toBe(true);
    expect(furniture(made, 'What comes next')).toBe(true);
    expect(find(made, 'Why they walked out')).toBeDefined();
  });

  it('a callout or disclosure box is a note, not reporting; a paragraph whose words say "note" is reporting', () => {
    const made = extracted('<div class="callout callout-info"><p>Our reporter’s partner works for the canal trust and took no part in preparing this story.</p></div>');
    expect(furniture(made, 'Our reporter’s partner works for the canal trust and took no part in preparing this story.')).toBe(true);
    const plain = blocks(`<p>The union sent a note to members on Sunday saying the callout rota would be suspended during the strike.</p>`);
    expect(reporting(plain, 'The union sent a note to members on Sunday saying the callout rota would be suspended during the strike.')).toBe(true);
  });

  it('a box of other stories whose teasers are <article>s is still other stories', () => {
    const made = extracted('<div class="related-coverage"><h4>Also on the canals</h4><article><h5><a href="/towpath">Towpath repairs start next month at Ambrel Top</a></h5></article><article><h5><a href="/boats">Licence fees for narrowboats to rise</a></h5></article></div>');
    expect(find(made, 'Also on the canals')?.type).not.toBe('subheading');
  });
});

describe('lines shaped by their markup', () => {
  it('a short label and nothing but a link (and a date) is another story’s title', () => {
    const bold = blocks(`${prose}<p><b>ALSO:</b> <a href="/regatta">Regatta organisers weigh a move downstream</a></p>`);
    expect(furniture(bold, 'ALSO: Regatta organisers weigh a move downstream')).toBe(true);
    const italic = blocks(`${prose}<p><i>Earlier: <a href="/loss">Trust posts record loss on moorings</a>, March 2026</i></p>`);
    expect(find(italic, 'Earlier: Trust posts record loss on moorings, March 2026')?.type).toBe('related-links');
    expect(find(blocks(`${prose}<p><strong>Related:</strong> <a href="/a">Lock fees frozen</a> | <a href="/b">Boaters protest at depot</a></p><p>${fourth}</p>`), 'Related: Lock fees frozen | Boaters protest at depot')?.type).toBe('related-links');
  });

  it('a sentence with a colon and a link in it stays reporting', () => {
    const text = 'The trust said: its annual report shows losses of £2m on moorings this year.';
    expect(reporting(blocks(`<p>The trust said: <a href="/report">its annual report shows losses of £2m</a> on moorings this year.</p>`), text)).toBe(true);
    const quote = 'Her message was plain: the locks stay shut until the rota goes.';
    expect(reporting(blocks(`<p>Her message was plain: <a href="/statement">the locks stay shut</a> until the rota goes.</p>`), quote)).toBe(true);
  });

  it('a paragraph wholly in <small> is small print; <small> inside a sentence is not', () => {
    expect(furniture(blocks('<p><small>This story may be republished free of charge under our reuse terms.</small></p>'), 'This story may be republished free of charge under our reuse terms.')).toBe(true);
    const sentence = 'Mooring prices rose (seasonally adjusted) by 2% across the network last year.';
    expect(reporting(blocks('<p>Mooring prices rose <small>(seasonally adjusted)</small> by 2% across the network last year.</p>'), sentence)).toBe(true);
  });

  it('a short line whose own class names a credit or source is a credit; a long one, or a class merely containing the word, is not', () => {
    expect(find(blocks('<p class="story-credits">Words: Ines Barrow · Editing: Kofi Tandoh</p>'), 'Words: Ines Barrow · Editing: Kofi Tandoh')?.type).toBe('reporting-credit');
    expect(reporting(blocks(`<p class="resources">${body}</p>`), body)).toBe(true);
    expect(reporting(blocks(`<p class="source-text">${body} ${more}</p>`), `${body} ${more}`)).toBe(true);
  });

  it('italic notes over a closing credit close the article; an upright paragraph there stays reporting', () => {
    const bio = 'Ines Barrow reports on the waterways of the Ambrel valley. Write to her at ib@canal.example.';
    const made = blocks(`${prose}<p><em>${bio}</em></p><p class="article-credits"><em>Reporting: Kofi Tandoh</em></p>`);
    expect(furniture(made, bio)).toBe(true);
    const upright = blocks(`${prose}<p>${fourth}</p><p class="article-credits"><em>Reporting: Kofi Tandoh</em></p>`);
    expect(reporting(upright, fourth)).toBe(true);
  });
});

describe('the outlet as a reader would call it', () => {
  const head = (publisher: string, siteName?: string) =>
    parsePageDocument(
      `<!doctype html><html><head>${siteName ? `<meta property="og:site_name" content="${siteName}">` : ''}<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Canal lock keepers walk out', publisher: { '@type': 'Organization', name: publisher } })}</script></head><body></body></html>`,
    );
  const outlet = (publisher: string, siteName?: string) => readPageMetadata(head(publisher, siteName), '').outlet;

  it('a JSON-LD publisher named by a bare domain or slug gives way to the OpenGraph site name', () => {
    expect(outlet('canalgazette.co.uk', 'Canal Gazette')).toEqual({ value: 'Canal Gazette', source: 'OpenGraph tags' });
    expect(outlet('www.ambrel-times.com', 'The Ambrel Times')).toEqual({ value: 'The Ambrel Times', source: 'OpenGraph tags' });
    expect(outlet('ambreltimes', 'Ambrel Times')).toEqual({ value: 'Ambrel Times', source: 'OpenGraph tags' });
  });

  it('a publisher written as a name stays, and so does a bare one when nothing better is stated', () => {
    expect(outlet('Ambrel Times', 'Ambrel Times Online')).toEqual({ value: 'Ambrel Times', source: 'JSON-LD' });
    expect(outlet('ITV', 'itv.example')).toEqual({ value: 'ITV', source: 'JSON-LD' });
    expect(outlet('ambreltimes')).toEqual({ value: 'ambreltimes', source: 'JSON-LD' });
    expect(outlet('ambreltimes.com', 'ambreltimes')).toEqual({ value: 'ambreltimes.com', source: 'JSON-LD' });
  });

  it('what counts as a bare name', () => {
    expect(['bbc.co.uk', 'www.example.org', 'the-courier', 'newsroom_7', 'ashfordcourier'].every(isBareName)).toBe(true);
    expect(['The Courier', 'Quarry', 'NPR', 'Courier.com Ltd', 'ITV News'].some(isBareName)).toBe(false);
  });
});

describe('boxes between paragraphs named a correction, a promotion or an advertisement, or holding a control', () => {
  it('a correction box is a note, whatever its words', () => {
    const made = extracted('<div class="correction-notice"><p>We previously said the depot opened in 1998; it opened in 1989.</p></div>');
    expect(furniture(made, 'We previously said the depot opened in 1998; it opened in 1989.')).toBe(true);
  });

  it('a trust box ("how we report", standards) is a note, open or folded', () => {
    const made = extracted('<details class="trust-indicators"><summary>How this story was reported</summary><p>Our reporter attended the hearing and read the trust’s published accounts.</p></details>');
    expect(furniture(made, 'How this story was reported')).toBe(true);
    expect(furniture(made, 'Our reporter attended the hearing and read the trust’s published accounts.')).toBe(true);
    const line = 'Trust managers said talks would resume at the Ambrel depot on Thursday afternoon.';
    expect(reporting(extracted(`<div class="trusted-source"><p>${line}</p></div>`), line)).toBe(true);
  });

  it('a promotion or an advertisement box is page furniture', () => {
    const promo = extracted('<div class="newsroom-promo"><p>Get breaking canal news on your phone with our free app for iPhone and Android.</p></div>');
    expect(furniture(promo, 'Get breaking canal news on your phone with our free app for iPhone and Android.')).toBe(true);
    const ad = extracted('<div class="ad-slot ad--mid"><p>Paid for by Lockside Marina: winter moorings from £9 a night, book before Friday.</p></div>');
    expect(furniture(ad, 'Paid for by Lockside Marina: winter moorings from £9 a night, book before Friday.')).toBe(true);
  });

  it('a few words beside a button are the control’s label', () => {
    const made = extracted('<div class="save-widget"><span>Keep this story for later</span><button>Save</button></div>');
    expect(furniture(made, 'Keep this story for later')).toBe(true);
  });

  it('reporting in boxes whose names only look alike, or beside a "show more" button, stays reporting', () => {
    const line = 'Trust managers said talks would resume at the Ambrel depot on Thursday afternoon.';
    for (const name of ['read-body', 'shadow-box', 'ad-free-content', 'headline-extra', 'loaded', 'roads-section']) {
      expect(reporting(extracted(`<div class="${name}"><p>${line}</p></div>`), line), name).toBe(true);
    }
    expect(reporting(extracted(`<div class="expandable"><p>${line}</p><button>Show more</button></div>`), line)).toBe(true);
    const short = 'Talks resume on Thursday.';
    expect(reporting(extracted(`<p>${short}</p>`), short)).toBe(true);
  });
});

describe('position: what sits beside a line', () => {
  it('one link alone in a list under a furniture label is another story; a one-item list under reporting stays a list', () => {
    const made = blocks(`${prose}<p><b>Don’t miss</b></p><ul><li><a href="/w">Winter stoppages list published for the Ambrel</a></li></ul><p>${fourth}</p>`);
    expect(find(made, 'Winter stoppages list published for the Ambrel')?.type).toBe('related-links');
    const own = blocks(`${prose}<ul><li><a href="/report">Read the trust’s full statement on the new rota</a></li></ul><p>${fourth}</p>`);
    expect(find(own, 'Read the trust’s full statement on the new rota')?.type).toBe('list');
  });

  it('a heading, a line of pitch and a lone button set between two rules is a call to action', () => {
    const made = blocks(`${prose}<hr><h3>Back the Ambrel Chronicle</h3><p>Three reporters cover the whole valley. Members keep them on the towpath.</p><p><a href="/join">Join today</a></p><hr><p>${fourth}</p>`);
    expect(furniture(made, 'Back the Ambrel Chronicle')).toBe(true);
    expect(furniture(made, 'Three reporters cover the whole valley. Members keep them on the towpath.')).toBe(true);
    expect(reporting(made, fourth)).toBe(true);
  });

  it('reporting between rules stays reporting, with or without a closing link', () => {
    const ruled = blocks(`<hr><p>${body}</p><p>${more}</p><hr><p>${third}</p>`);
    expect(reporting(ruled, body) && reporting(ruled, more)).toBe(true);
    const withLink = blocks(`<hr><p>${body}</p><p>${more}</p><p>${third}</p><p>${fourth}</p><p><a href="/r">Read the ruling</a></p><hr>`);
    expect([body, more, third, fourth].every((line) => reporting(withLink, line))).toBe(true);
    const unruled = blocks(`<h3>Why they walked out</h3><p>${body}</p><p><a href="/r">Read the ruling</a></p><p>${more}</p>`);
    expect(reporting(unruled, body)).toBe(true);
  });
});
