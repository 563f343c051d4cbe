import { formatDate, formatEventDate, formatPeriod } from '../index.js';

describe('formatDate', () => {
  it("shows an instant on Morocco's wall clock, in each language's conventions", () => {
    // 2025-06-10 is outside Ramadan: Morocco is UTC+1
    expect(formatDate('2025-06-10T09:30:00Z', 'fr')).toBe('10 juin 2025 à 10:30');
    expect(formatDate('2025-06-10T09:30:00Z', 'ar')).toBe('10 يونيو 2025 في 10:30');
    expect(formatDate(new Date('2025-06-10T09:30:00Z'), 'en')).toBe('10 June 2025 at 10:30');
  });

  it('follows the Ramadan hour: UTC+0 in March 2025', () => {
    expect(formatDate('2025-03-07T10:30:00Z', 'fr')).toBe('7 mars 2025 à 10:30');
  });

  it("takes the day of Morocco's calendar, not the reader's machine's", () => {
    // 23:30 UTC on 31 December is already 1 January in Morocco
    expect(formatDate('2025-12-31T23:30:00Z', 'fr', 'DAY')).toBe('1 janvier 2026');
  });

  it('writes Arabic dates with Latin digits and Moroccan month names', () => {
    const text = formatDate('2025-08-15T10:00:00Z', 'ar', 'DAY');
    expect(text).toBe('15 غشت 2025');
    expect(text).not.toMatch(/[\u0660-\u0669]/);
  });

  it('shows a month-precision date as a month and a year as a year', () => {
    expect(formatDate('2025-03', 'fr')).toBe('mars 2025');
    expect(formatDate('2025-03', 'ar')).toBe('مارس 2025');
    expect(formatDate('2023', 'fr')).toBe('2023');
    expect(formatDate('2024-12-03', 'fr')).toBe('3 décembre 2024');
  });

  it('never shows a calendar date finer than it is known, nor moves it by a zone', () => {
    expect(formatDate('2025-03', 'fr', 'MINUTE')).toBe('mars 2025');
    expect(formatDate('2025-01-01', 'en', 'YEAR')).toBe('2025');
  });

  it('gives nothing for nothing and passes text that is no date', () => {
    expect(formatDate(null, 'fr')).toBe('');
    expect(formatDate('soon', 'fr')).toBe('soon');
  });
});

describe('formatEventDate', () => {
  it('shows a date-only event without a time and a month-precision one as a month', () => {
    expect(formatEventDate('2025-02-10T23:00:00Z', 'DAY', 'fr')).toBe('11 février 2025');
    expect(formatEventDate('2025-09-30T23:00:00Z', 'MONTH', 'ar')).toBe('أكتوبر 2025');
    expect(formatEventDate('2025-06-10T09:30:00Z', null, 'fr')).toBe('10 juin 2025 à 10:30');
  });
});

describe('formatPeriod', () => {
  it('joins both ends, or shows the start alone', () => {
    expect(formatPeriod('2025-01', '2026-12', 'fr')).toBe('janvier 2025 – décembre 2026');
    expect(formatPeriod('2025-01', null, 'fr')).toBe('janvier 2025');
  });
});
