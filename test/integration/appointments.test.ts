/**
 * Online appointments (在线预约) over HTTP on the local runtime: an item's slot configuration,
 * its free slots across National Day 2025, booking with the one-per-phone-per-day rule, bad
 * input refused with the contract's codes and nothing stored, 50 concurrent bookings for 3
 * places, cancelling with the code (the place is free again), the abuse limits per phone and
 * per address, the staff's day list and check-in.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingLocks, slotPlaces } from '#adapters/appointment-records';
import { PARTITIONS } from '#adapters/table';
import { bookingDayKey } from '#services/appointments';
import { settableClock } from '#local/clock';
import { queryReads } from '#local/harness/reads';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { startHarness, type Harness } from '#local/harness/runtime';

// Friday before National Day: 10-01..08 are holidays, Sunday 09-28 and Saturday 10-11 make-up working days.
const clock = settableClock('2025-09-26T09:00:00+08:00');
let t: Harness;
let hall: HallFixture;

const SLOTS = { slotMinutes: 30, capacity: 3, horizonDays: 30 };

beforeAll(async () => {
  t = await startHarness({ clock });
  hall = await setUpHall(t);
  const configured = await configure('record', SLOTS);
  expect(configured.status).toBe(200);
});
afterAll(() => t.stop());

const configure = (itemId: string, body: object, token = hall.tokens.admin) =>
  t.call('PUT /v1/halls/{hallId}/items/{itemId}/slots', { params: { hallId: 'h1', itemId }, token, body });

let phones = 0;
/** A new applicant's mobile (11 digits). */
const newPhone = () => `139${String(phones++).padStart(8, '0')}`;

interface Booking {
  itemId?: string;
  date?: string;
  start?: string;
  name?: string;
  phone?: string;
}
const book = (b: Booking = {}, hallId = 'h1') =>
  t.call('POST /v1/public/halls/{hallId}/appointments', {
    params: { hallId },
    body: { itemId: 'record', date: '2025-09-29', start: '09:00', name: '王小明', phone: newPhone(), ...b },
  });

const slots = (from: string, to: string, itemId = 'record') =>
  t.call('GET /v1/public/halls/{hallId}/items/{itemId}/slots', { params: { hallId: 'h1', itemId }, query: { from, to } });

const view = (appointmentId: string, code: string) =>
  t.call('GET /v1/public/appointments/{appointmentId}', { params: { appointmentId }, query: { code } });
const cancel = (appointmentId: string, code: string) =>
  t.call('POST /v1/public/appointments/{appointmentId}/cancellation', { params: { appointmentId }, body: { code } });

/** Every item in the store, as the table holds it (a test may scan; the product never does). */
async function everything(): Promise<Record<string, unknown>[]> {
  const { db, tableName } = t.runtime.deps;
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

describe('slot configuration (hall admins)', () => {
  it('is read back as stored, with who set it', async () => {
    const read = await t.call('GET /v1/halls/{hallId}/items/{itemId}/slots', {
      params: { hallId: 'h1', itemId: 'record' },
      token: hall.tokens.staffA,
    });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ hallId: 'h1', itemId: 'record', ...SLOTS, updatedBy: 'admin-1' });
  });

  it.each([
    { what: 'a slot length off the 5-minute grid', body: { ...SLOTS, slotMinutes: 7 }, field: 'slotMinutes' },
    { what: 'a slot longer than the opening hours', body: { ...SLOTS, slotMinutes: 240 * 2 }, field: 'slotMinutes' },
    { what: 'no capacity', body: { ...SLOTS, capacity: 0 }, field: 'capacity' },
    { what: 'a horizon of a year', body: { ...SLOTS, horizonDays: 365 }, field: 'horizonDays' },
    { what: 'a window that does not take the item', body: { ...SLOTS, windowIds: ['w2'] }, field: 'windowIds.0' },
  ])('refuses $what (400, on $field)', async ({ body, field }) => {
    const reply = await configure('licence', body);
    expect(reply.status).toBe(400);
    expect(reply.error?.details.map((d) => d.field)).toContain(field);
  });

  it('is for hall admins of the hall, and for items that exist', async () => {
    expect((await configure('licence', SLOTS, hall.tokens.staffA)).status).toBe(403);
    expect((await configure('licence', SLOTS, hall.tokens.otherHallAdmin)).status).toBe(403);
    expect((await configure('no-such-item', SLOTS)).error?.code).toBe('ITEM_NOT_FOUND');
    const unconfigured = await t.call('GET /v1/halls/{hallId}/items/{itemId}/slots', {
      params: { hallId: 'h1', itemId: 'licence' },
      token: hall.tokens.admin,
    });
    expect(unconfigured.status).toBe(404);
    expect(unconfigured.error?.code).toBe('APPOINTMENTS_NOT_OFFERED');
  });
});

describe('free slots', () => {
  it('lists the working days only, across National Day 2025, from now on', async () => {
    const reply = await slots('2025-09-26', '2025-10-12');
    expect(reply.status).toBe(200);
    const perDay = new Map<string, number>();
    for (const s of reply.body) perDay.set(s.date, (perDay.get(s.date) ?? 0) + 1);
    // Today from 09:30 (09:00 has started); 18 slots of 30 minutes from 08:00 to 17:00 on every working day.
    expect(Object.fromEntries(perDay)).toEqual({
      '2025-09-26': 15,
      '2025-09-28': 18,
      '2025-09-29': 18,
      '2025-09-30': 18,
      '2025-10-09': 18,
      '2025-10-10': 18,
      '2025-10-11': 18,
    });
    expect(reply.body[0]).toEqual({ date: '2025-09-26', start: '09:30', end: '10:00', capacity: 3, available: 3 });
  });

  it('answers 404 for an unknown item and for one that takes no appointments, 400 for a bad range', async () => {
    expect((await slots('2025-09-26', '2025-09-30', 'no-such-item')).error?.code).toBe('ITEM_NOT_FOUND');
    expect((await slots('2025-09-26', '2025-09-30', 'licence')).error?.code).toBe('APPOINTMENTS_NOT_OFFERED');
    expect((await slots('2025-09-30', '2025-09-26')).status).toBe(400);
    expect((await slots('2025-09-26', '2025-12-31')).status).toBe(400);
  });
});

describe('booking', () => {
  it('books, shows the cancel code once, keeps the phone encrypted and the name masked in public', async () => {
    const phone = newPhone();
    const reply = await book({ date: '2025-09-28', start: '10:00', name: '张小三', phone });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ itemId: 'record', date: '2025-09-28', start: '10:00', end: '10:30', status: 'booked' });
    const { appointmentId, cancelCode } = reply.body;
    expect(cancelCode).toMatch(/^[0-9A-Z]{10}$/);

    const seen = await view(appointmentId, cancelCode);
    expect(seen.body).toMatchObject({ appointmentId, status: 'booked', name: '张*三', reason: null });
    expect((await view(appointmentId, 'WRONGCODE0')).status).toBe(403);
    expect((await view('01K00000000000000000000000', cancelCode)).status).toBe(403);

    const stored = JSON.stringify(await everything());
    expect(stored).not.toContain(phone);
    const slot = (await slots('2025-09-28', '2025-09-28')).body.find((s) => s.start === '10:00');
    expect(slot?.available).toBe(2);
  });

  it('takes one booking per phone, item and day, however the phone is written', async () => {
    const phone = newPhone();
    expect((await book({ date: '2025-09-30', start: '09:00', phone })).status).toBe(201);
    const again = await book({
      date: '2025-09-30',
      start: '14:00',
      phone: `+86 ${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`,
    });
    expect(again.status).toBe(409);
    expect(again.error?.code).toBe('DUPLICATE_BOOKING');
    expect((await book({ date: '2025-10-09', start: '09:00', phone })).status).toBe(201);
  });

  it('with an Idempotency-Key, a retry gets the same booking and code', async () => {
    const body = { itemId: 'record', date: '2025-10-10', start: '11:00', name: '李四', phone: newPhone() };
    const send = () =>
      t.call('POST /v1/public/halls/{hallId}/appointments', { params: { hallId: 'h1' }, body, headers: { 'idempotency-key': 'k-1' } });
    const [first, second] = [await send(), await send()];
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
  });

  it.each([
    { what: 'a past day', booking: { date: '2025-09-25' }, status: 422, code: 'IN_THE_PAST' },
    { what: 'a slot of today that has started', booking: { date: '2025-09-26', start: '08:30' }, status: 422, code: 'IN_THE_PAST' },
    { what: 'beyond the 30-day horizon', booking: { date: '2025-10-27' }, status: 422, code: 'BEYOND_HORIZON' },
    { what: 'National Day', booking: { date: '2025-10-01' }, status: 422, code: 'HALL_CLOSED' },
    { what: 'a Saturday', booking: { date: '2025-09-27' }, status: 422, code: 'HALL_CLOSED' },
    { what: 'a start off the grid', booking: { start: '09:10' }, status: 422, code: 'OUTSIDE_OPENING_HOURS' },
    { what: 'a slot ending after closing', booking: { start: '17:00' }, status: 422, code: 'OUTSIDE_OPENING_HOURS' },
    { what: 'a start before opening', booking: { start: '07:30' }, status: 422, code: 'OUTSIDE_OPENING_HOURS' },
    { what: 'an unknown item', booking: { itemId: 'no-such-item' }, status: 404, code: 'ITEM_NOT_FOUND' },
    { what: 'an item without appointments', booking: { itemId: 'licence' }, status: 404, code: 'APPOINTMENTS_NOT_OFFERED' },
    { what: 'a malformed phone', booking: { phone: '12345' }, status: 400, code: 'VALIDATION_FAILED' },
    { what: "another country's phone", booking: { phone: '+1 415 555 0100' }, status: 400, code: 'VALIDATION_FAILED' },
    { what: 'a malformed start', booking: { start: '9:00' }, status: 400, code: 'VALIDATION_FAILED' },
    { what: 'an impossible date', booking: { date: '2025-02-30' }, status: 400, code: 'VALIDATION_FAILED' },
    { what: 'no name', booking: { name: ' ' }, status: 400, code: 'VALIDATION_FAILED' },
  ])('refuses $what with $status $code, and stores nothing', async ({ booking, status, code }) => {
    const before = await everything();
    const reply = await book(booking);
    expect({ status: reply.status, code: reply.error?.code }).toEqual({ status, code });
    expect(await everything()).toEqual(before);
  });
});

describe('never overbooked', () => {
  // Another hour: the address's allowance of the tests above does not count here.
  beforeAll(() => clock.set('2025-09-26T10:00:00+08:00'));

  const slot = { date: '2025-09-29', start: '10:00' };
  const available = async () => (await slots(slot.date, slot.date)).body.find((s) => s.start === slot.start)?.available;

  it('50 concurrent bookings for 3 places: exactly 3 succeed, 47 get SLOT_FULL; a cancellation frees a place', async () => {
    const replies = await Promise.all(Array.from({ length: 50 }, () => book(slot)));
    const booked = replies.filter((r) => r.status === 201);
    expect(booked).toHaveLength(3);
    expect(replies.filter((r) => r.status === 409 && r.error?.code === 'SLOT_FULL')).toHaveLength(47);
    expect(await available()).toBe(0);
    const day = await t.call('GET /v1/halls/{hallId}/appointments', {
      params: { hallId: 'h1' },
      query: { date: slot.date },
      token: hall.tokens.staffA,
    });
    expect(day.body.appointments.filter((a) => a.start === slot.start && a.status === 'booked')).toHaveLength(3);

    const [first] = booked;
    const cancelled = await cancel(first!.body.appointmentId, first!.body.cancelCode);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(await available()).toBe(1);
    expect((await book(slot)).status).toBe(201);
    expect((await book(slot)).error?.code).toBe('SLOT_FULL');
  });

  it('lets the same phone book the same day again once its booking is cancelled', async () => {
    const phone = newPhone();
    const first = await book({ date: '2025-10-09', start: '15:00', phone });
    expect((await book({ date: '2025-10-09', start: '16:00', phone })).error?.code).toBe('DUPLICATE_BOOKING');
    await cancel(first.body.appointmentId, first.body.cancelCode);
    expect((await book({ date: '2025-10-09', start: '16:00', phone })).status).toBe(201);
  });

  it('refuses a cancellation with a wrong code, twice, or once the slot has started', async () => {
    const reply = await book({ date: '2025-09-26', start: '10:30' });
    const { appointmentId, cancelCode } = reply.body;
    expect((await cancel(appointmentId, 'WRONGCODE0')).status).toBe(403);
    clock.set('2025-09-26T10:30:00+08:00');
    expect((await cancel(appointmentId, cancelCode)).error?.code).toBe('IN_THE_PAST');
    clock.set('2025-09-26T10:00:00+08:00');
    const other = await book({ date: '2025-09-30', start: '15:00' });
    expect((await cancel(other.body.appointmentId, other.body.cancelCode)).status).toBe(200);
    expect((await cancel(other.body.appointmentId, other.body.cancelCode)).error?.code).toBe('APPOINTMENT_NOT_BOOKED');
  });
});

describe('abuse limits (hall rules)', () => {
  beforeAll(async () => {
    clock.set('2025-09-26T11:00:00+08:00');
    const rules = await t.call('PUT /v1/halls/{hallId}/assessment-rules', {
      params: { hallId: 'h1' },
      token: hall.tokens.admin,
      body: { appointmentsPerPhonePerDay: 2, appointmentsPerAddressPerHour: 4 },
    });
    expect(rules.status).toBe(200);
  });
  afterAll(async () => {
    const rules = await t.call('PUT /v1/halls/{hallId}/assessment-rules', {
      params: { hallId: 'h1' },
      token: hall.tokens.admin,
      body: { appointmentsPerPhonePerDay: 10, appointmentsPerAddressPerHour: 60 },
    });
    expect(rules.status).toBe(200);
  });

  it('counts bookings per phone (its keyed hash) and per address; refused input counts for nothing', async () => {
    const phone = newPhone();
    expect((await book({ date: '2025-10-10', start: '08:00', phone, itemId: 'no-such-item' })).status).toBe(404);
    expect((await book({ date: '2025-10-10', start: '08:00', phone })).status).toBe(201);
    expect((await book({ date: '2025-10-11', start: '08:00', phone })).status).toBe(201);
    const third = await book({ date: '2025-10-20', start: '08:00', phone });
    expect(third.status).toBe(429);
    expect(third.error?.code).toBe('TOO_MANY_REQUESTS');

    expect((await book({ date: '2025-10-20', start: '08:00' })).status).toBe(201);
    expect((await book({ date: '2025-10-20', start: '08:00' })).status).toBe(429);
    const stored = JSON.stringify(await everything());
    expect(stored).not.toContain(phone);
  });
});

describe('read cost', () => {
  beforeAll(() => clock.set('2025-09-26T12:00:00+08:00'));

  it("lists a week of an item's slots reading only that item's slots of that week", async () => {
    // Other items and other weeks hold slots too.
    const permit = { ...SLOTS, horizonDays: 60 };
    const item = await t.call('PUT /v1/halls/{hallId}/items/{itemId}', {
      params: { hallId: 'h1', itemId: 'permit' },
      token: hall.tokens.admin,
      body: {
        name: '临时占道许可',
        kind: 'service',
        departmentId: 'market',
        windowIds: ['w1'],
        legalLimitDays: 5,
        promisedLimitDays: 3,
        materials: [],
      },
    });
    expect(item.status).toBe(200);
    expect((await configure('permit', permit)).status).toBe(200);
    for (const date of ['2025-10-10', '2025-10-13', '2025-10-20']) expect((await book({ itemId: 'permit', date })).status).toBe(201);
    for (const date of ['2025-10-09', '2025-10-15', '2025-10-16', '2025-09-30']) expect((await book({ date })).status).toBe(201);

    const [from, to] = ['2025-10-09', '2025-10-15'];
    const slotItems = (await everything()).filter((i) => i.entity === 'slot');
    const ofTheWeek = slotItems.filter((i) => i.itemId === 'record' && String(i.date) >= from && String(i.date) <= to);
    expect(ofTheWeek.length).toBeGreaterThan(0);
    expect(slotItems.length).toBeGreaterThan(ofTheWeek.length + 2);

    const { result, itemsRead } = await queryReads(
      t.runtime.serviceCalls,
      (pk) => pk.startsWith(PARTITIONS.slots),
      () => slots(from, to),
    );
    expect(result.status).toBe(200);
    expect(itemsRead).toBe(ofTheWeek.length);
  });
});

describe('a booking whose invocation died half way', () => {
  beforeAll(() => clock.set('2025-09-26T13:00:00+08:00'));

  it("holds the phone's day while it may still be under way, then gives it and its place back", async () => {
    // Prepare: the day locked and a place taken for an appointment whose record was never written.
    const phone = newPhone();
    const orphan = { appointmentId: 'orphan-1', hallId: 'h1', itemId: 'record', date: '2025-10-10', start: '15:00' };
    const day = await bookingDayKey(t.runtime.deps, { ...orphan, phone });
    expect(await bookingLocks.claim(t.runtime.deps, day, { ...orphan, claimedAt: '2025-09-26T13:00:00.000+08:00' })).toBeUndefined();
    expect(await slotPlaces.take(t.runtime.deps, orphan, SLOTS.capacity)).toBe(true);
    const placesAt = async (start: string) => (await slots(orphan.date, orphan.date)).body.find((s) => s.start === start)?.available;
    expect(await placesAt('15:00')).toBe(2);

    // Act and assess: within a minute it may still be under way; later it is abandoned.
    expect((await book({ date: orphan.date, start: '16:00', phone })).error?.code).toBe('DUPLICATE_BOOKING');
    clock.set('2025-09-26T13:02:00+08:00');
    expect((await book({ date: orphan.date, start: '16:00', phone })).status).toBe(201);
    expect(await placesAt('15:00')).toBe(3);
  });
});

describe('the staff: the day list and check-in', () => {
  let booking: { appointmentId: string; cancelCode: string };

  beforeAll(async () => {
    clock.set('2025-09-28T12:00:00+08:00');
    booking = (await book({ date: '2025-09-29', start: '14:00', name: '赵钱孙' })).body;
  });

  const list = (query: { date?: string; windowId?: string }, token = hall.tokens.staffA) =>
    t.call('GET /v1/halls/{hallId}/appointments', { params: { hallId: 'h1' }, query, token });
  const checkIn = (appointmentId: string, token = hall.tokens.staffW2) =>
    t.call('POST /v1/halls/{hallId}/appointments/{appointmentId}/check-in', { params: { hallId: 'h1', appointmentId }, token });

  it("lists the day's appointments by start, with names, never the phone or the code; by window", async () => {
    const day = await list({ date: '2025-09-29' });
    expect(day.status).toBe(200);
    const starts = day.body.appointments.map((a) => a.start);
    expect(starts).toEqual([...starts].sort());
    const mine = day.body.appointments.find((a) => a.appointmentId === booking.appointmentId);
    expect(mine).toMatchObject({ name: '赵钱孙', status: 'booked', windowIds: ['w1'] });
    expect(JSON.stringify(day.body)).not.toContain(booking.cancelCode);
    expect((await list({ date: '2025-09-29', windowId: 'w1' })).body.appointments).toHaveLength(day.body.appointments.length);
    expect((await list({ date: '2025-09-29', windowId: 'w2' })).body.appointments).toEqual([]);
    expect((await list({ date: '2025-09-29' }, hall.tokens.otherHallAdmin)).status).toBe(403);
  });

  it('checks in from 30 minutes before the start, records who and when; only window staff of the hall', async () => {
    clock.set('2025-09-29T13:20:00+08:00');
    expect((await checkIn(booking.appointmentId)).error?.code).toBe('CHECK_IN_TOO_EARLY');
    clock.set('2025-09-29T13:45:00+08:00');
    expect((await checkIn(booking.appointmentId, hall.tokens.supervisor)).status).toBe(403);
    expect((await checkIn(booking.appointmentId, hall.tokens.otherHallAdmin)).status).toBe(403);
    expect((await checkIn('01K00000000000000000000000')).error?.code).toBe('APPOINTMENT_NOT_FOUND');
    const reply = await checkIn(booking.appointmentId);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'checked-in', checkedIn: { by: 's-w2' } });
    expect(reply.body.checkedIn?.at).toMatch(/^2025-09-29T13:45:/);
    // The hall queues no tickets for this item yet: checked in without one.
    expect(reply.body).not.toHaveProperty('ticket');
    // A retry (the reply lost) answers the same, and changes nothing.
    const again = await checkIn(booking.appointmentId);
    expect([again.status, again.body.checkedIn]).toEqual([200, reply.body.checkedIn]);
    expect((await view(booking.appointmentId, booking.cancelCode)).body.status).toBe('checked-in');
  });

  it('puts the checked-in applicant in the priority lane: called before walk-ins who came earlier', async () => {
    const groups = [{ group: 'A', itemIds: ['record'], dailyCap: 50 }];
    expect(
      (await t.call('PUT /v1/halls/{hallId}/ticket-groups', { params: { hallId: 'h1' }, token: hall.tokens.admin, body: { groups } }))
        .status,
    ).toBe(200);
    const walkIn = await t.call('POST /v1/public/halls/{hallId}/tickets', { params: { hallId: 'h1' }, body: { itemId: 'record' } });
    expect(walkIn.status).toBe(201);
    const later = (await book({ date: '2025-09-29', start: '14:00', name: '周吴郑' })).body;
    const { ticket } = (await checkIn(later.appointmentId)).body;
    expect(ticket?.number).toMatch(/^A\d{3}$/);
    // A retry gets the same ticket, never a second one.
    expect((await checkIn(later.appointmentId)).body.ticket).toEqual(ticket);
    const called = await t.call('POST /v1/halls/{hallId}/windows/{windowId}/call-next', {
      params: { hallId: 'h1', windowId: 'w1' },
      token: hall.tokens.staffA,
    });
    // The first appointment's ticket, then this one's: both before the walk-in.
    const second = await t.call('POST /v1/halls/{hallId}/windows/{windowId}/call-next', {
      params: { hallId: 'h1', windowId: 'w1' },
      token: hall.tokens.staffA,
    });
    expect([called.body, second.body].map((c) => (c as { ticketId: string }).ticketId)).toContain(ticket?.ticketId);
    expect([called.body, second.body].map((c) => (c as { ticketId: string }).ticketId)).not.toContain(walkIn.body.ticketId);
  });
});
