/**
 * Online appointments (在线预约): the use cases on top of the pure rules of
 * shared/domain/appointments.ts.
 *
 * A booking is three single-item conditional writes, in this order:
 *   1. the day: one booking per phone, item and day, locked under a keyed hash of exactly that;
 *   2. a place in the slot: never more holders than its capacity (shared/adapters/appointment-records.ts);
 *   3. the appointment record.
 * A full slot gives the day back. Every step is keyed by the appointment's id, so a retry with
 * the same id (an Idempotency-Key replay) finds its own lock, its own place and its own record.
 * An invocation that dies between the writes leaves a lock naming an appointment that never came
 * to be: the next booking of that phone, item and day takes the lock over once it is older than
 * any invocation runs, and frees the place it held. A cancelled appointment's lock is taken over
 * the same way (its place freed again, in case the cancellation died before), so a cancellation
 * only frees the place.
 */
import {
  book,
  cancel,
  cancelByHall,
  checkBooking,
  dailyBookingKeyInput,
  holdsItsDay,
  markNoShow,
  servingWindows,
  whyNoAppointments,
  type Appointment,
  type OpeningHours,
} from '#domain/appointments';
import type { Calendar } from '#domain/calendar';
import { conflict, isDomainError, notFound } from '#domain/errors';
import type { Item } from '#domain/hall-setup';
import { anonymousLimits } from '#domain/hall-rules';
import { businessDate, monthOf, toOffsetIso, type IsoDate } from '#domain/time';
import {
  appointmentRecords,
  bookingLocks,
  slotConfigRecords,
  slotPlaces,
  type BookingLock,
  type ItemSlots,
} from '#adapters/appointment-records';
import type { CipherDeps, EventDeps, KeyedHashDeps, StoreDeps } from '#adapters/deps';
import { loadHallCalendar } from '#adapters/hall-calendar';
import { hallRecords } from '#adapters/hall-records';
import { hallRules } from '#adapters/hall-rules';
import { newPublicCode } from '#adapters/ids';
import { consumeAll } from '#adapters/rate-limit';
import { hallEvent } from '#events/contracts';

/** A lock this old whose appointment does not exist was left by an invocation that died (API functions run 10 s at most). */
const ABANDONED_AFTER_MS = 60_000;

/** What booking or listing an item's slots needs: the item, its settings, the hall's opening hours and calendar. */
export interface Bookable {
  item: Item;
  config: ItemSlots;
  hours: OpeningHours;
  cal: Calendar;
}

/** 404 for an item the hall does not have, or one that takes no appointments. */
export async function loadBookable(d: StoreDeps, hallId: string, itemId: string): Promise<Bookable> {
  const [item, config, hall, cal] = await Promise.all([
    hallRecords.getItem(d, hallId, itemId),
    slotConfigRecords.get(d, hallId, itemId),
    hallRecords.getHall(d, hallId),
    loadHallCalendar(d, hallId),
  ]);
  if (!item || !hall) throw notFound('ITEM_NOT_FOUND', `Item ${itemId} not found`);
  if (!config) throw notFound('APPOINTMENTS_NOT_OFFERED', `Item ${itemId} takes no appointments`);
  return { item, config, hours: hall.openingHours, cal };
}

/** What the public sends to book, as validated (the phone normalized). */
export interface PublicBooking {
  hallId: string;
  itemId: string;
  date: IsoDate;
  start: string;
  name: string;
  /** A mainland mobile, normalized (the SMS reminders go there). */
  phone: string;
  /** Abuse limits per address. */
  sourceIp: string;
}

/**
 * Books `appointmentId`: the rules first (nothing is counted or stored for a refused request),
 * then the abuse limits, then the three writes. 409 DUPLICATE_BOOKING, SLOT_FULL; 422 for what
 * the rules refuse (IN_THE_PAST, BEYOND_HORIZON, HALL_CLOSED, OUTSIDE_OPENING_HOURS).
 */
export async function bookAppointment(
  d: StoreDeps & CipherDeps & KeyedHashDeps,
  r: PublicBooking,
  appointmentId: string,
  now: Date,
): Promise<void> {
  const { item, config, hours, cal } = await loadBookable(d, r.hallId, r.itemId);
  checkBooking(config, hours, cal, r, now);

  const rules = await hallRules.inForce(d, r.hallId, monthOf(businessDate(now)));
  const phoneKey = await d.keyedHash.digest('appointment-phone', r.phone);
  await consumeAll(d, anonymousLimits(rules, 'appointments'), { hallId: r.hallId, sourceIp: r.sourceIp, phoneKey }, now);

  const appointment = book(
    config,
    hours,
    cal,
    {
      appointmentId,
      hallId: r.hallId,
      itemId: r.itemId,
      windowIds: servingWindows(config, item),
      date: r.date,
      start: r.start,
      name: r.name,
      phoneCipher: await d.cipher.encrypt(r.phone, { hallId: r.hallId, appointmentId }),
      cancelCode: newPublicCode(),
    },
    now,
  );
  const day = await bookingDayKey(d, r);
  await claimDay(d, day, appointment, now);
  if (!(await slotPlaces.take(d, appointment, config.capacity))) {
    await bookingLocks.release(d, day, appointmentId);
    throw conflict('SLOT_FULL', `The slot ${r.date} ${r.start} is fully booked`);
  }
  await appointmentRecords.create(d, appointment);
}

/** What the phone's day for an item is locked under: a keyed hash, never the phone. */
export const bookingDayKey = (d: KeyedHashDeps, r: Pick<PublicBooking, 'hallId' | 'itemId' | 'date' | 'phone'>) =>
  d.keyedHash.digest('appointment-day', dailyBookingKeyInput(r));

/** Holds the phone's day for this appointment, taking over a lock its holder no longer needs. */
async function claimDay(d: StoreDeps, day: string, a: Appointment, now: Date): Promise<void> {
  const lock: BookingLock = { ...pickHolder(a), claimedAt: toOffsetIso(now) };
  const held = await bookingLocks.claim(d, day, lock);
  if (!held || held.appointmentId === a.appointmentId) return;
  const holder = await appointmentRecords.getAnyHall(d, held.appointmentId);
  // No record yet: a booking still under way, unless its invocation has long died.
  const stillHeld = holder ? holdsItsDay(holder) : now.getTime() - new Date(held.claimedAt).getTime() <= ABANDONED_AFTER_MS;
  if (stillHeld) throw conflict('DUPLICATE_BOOKING', `This phone already holds a booking for this item on ${a.date}`);
  // A booking that never came to be, or a cancellation that died before freeing it, may still hold a place.
  await slotPlaces.release(d, held);
  if (!(await bookingLocks.takeOver(d, day, held, lock))) {
    throw conflict('DUPLICATE_BOOKING', `This phone already holds a booking for this item on ${a.date}`);
  }
}

const pickHolder = (a: Appointment) => ({
  appointmentId: a.appointmentId,
  hallId: a.hallId,
  itemId: a.itemId,
  date: a.date,
  start: a.start,
});

/** The applicant cancels with the code: the place is free again at once. */
export async function cancelByApplicant(d: StoreDeps, a: Appointment, now: Date): Promise<Appointment> {
  const saved = await appointmentRecords.update(d, a, cancel(a, now));
  await slotPlaces.release(d, saved);
  return saved;
}

/** Who cancels for the hall, in the appointments' history. */
export const CLOSURE_ACTOR = 'appointment-closures';

/**
 * The hall's booked appointments of the dates from..to whose day no longer takes appointments
 * (a closure, a holiday), cancelled with that reason; how many. The record first, then the
 * place: the outbox announces the record's change (AppointmentCancelled). Idempotent: a
 * redelivered change finds them cancelled already.
 */
export async function cancelOnClosedDays(d: StoreDeps, hallId: string, from: IsoDate, to: IsoDate): Promise<number> {
  const [cal, booked] = await Promise.all([loadHallCalendar(d, hallId), appointmentRecords.bookedBetween(d, hallId, from, to)]);
  let cancelled = 0;
  for (const a of booked) {
    const reason = whyNoAppointments(cal, a.date);
    if (reason !== undefined && (await cancelForTheHall(d, a, reason))) cancelled++;
  }
  return cancelled;
}

/** One booking cancelled by the hall; false when it changed meanwhile (checked in, cancelled): then it stays as it is. */
async function cancelForTheHall(d: StoreDeps, a: Appointment, reason: string): Promise<boolean> {
  try {
    const saved = await appointmentRecords.update(d, a, cancelByHall(a, reason, CLOSURE_ACTOR, d.clock.now()));
    await slotPlaces.release(d, saved);
    return true;
  } catch (err) {
    if (isDomainError(err, 'APPOINTMENT_NOT_BOOKED')) return false;
    throw err;
  }
}

/** Who marks no-shows, in the appointments' history. */
export const DAY_END_ACTOR = 'appointment-day-end';

/**
 * Booked appointments of `through` and before whose check-in has closed become no-shows; how
 * many. Those of `through` still open for check-in wait for the next run, and so does anything a
 * missed run left behind (the booked index holds it until then).
 */
export async function markNoShows(d: StoreDeps, hallId: string, through: IsoDate): Promise<number> {
  let marked = 0;
  for (const a of await appointmentRecords.bookedThrough(d, hallId, through)) {
    try {
      await appointmentRecords.update(d, a, markNoShow(a, DAY_END_ACTOR, d.clock.now()));
      marked++;
    } catch (err) {
      if (!isDomainError(err, 'NO_SHOW_TOO_EARLY') && !isDomainError(err, 'APPOINTMENT_NOT_BOOKED')) throw err;
    }
  }
  return marked;
}

/**
 * The day before: every booking of `tomorrow` gets AppointmentTomorrow, unless the day no
 * longer takes appointments — then it is cancelled for the hall instead (the net under a closure
 * decided while a booking was under way). Published again by a rerun: the sender sends once.
 */
export async function remindOfTomorrow(d: StoreDeps & EventDeps, hallId: string, tomorrow: IsoDate) {
  const cancelled = await cancelOnClosedDays(d, hallId, tomorrow, tomorrow);
  const booked = await appointmentRecords.bookedBetween(d, hallId, tomorrow, tomorrow);
  if (booked.length) {
    await d.events.publish(
      booked.map((a) =>
        hallEvent('AppointmentTomorrow', { hallId, appointmentId: a.appointmentId, itemId: a.itemId, date: a.date, start: a.start }),
      ),
    );
  }
  return { reminded: booked.length, cancelled };
}
