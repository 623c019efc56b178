// When an item was posted, from the label a page shows (FR and EN), resolved in the user's zone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUTURE_SLACK_MS, resolvePostedAt, resolvePostedTime } from '../../utils/text/posted-time';

const PARIS = { timeZone: 'Europe/Paris' };
const NEW_YORK = { timeZone: 'America/New_York' };
const H = 3_600_000;
const MIN = 60_000;
const DAY = 24 * H;
const iso = (s: string) => Date.parse(s);
const at = (time: string, seenAt: number, opts = PARIS) => {
  const ms = resolvePostedAt(time, seenAt, opts);
  return ms === null ? null : new Date(ms).toISOString();
};

// Sunday 20 April 2025, 14:00 in Paris (CEST, UTC+2).
const SEEN = iso('2025-04-20T12:00:00Z');

describe('resolvePostedAt: machine times', () => {
  it('reads ISO 8601 with Z, with offsets in every spelling, and with fractions', () => {
    expect(at('2024-04-18T10:12:00.000Z', SEEN)).toBe('2024-04-18T10:12:00.000Z');
    expect(at('2024-01-15T10:20:30.123000+0000', SEEN)).toBe('2024-01-15T10:20:30.123Z');
    expect(at('2024-01-15T10:20:30+01:00', SEEN)).toBe('2024-01-15T09:20:30.000Z');
    expect(at('2024-01-15T10:20:30-05', SEEN)).toBe('2024-01-15T15:20:30.000Z');
  });

  it('reads an ISO time without offset as a wall time in the user zone', () => {
    expect(at('2025-01-15T10:00:00', SEEN)).toBe('2025-01-15T09:00:00.000Z');
    expect(at('2025-01-15T10:00:00', SEEN, NEW_YORK)).toBe('2025-01-15T15:00:00.000Z');
    expect(resolvePostedTime('2025-01-15', SEEN, PARIS)).toEqual({ at: iso('2025-01-14T23:00:00Z'), precision: DAY });
  });

  it('reads epoch seconds (Facebook data-utime) and milliseconds', () => {
    expect(at('1713435120', SEEN)).toBe('2024-04-18T10:12:00.000Z');
    expect(at('1713435120000', SEEN)).toBe('2024-04-18T10:12:00.000Z');
  });

  it('refuses impossible dates and the future beyond a few minutes of clock skew', () => {
    expect(at('2024-02-30T10:00:00Z', SEEN)).toBeNull();
    expect(at('2024-13-01T10:00:00Z', SEEN)).toBeNull();
    expect(at('2024-01-01T24:00:00Z', SEEN)).toBeNull();
    expect(at('0099-01-01T10:00:00Z', SEEN)).toBeNull();
    expect(at('2025-04-20T12:04:00Z', SEEN)).toBe('2025-04-20T12:04:00.000Z');
    expect(resolvePostedAt('2025-04-20T12:06:00Z', SEEN, PARIS)).toBeNull();
    expect(resolvePostedAt(new Date(SEEN + DAY).toISOString(), SEEN)).toBeNull();
  });
});

describe('resolvePostedAt: relative labels', () => {
  const cases: [string, string][] = [
    ['2 h', '2025-04-20T10:00:00.000Z'],
    ['2h', '2025-04-20T10:00:00.000Z'],
    ['5 min', '2025-04-20T11:55:00.000Z'],
    ['5m', '2025-04-20T11:55:00.000Z'],
    ['30 s', '2025-04-20T11:59:30.000Z'],
    ['3 j', '2025-04-17T12:00:00.000Z'],
    ['3d', '2025-04-17T12:00:00.000Z'],
    ['1 sem.', '2025-04-13T12:00:00.000Z'],
    ['2 w', '2025-04-06T12:00:00.000Z'],
    ['1 an', '2024-04-20T12:00:00.000Z'],
    ['1y', '2024-04-20T12:00:00.000Z'],
    ['2 ans', '2023-04-20T12:00:00.000Z'],
    ['2 a', '2023-04-20T12:00:00.000Z'],
    ['a year ago', '2024-04-20T12:00:00.000Z'],
    ['12 mins', '2025-04-20T11:48:00.000Z'],
    ['1 mo. ago', '2025-03-20T13:00:00.000Z'],
    ['3mo', '2025-01-20T13:00:00.000Z'],
    ['il y a 2 semaines', '2025-04-06T12:00:00.000Z'],
    ['Hier, à 14 h 05', '2025-04-19T12:05:00.000Z'],
    ['il y a environ 3 heures', '2025-04-20T09:00:00.000Z'],
    ['about an hour ago', '2025-04-20T11:00:00.000Z'],
    ['1yr', '2024-04-20T12:00:00.000Z'],
    ['il y a 3 heures', '2025-04-20T09:00:00.000Z'],
    ['Il y a 2 jours', '2025-04-18T12:00:00.000Z'],
    ['il y a une heure', '2025-04-20T11:00:00.000Z'],
    ['3 hours ago', '2025-04-20T09:00:00.000Z'],
    ['an hour ago', '2025-04-20T11:00:00.000Z'],
    ['2 hr. ago', '2025-04-20T10:00:00.000Z'],
    ['1 yr. ago', '2024-04-20T12:00:00.000Z'],
    ["à l'instant", '2025-04-20T12:00:00.000Z'],
    ['À l’instant', '2025-04-20T12:00:00.000Z'],
    ['Just now', '2025-04-20T12:00:00.000Z'],
    ['now', '2025-04-20T12:00:00.000Z'],
    ['2h • Edited', '2025-04-20T10:00:00.000Z'],
    ['3 j · Modifié', '2025-04-17T12:00:00.000Z'],
    ['1\u00a0sem.', '2025-04-13T12:00:00.000Z'],
  ];
  it.each(cases)('%s', (label, expected) => expect(at(label, SEEN)).toBe(expected));

  it('gives the label its precision: one of its units', () => {
    expect(resolvePostedTime('2 h', SEEN, PARIS)?.precision).toBe(H);
    expect(resolvePostedTime('5 min', SEEN, PARIS)?.precision).toBe(MIN);
    expect(resolvePostedTime('3 j', SEEN, PARIS)?.precision).toBe(DAY);
    expect(resolvePostedTime('2024-04-18T10:12:00Z', SEEN, PARIS)?.precision).toBe(1000);
  });

  it('steps months back on the calendar, at the end of a shorter month', () => {
    // 31 March 2025 10:00 Paris: one month back is 28 February at 10:00.
    expect(at('1 mo', iso('2025-03-31T08:00:00Z'))).toBe('2025-02-28T09:00:00.000Z');
    expect(at('3 mois', iso('2025-03-31T08:00:00Z'))).toBe('2024-12-31T09:00:00.000Z');
  });
});

describe('resolvePostedAt: absolute labels', () => {
  const cases: [string, string][] = [
    ['Apr 18', '2025-04-17T22:00:00.000Z'],
    ['18 avril', '2025-04-17T22:00:00.000Z'],
    ['18 avr.', '2025-04-17T22:00:00.000Z'],
    ['April 18, 2025', '2025-04-17T22:00:00.000Z'],
    ['18 avril 2025 à 10:12', '2025-04-18T08:12:00.000Z'],
    ['March 3 at 9:15 PM', '2025-03-03T20:15:00.000Z'],
    ['3 mars, 21:15', '2025-03-03T20:15:00.000Z'],
    ['3 mars à 21 h 15', '2025-03-03T20:15:00.000Z'],
    ['Friday, April 18, 2025 at 10:12 AM', '2025-04-18T08:12:00.000Z'],
    ['vendredi 18 avril 2025 à 10:12', '2025-04-18T08:12:00.000Z'],
    ['1er mai 2024', '2024-04-30T22:00:00.000Z'],
    ['le 18 avril', '2025-04-17T22:00:00.000Z'],
    ['18 avr. 2024', '2024-04-17T22:00:00.000Z'],
    ['Apr 18, 2024', '2024-04-17T22:00:00.000Z'],
    ['April 18, 2024 at 10:12am', '2024-04-18T08:12:00.000Z'],
    ['May 1st, 2024', '2024-04-30T22:00:00.000Z'],
    ['12 févr.', '2025-02-11T23:00:00.000Z'],
    ['12 août 2024', '2024-08-11T22:00:00.000Z'],
    ['Yesterday at 14:05', '2025-04-19T12:05:00.000Z'],
    ['Hier à 14:05', '2025-04-19T12:05:00.000Z'],
    ['Yesterday at 2:05 p.m.', '2025-04-19T12:05:00.000Z'],
    ["Aujourd'hui à 09:30", '2025-04-20T07:30:00.000Z'],
    ['Today at 12:00 AM', '2025-04-19T22:00:00.000Z'],
    ['Monday at 9:15 PM', '2025-04-14T19:15:00.000Z'],
    ['lundi à 21:15', '2025-04-14T19:15:00.000Z'],
    ['Sunday at 10:00', '2025-04-20T08:00:00.000Z'],
    ['Sunday at 15:00', '2025-04-13T13:00:00.000Z'],
  ];
  it.each(cases)('%s', (label, expected) => expect(at(label, SEEN)).toBe(expected));

  it('gives a date without a time a precision of one day, with a time one minute', () => {
    expect(resolvePostedTime('Apr 18', SEEN, PARIS)?.precision).toBe(DAY);
    expect(resolvePostedTime('Hier à 14:05', SEEN, PARIS)?.precision).toBe(MIN);
  });

  it('takes a date without a year as the latest such date not after seenAt', () => {
    const newYear = iso('2025-01-02T09:00:00Z');
    expect(at('Dec 31', newYear)).toBe('2024-12-30T23:00:00.000Z');
    expect(at('31 déc.', newYear)).toBe('2024-12-30T23:00:00.000Z');
    expect(at('Jan 2', newYear)).toBe('2025-01-01T23:00:00.000Z');
    expect(at('Jan 3', newYear)).toBe('2024-01-02T23:00:00.000Z');
    // Today, later than now: last year's.
    expect(at('April 20 at 18:00', SEEN)).toBe('2024-04-20T16:00:00.000Z');
  });

  it('finds February 29 in the latest leap year', () => {
    expect(at('Feb 29', iso('2027-06-01T10:00:00Z'))).toBe('2024-02-28T23:00:00.000Z');
    expect(at('29 février 2025', SEEN)).toBeNull();
  });

  it('refuses a dated label after seenAt, and labels that say too little', () => {
    expect(at('April 18, 2026', SEEN)).toBeNull();
    expect(at('avril', SEEN)).toBeNull();
    expect(at('18', SEEN)).toBeNull();
    expect(at('April 32', SEEN)).toBeNull();
    expect(at('April 2025', SEEN)).toBe('2025-03-31T22:00:00.000Z');
  });

  it('resolves in the zone given, and in New York', () => {
    expect(at('Yesterday at 2:05 PM', SEEN, NEW_YORK)).toBe('2025-04-19T18:05:00.000Z');
    expect(at('Apr 18', SEEN, NEW_YORK)).toBe('2025-04-18T04:00:00.000Z');
  });

  it('falls back to the runtime zone for an unknown zone', () => {
    const fallback = resolvePostedAt('Apr 18', SEEN);
    expect(resolvePostedAt('Apr 18', SEEN, { timeZone: 'Not/AZone' })).toBe(fallback);
  });
});

describe('resolvePostedAt: daylight-saving changes', () => {
  it('keeps the wall time for calendar steps across the spring change (Paris)', () => {
    // Seen 31 March 2025 10:00 CEST; 2 days back is 29 March 10:00 CET (UTC+1): 49 h earlier.
    const seen = iso('2025-03-31T08:00:00Z');
    expect(at('2 j', seen)).toBe('2025-03-29T09:00:00.000Z');
    expect(at('2 h', seen)).toBe('2025-03-31T06:00:00.000Z');
  });

  it('moves a skipped wall time forward by the gap, and takes the first of a repeated one', () => {
    const spring = iso('2025-04-02T10:00:00Z');
    expect(at('30 mars 2025 à 02:30', spring)).toBe('2025-03-30T01:30:00.000Z');
    expect(at('26 octobre 2025 à 02:30', iso('2025-11-02T10:00:00Z'))).toBe('2025-10-26T00:30:00.000Z');
    expect(at('26 octobre 2025 à 03:30', iso('2025-11-02T10:00:00Z'))).toBe('2025-10-26T02:30:00.000Z');
  });

  it('handles zones off the hour and a half-hour daylight shift (Kathmandu, Lord Howe)', () => {
    expect(at('Yesterday at 10:00', SEEN, { timeZone: 'Asia/Kathmandu' })).toBe('2025-04-19T04:15:00.000Z');
    // Lord Howe leaves +11 for +10:30 at 2:00 on 6 April 2025; 1:45 happened twice, the first at +11.
    const lordHowe = { timeZone: 'Australia/Lord_Howe' };
    expect(at('6 avril 2025 à 01:45', SEEN, lordHowe)).toBe('2025-04-05T14:45:00.000Z');
    expect(at('6 avril 2025 à 12:00', SEEN, lordHowe)).toBe('2025-04-06T01:30:00.000Z');
  });

  it('reads "Yesterday" across the autumn change in New York', () => {
    // Seen Monday 3 November 2025 09:00 EST; yesterday 1:30 AM happened twice: the first, EDT.
    const seen = iso('2025-11-03T14:00:00Z');
    expect(at('Yesterday at 1:30 AM', seen, NEW_YORK)).toBe('2025-11-02T05:30:00.000Z');
    expect(at('Yesterday at 3:00 PM', seen, NEW_YORK)).toBe('2025-11-02T20:00:00.000Z');
    expect(at('1 d', seen, NEW_YORK)).toBe('2025-11-02T14:00:00.000Z');
    expect(at('1 w', iso('2025-03-12T13:00:00Z'), NEW_YORK)).toBe('2025-03-05T14:00:00.000Z');
  });
});

describe('resolvePostedAt: untrusted input', () => {
  it('is null for empty, unknown and absurd labels', () => {
    const labels = ['', '   ', 'garbage', '12 k', '2', 'am', 'Edited', '1.2K', '99999999 y', '3 zz', '•', 'il y a'];
    for (const label of labels) {
      expect(resolvePostedAt(label, SEEN, PARIS)).toBeNull();
    }
    expect(resolvePostedAt('2 h', Number.NaN, PARIS)).toBeNull();
    expect(resolvePostedAt(null as unknown as string, SEEN)).toBeNull();
  });

  it('never throws, never answers NaN, never answers past seenAt + 5 min (random strings)', () => {
    const words = ['il y a', 'ago', 'h', 'j', 'sem.', 'at', 'à', 'Apr', 'avril', 'hier', '2025', '10:12', 'PM', '·'];
    const label = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc
        .array(fc.oneof(fc.constantFrom(...words), fc.nat(99999).map(String)), { maxLength: 6 })
        .map((a) => a.join(' ')),
    );
    const zone = fc.constantFrom('Europe/Paris', 'America/New_York', 'UTC', 'Asia/Kolkata', 'bad zone', undefined);
    fc.assert(
      fc.property(label, fc.integer({ min: 0, max: 4_102_444_800_000 }), zone, (text, seenAt, timeZone) => {
        const ms = resolvePostedAt(text, seenAt, { timeZone });
        expect(ms === null || (Number.isFinite(ms) && ms <= seenAt + FUTURE_SLACK_MS)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});
