import { describe, expect, it } from 'vitest';
import { isCommentControls, isCommentsHeading, isEndCue, isEndMark, isProductionLabel } from '../../../src/lib/ingest/line-shapes.ts';
import { fieldsTouch } from '../../../src/lib/ingest/page/element-text.ts';
import { isSpeakerLine, markAddressLists, markTrailingSections } from '../../../src/lib/ingest/refine-blocks.ts';

describe('line predicates of transcripts, releases and comment sections', () => {
  it('isCommentsHeading: a comments section heading, not a sentence about comments', () => {
    for (const line of ['Comments', 'Comments (12)', '34 comments', 'Join the discussion', 'What readers say:']) expect(isCommentsHeading(line), line).toBe(true);
    for (const line of ['Comments from the minister were not expected.', 'No comment']) expect(isCommentsHeading(line), line).toBe(false);
  });

  it("isCommentControls: a comment's own controls only", () => {
    for (const line of ['Reply | Report', 'Like · Reply', '12 likes', 'Reply']) expect(isCommentControls(line), line).toBe(true);
    for (const line of ['She did not reply to the report.', 'Report finds delays']) expect(isCommentControls(line), line).toBe(false);
  });

  it("isEndMark: a release's end mark alone on its line", () => {
    for (const line of ['ENDS', '-ends-', '###', '-30-', '— END —']) expect(isEndMark(line), line).toBe(true);
    for (const line of ['The strike ends on Friday.', '## Background']) expect(isEndMark(line), line).toBe(false);
  });

  it('isEndCue: the broadcast ends here, not a cue the programme goes on after', () => {
    for (const line of ['[END OF SEGMENT]', '(END OF TRANSCRIPT)', '[END]']) expect(isEndCue(line), line).toBe(true);
    for (const line of ['(END VIDEOTAPE)', '[END VT]', 'The end of the segment.']) expect(isEndCue(line), line).toBe(false);
  });

  it('isProductionLabel: a script cue with its label, never a speaker', () => {
    for (const line of ['CHYRON: Ferry strike, day two', 'LOWER THIRD: Ana Ruiz, harbour master', 'GFX: map of the closures']) expect(isProductionLabel(line), line).toBe(true);
    for (const line of ['RUIZ: We did not expect this.', 'Graphic designers said the map was late.']) expect(isProductionLabel(line), line).toBe(false);
  });

  it("isSpeakerLine: a transcript turn's label, not a cue or a section label", () => {
    for (const line of ['RUIZ: We did not expect this.', 'HOST (ANA RUIZ): Good evening.']) expect(isSpeakerLine(line), line).toBe(true);
    for (const line of ['CHYRON: Ferry strike, day two', 'UPDATE: The ferry sailed at noon.', 'The harbour master said: we wait.']) expect(isSpeakerLine(line), line).toBe(false);
  });
});

describe('fieldsTouch', () => {
  it('spaces the text of two elements set flush, unless a space or closing punctuation is already there', () => {
    expect(fieldsTouch('Dana Whitlock', 'Valley 7 News')).toBe(true);
    expect(fieldsTouch('Dana Whitlock ', 'Valley')).toBe(false);
    expect(fieldsTouch('Whitlock', '.')).toBe(false);
    expect(fieldsTouch('(', 'Image')).toBe(false);
    expect(fieldsTouch('', 'Valley')).toBe(false);
  });
});

describe('markAddressLists', () => {
  it('makes a list of bare web addresses, and a paragraph of them, the page’s links, markers kept', () => {
    const blocks = markAddressLists([
      { type: 'list', ordered: true, items: [{ marker: '1.', text: 'https://quayside.example/news/toll#main' }, { marker: '2.', text: '[3] www.quayside.example/contact' }] },
      { type: 'paragraph', text: 'https://quayside.example/a\n<https://quayside.example/b>' },
    ]);
    expect(blocks).toEqual([
      { type: 'related-links', items: ['1. https://quayside.example/news/toll#main', '2. [3] www.quayside.example/contact'] },
      { type: 'boilerplate', role: 'page', text: 'https://quayside.example/a\n<https://quayside.example/b>' },
    ]);
  });

  it('leaves a list or a paragraph that says anything besides an address', () => {
    const blocks = [
      { type: 'list' as const, ordered: false, items: [{ marker: '-', text: 'https://quayside.example/a' }, { marker: '-', text: 'The toll starts in April.' }] },
      { type: 'paragraph' as const, text: 'Read the ruling at https://court.example/ruling.' },
    ];
    expect(markAddressLists(blocks)).toEqual(blocks);
  });
});

describe('markTrailingSections', () => {
  const story = [
    { type: 'headline' as const, text: 'Pier to close for a year of repairs' },
    { type: 'paragraph' as const, text: 'The harbour board voted on Monday to close the pier for a year, after engineers found corroded piles under the deck.' },
    { type: 'paragraph' as const, text: 'Repairs will cost about four million pounds, which the board will borrow over twenty years, its chairman told members.' },
  ];

  it('sets apart a heading after the last paragraph of prose and the short lines under it, lists kept', () => {
    const blocks = markTrailingSections([
      ...story,
      { type: 'subheading', text: 'My notes' },
      { type: 'paragraph', text: 'Check the 1839 map against the archive.' },
      { type: 'list', ordered: false, items: [{ marker: '-', text: 'ask Rob about the order' }] },
    ]);
    expect(blocks.slice(3)).toEqual([
      { type: 'boilerplate', role: 'page', text: 'My notes' },
      { type: 'boilerplate', role: 'page', text: 'Check the 1839 map against the archive.' },
      { type: 'list', ordered: false, items: [{ marker: '-', text: 'ask Rob about the order' }] },
    ]);
  });

  it('leaves a closing section that reports someone’s words, or one with prose under it', () => {
    const quoted = [...story, { type: 'subheading' as const, text: 'What next' }, { type: 'paragraph' as const, text: 'The mayor said work starts in May.' }];
    expect(markTrailingSections(quoted)).toEqual(quoted);
    const prose = [...story, { type: 'subheading' as const, text: 'What next' }, { type: 'paragraph' as const, text: 'Work on the piles is expected to begin in May and to last until the following spring, weather allowing.' }];
    expect(markTrailingSections(prose)).toEqual(prose);
    const sentence = [...story, { type: 'subheading' as const, text: 'Tickets' }, { type: 'paragraph' as const, text: 'Tickets for the final go on sale to members on Monday.' }];
    expect(markTrailingSections(sentence)).toEqual(sentence);
    const list = [...story, { type: 'section-label' as const, text: 'Key facts' }, { type: 'list' as const, ordered: false, items: [{ marker: '-', text: '40 piles corroded' }] }];
    expect(markTrailingSections(list)).toEqual(list);
  });
});
