import { maskTypedDate, readTypedDate, typedDate, typedDatePattern, typedDateRefusal } from '../index.js';

describe('dates as a reader types them', () => {
  it('shows a day, a wall-clock time and a period day first, on a 24-hour clock', () => {
    expect(typedDate('2026-06-03', 'DAY')).toBe('03/06/2026');
    expect(typedDate('2026-06-03T00:00:00.000Z', 'DAY')).toBe('03/06/2026');
    expect(typedDate('2026-06-03T18:05', 'MINUTE')).toBe('03/06/2026 18:05');
    expect(typedDate('2024-12', 'PERIOD')).toBe('12/2024');
    expect(typedDate('2024', 'PERIOD')).toBe('2024');
  });

  it('passes a half-typed date as it is', () => {
    expect(typedDate('03/06/20', 'DAY')).toBe('03/06/20');
    expect(typedDate('', 'MINUTE')).toBe('');
  });

  it('lays typed digits out as day/month/year hour:minute, with the separators written for the reader', () => {
    expect(maskTypedDate('0', 'DAY')).toBe('0');
    expect(maskTypedDate('030', 'DAY')).toBe('03/0');
    expect(maskTypedDate('03062026', 'DAY')).toBe('03/06/2026');
    expect(maskTypedDate('030620261000', 'MINUTE')).toBe('03/06/2026 10:00');
    expect(maskTypedDate('03/06/2026 10:00', 'MINUTE')).toBe('03/06/2026 10:00');
    expect(maskTypedDate('03/', 'DAY')).toBe('03/');
    expect(maskTypedDate('030620261', 'DAY')).toBe('03/06/2026');
  });

  it('closes a section typed with one digit at its separator', () => {
    expect(maskTypedDate('3/6/2026 9:05', 'MINUTE')).toBe('03/06/2026 09:05');
    expect(maskTypedDate('3.6.2026', 'DAY')).toBe('03/06/2026');
  });

  it('takes Arabic-Indic digits as the Latin ones the console writes', () => {
    expect(maskTypedDate('٠٣/٠٦/٢٠٢٦ ١٠:٣٠', 'MINUTE')).toBe('03/06/2026 10:30');
    expect(readTypedDate('٢٠٢٤', 'PERIOD')).toBe('2024');
  });

  it('shows a reading pasted in ISO as typed', () => {
    expect(maskTypedDate('2026-06-03', 'DAY')).toBe('03/06/2026');
    expect(maskTypedDate('2026-06-03T10:00', 'MINUTE')).toBe('03/06/2026 10:00');
  });

  it('reads a complete typed date as the reading the graph takes, day first, never month first', () => {
    expect(readTypedDate('03/06/2026', 'DAY')).toBe('2026-06-03');
    expect(readTypedDate('03/06/2026 10:00', 'MINUTE')).toBe('2026-06-03T10:00');
    expect(readTypedDate('12/2024', 'PERIOD')).toBe('2024-12');
    expect(readTypedDate('2024', 'PERIOD')).toBe('2024');
    expect(readTypedDate('2024-12', 'PERIOD')).toBe('2024-12');
  });

  it('reads an incomplete or impossible date as none', () => {
    expect(readTypedDate('03/06/20', 'DAY')).toBeNull();
    expect(readTypedDate('31/02/2026', 'DAY')).toBeNull();
    expect(readTypedDate('13/13/2026', 'DAY')).toBeNull();
    expect(readTypedDate('03/06/2026', 'MINUTE')).toBeNull();
    expect(readTypedDate('03/06/2026 24:00', 'MINUTE')).toBeNull();
    expect(readTypedDate('13/2024', 'PERIOD')).toBeNull();
    expect(readTypedDate('20245', 'PERIOD')).toBeNull();
  });

  it("asks for the pattern in the reader's language, never the US one", () => {
    expect(typedDatePattern('MINUTE', 'fr')).toBe('jj/mm/aaaa hh:mm');
    expect(typedDatePattern('DAY', 'en')).toBe('dd/mm/yyyy');
    expect(typedDatePattern('MINUTE', 'ar')).toBe('يوم/شهر/سنة ساعة:دقيقة');
    for (const locale of ['ar', 'fr', 'en']) {
      for (const kind of ['DAY', 'MINUTE', 'PERIOD', 'KNOWN'] as const) {
        expect(typedDatePattern(kind, locale)).not.toMatch(/mm\/dd|AM|PM/i);
      }
    }
    expect(typedDateRefusal('DAY', 'fr')).toBe('Date incomplète ou inexistante : attendue sous la forme jj/mm/aaaa');
  });

  it('reads a date known to the year, the month or the day at its precision', () => {
    expect(readTypedDate('2022', 'KNOWN')).toBe('2022');
    expect(readTypedDate('12/2022', 'KNOWN')).toBe('2022-12');
    expect(readTypedDate('15/12/2022', 'KNOWN')).toBe('2022-12-15');
    expect(readTypedDate('5/3/2022', 'KNOWN')).toBe('2022-03-05');
    expect(readTypedDate('2022-12-15', 'KNOWN')).toBe('2022-12-15');
    expect(readTypedDate('30/02/2022', 'KNOWN')).toBeNull();
    expect(readTypedDate('15/12/2022', 'PERIOD')).toBeNull();
    expect(typedDate('2022-12-15', 'KNOWN')).toBe('15/12/2022');
    expect(typedDate('2022-12', 'KNOWN')).toBe('12/2022');
    expect(typedDate('2022', 'KNOWN')).toBe('2022');
    expect(typedDatePattern('KNOWN', 'fr')).toBe('aaaa, mm/aaaa ou jj/mm/aaaa');
  });
});
