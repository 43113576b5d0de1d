import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  buildCalendar,
  dayStatus,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  workingDaysBetween,
  yearsWithoutSchedule,
  type HallOverride,
  type NationalSchedule,
} from '../../shared/domain/calendar';
import { nationalScheduleFromLists, packageSchedules } from '../../shared/domain/national-schedules';
import { addDays } from '../../shared/domain/time';

const calendar = (overrides: HallOverride[] = [], loadedYears: NationalSchedule[] = []) =>
  buildCalendar({ packageYears: packageSchedules(), loadedYears, overrides });

const cal = calendar();

describe('package schedules (chinese-days)', () => {
  it('ships 2025 and 2026 and is parsed once', () => {
    const years = packageSchedules().map((s) => s.year);
    expect(years).toEqual(expect.arrayContaining([2024, 2025, 2026]));
    expect(packageSchedules()).toBe(packageSchedules());
    const y2025 = packageSchedules().find((s) => s.year === 2025);
    expect(y2025?.source).toBe('package');
    expect(y2025?.holidays.get('2025-10-01')).toBe('国庆节');
    expect(y2025?.workdays.get('2025-09-28')).toBe('国庆节');
  });
});

describe('dayStatus against the State Council schedules', () => {
  it.each([
    ['2025-09-26', true, 'weekday'],
    ['2025-09-27', false, 'weekend'],
    ['2025-09-28', true, '调休上班 (国庆节)'], // Sunday
    ['2025-10-01', false, '国庆节'],
    ['2025-10-06', false, '中秋'],
    ['2025-10-08', false, '国庆节'],
    ['2025-10-09', true, 'weekday'],
    ['2025-10-11', true, '调休上班 (国庆节)'], // Saturday
    ['2026-01-01', false, '元旦'],
    ['2026-01-04', true, '调休上班 (元旦)'], // Sunday
    ['2026-02-14', true, '调休上班 (春节)'], // Saturday
    ['2026-02-16', false, '春节'], // Monday in the Spring Festival
    ['2026-02-23', false, '春节'],
    ['2026-02-24', true, 'weekday'],
    ['2026-02-28', true, '调休上班 (春节)'],
  ])('%s: working %s (%s)', (date, workingDay, reason) => {
    expect(dayStatus(cal, date)).toEqual({ date, workingDay, reason, provisional: false });
    expect(isWorkingDay(cal, date)).toBe(workingDay);
  });

  it.each([
    ['2030-01-01', true, 'weekday'],
    ['2030-01-05', false, 'weekend'],
    ['2099-10-01', true, 'weekday'],
  ])('%s has no national schedule: provisional (working %s)', (date, workingDay, reason) => {
    expect(dayStatus(cal, date)).toEqual({ date, workingDay, reason, provisional: true });
  });
});

describe('addWorkingDays: the n-th working day after `from`', () => {
  it.each([
    ['2025-09-26', 1, '2025-09-28'], // the make-up Sunday counts
    ['2025-09-26', 5, '2025-10-10'], // 09-28, 09-29, 09-30, 10-09, 10-10
    ['2025-09-30', 1, '2025-10-09'],
    ['2025-10-01', 1, '2025-10-09'], // from a holiday
    ['2025-10-09', 1, '2025-10-10'], // `from` itself is not counted
    ['2025-10-09', 2, '2025-10-11'], // the make-up Saturday
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'], // across the Spring Festival
    ['2026-02-14', 5, '2026-02-28'],
    ['2025-12-31', 1, '2026-01-04'], // across the year: 01-01..03 元旦, then the make-up Sunday
  ])('%s + %i = %s', (from, n, date) => {
    expect(addWorkingDays(cal, from, n)).toEqual({ from, workingDays: n, date, provisional: false });
  });

  it('runs into 2027 (not in the package) provisionally', () => {
    expect(addWorkingDays(cal, '2026-12-28', 3)).toEqual({
      from: '2026-12-28',
      workingDays: 3,
      date: '2026-12-31',
      provisional: false,
    });
    expect(addWorkingDays(cal, '2026-12-28', 5)).toEqual({
      from: '2026-12-28',
      workingDays: 5,
      date: '2027-01-04', // 12-29, 12-30, 12-31, 2027-01-01 (unknown: counted as a weekday), 01-04
      provisional: true,
    });
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects n = %s', (n) => {
    expect(() => addWorkingDays(cal, '2025-09-26', n)).toThrow(RangeError);
  });

  it('gives up on a hall that never opens', () => {
    const closed = Array.from({ length: 3700 }, (_, i) => ({
      date: addDays('2025-01-01', i + 1),
      open: false,
      reason: '装修',
    }));
    expect(() => addWorkingDays(calendar(closed), '2025-01-01', 1)).toThrow(/fewer than 1 working days in the 3660 days after 2025-01-01/);
  });
});

describe('hall overrides', () => {
  const closure = { date: '2025-09-29', open: false, reason: '临时闭厅' };
  const opening = { date: '2025-09-27', open: true, reason: '周末延时服务' };

  it('take precedence over the national schedule', () => {
    const c = calendar([closure, opening, { date: '2025-10-02', open: true, reason: '国庆值班' }]);
    expect(dayStatus(c, '2025-09-29')).toMatchObject({ workingDay: false, reason: '临时闭厅' });
    expect(dayStatus(c, '2025-09-27')).toMatchObject({ workingDay: true, reason: '周末延时服务' });
    expect(dayStatus(c, '2025-10-02')).toMatchObject({ workingDay: true, reason: '国庆值班' });
  });

  it('a closure on a working day pushes the deadline', () => {
    // 09-28, 09-30, 10-09, 10-10, 10-11 (make-up Saturday)
    expect(addWorkingDays(calendar([closure]), '2025-09-26', 5).date).toBe('2025-10-11');
  });

  it('an opening on a Saturday brings the deadline forward', () => {
    // 09-27, 09-28, 09-29, 09-30, 10-09
    expect(addWorkingDays(calendar([opening]), '2025-09-26', 5).date).toBe('2025-10-09');
  });
});

describe('a year loaded through the API', () => {
  // A fabricated 2026: only 03-02 is a holiday, Saturday 03-07 a make-up workday.
  const loaded = nationalScheduleFromLists(2026, ['2026-03-02'], ['2026-03-07']);
  const c = calendar([], [loaded]);

  it('replaces the package data for the whole year', () => {
    expect(loaded.source).toBe('loaded');
    expect(c.national.get(2026)).toBe(loaded);
    expect(c.national.get(2025)?.source).toBe('package');
    expect(dayStatus(c, '2026-03-02')).toEqual({
      date: '2026-03-02',
      workingDay: false,
      reason: '法定节假日',
      provisional: false,
    });
    expect(dayStatus(c, '2026-03-07')).toMatchObject({ workingDay: true, reason: '调休上班' });
    expect(dayStatus(c, '2026-02-16')).toMatchObject({ workingDay: true, reason: 'weekday' });
    expect(dayStatus(c, '2026-02-14')).toMatchObject({ workingDay: false, reason: 'weekend' });
  });

  it('drives addWorkingDays', () => {
    expect(addWorkingDays(c, '2026-02-13', 1).date).toBe('2026-02-16');
    expect(addWorkingDays(c, '2026-02-27', 1).date).toBe('2026-03-03');
    expect(addWorkingDays(c, '2026-03-06', 1).date).toBe('2026-03-07');
  });

  it.each([
    [['2025-12-31'], []],
    [[], ['2026-02-30']],
    [['2026-03-02'], ['2026-03-02']],
  ])('rejects holidays %j / workdays %j', (holidays, workdays) => {
    expect(() => nationalScheduleFromLists(2026, holidays, workdays)).toThrow(RangeError);
  });
});

describe('workingDaysBetween (signed)', () => {
  it.each([
    ['2025-09-26', '2025-10-10', 5, false],
    ['2025-10-10', '2025-09-26', -5, false],
    ['2025-09-26', '2025-09-26', 0, false],
    ['2025-09-30', '2025-10-08', 0, false],
    ['2025-10-08', '2025-09-30', 0, false],
    ['2025-10-09', '2025-09-30', -1, false],
    ['2025-09-30', '2025-10-09', 1, false],
    ['2026-12-31', '2027-01-04', 2, true],
    ['2027-01-04', '2026-12-31', -2, true],
  ])('(%s, %s] = %i (provisional %s)', (from, to, days, provisional) => {
    expect(workingDaysBetween(cal, from, to)).toEqual({ days, provisional });
  });
});

describe('nextWorkingDayOnOrAfter (遇节假日顺延)', () => {
  it.each([
    ['2025-09-26', '2025-09-26', false],
    ['2025-10-03', '2025-10-09', false],
    ['2026-01-03', '2026-01-04', false], // the make-up Sunday
    ['2026-02-15', '2026-02-24', false],
    ['2030-01-05', '2030-01-07', true],
  ])('%s → %s', (date, next, provisional) => {
    expect(nextWorkingDayOnOrAfter(cal, date)).toEqual({ date: next, provisional });
  });
});

describe('yearsWithoutSchedule', () => {
  it.each([
    ['2025-01-01', '2026-12-31', []],
    ['2026-11-01', '2028-02-01', [2027, 2028]],
    ['2030-06-01', '2030-06-30', [2030]],
  ])('[%s, %s] → %j', (from, to, years) => {
    expect(yearsWithoutSchedule(cal, from, to)).toEqual(years);
  });
});
