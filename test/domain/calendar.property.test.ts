import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, buildCalendar, isWorkingDay, workingDaysBetween } from '../../shared/domain/calendar';
import { packageSchedules } from '../../shared/domain/national-schedules';
import { addDays, compareDates } from '../../shared/domain/time';

const FIRST = '2024-01-01';
const SPAN = 1096; // 2024-01-01 .. 2026-12-31

const date = fc.integer({ min: 0, max: SPAN - 1 }).map((i) => addDays(FIRST, i));
const n = fc.integer({ min: 1, max: 60 });
// Random hall overrides over the same span and a little beyond (results can reach 2027).
const calendar = fc
  .array(fc.record({ date: fc.integer({ min: 0, max: SPAN + 120 }).map((i) => addDays(FIRST, i)), open: fc.boolean() }), {
    maxLength: 30,
  })
  .map((overrides) =>
    buildCalendar({
      packageYears: packageSchedules(),
      loadedYears: [],
      overrides: overrides.map((o) => ({ ...o, reason: o.open ? '开厅' : '闭厅' })),
    }),
  );

describe('addWorkingDays properties', () => {
  it('lands on a working day with exactly n working days in (from, result]', () => {
    fc.assert(
      fc.property(calendar, date, n, (cal, from, n) => {
        const result = addWorkingDays(cal, from, n);
        expect(isWorkingDay(cal, result.date)).toBe(true);
        // Independent day-by-day count.
        let count = 0;
        for (let d = addDays(from, 1); compareDates(d, result.date) <= 0; d = addDays(d, 1)) {
          if (isWorkingDay(cal, d)) count++;
        }
        expect(count).toBe(n);
        // The package knows 2024..2026, so only a result in 2027 can be provisional.
        expect(result.provisional).toBe(result.date >= '2027-01-01');
      }),
    );
  });

  it('is strictly monotonic in n', () => {
    fc.assert(
      fc.property(calendar, date, fc.integer({ min: 1, max: 59 }), (cal, from, n) => {
        const a = addWorkingDays(cal, from, n).date;
        const b = addWorkingDays(cal, from, n + 1).date;
        expect(compareDates(a, b)).toBeLessThan(0);
      }),
    );
  });

  it('is inverted by workingDaysBetween, in both directions', () => {
    fc.assert(
      fc.property(calendar, date, n, (cal, from, n) => {
        const result = addWorkingDays(cal, from, n);
        expect(workingDaysBetween(cal, from, result.date)).toEqual({ days: n, provisional: result.provisional });
        expect(workingDaysBetween(cal, result.date, from).days).toBe(-n);
      }),
    );
  });
});
