import { describe, expect, it } from 'vitest';
import {
  addDays,
  businessDate,
  compareDates,
  dayOfWeek,
  endOfBusinessDay,
  firstDayOfMonth,
  isIsoDate,
  isMonth,
  isWeekend,
  lastDayOfMonth,
  monthOf,
  nextMonth,
  startOfBusinessDay,
  toOffsetIso,
} from '../../shared/domain/time';

describe('isIsoDate', () => {
  it.each(['2025-09-26', '2024-02-29', '2000-02-29', '2026-12-31', '0099-01-01'])('accepts %s', (s) => {
    expect(isIsoDate(s)).toBe(true);
  });
  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-9-26',
    '2025-09-26T00:00',
    ' 2025-09-26',
    '20250926',
    '',
  ])('rejects %j', (s) => {
    expect(isIsoDate(s)).toBe(false);
  });
});

describe('date arithmetic', () => {
  it.each([
    ['2025-09-26', 1, '2025-09-27'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-09-26', 0, '2025-09-26'],
    ['2025-01-01', 365, '2026-01-01'],
  ])('addDays(%s, %i) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it('throws on an invalid date', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });

  it.each([
    ['2025-09-28', 0, true],
    ['2025-09-26', 5, false],
    ['2026-02-14', 6, true],
    ['2026-02-16', 1, false],
  ])('%s is day %i (weekend %s)', (date, dow, weekend) => {
    expect(dayOfWeek(date)).toBe(dow);
    expect(isWeekend(date)).toBe(weekend);
  });

  it('compares dates', () => {
    expect(compareDates('2025-09-26', '2025-10-01')).toBeLessThan(0);
    expect(compareDates('2026-01-01', '2025-12-31')).toBeGreaterThan(0);
    expect(compareDates('2025-09-26', '2025-09-26')).toBe(0);
  });
});

describe('business time (+08:00)', () => {
  it.each([
    ['2025-09-25T15:59:59.999Z', '2025-09-25'],
    ['2025-09-25T16:00:00.000Z', '2025-09-26'],
    ['2025-12-31T16:00:00.000Z', '2026-01-01'],
  ])('businessDate(%s) = %s', (instant, date) => {
    expect(businessDate(new Date(instant))).toBe(date);
  });

  it('bounds a business day', () => {
    expect(startOfBusinessDay('2025-10-01').toISOString()).toBe('2025-09-30T16:00:00.000Z');
    expect(endOfBusinessDay('2025-10-10').toISOString()).toBe('2025-10-10T15:59:59.999Z');
    expect(businessDate(endOfBusinessDay('2025-10-10'))).toBe('2025-10-10');
    expect(endOfBusinessDay('2025-10-10').getTime() + 1).toBe(startOfBusinessDay('2025-10-11').getTime());
  });

  it('formats with the +08:00 offset', () => {
    expect(toOffsetIso(new Date('2025-09-26T01:00:00Z'))).toBe('2025-09-26T09:00:00.000+08:00');
    expect(toOffsetIso(endOfBusinessDay('2025-12-31'))).toBe('2025-12-31T23:59:59.999+08:00');
  });
});

describe('months', () => {
  it.each([
    ['2025-01', '2025-01-31', '2025-02'],
    ['2024-02', '2024-02-29', '2024-03'],
    ['2025-02', '2025-02-28', '2025-03'],
    ['2025-12', '2025-12-31', '2026-01'],
  ])('%s ends on %s and is followed by %s', (month, last, next) => {
    expect(firstDayOfMonth(month)).toBe(`${month}-01`);
    expect(lastDayOfMonth(month)).toBe(last);
    expect(nextMonth(month)).toBe(next);
  });

  it('validates months', () => {
    expect(isMonth('2025-09')).toBe(true);
    expect(isMonth('2025-13')).toBe(false);
    expect(isMonth('2025-9')).toBe(false);
    expect(() => nextMonth('2025-00')).toThrow(RangeError);
    expect(monthOf('2025-09-26')).toBe('2025-09');
  });
});
