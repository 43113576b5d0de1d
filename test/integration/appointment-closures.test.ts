/**
 * Bookings and the calendar, end to end on the local runtime: a hall closure decided after
 * bookings cancels that day's bookings from the table's stream (`cancelled-by-hall`, with the
 * reason), the outbox publishes one AppointmentCancelled each, and the sender tells each
 * applicant by SMS (DATA_DIR/outbox/notifications.jsonl). The day end marks the day's no-shows
 * (counted per window for the statistics) and reminds tomorrow's bookings.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book as bookRules, type Appointment } from '#domain/appointments';
import { buildCalendar } from '#domain/calendar';
import { packageSchedules } from '#domain/national-schedules';
import { appointmentRecords } from '#adapters/appointment-records';
import { settableClock } from '#local/clock';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { startHarness, type Harness } from '#local/harness/runtime';
import { outboxFile } from '#local/notifications';

const clock = settableClock('2025-09-26T10:00:00+08:00');
let t: Harness;
let hall: HallFixture;

beforeAll(async () => {
  t = await startHarness({ clock });
  hall = await setUpHall(t);
  const configured = await t.call('PUT /v1/halls/{hallId}/items/{itemId}/slots', {
    params: { hallId: 'h1', itemId: 'record' },
    token: hall.tokens.admin,
    body: { slotMinutes: 30, capacity: 3, horizonDays: 30 },
  });
  expect(configured.status).toBe(200);
});
afterAll(() => t.stop());

let phones = 0;
const book = async (date: string, start: string) => {
  const phone = `138${String(phones++).padStart(8, '0')}`;
  const reply = await t.call('POST /v1/public/halls/{hallId}/appointments', {
    params: { hallId: 'h1' },
    body: { itemId: 'record', date, start, name: '王小明', phone },
  });
  expect(reply.status).toBe(201);
  return { ...reply.body, phone };
};
const publicView = async (b: { appointmentId: string; cancelCode: string }) =>
  (
    await t.call('GET /v1/public/appointments/{appointmentId}', {
      params: { appointmentId: b.appointmentId },
      query: { code: b.cancelCode },
    })
  ).body;
const setDay = (date: string, open: boolean, reason: string) =>
  t.call('PUT /v1/halls/{hallId}/calendar/{date}', { params: { hallId: 'h1', date }, token: hall.tokens.admin, body: { open, reason } });
const available = async (date: string) =>
  (
    await t.call('GET /v1/public/halls/{hallId}/items/{itemId}/slots', {
      params: { hallId: 'h1', itemId: 'record' },
      query: { from: date, to: date },
    })
  ).body;

interface OutboxLine {
  notificationId: string;
  channel: string;
  to: string;
  template: string;
  text: string;
}
async function messages(template: string): Promise<OutboxLine[]> {
  const text = await readFile(outboxFile(t.runtime.stateDir), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as OutboxLine)
    .filter((l) => l.template === template);
}
const published = (type: string) => t.runtime.events.published.filter((e) => e['detail-type'] === type);
const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(7)}`;

describe('a hall closure decided after bookings', () => {
  let tuesday: Awaited<ReturnType<typeof book>>[];
  let monday: Awaited<ReturnType<typeof book>>;

  beforeAll(async () => {
    tuesday = [await book('2025-09-30', '09:00'), await book('2025-09-30', '09:00'), await book('2025-09-30', '14:30')];
    monday = await book('2025-09-29', '09:00');
    // Cancelled by the applicant before the closure: nobody is told again.
    const own = await book('2025-09-30', '10:00');
    await t.call('POST /v1/public/appointments/{appointmentId}/cancellation', {
      params: { appointmentId: own.appointmentId },
      body: { code: own.cancelCode },
    });
    expect((await setDay('2025-09-30', false, '停电检修')).status).toBe(200);
    await t.runtime.settle();
  });

  it('cancels that day’s bookings for the hall, with the reason; other days keep theirs', async () => {
    for (const b of tuesday) expect(await publicView(b)).toMatchObject({ status: 'cancelled-by-hall', reason: '停电检修' });
    expect(await publicView(monday)).toMatchObject({ status: 'booked' });
    expect(await available('2025-09-30')).toEqual([]);
  });

  it('publishes one AppointmentCancelled per booking', () => {
    const events = published('AppointmentCancelled');
    expect(events.map((e) => e.detail.appointmentId).sort()).toEqual(tuesday.map((b) => b.appointmentId).sort());
    expect(events[0]?.detail).toMatchObject({ hallId: 'h1', itemId: 'record', date: '2025-09-30', reason: '停电检修' });
  });

  it('tells each applicant by SMS, to their masked number, with the reason', async () => {
    const sent = await messages('appointment-cancelled');
    expect(sent.map((m) => m.to).sort()).toEqual(tuesday.map((b) => masked(b.phone)).sort());
    for (const m of sent) {
      expect(m.channel).toBe('sms');
      expect(m.text).toContain('【涟水县政务服务中心】');
      expect(m.text).toContain('个体工商户登记');
      expect(m.text).toContain('停电检修');
    }
  });

  it('does nothing more when the closure is written again, and frees the places when the day reopens', async () => {
    await setDay('2025-09-30', false, '停电检修（延长）');
    await t.runtime.settle();
    expect(published('AppointmentCancelled')).toHaveLength(3);

    await setDay('2025-09-30', true, '恢复办公');
    await t.runtime.settle();
    const reopened = await available('2025-09-30');
    expect(reopened).toHaveLength(18);
    expect(reopened.every((s) => s.available === 3)).toBe(true);
  });
});

describe('the day end', () => {
  let result: unknown;
  let tomorrow: Awaited<ReturnType<typeof book>>[];
  let checkedIn: Awaited<ReturnType<typeof book>>;

  beforeAll(async () => {
    clock.set('2025-09-26T11:00:00+08:00');
    tomorrow = [await book('2025-09-30', '09:00'), await book('2025-09-30', '11:00')];
    checkedIn = await book('2025-09-29', '15:00');
    clock.set('2025-09-29T14:50:00+08:00');
    const reply = await t.call('POST /v1/halls/{hallId}/appointments/{appointmentId}/check-in', {
      params: { hallId: 'h1', appointmentId: checkedIn.appointmentId },
      token: hall.tokens.staffA,
    });
    expect(reply.status).toBe(200);
    clock.set('2025-09-29T18:00:00+08:00');
    result = await t.runtime.invoke('appointment-day-end', { asOf: '2025-09-29' });
    await t.runtime.settle();
  });

  it("marks the day's bookings nobody came for as no-shows, counted per window for the statistics", async () => {
    expect(result).toEqual({ asOf: '2025-09-29', halls: [{ hallId: 'h1', noShows: 1, reminded: 2, cancelled: 0 }] });
    expect(await publicView(checkedIn)).toMatchObject({ status: 'checked-in' });
    expect(await appointmentRecords.noShowsByWindow(t.runtime.deps, 'h1', '2025-09')).toEqual({ w1: 1 });
    expect(await appointmentRecords.noShowsByWindow(t.runtime.deps, 'h1', '2025-10')).toEqual({});
  });

  it("reminds tomorrow's bookings by SMS, once however often the job runs", async () => {
    await t.runtime.invoke('appointment-day-end', { asOf: '2025-09-29' });
    await t.runtime.settle();
    const sent = await messages('appointment-tomorrow');
    expect(sent.map((m) => m.to).sort()).toEqual(tomorrow.map((b) => masked(b.phone)).sort());
    expect(sent[0]?.text).toContain('2025-09-30');
  });

  it('cancels instead of reminding when tomorrow closed while a booking was under way', async () => {
    expect((await setDay('2025-10-09', false, '台风')).status).toBe(200);
    await t.runtime.settle();
    // A booking whose checks passed before the closure and whose record was written after it.
    const cal = buildCalendar({ packageYears: packageSchedules(), loadedYears: [], overrides: [] });
    const late: Appointment = bookRules(
      { slotMinutes: 30, capacity: 3, horizonDays: 30 },
      { open: '08:00', close: '17:00' },
      cal,
      {
        appointmentId: 'late-1',
        hallId: 'h1',
        itemId: 'record',
        windowIds: ['w1'],
        date: '2025-10-09',
        start: '09:00',
        name: '李四',
        cancelCode: 'C',
      },
      new Date('2025-09-29T17:00:00+08:00'),
    );
    await appointmentRecords.create(t.runtime.deps, late);
    clock.set('2025-10-08T18:00:00+08:00');
    expect(await t.runtime.invoke('appointment-day-end', { asOf: '2025-10-08', hallId: 'h1' })).toMatchObject({
      halls: [{ hallId: 'h1', reminded: 0, cancelled: 1 }],
    });
    expect(await appointmentRecords.getInHall(t.runtime.deps, 'h1', 'late-1')).toMatchObject({
      status: 'cancelled-by-hall',
      reason: '台风',
    });
  });
});
