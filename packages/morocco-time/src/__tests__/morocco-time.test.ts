import {
  formatMoroccoDate,
  isoToMoroccoLocal,
  MOROCCO_DATE_TIME,
  MOROCCO_TIME_ZONE,
  moroccoLocal,
  moroccoLocalToIso,
  moroccoOffsetMinutes,
  moroccoTime,
  moroccoToday,
} from '../index';

// 2025: Ramadan time began on 23 February at 03:00 (clocks back to 02:00, UTC+1 → UTC+0)
// and ended on 6 April at 02:00 (clocks forward to 03:00, UTC+0 → UTC+1).
describe('Morocco wall clock and instants', () => {
  it('reads a time inside Ramadan at UTC+0 and one outside at UTC+1', () => {
    expect(moroccoTime('2025-03-07T10:30').toISOString()).toBe('2025-03-07T10:30:00.000Z');
    expect(moroccoTime('2025-05-06T10:00').toISOString()).toBe('2025-05-06T09:00:00.000Z');
    expect(moroccoTime('2025-01-15T10:00').toISOString()).toBe('2025-01-15T09:00:00.000Z');
  });

  it('shows an instant on the wall clock at the offset of its day, to the precision asked', () => {
    expect(moroccoLocal(new Date('2025-03-07T10:30:00Z'))).toBe('2025-03-07T10:30');
    expect(moroccoLocal(new Date('2025-05-06T09:00:00Z'))).toBe('2025-05-06T10:00');
    expect(moroccoLocal(new Date('2025-12-31T23:30:00Z'), 'DAY')).toBe('2026-01-01');
    expect(moroccoLocal(new Date('2025-09-30T23:30:00Z'), 'MONTH')).toBe('2025-10');
  });

  it('reads a record\'s own instant to the second, at the offset of its day', () => {
    expect(moroccoLocal(new Date('2025-05-06T09:00:42.123Z'), 'SECOND')).toBe('2025-05-06T10:00:42');
    expect(moroccoLocal(new Date('2025-03-07T10:30:05Z'), 'SECOND')).toBe('2025-03-07T10:30:05');
  });

  it('changes offset exactly at the transition instants', () => {
    expect(moroccoOffsetMinutes(new Date('2025-02-23T01:59:00Z'))).toBe(60);
    expect(moroccoOffsetMinutes(new Date('2025-02-23T02:00:00Z'))).toBe(0);
    expect(moroccoOffsetMinutes(new Date('2025-04-06T01:59:00Z'))).toBe(0);
    expect(moroccoOffsetMinutes(Date.parse('2025-04-06T02:00:00Z'))).toBe(60);
  });

  it('reads the hours around the start of Ramadan time, the repeated hour at its second occurrence (UTC+0)', () => {
    expect(moroccoTime('2025-02-23T01:30').toISOString()).toBe('2025-02-23T00:30:00.000Z');
    expect(moroccoLocal(new Date('2025-02-23T01:30:00Z'))).toBe('2025-02-23T02:30');
    expect(moroccoLocal(new Date('2025-02-23T02:30:00Z'))).toBe('2025-02-23T02:30');
    expect(moroccoTime('2025-02-23T02:30').toISOString()).toBe('2025-02-23T02:30:00.000Z');
    expect(moroccoTime('2025-02-23T03:30').toISOString()).toBe('2025-02-23T03:30:00.000Z');
  });

  it('reads the hours around the end of Ramadan time, a skipped reading as the instant shown an hour later', () => {
    expect(moroccoTime('2025-04-06T01:30').toISOString()).toBe('2025-04-06T01:30:00.000Z');
    expect(moroccoTime('2025-04-06T02:30').toISOString()).toBe('2025-04-06T02:30:00.000Z');
    expect(moroccoLocal(moroccoTime('2025-04-06T02:30'))).toBe('2025-04-06T03:30');
    expect(moroccoTime('2025-04-06T03:30').toISOString()).toBe('2025-04-06T02:30:00.000Z');
  });

  it('gives back every reading that is not skipped, every half hour over both transition days', () => {
    for (const day of ['2025-02-22', '2025-02-23', '2025-02-24', '2025-04-05', '2025-04-06', '2025-04-07']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
        const reading = `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        if (reading.startsWith('2025-04-06T02:')) continue; // skipped: never shown
        expect(moroccoLocal(moroccoTime(reading))).toBe(reading);
      }
    }
  });

  it('reads every instant as the time-zone database does, each second around the transitions and every few hours over decades', () => {
    const zone = new Intl.DateTimeFormat('en-US', { timeZone: MOROCCO_TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    const intl = (instant: Date) => {
      const v = Object.fromEntries(zone.formatToParts(instant).map((part) => [part.type, part.value]));
      return `${v.year}-${v.month}-${v.day}T${v.hour}:${v.minute}:${v.second}`;
    };
    const differing: string[] = [];
    const check = (at: number) => {
      const instant = new Date(at);
      if (moroccoLocal(instant, 'SECOND') !== intl(instant)) differing.push(instant.toISOString());
    };
    // the start and end of Ramadan time in 2025 (02:00 UTC), second by second over the hours around them
    for (const transition of [Date.UTC(2025, 1, 23, 2), Date.UTC(2025, 3, 6, 2)]) {
      for (let at = transition - 2 * 3_600_000; at < transition + 2 * 3_600_000; at += 1_000) check(at);
    }
    // the end of local mean time (1913, not on a whole hour), and 1960 to 2040 at odd steps
    for (let at = Date.UTC(1913, 9, 26, 0); at < Date.UTC(1913, 9, 26, 2); at += 1_000) check(at);
    for (let at = Date.UTC(1960, 0, 1); at < Date.UTC(2040, 0, 1); at += 79_193_000) check(at);
    expect(differing).toEqual([]);
  });

  it("gives today's date on Morocco's calendar, already the next day just after midnight there", () => {
    expect(moroccoToday(new Date('2026-06-01T23:30:00Z'))).toBe('2026-06-02');
    expect(moroccoToday(new Date('2026-02-28T23:30:00Z'))).toBe('2026-02-28'); // Ramadan 2026: UTC+0
  });

  it('refuses a reading in another form', () => {
    expect(() => moroccoTime('2025-03-07 10:30')).toThrow('Expected YYYY-MM-DDTHH:mm');
    expect(() => moroccoTime('2025-03-07T10:30:00')).toThrow('Expected YYYY-MM-DDTHH:mm');
  });
});

describe('form values (a datetime-local input holds Morocco wall clock)', () => {
  it('turns a reading, with or without seconds, into the ISO instant, and leaves zoned instants as they are', () => {
    expect(moroccoLocalToIso('2025-03-07T10:30')).toBe('2025-03-07T10:30:00.000Z');
    expect(moroccoLocalToIso('2025-05-06T10:00:00')).toBe('2025-05-06T09:00:00.000Z');
    expect(moroccoLocalToIso('2025-05-06T10:00:00.000Z')).toBe('2025-05-06T10:00:00.000Z');
    expect(moroccoLocalToIso(new Date('2025-05-06T09:00:00Z'))).toBe('2025-05-06T09:00:00.000Z');
    expect(moroccoLocalToIso('')).toBeNull();
    expect(moroccoLocalToIso(null)).toBeNull();
    expect(moroccoLocalToIso(undefined)).toBeNull();
  });

  it('shows an instant as a reading, and leaves a reading unchanged when formatted twice', () => {
    expect(isoToMoroccoLocal('2025-05-06T09:00:00.000Z')).toBe('2025-05-06T10:00');
    expect(isoToMoroccoLocal(new Date('2025-03-07T10:30:00Z'))).toBe('2025-03-07T10:30');
    expect(isoToMoroccoLocal(isoToMoroccoLocal('2025-05-06T09:00:00.000Z'))).toBe('2025-05-06T10:00');
    expect(isoToMoroccoLocal('2025-05-06T10:00:59')).toBe('2025-05-06T10:00');
    expect(isoToMoroccoLocal('')).toBe('');
    expect(isoToMoroccoLocal(null)).toBe('');
    expect(isoToMoroccoLocal('not a date')).toBe('not a date');
  });
});

describe('display', () => {
  it('formats an instant on the Morocco wall clock in the language asked, with or without the time', () => {
    expect(formatMoroccoDate('2025-05-06T09:00:00Z', 'fr-MA')).toContain('10:00');
    expect(formatMoroccoDate('2025-03-07T10:30:00Z', 'fr-MA')).toContain('10:30');
    expect(formatMoroccoDate('2025-12-31T23:30:00Z', 'fr-MA', false)).toMatch(/1 janvier 2026/);
    expect(new Intl.DateTimeFormat('fr-FR', MOROCCO_DATE_TIME).format(new Date('2025-05-06T09:00:00Z'))).toContain('10:00');
  });
});
