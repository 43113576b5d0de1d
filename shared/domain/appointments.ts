/**
 * Online appointments (在线预约): an item's slot grid, the booking rules and the lifecycle of
 * an appointment (docs/DOMAIN.md "Appointments", docs/API.md "Appointments"). Pure: "now",
 * the hall's calendar and its opening hours are passed in. Counting is the adapter's job
 * (conditional writes, so a slot is never overbooked); this module says what is counted
 * and what the rules allow.
 *
 * Set-up (PUT .../items/{itemId}/slots)
 *   slotConfigProblems(config, hours, item)                  → ErrorDetail[]; [] = acceptable
 * Listing (GET .../slots?from=&to=)
 *   slotsBetween(config, hours, cal, from, to, now)          → Slot[]; `invalid` for a bad range
 *   withAvailability(slots, booked: Map<slotKey, count>)     → the same slots with `available`
 * Booking (POST .../appointments)
 *   checkBooking(config, hours, cal, {date, start}, now)     → the Slot, or `refused` with the
 *     first that applies of IN_THE_PAST, BEYOND_HORIZON, HALL_CLOSED, OUTSIDE_OPENING_HOURS
 *   book(config, hours, cal, request, now)                   → Appointment `booked` (checks first)
 *   slotKey({date, start})                                   → "2025-10-09T09:30": what a slot's count is keyed by
 *   dailyBookingKeyInput({hallId, itemId, date, phone})      → what the adapter HMACs to hold
 *     "one booking per person per item per day"; normalizePhone(phone) is its phone part,
 *     mainlandMobile(phone) the number a booking is taken with (its reminders go by SMS);
 *     holdsItsDay(appointment): whether it still counts (a cancelled one does not)
 *   servingWindows(config, item)                             → the windows that serve the bookings
 * Closures
 *   whyNoAppointments(cal, date)                             → why the date takes none (undefined: it does)
 * Lifecycle (every transition appends {at, by, action}; the input is never changed)
 *   booked ──cancel (applicant, before the start)──────────▶ cancelled
 *     ├──────cancelByHall (a closure; any time)─────────────▶ cancelled-by-hall
 *     ├──────checkIn (start − 30 min … end + 15 min)────────▶ checked-in
 *     └──────markNoShow (from end + 15 min)─────────────────▶ no-show
 *   Every other status is final: a transition from it is 409 APPOINTMENT_NOT_BOOKED.
 *   publicView(appointment): the name masked; never the phone, never the cancel code.
 *   staffView(appointment): the name in clear (staff call the applicant); never the phone or code.
 *
 * Choices:
 * - slotMinutes: a multiple of 5 from 5 to 240 (times read 09:35, never 09:07) that fits at
 *   least once in the opening hours; capacity 1..100; horizonDays 1..90.
 * - Slots start at the opening time, one every slotMinutes, and end by closing time: a last
 *   partial slot is dropped.
 * - The horizon: today (the business date of now) + horizonDays natural days, that day
 *   included. A slot starting at or before now is past.
 * - A listing spans at most MAX_LISTING_DAYS dates (from and to included): longer, or `to`
 *   before `from`, is `invalid` (400, details on `to`): it is the client's query.
 * - A date in a year without a loaded national schedule takes no appointments (a weekday
 *   there may yet be a holiday; spec: never treat unknown holidays as working days), unless
 *   the hall itself decided that date with an override.
 * - Check-in: from CHECK_IN_OPENS_MINUTES before the start (an early arrival takes the
 *   priority lane ahead of walk-ins, so not much earlier) until NO_SHOW_GRACE_MINUTES after
 *   the end, and only on the slot's date. From that moment on the appointment can be marked
 *   a no-show: the two windows meet, so an appointment is never both nor, once over, neither.
 */
import { dayStatus, type Calendar } from './calendar';
import { conflict, invalid, refused, type ErrorDetail } from './errors';
import { maskName } from './personal-data';
import {
  addDays,
  businessDate,
  compareDates,
  daysBetween,
  endOfBusinessDay,
  isIsoDate,
  startOfBusinessDay,
  toOffsetIso,
  yearOf,
  type IsoDate,
} from './time';

export const APPOINTMENT_STATUSES = ['booked', 'cancelled', 'cancelled-by-hall', 'checked-in', 'no-show'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** A local clock time `HH:MM` in Asia/Shanghai. */
export type ClockTime = string;

export interface OpeningHours {
  open: ClockTime;
  close: ClockTime;
}

/** An item's appointment settings (PUT /v1/halls/{hallId}/items/{itemId}/slots). */
export interface SlotConfig {
  slotMinutes: number;
  /** Bookings per slot. */
  capacity: number;
  /** How many natural days ahead of today a slot can be booked. */
  horizonDays: number;
  /** The windows that serve these appointments; absent: every window that takes the item. */
  windowIds?: string[];
}

export const SLOT_LIMITS = {
  slotMinutes: { min: 5, max: 240, step: 5 },
  capacity: { min: 1, max: 100 },
  horizonDays: { min: 1, max: 90 },
} as const;

/** Dates per listing: a month ahead at most, which bounds the work of one public request. */
export const MAX_LISTING_DAYS = 31;
export const CHECK_IN_OPENS_MINUTES = 30;
export const NO_SHOW_GRACE_MINUTES = 15;

export interface SlotRef {
  date: IsoDate;
  start: ClockTime;
}

export interface Slot extends SlotRef {
  end: ClockTime;
  capacity: number;
}

export interface SlotWithAvailability extends Slot {
  available: number;
}

export interface AppointmentHistoryEntry {
  at: string;
  /** A staff id, or `applicant` for what the applicant did with the cancel code. */
  by: string;
  /** The status the appointment entered. */
  action: AppointmentStatus;
  reason?: string;
}

export interface Appointment {
  appointmentId: string;
  hallId: string;
  itemId: string;
  /** The windows that serve it, as configured when it was booked (the staff's lists by window, no-shows by window). */
  windowIds: string[];
  date: IsoDate;
  start: ClockTime;
  end: ClockTime;
  status: AppointmentStatus;
  /** The only personal data in clear: staff call the applicant by name; masked in public. */
  name: string;
  /** The phone (for notices) only as ciphertext: field-level encryption in the adapters. */
  phoneCipher?: string;
  /** Lets the applicant read and cancel: shown once, in the booking reply. */
  cancelCode: string;
  /** Why the hall cancelled; the applicant is told. */
  reason?: string;
  /** Who checked the applicant in, and when. */
  checkedIn?: { at: string; by: string };
  history: AppointmentHistoryEntry[];
  version: number;
}

export interface BookingRequest extends SlotRef {
  appointmentId: string;
  hallId: string;
  itemId: string;
  windowIds: string[];
  name: string;
  phoneCipher?: string;
  cancelCode: string;
}

const APPLICANT = 'applicant';
const MINUTE_MS = 60_000;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/** Problems a schema cannot see: ranges, the fit in the opening hours, the item's windows. */
export function slotConfigProblems(config: SlotConfig, hours: OpeningHours, item: { windowIds: readonly string[] }): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const { min, max, step } = SLOT_LIMITS.slotMinutes;
  const { slotMinutes } = config;
  if (!Number.isInteger(slotMinutes) || slotMinutes < min || slotMinutes > max || slotMinutes % step !== 0) {
    problems.push({ field: 'slotMinutes', message: `must be a multiple of ${step} from ${min} to ${max}` });
  } else if (slotMinutes > minutesOf(hours.close) - minutesOf(hours.open)) {
    problems.push({
      field: 'slotMinutes',
      message: `no ${slotMinutes}-minute slot fits in the opening hours ${hours.open}-${hours.close}`,
    });
  }
  for (const field of ['capacity', 'horizonDays'] as const) {
    const { min, max } = SLOT_LIMITS[field];
    const value = config[field];
    if (!Number.isInteger(value) || value < min || value > max)
      problems.push({ field, message: `must be a whole number from ${min} to ${max}` });
  }
  const { windowIds } = config;
  if (windowIds?.length === 0) {
    problems.push({ field: 'windowIds', message: "must not be empty; leave it out to let all the item's windows serve" });
  }
  windowIds?.forEach((windowId, i) => {
    if (!item.windowIds.includes(windowId)) problems.push({ field: `windowIds.${i}`, message: `${windowId} does not take this item` });
    else if (windowIds.indexOf(windowId) < i) problems.push({ field: `windowIds.${i}`, message: `${windowId} is listed twice` });
  });
  return problems;
}

/** The bookable slots of the dates from..to (inclusive) that start after now, in order. */
export function slotsBetween(config: SlotConfig, hours: OpeningHours, cal: Calendar, from: IsoDate, to: IsoDate, now: Date): Slot[] {
  const bad = Object.entries({ from, to }).flatMap(([field, value]) =>
    isIsoDate(value) ? [] : [{ field, message: 'must be a date YYYY-MM-DD' }],
  );
  if (bad.length) throw invalid('from and to must be dates', bad);
  const days = daysBetween(from, to) + 1;
  if (days < 1) throw invalid('The listing ends before it starts', [{ field: 'to', message: 'must be on or after from (the first date)' }]);
  if (days > MAX_LISTING_DAYS) {
    throw invalid(`A listing spans at most ${MAX_LISTING_DAYS} days`, [
      { field: 'to', message: `must be at most ${MAX_LISTING_DAYS - 1} days after from` },
    ]);
  }
  const last = lastBookableDate(config, now);
  const grid = slotGrid(config, hours);
  const slots: Slot[] = [];
  for (let date = from; compareDates(date, to) <= 0 && compareDates(date, last) <= 0; date = addDays(date, 1)) {
    if (whyNoAppointments(cal, date) !== undefined) continue;
    for (const start of grid) {
      if (instant(date, start) > now.getTime()) slots.push(slotAt(config, date, start));
    }
  }
  return slots;
}

/** Adds what is left of each slot; a capacity lowered below the bookings shows 0, not less. */
export function withAvailability(slots: readonly Slot[], booked: ReadonlyMap<string, number>): SlotWithAvailability[] {
  return slots.map((slot) => ({ ...slot, available: Math.max(0, slot.capacity - (booked.get(slotKey(slot)) ?? 0)) }));
}

/**
 * The slot `ref` names, if the rules let it be booked now. Refusals (422), in this order,
 * the first that applies: IN_THE_PAST, BEYOND_HORIZON, HALL_CLOSED, OUTSIDE_OPENING_HOURS.
 * Capacity and the one-per-day rule are the adapter's (409 SLOT_FULL, DUPLICATE_BOOKING).
 */
export function checkBooking(config: SlotConfig, hours: OpeningHours, cal: Calendar, ref: SlotRef, now: Date): Slot {
  const bad = [
    ...(isIsoDate(ref.date) ? [] : [{ field: 'date', message: 'must be a date YYYY-MM-DD' }]),
    ...(CLOCK_TIME.test(ref.start) ? [] : [{ field: 'start', message: 'must be a time HH:MM' }]),
  ];
  if (bad.length) throw invalid('date and start must name a slot', bad);

  const { date } = ref;
  const start = minutesOf(ref.start);
  const today = businessDate(now);
  if (instant(date, start) <= now.getTime()) {
    // An earlier date is the wrong field; today, the time has gone by.
    const field = compareDates(date, today) < 0 ? 'date' : 'start';
    throw refused('IN_THE_PAST', `The slot ${date} ${ref.start} has already started`, [{ field, message: 'must be later than now' }]);
  }
  const last = lastBookableDate(config, now);
  if (compareDates(date, last) > 0) {
    throw refused('BEYOND_HORIZON', `Appointments open ${config.horizonDays} days ahead: up to ${last}`, [
      { field: 'date', message: `must be on or before ${last}` },
    ]);
  }
  const closed = whyNoAppointments(cal, date);
  if (closed !== undefined) {
    throw refused('HALL_CLOSED', `The hall takes no appointments on ${date} (${closed})`, [{ field: 'date', message: closed }]);
  }
  const open = minutesOf(hours.open);
  if (start < open || (start - open) % config.slotMinutes !== 0 || start + config.slotMinutes > minutesOf(hours.close)) {
    throw refused('OUTSIDE_OPENING_HOURS', `${ref.start} is not the start of a slot`, [
      { field: 'start', message: `slots of ${config.slotMinutes} minutes start at ${hours.open} and end by ${hours.close}` },
    ]);
  }
  return slotAt(config, date, start);
}

/** A new appointment, `booked`, once checkBooking accepts its slot. */
export function book(config: SlotConfig, hours: OpeningHours, cal: Calendar, request: BookingRequest, now: Date): Appointment {
  const slot = checkBooking(config, hours, cal, request, now);
  return {
    appointmentId: request.appointmentId,
    hallId: request.hallId,
    itemId: request.itemId,
    windowIds: request.windowIds,
    date: slot.date,
    start: slot.start,
    end: slot.end,
    status: 'booked',
    name: request.name,
    ...(request.phoneCipher ? { phoneCipher: request.phoneCipher } : {}),
    cancelCode: request.cancelCode,
    history: [{ at: toOffsetIso(now), by: APPLICANT, action: 'booked' }],
    version: 1,
  };
}

/** What a slot's bookings are counted under, e.g. `2025-10-09T09:30`. Stable: stored. */
export function slotKey(ref: SlotRef): string {
  return `${ref.date}T${ref.start}`;
}

/**
 * The text whose HMAC holds "one booking per person per item per day". Stable: stored
 * locks are keyed by it. The hall is part of it because item ids are unique per hall only.
 * It holds the phone in clear: hash it, never store or log it.
 */
export function dailyBookingKeyInput(k: { hallId: string; itemId: string; date: IsoDate; phone: string }): string {
  return `${k.hallId}:${k.itemId}:${k.date}:${normalizePhone(k.phone)}`;
}

/** Whether an appointment still counts as its booker's one booking of the item that day: a cancelled one does not. */
export function holdsItsDay(a: Pick<Appointment, 'status'>): boolean {
  return a.status !== 'cancelled' && a.status !== 'cancelled-by-hall';
}

/**
 * The same phone however it was typed: digits only, and a mainland mobile without its
 * country code (+86, 86 or 0086). Other numbers keep all their digits.
 */
export function normalizePhone(phone: string): string {
  // Chinese input methods type full-width digits (１３８…); NFKC makes them ASCII.
  const digits = phone.normalize('NFKC').replace(/\D/g, '');
  if (!digits) throw invalid('phone must contain digits', [{ field: 'phone', message: 'must contain digits' }]);
  const national = digits.replace(/^(?:00)?86/, '');
  return MAINLAND_MOBILE.test(national) ? national : digits;
}

/** The mainland mobile number `phone` is, however typed (`13800138000`); undefined for anything else. */
export function mainlandMobile(phone: string): string | undefined {
  const typed = phone.normalize('NFKC').replace(/[\s()-]/g, '');
  // Another country's code (+1 415 555 0100 has the digits of a 14x mobile): not a mainland number.
  if (!/\d/.test(typed) || /^(?:\+|00)(?!86)/.test(typed)) return undefined;
  const normalized = normalizePhone(phone);
  return MAINLAND_MOBILE.test(normalized) ? normalized : undefined;
}

/** The windows that serve an item's appointments: those configured, else every window that takes the item. */
export function servingWindows(config: SlotConfig, item: { windowIds: readonly string[] }): string[] {
  return [...(config.windowIds ?? item.windowIds)];
}

/** The applicant cancels with the code, while booked and before the slot starts. */
export function cancel(a: Appointment, at: Date): Appointment {
  requireBooked(a);
  if (at.getTime() >= startsAt(a)) {
    throw refused('IN_THE_PAST', `The slot ${a.date} ${a.start} has already started`, [{ field: 'start', message: 'has already started' }]);
  }
  return enter(a, 'cancelled', APPLICANT, at);
}

/** A hall closure cancels the day's bookings; the reason goes to the applicant. */
export function cancelByHall(a: Appointment, reason: string, by: string, at: Date): Appointment {
  requireBooked(a);
  if (!reason.trim()) throw invalid('The applicant must be told why', [{ field: 'reason', message: 'required' }]);
  return enter(a, 'cancelled-by-hall', by, at, reason);
}

/** The applicant arrives: checked in within the window, the appointment gets a priority ticket. */
export function checkIn(a: Appointment, by: string, at: Date): Appointment {
  requireBooked(a);
  const { opens, closes } = checkInWindow(a);
  if (at.getTime() < opens) throw refused('CHECK_IN_TOO_EARLY', `Check-in opens at ${toOffsetIso(new Date(opens))}`);
  if (at.getTime() >= closes) throw refused('CHECK_IN_TOO_LATE', `Check-in closed at ${toOffsetIso(new Date(closes))}`);
  return { ...enter(a, 'checked-in', by, at), checkedIn: { at: toOffsetIso(at), by } };
}

/** Nobody came: possible once check-in has closed. */
export function markNoShow(a: Appointment, by: string, at: Date): Appointment {
  requireBooked(a);
  const { closes } = checkInWindow(a);
  if (at.getTime() < closes) throw refused('NO_SHOW_TOO_EARLY', `Check-in is open until ${toOffsetIso(new Date(closes))}`);
  return enter(a, 'no-show', by, at);
}

/** What anyone with the cancel code may see: the name masked, no phone, no code. */
export function publicView(a: Appointment) {
  return {
    appointmentId: a.appointmentId,
    hallId: a.hallId,
    itemId: a.itemId,
    date: a.date,
    start: a.start,
    end: a.end,
    status: a.status,
    name: maskName(a.name),
    reason: a.reason ?? null,
  };
}

/** What the hall's staff see: everything but the phone (only the notification sender reads it) and the cancel code. */
export function staffView(a: Appointment): Omit<Appointment, 'phoneCipher' | 'cancelCode'> {
  const { phoneCipher: _phone, cancelCode: _code, ...view } = a;
  return view;
}

function requireBooked(a: Appointment): void {
  if (a.status !== 'booked') throw conflict('APPOINTMENT_NOT_BOOKED', `Appointment ${a.appointmentId} is ${a.status}, no longer booked`);
}

function enter(a: Appointment, status: AppointmentStatus, by: string, at: Date, reason?: string): Appointment {
  return {
    ...a,
    status,
    ...(reason ? { reason } : {}),
    history: [...a.history, { at: toOffsetIso(at), by, action: status, ...(reason ? { reason } : {}) }],
  };
}

/** [opens, closes) in epoch ms; it never leaves the slot's date: the booking was for that day. */
function checkInWindow(a: Appointment): { opens: number; closes: number } {
  return {
    opens: Math.max(startsAt(a) - CHECK_IN_OPENS_MINUTES * MINUTE_MS, startOfBusinessDay(a.date).getTime()),
    closes: Math.min(instant(a.date, minutesOf(a.end)) + NO_SHOW_GRACE_MINUTES * MINUTE_MS, endOfBusinessDay(a.date).getTime() + 1),
  };
}

function startsAt(a: Appointment): number {
  return instant(a.date, minutesOf(a.start));
}

function lastBookableDate(config: SlotConfig, now: Date): IsoDate {
  return addDays(businessDate(now), config.horizonDays);
}

/** Why `date` takes no appointments (the hall's reason for a closure, the holiday's name); undefined when it does. */
export function whyNoAppointments(cal: Calendar, date: IsoDate): string | undefined {
  const status = dayStatus(cal, date);
  if (!status.workingDay) return status.reason;
  if (status.provisional && !cal.overrides.has(date)) return `the national holiday schedule for ${yearOf(date)} is not loaded yet`;
  return undefined;
}

/** Start minutes of the day's slots: from opening, one every slotMinutes, each ending by closing. */
function slotGrid(config: SlotConfig, hours: OpeningHours): number[] {
  const starts: number[] = [];
  const close = minutesOf(hours.close);
  for (let start = minutesOf(hours.open); start + config.slotMinutes <= close; start += config.slotMinutes) starts.push(start);
  return starts;
}

function slotAt(config: SlotConfig, date: IsoDate, start: number): Slot {
  return { date, start: clockTime(start), end: clockTime(start + config.slotMinutes), capacity: config.capacity };
}

/** Epoch ms of `minutes` after 00:00 of `date` in Asia/Shanghai (no DST: minutes add plainly). */
function instant(date: IsoDate, minutes: number): number {
  return startOfBusinessDay(date).getTime() + minutes * MINUTE_MS;
}

function minutesOf(time: ClockTime): number {
  const match = CLOCK_TIME.exec(time);
  if (!match) throw new RangeError(`not a time HH:MM: ${JSON.stringify(time)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function clockTime(minutes: number): ClockTime {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
