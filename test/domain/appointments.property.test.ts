import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECK_IN_OPENS_MINUTES,
  NO_SHOW_GRACE_MINUTES,
  book,
  checkBooking,
  checkIn,
  markNoShow,
  normalizePhone,
  slotConfigProblems,
  slotKey,
  slotsBetween,
  withAvailability,
  type OpeningHours,
} from '../../shared/domain/appointments';
import { buildCalendar, dayStatus, type Calendar } from '../../shared/domain/calendar';
import { DomainError } from '../../shared/domain/errors';
import { packageSchedules } from '../../shared/domain/national-schedules';
import { addDays, businessDate, compareDates, daysBetween, startOfBusinessDay } from '../../shared/domain/time';

const MINUTE_MS = 60_000;
const FIRST = '2025-01-01';
const SPAN = 730; // "now" in 2025..2026; horizons reach into 2027, which the package does not know

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
const instant = (date: string, time: string) => startOfBusinessDay(date).getTime() + minutesOf(time) * MINUTE_MS;

/** Any valid set-up: opening hours anywhere in the day, a slot that fits at least once. */
const setup = fc
  .integer({ min: 0, max: 1434 })
  .chain((open) => fc.record({ open: fc.constant(open), close: fc.integer({ min: open + 5, max: 1439 }) }))
  .chain(({ open, close }) =>
    fc.record({
      hours: fc.constant<OpeningHours>({ open: clock(open), close: clock(close) }),
      config: fc.record({
        slotMinutes: fc.integer({ min: 1, max: Math.floor(Math.min(240, close - open) / 5) }).map((k) => k * 5),
        capacity: fc.integer({ min: 1, max: 100 }),
        horizonDays: fc.integer({ min: 1, max: 90 }),
      }),
    }),
  );

// Hall overrides, open or closed, over the same span and the horizon beyond it.
const calendar = fc
  .array(fc.record({ date: fc.integer({ min: 0, max: SPAN + 90 }).map((i) => addDays(FIRST, i)), open: fc.boolean() }), {
    maxLength: 30,
  })
  .map((overrides) =>
    buildCalendar({
      packageYears: packageSchedules(),
      loadedYears: [],
      overrides: overrides.map((o) => ({ ...o, reason: o.open ? '开厅' : '闭厅' })),
    }),
  );

// Often exactly on a minute, so that "a slot starting exactly now" comes up.
const now = fc
  .tuple(
    fc.integer({ min: 0, max: SPAN - 1 }),
    fc.integer({ min: 0, max: 1439 }),
    fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 59_999 })),
  )
  .map(([day, minute, ms]) => new Date(startOfBusinessDay(addDays(FIRST, day)).getTime() + minute * MINUTE_MS + ms));

/** A date from 3 days before today to 2 days past the horizon. */
const nearNow = (config: { horizonDays: number }, now: Date, n: number) => addDays(businessDate(now), (n % (config.horizonDays + 6)) - 3);

const packageCalendar = buildCalendar({ packageYears: packageSchedules(), loadedYears: [], overrides: [] });

const isBookableDay = (cal: Calendar, date: string) => {
  const status = dayStatus(cal, date);
  return status.workingDay && (!status.provisional || cal.overrides.has(date));
};

describe('slotsBetween properties', () => {
  it('the generated set-ups are valid', () => {
    fc.assert(
      fc.property(setup, ({ config, hours }) => {
        expect(slotConfigProblems(config, hours, { windowIds: [] })).toEqual([]);
      }),
    );
  });

  it('lists only bookable days, within opening hours, on the grid, after now, within the horizon and the range', () => {
    fc.assert(
      fc.property(setup, calendar, now, fc.nat(), fc.integer({ min: 0, max: 30 }), ({ config, hours }, cal, now, offset, span) => {
        const from = nearNow(config, now, offset);
        const to = addDays(from, span);
        const slots = slotsBetween(config, hours, cal, from, to, now);
        const last = addDays(businessDate(now), config.horizonDays);
        for (const slot of slots) {
          expect(isBookableDay(cal, slot.date)).toBe(true);
          expect(compareDates(slot.date, from)).toBeGreaterThanOrEqual(0);
          expect(compareDates(slot.date, to)).toBeLessThanOrEqual(0);
          expect(compareDates(slot.date, last)).toBeLessThanOrEqual(0);
          const [start, end] = [minutesOf(slot.start), minutesOf(slot.end)];
          expect(start).toBeGreaterThanOrEqual(minutesOf(hours.open));
          expect(end).toBeLessThanOrEqual(minutesOf(hours.close));
          expect(end - start).toBe(config.slotMinutes);
          expect((start - minutesOf(hours.open)) % config.slotMinutes).toBe(0);
          expect(instant(slot.date, slot.start)).toBeGreaterThan(now.getTime());
          expect(slot.capacity).toBe(config.capacity);
        }
        const keys = slots.map(slotKey);
        expect(keys).toEqual([...keys].sort()); // in order, each once
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });

  it('a range lists what its days list one by one', () => {
    fc.assert(
      fc.property(setup, calendar, now, fc.nat(), fc.integer({ min: 0, max: 10 }), ({ config, hours }, cal, now, offset, span) => {
        const from = nearNow(config, now, offset);
        const to = addDays(from, span);
        const days = Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
        expect(slotsBetween(config, hours, cal, from, to, now)).toEqual(days.flatMap((d) => slotsBetween(config, hours, cal, d, d, now)));
      }),
    );
  });

  it('availability stays within 0..capacity', () => {
    fc.assert(
      fc.property(setup, now, fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 300 }), ({ config, hours }, now, counts) => {
        const from = businessDate(now);
        const slots = slotsBetween(config, hours, packageCalendar, from, addDays(from, 6), now);
        const booked = new Map(slots.map((s, i) => [slotKey(s), counts[i] ?? 0]));
        for (const slot of withAvailability(slots, booked)) {
          expect(slot.available).toBe(Math.max(0, slot.capacity - (booked.get(slotKey(slot)) ?? 0)));
          expect(slot.available).toBeGreaterThanOrEqual(0);
          expect(slot.available).toBeLessThanOrEqual(slot.capacity);
        }
      }),
    );
  });
});

describe('checkBooking accepts exactly the listed slots', () => {
  it('for any date near now and any start, on the grid or off it', () => {
    fc.assert(
      fc.property(
        setup,
        calendar,
        now,
        fc.nat(),
        fc.oneof(
          { arbitrary: fc.integer({ min: 0, max: 1439 }).map((m) => ({ any: m })), weight: 1 },
          { arbitrary: fc.nat().map((k) => ({ step: k })), weight: 3 },
        ),
        ({ config, hours }, cal, now, offset, pick) => {
          const date = nearNow(config, now, offset);
          // Some starts anywhere in the day, most on the slot grid.
          const [open, close] = [minutesOf(hours.open), minutesOf(hours.close)];
          // The grid's steps: every slot, then the first one that would end after closing (if the day has room).
          const steps = Math.min(Math.floor((close - open) / config.slotMinutes), Math.floor((1439 - open) / config.slotMinutes)) + 1;
          const minutes = 'any' in pick ? pick.any : open + (pick.step % steps) * config.slotMinutes;
          const ref = { date, start: clock(minutes) };
          const listed = slotsBetween(config, hours, cal, date, date, now).find((s) => slotKey(s) === slotKey(ref));
          let accepted;
          try {
            accepted = checkBooking(config, hours, cal, ref, now);
          } catch (err) {
            expect(err).toBeInstanceOf(DomainError);
            expect((err as DomainError).kind).toBe('refused');
            expect(['IN_THE_PAST', 'BEYOND_HORIZON', 'HALL_CLOSED', 'OUTSIDE_OPENING_HOURS']).toContain((err as DomainError).code);
          }
          expect(accepted).toEqual(listed);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('check-in and no-show', () => {
  it('never both; check-in only on the slot date around the slot; past the window a no-show', () => {
    fc.assert(
      fc.property(setup, fc.integer({ min: -1440, max: 2 * 1440 }), fc.nat(), ({ config, hours }, minuteFromDayStart, pick) => {
        // A slot on Friday 2025-10-10, booked at midnight; `at` from the day before to the day after.
        const bookedAt = startOfBusinessDay('2025-10-10');
        const slots = slotsBetween(config, hours, packageCalendar, '2025-10-10', '2025-10-10', bookedAt);
        fc.pre(slots.length > 0);
        const slot = slots[pick % slots.length]!;
        const a = book(
          config,
          hours,
          packageCalendar,
          { ...slot, appointmentId: 'a1', hallId: 'h1', itemId: 'i1', windowIds: ['w1'], name: '王五', cancelCode: 'C' },
          bookedAt,
        );
        const at = new Date(bookedAt.getTime() + minuteFromDayStart * MINUTE_MS);

        const succeeds = (fn: () => unknown) => {
          try {
            fn();
            return true;
          } catch (err) {
            expect(err).toBeInstanceOf(DomainError);
            return false;
          }
        };
        const checkedIn = succeeds(() => checkIn(a, 'staff', at));
        const noShow = succeeds(() => markNoShow(a, 'staff', at));
        expect(checkedIn && noShow).toBe(false);

        const opens = instant(slot.date, slot.start) - CHECK_IN_OPENS_MINUTES * MINUTE_MS;
        const closes = instant(slot.date, slot.end) + NO_SHOW_GRACE_MINUTES * MINUTE_MS;
        const onDate = businessDate(at) === slot.date;
        expect(checkedIn).toBe(onDate && at.getTime() >= opens && at.getTime() < closes);
        // Once check-in could have opened, exactly one of the two applies.
        if (at.getTime() >= Math.max(opens, bookedAt.getTime())) expect(checkedIn || noShow).toBe(true);
        else expect(noShow).toBe(false);
      }),
    );
  });
});

describe('normalizePhone properties', () => {
  const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), fc.stringMatching(/^\d{9}$/)).map(([second, rest]) => `1${second}${rest}`);
  const separator = fc.constantFrom('', ' ', '-', ' - ', '.');

  it('reads a mainland mobile the same however it is written', () => {
    fc.assert(
      fc.property(
        mobile,
        fc.constantFrom('', '+86', '86', '0086', '+86 ', '(+86) ', '+８６'),
        separator,
        fc.boolean(),
        (m, prefix, sep, fullWidth) => {
          let written = `${prefix}${m.slice(0, 3)}${sep}${m.slice(3, 7)}${sep}${m.slice(7)}`;
          if (fullWidth) written = written.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
          expect(normalizePhone(written)).toBe(m);
        },
      ),
    );
  });

  it('is idempotent and keeps only digits', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 25 }).filter((s) => /\d/.test(s.normalize('NFKC'))),
        (phone) => {
          const normalized = normalizePhone(phone);
          expect(normalized).toMatch(/^\d+$/);
          expect(normalizePhone(normalized)).toBe(normalized);
        },
      ),
    );
  });
});
