import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_STATUSES,
  MAX_LISTING_DAYS,
  book,
  cancel,
  cancelByHall,
  checkBooking,
  checkIn,
  dailyBookingKeyInput,
  holdsItsDay,
  mainlandMobile,
  markNoShow,
  normalizePhone,
  publicView,
  servingWindows,
  slotConfigProblems,
  slotKey,
  slotsBetween,
  staffView,
  whyNoAppointments,
  withAvailability,
  type Appointment,
  type AppointmentStatus,
  type BookingRequest,
  type OpeningHours,
  type SlotConfig,
  type SlotRef,
} from '../../shared/domain/appointments';
import { buildCalendar, type HallOverride, type NationalSchedule } from '../../shared/domain/calendar';
import { DomainError, type ErrorKind } from '../../shared/domain/errors';
import { DEFAULT_OPENING_HOURS } from '../../shared/domain/hall-setup';
import { nationalScheduleFromLists, packageSchedules } from '../../shared/domain/national-schedules';

const calendar = (overrides: HallOverride[] = [], loadedYears: NationalSchedule[] = []) =>
  buildCalendar({ packageYears: packageSchedules(), loadedYears, overrides });
const cal = calendar();

const HOURS: OpeningHours = DEFAULT_OPENING_HOURS;
const CONFIG: SlotConfig = { slotMinutes: 60, capacity: 3, horizonDays: 30 };
const item = { windowIds: ['w1', 'w2'] };
const at = (iso: string) => new Date(iso);
const local = (date: string, time: string) => at(`${date}T${time}+08:00`);
/** Thursday after the National Day week, mid-morning. */
const NOW = local('2025-10-09', '10:00:00');

const starts = (slots: { start: string }[]) => slots.map((s) => s.start);

function domainErrorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    return err as DomainError;
  }
  throw new Error('expected a domain error');
}

describe('slotConfigProblems', () => {
  it.each<{ what: string; config: Partial<SlotConfig>; hours?: OpeningHours }>([
    { what: 'the shortest slot', config: { slotMinutes: 5 } },
    { what: 'the longest slot', config: { slotMinutes: 240 } },
    { what: 'a slot that fills the opening hours exactly', config: { slotMinutes: 60 }, hours: { open: '08:00', close: '09:00' } },
    { what: 'a slot that does not divide the opening hours', config: { slotMinutes: 50 } },
    { what: 'the smallest capacity and horizon', config: { capacity: 1, horizonDays: 1 } },
    { what: 'the largest capacity and horizon', config: { capacity: 100, horizonDays: 90 } },
    { what: "some of the item's windows", config: { windowIds: ['w2'] } },
    { what: "all of the item's windows", config: { windowIds: ['w1', 'w2'] } },
  ])('accepts $what', ({ config, hours = HOURS }) => {
    expect(slotConfigProblems({ ...CONFIG, ...config }, hours, item)).toEqual([]);
  });

  it.each<{ what: string; config: Partial<SlotConfig>; hours?: OpeningHours; fields: string[] }>([
    { what: 'a zero-minute slot', config: { slotMinutes: 0 }, fields: ['slotMinutes'] },
    { what: 'a slot under 5 minutes', config: { slotMinutes: 4 }, fields: ['slotMinutes'] },
    { what: 'a slot over 240 minutes', config: { slotMinutes: 245 }, fields: ['slotMinutes'] },
    { what: 'a slot off the 5-minute grid', config: { slotMinutes: 7 }, fields: ['slotMinutes'] },
    { what: 'a fractional slot', config: { slotMinutes: 12.5 }, fields: ['slotMinutes'] },
    { what: 'a NaN slot', config: { slotMinutes: Number.NaN }, fields: ['slotMinutes'] },
    {
      what: 'a slot longer than the opening hours',
      config: { slotMinutes: 90 },
      hours: { open: '08:00', close: '09:00' },
      fields: ['slotMinutes'],
    },
    { what: 'a zero capacity', config: { capacity: 0 }, fields: ['capacity'] },
    { what: 'a capacity over 100', config: { capacity: 101 }, fields: ['capacity'] },
    { what: 'a fractional capacity', config: { capacity: 2.5 }, fields: ['capacity'] },
    { what: 'a zero horizon', config: { horizonDays: 0 }, fields: ['horizonDays'] },
    { what: 'a horizon over 90 days', config: { horizonDays: 91 }, fields: ['horizonDays'] },
    { what: 'a fractional horizon', config: { horizonDays: 1.5 }, fields: ['horizonDays'] },
    { what: 'an empty window list', config: { windowIds: [] }, fields: ['windowIds'] },
    { what: 'a window that does not take the item', config: { windowIds: ['w1', 'w9'] }, fields: ['windowIds.1'] },
    { what: 'a window listed twice', config: { windowIds: ['w2', 'w1', 'w2'] }, fields: ['windowIds.2'] },
    {
      what: 'everything at once',
      config: { slotMinutes: 3, capacity: 0, horizonDays: 365, windowIds: ['w9'] },
      fields: ['slotMinutes', 'capacity', 'horizonDays', 'windowIds.0'],
    },
  ])('names $fields for $what', ({ config, hours = HOURS, fields }) => {
    const problems = slotConfigProblems({ ...CONFIG, ...config }, hours, item);
    expect(problems.map((p) => p.field)).toEqual(fields);
  });

  it('says why a slot does not fit', () => {
    expect(slotConfigProblems({ ...CONFIG, slotMinutes: 90 }, { open: '08:00', close: '09:00' }, item)).toEqual([
      { field: 'slotMinutes', message: 'no 90-minute slot fits in the opening hours 08:00-09:00' },
    ]);
  });
});

describe('the slot grid: from opening, every slotMinutes, ending by closing', () => {
  const EARLY = local('2025-10-09', '07:00:00');

  it.each([
    { hours: HOURS, slotMinutes: 60, first: ['08:00', '09:00'], last: ['16:00', '17:00'], count: 9 },
    { hours: HOURS, slotMinutes: 30, first: ['08:00', '08:30'], last: ['16:30', '17:00'], count: 18 },
    // 540 minutes / 50: ten slots, the eleventh (16:20-17:10) would end after closing.
    { hours: HOURS, slotMinutes: 50, first: ['08:00', '08:50'], last: ['15:30', '16:20'], count: 10 },
    // Two slots of four hours; 16:00-20:00 is dropped.
    { hours: HOURS, slotMinutes: 240, first: ['08:00', '12:00'], last: ['12:00', '16:00'], count: 2 },
    { hours: { open: '08:30', close: '11:45' }, slotMinutes: 45, first: ['08:30', '09:15'], last: ['10:45', '11:30'], count: 4 },
    { hours: { open: '09:00', close: '09:05' }, slotMinutes: 5, first: ['09:00', '09:05'], last: ['09:00', '09:05'], count: 1 },
    { hours: { open: '09:00', close: '09:09' }, slotMinutes: 5, first: ['09:00', '09:05'], last: ['09:00', '09:05'], count: 1 },
    { hours: { open: '00:00', close: '23:59' }, slotMinutes: 240, first: ['00:00', '04:00'], last: ['16:00', '20:00'], count: 5 },
  ])(
    '$hours.open-$hours.close by $slotMinutes min: $count slots, the last $last.0-$last.1',
    ({ hours, slotMinutes, first, last, count }) => {
      const now = hours.open === '00:00' ? local('2025-10-08', '23:00:00') : EARLY;
      const slots = slotsBetween({ ...CONFIG, slotMinutes }, hours, cal, '2025-10-09', '2025-10-09', now);
      expect(slots).toHaveLength(count);
      expect(slots[0]).toEqual({ date: '2025-10-09', start: first[0], end: first[1], capacity: 3 });
      expect(slots.at(-1)).toEqual({ date: '2025-10-09', start: last[0], end: last[1], capacity: 3 });
      for (const slot of slots) expect(checkBooking({ ...CONFIG, slotMinutes }, hours, cal, slot, now)).toEqual(slot);
    },
  );
});

describe('working days: National Day 2025', () => {
  // 2025-10-01..08 off; Sunday 09-28 and Saturday 10-11 are make-up working days (调休上班).
  const now = local('2025-09-25', '18:00:00');
  const listed = slotsBetween(CONFIG, HOURS, cal, '2025-09-26', '2025-10-12', now);

  it.each([
    { date: '2025-09-26', working: true, reason: 'Friday' },
    { date: '2025-09-27', working: false, reason: 'weekend' },
    { date: '2025-09-28', working: true, reason: '调休上班' },
    { date: '2025-09-29', working: true, reason: 'Monday' },
    { date: '2025-09-30', working: true, reason: 'Tuesday' },
    { date: '2025-10-01', working: false, reason: '国庆节' },
    { date: '2025-10-02', working: false, reason: '国庆节' },
    { date: '2025-10-03', working: false, reason: '国庆节' },
    { date: '2025-10-04', working: false, reason: '国庆节' },
    { date: '2025-10-05', working: false, reason: '国庆节' },
    { date: '2025-10-06', working: false, reason: '中秋' },
    { date: '2025-10-07', working: false, reason: '国庆节' },
    { date: '2025-10-08', working: false, reason: '国庆节' },
    { date: '2025-10-09', working: true, reason: 'Thursday' },
    { date: '2025-10-10', working: true, reason: 'Friday' },
    { date: '2025-10-11', working: true, reason: '调休上班' },
    { date: '2025-10-12', working: false, reason: 'weekend' },
  ])('$date ($reason): slots $working', ({ date, working, reason }) => {
    const ofDay = listed.filter((s) => s.date === date);
    expect(ofDay).toHaveLength(working ? 9 : 0);
    if (working) {
      expect(checkBooking(CONFIG, HOURS, cal, { date, start: '09:00' }, now)).toMatchObject({ date, start: '09:00' });
    } else {
      const err = domainErrorOf(() => checkBooking(CONFIG, HOURS, cal, { date, start: '09:00' }, now));
      expect(err).toMatchObject({ kind: 'refused', code: 'HALL_CLOSED', details: [{ field: 'date', message: reason }] });
      expect(err.message).toContain(reason);
    }
  });

  it('lists the working days in date order, each in slot order', () => {
    expect([...new Set(listed.map((s) => s.date))]).toEqual([
      '2025-09-26',
      '2025-09-28',
      '2025-09-29',
      '2025-09-30',
      '2025-10-09',
      '2025-10-10',
      '2025-10-11',
    ]);
    const keys = listed.map(slotKey);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('hall overrides and years without a national schedule', () => {
  const hallCal = calendar([
    { date: '2025-10-10', open: false, reason: '临时闭厅（停电检修）' },
    { date: '2025-10-18', open: true, reason: '周六延时服务' },
    { date: '2027-01-05', open: true, reason: '开厅' },
  ]);

  it.each([
    {
      what: 'a working Friday closed by the hall',
      date: '2025-10-10',
      now: NOW,
      calendar: hallCal,
      open: false,
      reason: '临时闭厅（停电检修）',
    },
    { what: 'the same Friday without the closure', date: '2025-10-10', now: NOW, calendar: cal, open: true },
    { what: 'a Saturday the hall opens', date: '2025-10-18', now: NOW, calendar: hallCal, open: true },
    { what: 'the same Saturday without the override', date: '2025-10-18', now: NOW, calendar: cal, open: false, reason: 'weekend' },
    {
      what: 'a weekday in 2027, not loaded',
      date: '2027-01-04',
      now: local('2026-12-20', '09:00:00'),
      calendar: cal,
      open: false,
      reason: 'the national holiday schedule for 2027 is not loaded yet',
    },
    {
      what: 'a weekday in 2027 the hall decided to open',
      date: '2027-01-05',
      now: local('2026-12-20', '09:00:00'),
      calendar: hallCal,
      open: true,
    },
    {
      what: 'a weekday in 2027 once the year is loaded',
      date: '2027-01-04',
      now: local('2026-12-20', '09:00:00'),
      calendar: calendar([], [nationalScheduleFromLists(2027, ['2027-01-01'], [])]),
      open: true,
    },
    { what: 'the last day of 2026, loaded', date: '2026-12-31', now: local('2026-12-20', '09:00:00'), calendar: cal, open: true },
  ])('$what: open $open', ({ date, now, calendar, open, reason }) => {
    expect(slotsBetween(CONFIG, HOURS, calendar, date, date, now)).toHaveLength(open ? 9 : 0);
    if (open) {
      expect(checkBooking(CONFIG, HOURS, calendar, { date, start: '16:00' }, now)).toEqual({
        date,
        start: '16:00',
        end: '17:00',
        capacity: 3,
      });
    } else {
      const err = domainErrorOf(() => checkBooking(CONFIG, HOURS, calendar, { date, start: '16:00' }, now));
      expect(err).toMatchObject({ code: 'HALL_CLOSED', details: [{ field: 'date', message: reason }] });
    }
  });
});

describe('the horizon: today + horizonDays natural days, that day included', () => {
  it.each([
    // Today 10-09 (Thursday): 10-11 is the make-up Saturday.
    { now: '2025-10-09 10:00', horizonDays: 2, date: '2025-10-11', bookable: true },
    { now: '2025-10-09 10:00', horizonDays: 1, date: '2025-10-11', bookable: false },
    { now: '2025-10-09 10:00', horizonDays: 1, date: '2025-10-10', bookable: true },
    { now: '2025-10-09 10:00', horizonDays: 90, date: '2026-01-07', bookable: true },
    { now: '2025-10-09 10:00', horizonDays: 90, date: '2026-01-08', bookable: false },
    // Today is the China date: 00:10 on 10-09 is still 10-08 in UTC.
    { now: '2025-10-09 00:10', horizonDays: 1, date: '2025-10-10', bookable: true },
    { now: '2025-10-09 00:10', horizonDays: 1, date: '2025-10-11', bookable: false },
    // 23:50 on 10-08 is 10-08 even though UTC and the slot's date are close.
    { now: '2025-10-08 23:50', horizonDays: 1, date: '2025-10-09', bookable: true },
    { now: '2025-10-08 23:50', horizonDays: 1, date: '2025-10-10', bookable: false },
  ])('now $now, $horizonDays days: $date bookable $bookable', ({ now: nowText, horizonDays, date, bookable }) => {
    const now = local(nowText.slice(0, 10), `${nowText.slice(11)}:00`);
    const config = { ...CONFIG, horizonDays };
    const listed = slotsBetween(config, HOURS, cal, date, date, now);
    expect(listed).toHaveLength(bookable ? 9 : 0);
    if (bookable) {
      expect(checkBooking(config, HOURS, cal, { date, start: '08:00' }, now).date).toBe(date);
    } else {
      const err = domainErrorOf(() => checkBooking(config, HOURS, cal, { date, start: '08:00' }, now));
      expect(err).toMatchObject({ kind: 'refused', code: 'BEYOND_HORIZON', details: [{ field: 'date' }] });
    }
  });

  it('cuts a listing that reaches beyond it', () => {
    const slots = slotsBetween({ ...CONFIG, horizonDays: 5 }, HOURS, cal, '2025-10-09', '2025-10-31', NOW);
    expect([...new Set(slots.map((s) => s.date))]).toEqual(['2025-10-09', '2025-10-10', '2025-10-11', '2025-10-13', '2025-10-14']);
  });
});

describe('now in the middle of the day: slots starting at or before now are gone', () => {
  const config = { ...CONFIG, slotMinutes: 30 };

  it.each([
    { now: '07:00:00', first: '08:00', count: 18 },
    { now: '08:00:00', first: '08:30', count: 17 },
    { now: '09:59:59.999', first: '10:00', count: 14 },
    { now: '10:00:00', first: '10:30', count: 13 }, // the slot starting now is gone
    { now: '10:15:00', first: '10:30', count: 13 }, // so is the one under way
    { now: '16:29:00', first: '16:30', count: 1 },
    { now: '16:30:00', first: undefined, count: 0 },
    { now: '18:00:00', first: undefined, count: 0 },
  ])('at $now the first slot of the day is $first', ({ now, first, count }) => {
    const slots = slotsBetween(config, HOURS, cal, '2025-10-09', '2025-10-09', local('2025-10-09', now));
    expect(slots).toHaveLength(count);
    expect(slots[0]?.start).toBe(first);
  });

  it('lists nothing on earlier days, and the next day in full', () => {
    const slots = slotsBetween(config, HOURS, cal, '2025-09-29', '2025-10-10', local('2025-10-09', '16:10:00'));
    expect(slots.map(slotKey)).toEqual([
      '2025-10-09T16:30',
      ...starts(slotsBetween(config, HOURS, cal, '2025-10-10', '2025-10-10', NOW)).map((s) => `2025-10-10T${s}`),
    ]);
    expect(slots).toHaveLength(1 + 18);
  });
});

describe('the listing range', () => {
  it(`spans up to ${MAX_LISTING_DAYS} dates, both ends included`, () => {
    const slots = slotsBetween({ ...CONFIG, horizonDays: 90 }, HOURS, cal, '2025-10-10', '2025-11-09', NOW);
    expect(slots[0]?.date).toBe('2025-10-10');
    expect(slots.at(-1)?.date).toBe('2025-11-07'); // 11-08 and 11-09 are a weekend
    expect(slotsBetween(CONFIG, HOURS, cal, '2025-10-10', '2025-10-10', NOW)).toHaveLength(9);
  });

  it.each([
    { what: `${MAX_LISTING_DAYS + 1} dates`, from: '2025-10-10', to: '2025-11-10', fields: ['to'] },
    { what: 'to before from', from: '2025-10-10', to: '2025-10-09', fields: ['to'] },
    { what: 'a malformed from', from: '2025-10-1', to: '2025-10-09', fields: ['from'] },
    { what: 'an impossible to', from: '2025-02-01', to: '2025-02-30', fields: ['to'] },
    { what: 'both malformed', from: '', to: 'soon', fields: ['from', 'to'] },
  ])('refuses $what as invalid', ({ from, to, fields }) => {
    const err = domainErrorOf(() => slotsBetween(CONFIG, HOURS, cal, from, to, NOW));
    expect(err).toMatchObject({ kind: 'invalid', code: 'VALIDATION_FAILED' });
    expect(err.details.map((d) => d.field)).toEqual(fields);
  });
});

describe('withAvailability', () => {
  const slots = slotsBetween(CONFIG, HOURS, cal, '2025-10-10', '2025-10-10', NOW).slice(0, 4);

  it.each([
    { what: 'no bookings', booked: [], available: [3, 3, 3, 3] },
    { what: 'some bookings', booked: [['2025-10-10T09:00', 1]], available: [3, 2, 3, 3] },
    { what: 'a full slot', booked: [['2025-10-10T08:00', 3]], available: [0, 3, 3, 3] },
    // The hall lowered the capacity after these bookings: never a negative availability.
    { what: 'more bookings than capacity', booked: [['2025-10-10T10:00', 5]], available: [3, 3, 0, 3] },
    { what: 'counts of other slots', booked: [['2025-10-11T08:00', 2]], available: [3, 3, 3, 3] },
  ] as { what: string; booked: [string, number][]; available: number[] }[])('with $what', ({ booked, available }) => {
    const result = withAvailability(slots, new Map(booked));
    expect(result.map((s) => s.available)).toEqual(available);
    expect(result.map(({ available: _, ...slot }) => slot)).toEqual(slots);
  });
});

describe('checkBooking', () => {
  const config = { ...CONFIG, slotMinutes: 30 };

  it('returns the slot', () => {
    expect(checkBooking(config, HOURS, cal, { date: '2025-10-10', start: '16:30' }, NOW)).toEqual({
      date: '2025-10-10',
      start: '16:30',
      end: '17:00',
      capacity: 3,
    });
  });

  it.each<{ what: string; ref: SlotRef; now?: Date; code: string; field: string; kind?: ErrorKind }>([
    { what: 'an earlier slot today', ref: { date: '2025-10-09', start: '09:30' }, code: 'IN_THE_PAST', field: 'start' },
    { what: 'the slot starting now', ref: { date: '2025-10-09', start: '10:00' }, code: 'IN_THE_PAST', field: 'start' },
    { what: 'a slot yesterday', ref: { date: '2025-09-30', start: '16:30' }, code: 'IN_THE_PAST', field: 'date' },
    { what: 'a day after the horizon', ref: { date: '2025-11-10', start: '09:00' }, code: 'BEYOND_HORIZON', field: 'date' },
    {
      what: 'a statutory holiday',
      ref: { date: '2025-10-01', start: '09:00' },
      now: local('2025-09-30', '10:00:00'),
      code: 'HALL_CLOSED',
      field: 'date',
    },
    { what: 'a weekend', ref: { date: '2025-10-12', start: '09:00' }, code: 'HALL_CLOSED', field: 'date' },
    { what: 'a start before opening', ref: { date: '2025-10-10', start: '07:30' }, code: 'OUTSIDE_OPENING_HOURS', field: 'start' },
    { what: 'a start off the grid', ref: { date: '2025-10-10', start: '09:15' }, code: 'OUTSIDE_OPENING_HOURS', field: 'start' },
    { what: 'a start at closing', ref: { date: '2025-10-10', start: '17:00' }, code: 'OUTSIDE_OPENING_HOURS', field: 'start' },
    { what: 'a start after closing', ref: { date: '2025-10-10', start: '19:00' }, code: 'OUTSIDE_OPENING_HOURS', field: 'start' },
    { what: 'a malformed start', ref: { date: '2025-10-10', start: '9:00' }, code: 'VALIDATION_FAILED', field: 'start', kind: 'invalid' },
    { what: 'a start at 24:00', ref: { date: '2025-10-10', start: '24:00' }, code: 'VALIDATION_FAILED', field: 'start', kind: 'invalid' },
    { what: 'an impossible date', ref: { date: '2025-02-30', start: '09:00' }, code: 'VALIDATION_FAILED', field: 'date', kind: 'invalid' },
  ])('refuses $what with $code on $field', ({ ref, now = NOW, code, field, kind = 'refused' }) => {
    const err = domainErrorOf(() => checkBooking(config, HOURS, cal, ref, now));
    expect(err).toMatchObject({ kind, code });
    expect(err.details.map((d) => d.field)).toEqual([field]);
  });

  it('refuses a slot that would end after closing', () => {
    // 60-minute slots from 08:30 in 08:30-17:00: 16:30 is on the grid but ends at 17:30.
    const hours = { open: '08:30', close: '17:00' };
    expect(checkBooking(CONFIG, hours, cal, { date: '2025-10-10', start: '15:30' }, NOW).end).toBe('16:30');
    const err = domainErrorOf(() => checkBooking(CONFIG, hours, cal, { date: '2025-10-10', start: '16:30' }, NOW));
    expect(err).toMatchObject({ code: 'OUTSIDE_OPENING_HOURS', details: [{ field: 'start' }] });
  });

  // Every combination of broken rules: the first in the order of the contract wins.
  const when = [
    { when: 'today or later', past: false, beyond: false, open: '2025-10-10', closed: '2025-10-12' },
    { when: 'in the past', past: true, beyond: false, open: '2025-09-30', closed: '2025-10-01' },
    { when: 'beyond the horizon', past: false, beyond: true, open: '2025-11-10', closed: '2025-11-09' },
  ];
  const precedence = when.flatMap((w) =>
    [false, true].flatMap((closed) =>
      [false, true].map((offGrid) => ({
        ...w,
        closed,
        offGrid,
        ref: { date: closed ? w.closed : w.open, start: offGrid ? '07:13' : '09:00' },
        code: w.past
          ? 'IN_THE_PAST'
          : w.beyond
            ? 'BEYOND_HORIZON'
            : closed
              ? 'HALL_CLOSED'
              : offGrid
                ? 'OUTSIDE_OPENING_HOURS'
                : 'accepted',
      })),
    ),
  );

  it.each(precedence)('$when, closed $closed, off the grid $offGrid → $code', ({ ref, code }) => {
    if (code === 'accepted') expect(checkBooking(config, HOURS, cal, ref, NOW)).toMatchObject(ref);
    else expect(domainErrorOf(() => checkBooking(config, HOURS, cal, ref, NOW)).code).toBe(code);
  });
});

// The lifecycle: a 30-minute slot on Friday 2025-10-10, 09:00-09:30, booked the day before.
const SLOT_CONFIG = { ...CONFIG, slotMinutes: 30 };
const REQUEST: BookingRequest = {
  appointmentId: 'a1',
  hallId: 'h1',
  itemId: 'licence',
  windowIds: ['w1'],
  date: '2025-10-10',
  start: '09:00',
  name: '张小三',
  phoneCipher: 'aes:phone',
  cancelCode: 'K7M2Q9',
};
const friday = (time: string) => local('2025-10-10', time);

describe('book', () => {
  it('makes a booked appointment with its history', () => {
    const appointment = book(SLOT_CONFIG, HOURS, cal, REQUEST, NOW);
    expect(appointment).toEqual({
      appointmentId: 'a1',
      hallId: 'h1',
      itemId: 'licence',
      windowIds: ['w1'],
      date: '2025-10-10',
      start: '09:00',
      end: '09:30',
      status: 'booked',
      name: '张小三',
      phoneCipher: 'aes:phone',
      cancelCode: 'K7M2Q9',
      history: [{ at: '2025-10-09T10:00:00.000+08:00', by: 'applicant', action: 'booked' }],
      version: 1,
    });
  });

  it('leaves out a phone it was not given', () => {
    const { phoneCipher: _, ...withoutPhone } = REQUEST;
    expect(book(SLOT_CONFIG, HOURS, cal, withoutPhone, NOW)).not.toHaveProperty('phoneCipher');
  });

  it('checks the slot first', () => {
    const err = domainErrorOf(() => book(SLOT_CONFIG, HOURS, cal, { ...REQUEST, date: '2025-10-11', start: '09:10' }, NOW));
    expect(err.code).toBe('OUTSIDE_OPENING_HOURS');
  });
});

/** An appointment in `status`, reached through the lifecycle itself. */
function appointmentIn(status: AppointmentStatus): Appointment {
  const booked = book(SLOT_CONFIG, HOURS, cal, REQUEST, NOW);
  switch (status) {
    case 'booked':
      return booked;
    case 'cancelled':
      return cancel(booked, local('2025-10-09', '12:00:00'));
    case 'cancelled-by-hall':
      return cancelByHall(booked, '临时闭厅', 'admin', local('2025-10-09', '18:00:00'));
    case 'checked-in':
      return checkIn(booked, 'staff-a', friday('08:50:00'));
    case 'no-show':
      return markNoShow(booked, 'staff-a', friday('17:00:00'));
  }
}

type Event =
  | 'cancel before the start'
  | 'cancel at the start'
  | 'cancel by the hall'
  | 'cancel by the hall without a reason'
  | 'check in too early'
  | 'check in as it opens'
  | 'check in at the last moment'
  | 'check in too late'
  | 'mark a no-show too early'
  | 'mark a no-show';

// Check-in opens 30 min before 09:00 and closes 15 min after 09:30; no-shows start then.
const events: Record<Event, (a: Appointment) => Appointment> = {
  'cancel before the start': (a) => cancel(a, friday('08:59:59.999')),
  'cancel at the start': (a) => cancel(a, friday('09:00:00')),
  'cancel by the hall': (a) => cancelByHall(a, '停电检修，临时闭厅', 'admin', local('2025-10-09', '18:00:00')),
  'cancel by the hall without a reason': (a) => cancelByHall(a, '  ', 'admin', local('2025-10-09', '18:00:00')),
  'check in too early': (a) => checkIn(a, 'staff-a', friday('08:29:59.999')),
  'check in as it opens': (a) => checkIn(a, 'staff-a', friday('08:30:00')),
  'check in at the last moment': (a) => checkIn(a, 'staff-a', friday('09:44:59.999')),
  'check in too late': (a) => checkIn(a, 'staff-a', friday('09:45:00')),
  'mark a no-show too early': (a) => markNoShow(a, 'staff-a', friday('09:44:59.999')),
  'mark a no-show': (a) => markNoShow(a, 'staff-a', friday('09:45:00')),
};

type Outcome = { to: AppointmentStatus } | { refused: string; kind: ErrorKind };
const to = (status: AppointmentStatus): Outcome => ({ to: status });
const no = (code: string, kind: ErrorKind): Outcome => ({ refused: code, kind });
const NOT_BOOKED = no('APPOINTMENT_NOT_BOOKED', 'conflict');
const final: Record<Event, Outcome> = {
  'cancel before the start': NOT_BOOKED,
  'cancel at the start': NOT_BOOKED,
  'cancel by the hall': NOT_BOOKED,
  'cancel by the hall without a reason': NOT_BOOKED,
  'check in too early': NOT_BOOKED,
  'check in as it opens': NOT_BOOKED,
  'check in at the last moment': NOT_BOOKED,
  'check in too late': NOT_BOOKED,
  'mark a no-show too early': NOT_BOOKED,
  'mark a no-show': NOT_BOOKED,
};

/** The whole transition table: every event from every status. */
const table: Record<AppointmentStatus, Record<Event, Outcome>> = {
  booked: {
    'cancel before the start': to('cancelled'),
    'cancel at the start': no('IN_THE_PAST', 'refused'),
    'cancel by the hall': to('cancelled-by-hall'),
    'cancel by the hall without a reason': no('VALIDATION_FAILED', 'invalid'),
    'check in too early': no('CHECK_IN_TOO_EARLY', 'refused'),
    'check in as it opens': to('checked-in'),
    'check in at the last moment': to('checked-in'),
    'check in too late': no('CHECK_IN_TOO_LATE', 'refused'),
    'mark a no-show too early': no('NO_SHOW_TOO_EARLY', 'refused'),
    'mark a no-show': to('no-show'),
  },
  cancelled: final,
  'cancelled-by-hall': final,
  'checked-in': final,
  'no-show': final,
};

const rows = APPOINTMENT_STATUSES.flatMap((from) =>
  (Object.keys(events) as Event[]).map((event) => ({ from, event, outcome: table[from][event] })),
);
const allowed = rows.flatMap((r) => ('to' in r.outcome ? [{ from: r.from, event: r.event, to: r.outcome.to }] : []));
const refusedRows = rows.flatMap((r) =>
  'refused' in r.outcome ? [{ from: r.from, event: r.event, code: r.outcome.refused, kind: r.outcome.kind }] : [],
);

describe('the lifecycle as a state machine', () => {
  it('has a row for every status and event', () => {
    expect(Object.keys(table).sort()).toEqual([...APPOINTMENT_STATUSES].sort());
    expect(rows).toHaveLength(APPOINTMENT_STATUSES.length * Object.keys(events).length);
    expect(APPOINTMENT_STATUSES.map((s) => appointmentIn(s).status)).toEqual([...APPOINTMENT_STATUSES]);
  });

  it.each(allowed)('$from --$event--> $to', ({ from, event, to: status }) => {
    const before = appointmentIn(from);
    const snapshot = structuredClone(before);
    const after = events[event](before);
    expect(after.status).toBe(status);
    expect(after.history).toHaveLength(before.history.length + 1);
    expect(after.history.slice(0, before.history.length)).toEqual(before.history);
    expect(after.history.at(-1)?.action).toBe(status);
    expect(before).toEqual(snapshot); // pure: the input is never changed
  });

  it.each(refusedRows)('$from --$event--> refused with $code', ({ from, event, code, kind }) => {
    const before = appointmentIn(from);
    const snapshot = structuredClone(before);
    const err = domainErrorOf(() => events[event](before));
    expect(err.code).toBe(code);
    expect(err.kind).toBe(kind);
    expect(before).toEqual(snapshot);
  });
});

describe('history and details of the transitions', () => {
  const booked = appointmentIn('booked');

  it('records who, when and what; a hall cancellation keeps its reason for the applicant', () => {
    const closed = cancelByHall(booked, '停电检修，临时闭厅', 'admin', local('2025-10-09', '18:00:00'));
    expect(closed.reason).toBe('停电检修，临时闭厅');
    expect(closed.history).toEqual([
      { at: '2025-10-09T10:00:00.000+08:00', by: 'applicant', action: 'booked' },
      { at: '2025-10-09T18:00:00.000+08:00', by: 'admin', action: 'cancelled-by-hall', reason: '停电检修，临时闭厅' },
    ]);
    expect(cancel(booked, friday('08:00:00')).history.at(-1)).toEqual({
      at: '2025-10-10T08:00:00.000+08:00',
      by: 'applicant',
      action: 'cancelled',
    });
    const checkedIn = checkIn(booked, 'staff-a', friday('09:10:00'));
    expect(checkedIn.history.at(-1)).toEqual({ at: '2025-10-10T09:10:00.000+08:00', by: 'staff-a', action: 'checked-in' });
    expect(checkedIn.checkedIn).toEqual({ at: '2025-10-10T09:10:00.000+08:00', by: 'staff-a' });
    expect(markNoShow(booked, 'job', friday('17:00:00')).history.at(-1)).toEqual({
      at: '2025-10-10T17:00:00.000+08:00',
      by: 'job',
      action: 'no-show',
    });
  });

  it('names the start when the applicant cancels too late, and the reason when the hall gives none', () => {
    expect(domainErrorOf(() => cancel(booked, friday('09:10:00'))).details).toEqual([{ field: 'start', message: 'has already started' }]);
    expect(domainErrorOf(() => cancelByHall(booked, '', 'admin', NOW)).details).toEqual([{ field: 'reason', message: 'required' }]);
  });

  it('lets the hall cancel a booking whose slot has passed (a closure decided late)', () => {
    expect(cancelByHall(booked, '临时闭厅', 'admin', friday('12:00:00')).status).toBe('cancelled-by-hall');
  });

  it('lets a no-show be marked on a later day', () => {
    expect(markNoShow(booked, 'job', local('2025-10-13', '01:00:00')).status).toBe('no-show');
  });
});

describe('the check-in window stays on the slot date', () => {
  const appointmentAt = (hours: OpeningHours, date: string, start: string) =>
    book({ ...CONFIG, slotMinutes: 30 }, hours, cal, { ...REQUEST, date, start }, local('2025-10-09', '00:00:00'));
  // A hall open from midnight: 30 minutes before 00:00 is the day before.
  const midnight = appointmentAt({ open: '00:00', close: '08:00' }, '2025-10-10', '00:00');
  // A hall open until 23:55: 15 minutes after 23:55 is the day after.
  const lateNight = appointmentAt({ open: '23:25', close: '23:55' }, '2025-10-10', '23:25');

  it.each([
    {
      what: 'the evening before a midnight slot',
      a: midnight,
      at: local('2025-10-09', '23:45:00'),
      checkIn: 'CHECK_IN_TOO_EARLY',
      noShow: 'NO_SHOW_TOO_EARLY',
    },
    {
      what: 'the midnight slot as it starts',
      a: midnight,
      at: local('2025-10-10', '00:00:00'),
      checkIn: 'checked-in',
      noShow: 'NO_SHOW_TOO_EARLY',
    },
    {
      what: 'the midnight slot 15 min after its end',
      a: midnight,
      at: local('2025-10-10', '00:45:00'),
      checkIn: 'CHECK_IN_TOO_LATE',
      noShow: 'no-show',
    },
    {
      what: 'the last minute of a late-night slot day',
      a: lateNight,
      at: local('2025-10-10', '23:59:59.999'),
      checkIn: 'checked-in',
      noShow: 'NO_SHOW_TOO_EARLY',
    },
    {
      what: 'midnight after a late-night slot',
      a: lateNight,
      at: local('2025-10-11', '00:00:00'),
      checkIn: 'CHECK_IN_TOO_LATE',
      noShow: 'no-show',
    },
  ])('$what: check-in → $checkIn, no-show → $noShow', ({ a, at, checkIn: checkInOutcome, noShow }) => {
    const outcome = (fn: () => Appointment) => {
      try {
        return fn().status;
      } catch (err) {
        return (err as DomainError).code;
      }
    };
    expect(outcome(() => checkIn(a, 'staff-a', at))).toBe(checkInOutcome);
    expect(outcome(() => markNoShow(a, 'staff-a', at))).toBe(noShow);
  });
});

describe('normalizePhone', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+86-13800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['(+86) 199-1234-5678', '19912345678'],
    ['１３８００１３８０００', '13800138000'], // full-width digits from a Chinese input method
    ['+８６ １３８ ００１３ ８０００', '13800138000'],
    // Not mainland mobiles: every digit is kept, the 86 too.
    ['0517-8888 8888', '051788888888'],
    ['+86 10 6512 3456', '861065123456'],
    ['8612345678901', '8612345678901'], // 12… is no mobile prefix
    ['86 138 0013 800', '861380013800'], // one digit short
    ['+852 9123 4567', '85291234567'],
  ])('%j → %s', (phone, normalized) => {
    expect(normalizePhone(phone)).toBe(normalized);
    expect(normalizePhone(normalized)).toBe(normalized);
  });

  it.each(['', '  ', '+', 'no phone'])('refuses %j: no digits', (phone) => {
    expect(domainErrorOf(() => normalizePhone(phone))).toMatchObject({ kind: 'invalid', details: [{ field: 'phone' }] });
  });
});

describe('mainlandMobile: the number a booking is taken with', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['0086 138-0013-8000', '13800138000'],
    ['(+86) 138 0013 8000', '13800138000'],
  ])('reads %j as %s', (phone, mobile) => {
    expect(mainlandMobile(phone)).toBe(mobile);
  });

  it.each(['', 'no phone', '12800138000', '1380013800', '010-6512-3456', '+1 415 555 0100', '001-415-555-0100'])('refuses %j', (phone) => {
    expect(mainlandMobile(phone)).toBeUndefined();
  });
});

describe('holdsItsDay: one booking per person, item and day', () => {
  it.each([
    ['booked', true],
    ['checked-in', true],
    ['no-show', true],
    ['cancelled', false],
    ['cancelled-by-hall', false],
  ] as const)('a %s appointment: %s', (status, holds) => {
    expect(holdsItsDay(appointmentIn(status))).toBe(holds);
  });
});

describe('servingWindows', () => {
  it('takes the configured windows, else every window that takes the item', () => {
    expect(servingWindows({ ...CONFIG, windowIds: ['w2'] }, item)).toEqual(['w2']);
    expect(servingWindows(CONFIG, item)).toEqual(['w1', 'w2']);
  });
});

describe('whyNoAppointments', () => {
  const closed = calendar([{ date: '2025-10-10', open: false, reason: '停电检修' }]);

  it.each([
    { date: '2025-10-09', calendar: cal, reason: undefined },
    { date: '2025-10-10', calendar: closed, reason: '停电检修' },
    { date: '2025-10-01', calendar: cal, reason: '国庆节' },
    { date: '2025-10-11', calendar: cal, reason: undefined },
    { date: '2025-10-12', calendar: cal, reason: 'weekend' },
    { date: '2027-01-04', calendar: cal, reason: 'the national holiday schedule for 2027 is not loaded yet' },
  ])('$date: $reason', ({ date, calendar: c, reason }) => {
    expect(whyNoAppointments(c, date)).toBe(reason);
  });
});

describe('stable keys', () => {
  it('keys a slot by date and start', () => {
    expect(slotKey({ date: '2025-10-09', start: '09:30' })).toBe('2025-10-09T09:30');
    expect(slotKey(appointmentIn('booked'))).toBe('2025-10-10T09:00');
  });

  const key = { hallId: 'h1', itemId: 'licence', date: '2025-10-10', phone: '13800138000' };

  it.each(['13800138000', '+86 138 0013 8000', '0086-138-0013-8000', '１３８００１３８０００'])(
    'keys one booking per person per item per day the same for %j',
    (phone) => {
      expect(dailyBookingKeyInput({ ...key, phone })).toBe('h1:licence:2025-10-10:13800138000');
    },
  );

  it.each([
    { what: 'another hall', change: { hallId: 'h2' } },
    { what: 'another item', change: { itemId: 'permit' } },
    { what: 'another day', change: { date: '2025-10-11' } },
    { what: 'another phone', change: { phone: '13800138001' } },
  ])('tells $what apart', ({ change }) => {
    expect(dailyBookingKeyInput({ ...key, ...change })).not.toBe(dailyBookingKeyInput(key));
  });
});

describe('publicView', () => {
  it.each(APPOINTMENT_STATUSES)('of a %s appointment masks the name and holds no phone and no cancel code', (status) => {
    const a = appointmentIn(status);
    const view = publicView(a);
    expect(view).toEqual({
      appointmentId: 'a1',
      hallId: 'h1',
      itemId: 'licence',
      date: '2025-10-10',
      start: '09:00',
      end: '09:30',
      status,
      name: '张*三',
      reason: status === 'cancelled-by-hall' ? '临时闭厅' : null,
    });
    const json = JSON.stringify(view);
    for (const secret of ['张小三', 'aes:phone', 'K7M2Q9']) expect(json).not.toContain(secret);
  });
});

describe('staffView', () => {
  it.each(APPOINTMENT_STATUSES)('of a %s appointment names the applicant and holds no phone and no cancel code', (status) => {
    const a = appointmentIn(status);
    const view = staffView(a);
    expect(view).toMatchObject({ appointmentId: 'a1', name: '张小三', status, history: a.history });
    const json = JSON.stringify(view);
    for (const secret of ['aes:phone', 'K7M2Q9']) expect(json).not.toContain(secret);
  });
});
