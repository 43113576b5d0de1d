/**
 * The bookings that follow the calendar: the consumer's mapping filter (closures and national
 * years only: its own appointment writes never come back to it), what a record means (which
 * halls, which dates, or nothing), and the outbox's AppointmentCancelled, which is news only when
 * the hall cancelled a booking. End to end: test/integration/appointment-closures.test.ts.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { book, cancel, cancelByHall, checkIn, type Appointment } from '#domain/appointments';
import { buildCalendar } from '#domain/calendar';
import { packageSchedules } from '#domain/national-schedules';
import { eventSchemas } from '#events/contracts';
import { closureOf } from '#functions/streams/appointment-closures';
import { appointmentEventFor } from '#events/changes';
import { matchesFilterPatterns } from '#local/event-filter';
import { ENTITY, indexKeys, keys } from '#adapters/table';
import { appointmentClosuresSource } from '#topology/triggers';
import { day, nationalYear, record } from './calendar-records';
import { samples } from './samples';

const year = nationalYear(2026);

const cal = buildCalendar({ packageYears: packageSchedules(), loadedYears: [], overrides: [] });
const booked = book(
  { slotMinutes: 30, capacity: 3, horizonDays: 30 },
  { open: '08:00', close: '17:00' },
  cal,
  {
    appointmentId: 'a1',
    hallId: 'h1',
    itemId: 'record',
    windowIds: ['w1'],
    date: '2025-09-30',
    start: '09:00',
    name: '王小明',
    cancelCode: 'C',
  },
  new Date('2025-09-26T09:00:00+08:00'),
);
/** As the table holds it: keys, index keys and entity. */
const stored = (a: Appointment) => ({
  ...keys.appointment(a.appointmentId),
  ...indexKeys.appointment(a),
  entity: ENTITY.appointment,
  ...a,
});
const byHall = cancelByHall(booked, '停电检修', 'appointment-closures', new Date('2025-09-27T09:00:00+08:00'));

describe('the mapping filter (appointmentClosuresSource.filters)', () => {
  const passes = (r: DynamoDBRecord) => matchesFilterPatterns(r, appointmentClosuresSource.filters);

  it('passes a hall day closed and a national year written; not a day opened, an appointment, or other records', () => {
    expect(passes(record('INSERT', day('2025-09-30', false)))).toBe(true);
    expect(passes(record('MODIFY', day('2025-09-30', false), day('2025-09-30', true)))).toBe(true);
    expect(passes(record('INSERT', year(['2026-01-01'])))).toBe(true);
    expect(passes(record('MODIFY', day('2025-09-30', true), day('2025-09-30', false)))).toBe(false);
    expect(passes(record('MODIFY', stored(byHall), stored(booked)))).toBe(false);
    expect(samples.batch.Records.filter(passes)).toEqual([]);
  });
});

describe('closureOf', () => {
  it.each<[string, DynamoDBRecord, ReturnType<typeof closureOf>]>([
    [
      'a day closed: this hall, that date',
      record('INSERT', day('2025-09-30', false)),
      { halls: ['h1'], from: '2025-09-30', to: '2025-09-30' },
    ],
    [
      'an open day closed',
      record('MODIFY', day('2025-09-30', false), day('2025-09-30', true)),
      { halls: ['h1'], from: '2025-09-30', to: '2025-09-30' },
    ],
    [
      'only the reason of a closure changed: nothing new',
      record('MODIFY', day('2025-09-30', false, '台风'), day('2025-09-30', false)),
      undefined,
    ],
    ['a day opened', record('MODIFY', day('2025-09-30', true), day('2025-09-30', false)), undefined],
    [
      'a national year loaded: every hall, the whole year',
      record('INSERT', year(['2026-01-01'])),
      { halls: 'all', from: '2026-01-01', to: '2026-12-31' },
    ],
    [
      'a national year corrected: from the first date that differs',
      record('MODIFY', year(['2026-01-01', '2026-05-04']), year(['2026-01-01'])),
      { halls: 'all', from: '2026-05-04', to: '2026-12-31' },
    ],
    ['a national year written unchanged', record('MODIFY', year(['2026-01-01']), year(['2026-01-01'])), undefined],
  ])('%s', (_, r, expected) => {
    expect(closureOf(r)).toEqual(expected);
  });
});

// Written with the change and published by the outbox (shared/adapters/outbox.ts; its filter in test/streams/outbox.test.ts).
describe('the event of an appointment change: AppointmentCancelled', () => {
  it('announces a booking the hall cancelled, with its reason (strictly by the contract)', () => {
    const event = appointmentEventFor(booked, byHall);
    expect(event?.type).toBe('AppointmentCancelled');
    expect(eventSchemas.AppointmentCancelled.strict().parse(event?.detail)).toEqual({
      version: '1',
      hallId: 'h1',
      appointmentId: 'a1',
      itemId: 'record',
      date: '2025-09-30',
      start: '09:00',
      reason: '停电检修',
    });
  });

  it.each([
    ['a booking', undefined, booked],
    ['the applicant’s own cancellation', booked, cancel(booked, new Date('2025-09-27T09:00:00+08:00'))],
    ['a check-in', booked, checkIn(booked, 's-a', new Date('2025-09-30T08:45:00+08:00'))],
    ['a cancelled booking written again', byHall, byHall],
  ])('is no news for %s', (_, before, after) => {
    expect(appointmentEventFor(before, after)).toBeUndefined();
  });
});
