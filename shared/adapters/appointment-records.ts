/**
 * Appointments in the table: the records (one item each, every change guarded by its version),
 * the places of each slot, the one-booking-per-day locks, and each item's slot configuration.
 *
 * A slot's places are a string set of the ids of the appointments holding them. Taking one is a
 * single conditional update (ADD the id while the set has room, or already holds it): concurrent
 * bookings never overbook, and a retry with the same id takes nothing more. Releasing is a
 * DELETE of the id, which a retry or a redelivered change repeats harmlessly. One item per slot
 * (at most 100 ids, under 3 KB) keeps every item far below DynamoDB's 400 KB.
 */
import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { slotKey, type Appointment, type SlotConfig, type SlotRef } from '#domain/appointments';
import { conflict } from '#domain/errors';
import { endOfBusinessDay, type IsoDate } from '#domain/time';
import type { StoreDeps as Deps } from './deps';
import { appointmentEventFor } from '#events/changes';
import { createIfNew, isConditionalCheckFailure, putRecord, record, records } from './dynamo';
import { putWithEvent } from './outbox';
import { appointmentLists, ENTITY, indexKeys, keys, TTL_ATTRIBUTE } from './table';

/** An item's appointment settings as stored (PUT .../items/{itemId}/slots). */
export interface ItemSlots extends SlotConfig {
  hallId: string;
  itemId: string;
  updatedAt: string;
  updatedBy: string;
}

export const slotConfigRecords = {
  get: (d: Deps, hallId: string, itemId: string) => record<ItemSlots>(d, keys.slotConfig(hallId, itemId)),
  put: (d: Deps, c: ItemSlots) => putRecord(d, ENTITY.slotConfig, keys.slotConfig(c.hallId, c.itemId), c),
};

function toItem(a: Appointment) {
  return { ...keys.appointment(a.appointmentId), ...indexKeys.appointment(a), entity: ENTITY.appointment, ...a };
}

export const appointmentRecords = {
  /** An appointment of this hall: another hall's is simply not there (tenancy by construction). */
  async getInHall(d: Deps, hallId: string, appointmentId: string): Promise<Appointment | undefined> {
    const found = await record<Appointment>(d, keys.appointment(appointmentId), true);
    return found?.hallId === hallId ? found : undefined;
  },

  /** By id alone: only for the applicant with the cancel code (who names no hall) and the booking's own checks. */
  getAnyHall: (d: Deps, appointmentId: string) => record<Appointment>(d, keys.appointment(appointmentId), true),

  /** Writes a new appointment; false when its id exists already (a retry of the same booking). */
  create: (d: Deps, a: Appointment) => createIfNew(d, keys.appointment(a.appointmentId), toItem(a)),

  /**
   * Saves `next` only if nobody changed the appointment since `previous` was read, with the event
   * of the change (a booking the hall cancelled: shared/adapters/outbox.ts). Every change leaves
   * `booked`, so whoever lost the race finds it no longer booked.
   */
  async update(d: Deps, previous: Appointment, next: Appointment): Promise<Appointment> {
    const saved = { ...next, version: previous.version + 1 };
    await putWithEvent(d, toItem(saved), previous.version, appointmentEventFor(previous, saved), () =>
      conflict('APPOINTMENT_NOT_BOOKED', `Appointment ${previous.appointmentId} was changed meanwhile and is no longer booked; reload it`),
    );
    return saved;
  },

  /** The hall's appointments of a day, every status, by start. */
  day: (d: Deps, hallId: string, date: IsoDate) => records<Appointment>(d, appointmentLists.byDay(hallId, date)),

  /** The hall's booked appointments of the dates from..to. */
  bookedBetween: (d: Deps, hallId: string, from: IsoDate, to: IsoDate) =>
    records<Appointment>(d, appointmentLists.bookedBetween(hallId, from, to)),

  /** The hall's appointments still booked on `through` or before (the day-end's no-shows; none are left behind by a missed run). */
  bookedThrough: (d: Deps, hallId: string, through: IsoDate) => records<Appointment>(d, appointmentLists.bookedThrough(hallId, through)),

  /**
   * No-shows of a month per window, for the statistics: each counts for every window that
   * served its item when it was booked (a window's share of the appointments it did not see).
   */
  async noShowsByWindow(d: Deps, hallId: string, month: string): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const a of await records<Appointment>(d, appointmentLists.noShowsInMonth(hallId, month))) {
      for (const windowId of a.windowIds) counts[windowId] = (counts[windowId] ?? 0) + 1;
    }
    return counts;
  },
};

type Holder = Pick<Appointment, 'hallId' | 'itemId' | 'appointmentId'> & SlotRef;

const slotKeyOf = (h: Holder) => keys.slot(h.hallId, h.itemId, slotKey(h));

export const slotPlaces = {
  /** Takes a place in the holder's slot; false when the slot is full (and the holder not already in it). */
  async take(d: Deps, h: Holder, capacity: number): Promise<boolean> {
    try {
      await d.db.send(
        new UpdateCommand({
          TableName: d.tableName,
          Key: slotKeyOf(h),
          UpdateExpression: 'ADD holders :ids SET entity = :entity, hallId = :hallId, itemId = :itemId, #date = :date, #start = :start',
          ConditionExpression: 'attribute_not_exists(holders) OR size(holders) < :capacity OR contains(holders, :id)',
          ExpressionAttributeNames: { '#date': 'date', '#start': 'start' },
          ExpressionAttributeValues: {
            ':ids': new Set([h.appointmentId]),
            ':id': h.appointmentId,
            ':capacity': capacity,
            ':entity': ENTITY.slot,
            ':hallId': h.hallId,
            ':itemId': h.itemId,
            ':date': h.date,
            ':start': h.start,
          },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionalCheckFailure(err)) return false;
      throw err;
    }
  },

  /** Frees the holder's place (nothing happens when it holds none). */
  async release(d: Deps, h: Holder): Promise<void> {
    await d.db
      .send(
        new UpdateCommand({
          TableName: d.tableName,
          Key: slotKeyOf(h),
          UpdateExpression: 'DELETE holders :ids',
          // Never creates an item for a slot nobody booked.
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':ids': new Set([h.appointmentId]) },
        }),
      )
      .catch((err: unknown) => {
        if (!isConditionalCheckFailure(err)) throw err;
      });
  },

  /** Places taken in each slot of an item's dates from..to, by slot key: one Query on the item's partition. */
  async takenBetween(d: Deps, hallId: string, itemId: string, from: IsoDate, to: IsoDate): Promise<Map<string, number>> {
    const slots = await records<SlotRef & { holders?: Set<string> }>(d, appointmentLists.slotsBetween(hallId, itemId, from, to));
    return new Map(slots.map((s) => [slotKey(s), s.holders?.size ?? 0]));
  },
};

/** Who holds a phone's day for an item: the appointment, and when the booking claimed it. */
export interface BookingLock extends Holder {
  claimedAt: string;
}

// The lock is of no use once its day is over: it expires the day after.
const expiresAt = (date: IsoDate) => Math.floor(endOfBusinessDay(date).getTime() / 1000) + 24 * 3600;

const lockItem = (digest: string, lock: BookingLock) => ({
  ...keys.bookingLock(digest),
  entity: ENTITY.bookingLock,
  ...lock,
  [TTL_ATTRIBUTE]: expiresAt(lock.date),
});

export const bookingLocks = {
  /** Claims the day under `digest`; the lock already there when another holds it. */
  async claim(d: Deps, digest: string, lock: BookingLock): Promise<BookingLock | undefined> {
    // A lock released between the failed claim and the read is claimed on the next turn.
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await createIfNew(d, keys.bookingLock(digest), lockItem(digest, lock))) return undefined;
      const held = await record<BookingLock>(d, keys.bookingLock(digest), true);
      if (held) return held;
    }
    throw conflict('CONFLICT', 'The booking could not claim its day; retry');
  },

  /** Replaces a lock that `held` still holds; false when someone else changed it first. */
  async takeOver(d: Deps, digest: string, held: BookingLock, lock: BookingLock): Promise<boolean> {
    try {
      await d.db.send(
        new PutCommand({
          TableName: d.tableName,
          Item: lockItem(digest, lock),
          ConditionExpression: 'appointmentId = :held',
          ExpressionAttributeValues: { ':held': held.appointmentId },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionalCheckFailure(err)) return false;
      throw err;
    }
  },

  /** Frees the day if this appointment still holds it. */
  async release(d: Deps, digest: string, appointmentId: string): Promise<void> {
    await d.db
      .send(
        new DeleteCommand({
          TableName: d.tableName,
          Key: keys.bookingLock(digest),
          ConditionExpression: 'appointmentId = :mine',
          ExpressionAttributeValues: { ':mine': appointmentId },
        }),
      )
      .catch((err: unknown) => {
        if (!isConditionalCheckFailure(err)) throw err;
      });
  },
};
