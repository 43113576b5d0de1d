import { describe, expect, it, vi } from 'vitest';
import { clockStartingAt } from '#local/clock';
import { schedules } from '#topology/triggers';
import { nextFireTime, parseAwsCron, startScheduler } from '#local/scheduler';

describe('parseAwsCron', () => {
  it('parses values, lists, ranges, steps and names', () => {
    expect(parseAwsCron('cron(0/15 9-17/4 ? JAN,jul-AUG MON-FRI 2025-2026)')).toEqual({
      minutes: [0, 15, 30, 45],
      hours: [9, 13, 17],
      daysOfMonth: null,
      months: [1, 7, 8],
      daysOfWeek: [2, 3, 4, 5, 6],
      years: [2025, 2026],
    });
    expect(parseAwsCron('cron(*/20 0 1,15 * ? *)')).toMatchObject({ minutes: [0, 20, 40], daysOfMonth: [1, 15], daysOfWeek: null });
    expect(parseAwsCron('cron(0 18 L * ? *)').daysOfMonth).toBe('last');
    expect(parseAwsCron('cron(0 8 ? * 1,7 *)').daysOfWeek).toEqual([1, 7]);
  });

  it.each([
    ['not a cron', '0 8 * * ? *'],
    ['five fields', 'cron(0 8 * * ?)'],
    ['no ? in the day fields', 'cron(0 8 * * * *)'],
    ['? in both day fields', 'cron(0 8 ? * ? *)'],
    ['minute out of range', 'cron(60 8 * * ? *)'],
    ['unknown name', 'cron(0 8 ? * MOO *)'],
    ['reversed range', 'cron(0 17-9 * * ? *)'],
    ['zero step', 'cron(0/0 8 * * ? *)'],
  ])('rejects %s', (_name, expression) => {
    expect(() => parseAwsCron(expression)).toThrow();
  });

  it('accepts every schedule of the backend', () => {
    for (const { cron } of Object.values(schedules)) expect(() => parseAwsCron(cron)).not.toThrow();
  });
});

describe('nextFireTime (Asia/Shanghai)', () => {
  const next = (cron: string, after: string) => nextFireTime(parseAwsCron(cron), new Date(after), 'Asia/Shanghai');
  const at = (iso: string) => new Date(iso);

  it.each([
    ['daily reminders, after today’s run', 'cron(0 8 * * ? *)', '2025-09-26T09:00:00+08:00', '2025-09-27T08:00:00+08:00'],
    ['daily reminders, before today’s run', 'cron(0 8 * * ? *)', '2025-09-26T07:59:59+08:00', '2025-09-26T08:00:00+08:00'],
    ['daily reminders, exactly at a run (strictly after)', 'cron(0 8 * * ? *)', '2025-09-26T08:00:00+08:00', '2025-09-27T08:00:00+08:00'],
    ['month-end scoring across a month end', 'cron(30 0 * * ? *)', '2025-09-30T23:00:00+08:00', '2025-10-01T00:30:00+08:00'],
    ['China date differs from the UTC date', 'cron(0 2 * * ? *)', '2025-09-26T17:00:00Z', '2025-09-26T18:00:00Z'],
    ['weekdays, from a Friday', 'cron(0 9 ? * MON-FRI *)', '2025-09-26T10:00:00+08:00', '2025-09-29T09:00:00+08:00'],
    ['day of week by number (2 = Monday)', 'cron(0 9 ? * 2 *)', '2025-09-26T10:00:00+08:00', '2025-09-29T09:00:00+08:00'],
    ['day of week and month', 'cron(0 9 ? FEB SUN *)', '2025-09-26T10:00:00+08:00', '2026-02-01T09:00:00+08:00'],
    ['day of month and months', 'cron(0 0 1 JAN,JUL ? *)', '2025-09-26T10:00:00+08:00', '2026-01-01T00:00:00+08:00'],
    ['31st skips short months', 'cron(0 12 31 * ? *)', '2025-09-26T10:00:00+08:00', '2025-10-31T12:00:00+08:00'],
    ['last day of February', 'cron(0 18 L * ? *)', '2025-02-01T00:00:00+08:00', '2025-02-28T18:00:00+08:00'],
    ['last day of February, leap year', 'cron(0 18 L * ? *)', '2024-02-01T00:00:00+08:00', '2024-02-29T18:00:00+08:00'],
    ['steps within the hour', 'cron(0/15 * * * ? *)', '2025-09-26T10:16:00+08:00', '2025-09-26T10:30:00+08:00'],
    ['a later year', 'cron(0 0 1 1 ? 2027)', '2025-09-26T10:00:00+08:00', '2027-01-01T00:00:00+08:00'],
  ])('%s', (_name, cron, after, expected) => {
    expect(next(cron, after)).toEqual(at(expected));
  });

  it('fails when the expression never fires again', () => {
    expect(() => next('cron(0 0 1 1 ? 2020)', '2025-09-26T10:00:00+08:00')).toThrow(/never fires/);
  });
});

describe('startScheduler', () => {
  it('fires once at the scheduled instant of the (shifted) clock, and reports failures', async () => {
    const calls: Array<[string, unknown]> = [];
    const errors: string[] = [];
    const scheduler = startScheduler({
      schedules: {
        'every-minute': { function: 'ticker', cron: 'cron(* * * * ? *)' },
        broken: { function: 'broken', cron: 'cron(* * * * ? *)' },
      },
      clock: clockStartingAt(new Date('2025-09-26T08:59:59.900+08:00')),
      invoke: (functionName, input) => {
        calls.push([functionName, input]);
        return functionName === 'broken' ? Promise.reject(new Error('boom')) : Promise.resolve();
      },
      onError: (_err, schedule) => errors.push(schedule),
    });
    try {
      // Due 100 ms after the start; a loaded machine may run the timer late, so wait for it.
      await vi.waitFor(() => expect(errors).toHaveLength(1), { timeout: 5000, interval: 20 });
      // Each schedule has a timer of its own: two due at one instant fire in either order.
      expect(calls).toHaveLength(2);
      expect(calls).toEqual(
        expect.arrayContaining([
          ['ticker', { schedule: 'every-minute', scheduledAt: '2025-09-26T01:00:00.000Z' }],
          ['broken', { schedule: 'broken', scheduledAt: '2025-09-26T01:00:00.000Z' }],
        ]),
      );
      expect(errors).toEqual(['broken']);
    } finally {
      scheduler.stop();
    }
  });
});
