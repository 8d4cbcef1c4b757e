import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../../src/lib/analysis/quotes/quote-spans.ts';

const quoted = (text: string) => findQuoteSpans(text).map((span) => text.slice(span.start, span.end));

describe('findQuoteSpans', () => {
  it.each([
    ['curly double quotes', '“Both agreed,” she said.', ['Both agreed,']],
    ['straight double quotes, several', 'He said "go" and "stay," then left.', ['go', 'stay,']],
    ['single curly quotes, apostrophes ignored', 'Trump’s nations’ plan is ‘permanent peace’ now.', ['permanent peace']],
    ['single straight quotes', "work for a 'permanent peace'.", ['permanent peace']],
    ['a quote inside a quote is part of it', '“He called it ‘final’ today,” she said.', ['He called it ‘final’ today,']],
    ['a quote left open runs to the end', '“This goes on to the next paragraph', ['This goes on to the next paragraph']],
    ['no quotes at all', 'Nothing quoted here.', []],
    ['an empty pair is not a quote', 'Odd “” marks.', []],
  ])('%s', (_, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  describe('every quotation convention', () => {
    it.each([
      ['guillemets', 'The mayor called it «a painful choice», aides said.', ['a painful choice']],
      ['guillemets with French spaces inside', '« Nous partons demain », a-t-elle dit.', ['Nous partons demain']],
      ['reversed guillemets (German, Danish)', 'Er nannte es »eine Schande« und ging.', ['eine Schande']],
      ['German low and high marks', '„Wir bleiben hier“, sagte er.', ['Wir bleiben hier']],
      ['Polish low and closing marks', '„Zostajemy tutaj”, powiedział.', ['Zostajemy tutaj']],
      ['single guillemets', 'She said ‹enough is enough› on Friday.', ['enough is enough']],
      ['reversed single guillemets', 'Er sagte ›genug‹ und ging.', ['genug']],
      ['German single low marks', 'Er nannte es ‚Unsinn‘ und ging.', ['Unsinn']],
      ['a German quote with an English one after it', '„Wir bleiben“, sagte er. Then she said “we go”.', ['Wir bleiben', 'we go']],
      ['Swedish and Finnish closing marks on both sides', 'Hon sa: ”Vi stannar här” och gick.', ['Vi stannar här']],
      ['a Swedish quote opening the paragraph', '”Vi bygger om bron”, sa Ada Quist.', ['Vi bygger om bron']],
      ['an English closing mark after a word is no opening one', '“We stay,” he said, and “we go” after.', ['We stay,', 'we go']],
      ['Japanese corner brackets', '市長は「橋を再建する」と述べた。', ['橋を再建する']],
      ['white corner brackets', '『新しい駅』の計画', ['新しい駅']],
    ])('%s', (_, text, expected) => {
      expect(quoted(text)).toEqual(expected);
    });
  });

  describe('British single quotes told from apostrophes', () => {
    it.each([
      ['contractions inside', "'We don't want a fight, but we won't back down,' she said.", ["We don't want a fight, but we won't back down,"]],
      ['a possessive inside', "'It is Lopez's decision,' he said.", ["It is Lopez's decision,"]],
      ['a decade inside', "'It's the '90s all over again,' he said.", ["It's the '90s all over again,"]],
      ['a decade outside any quote', "Prices have not been this high since the '90s, he said.", []],
      ['rock ’n’ roll', "'We were told it was rock 'n' roll for a month, and it lasted a year.'", ["We were told it was rock 'n' roll for a month, and it lasted a year."]],
      ['a plural possessive after the quote', "The members' union met on Thursday.", []],
      ['a plural possessive inside the quote', "'The members' union will not sign,' she said.", ["The members' union will not sign,"]],
      ['a nested double quote', 'He called it \'a clear "not our problem" attitude\' and left.', ['a clear "not our problem" attitude']],
      ['a nested single quote in curly doubles (American)', '“He called it ‘final’ today,” she said.', ['He called it ‘final’ today,']],
    ])('%s', (_, text, expected) => {
      expect(quoted(text)).toEqual(expected);
    });
  });

  it('finds quotes in text whose &quot; entities were decoded', () => {
    const decoded = toString(fromHtml('<p>The engineer said the beams were &quot;beyond repair&quot; on Friday.</p>', { fragment: true }));
    expect(quoted(decoded)).toEqual(['beyond repair']);
  });

  describe('quotes that run on past the paragraph', () => {
    it.each([
      ['an open double quote', '“We will publish every report', ['We will publish every report']],
      ['an open guillemet', '«Nous publierons tout', ['Nous publierons tout']],
      ['an open single quote opening the paragraph (British)', "'We will publish every report", ['We will publish every report']],
      ['an open single quote after a colon', "She added: 'We will publish every report", ['We will publish every report']],
      ['an open single quote opening a sentence after a closed one (British)', '‘It was never our plan,’ Ms Ferrow said. ‘Nobody will be moved before spring.', ['It was never our plan,', 'Nobody will be moved before spring.']],
    ])('%s', (_, text, expected) => {
      const spans = findQuoteSpans(text);
      expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(expected);
      expect(spans.at(-1)?.close).toBeNull();
    });

    it('does not run a stray single mark in mid-sentence to the end', () => {
      expect(quoted("The 'experts seemed unsure about the figure.")).toEqual([]);
    });
  });

  it('marks a quote that is never closed', () => {
    const [span] = findQuoteSpans('“Open to the end');
    expect(span).toEqual({ open: 0, start: 1, end: 16, close: null });
  });
});
