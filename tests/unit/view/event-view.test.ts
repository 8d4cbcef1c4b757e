import { describe, expect, it } from 'vitest';
import { eventDateText, eventView, pageDescription, pageTitle } from '../../../src/lib/view/event-view.ts';

const event = { title: 'Harbour bridge closes', date: '2031-04-02', place: 'Port Ellis', summary: null, source: null };

describe('eventView', () => {
  it('names the event, its day and place; the description falls back to them without a summary', () => {
    expect(eventView(event)).toEqual({
      title: 'Harbour bridge closes',
      date: { text: '2 April 2031', iso: '2031-04-02' },
      place: 'Port Ellis',
      summary: null,
      description: 'Harbour bridge closes (2 April 2031, Port Ellis), as several outlets covered it.',
      source: null,
    });
    expect(eventView({ ...event, summary: 'The bridge shut for repairs.' }).description).toBe('The bridge shut for repairs.');
  });

  it('says nothing particular when the data names no event', () => {
    expect(eventView(null)).toMatchObject({ title: 'One news event', date: null, summary: null });
  });

  it('reads a day as that day whatever the time zone', () => {
    expect(eventDateText('2031-01-01')).toBe('1 January 2031');
    expect(eventDateText('2031-12-31')).toBe('31 December 2031');
  });
});

describe('pageTitle and pageDescription', () => {
  const view = eventView(event);
  it('put the event in every title and description', () => {
    expect(pageTitle('Method', view)).toBe('Method · Harbour bridge closes · Parallax');
    expect(pageTitle(null, view)).toBe('Harbour bridge closes · Parallax');
    expect(pageDescription('How it works.', view)).toBe('How it works. Harbour bridge closes, 2 April 2031.');
    expect(pageDescription(null, view)).toBe(view.description);
  });
});
