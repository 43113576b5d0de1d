/**
 * The walk-in queue in the table: a hall's ticket groups, and per hall and day one partition
 * with the day's tickets, the counters that number them (one per group) and the windows'
 * desks. Every write is one item with a condition:
 *
 * - a number is taken by incrementing the group's counter only while it is below the limit
 *   (so refused kiosk presses burn no numbers), and a ticket is created under it once;
 * - a ticket changes only at the version it was read (a waiting ticket changes only by being
 *   called, so a failed call means another window took it);
 * - a window's desk is a short lease that lets one call-next at a time run for the window: a
 *   double click gets WINDOW_BUSY instead of a second visitor.
 *
 * The day's tickets are read from the table itself (not an index), so a call can read them
 * consistently.
 */
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { conflict } from '#domain/errors';
import {
  dayOfTicket,
  queueCapReached,
  numberLimit,
  type QueueDayReport,
  type Ticket,
  type TicketGroup,
  type TicketGroups,
  type TicketLane,
} from '#domain/queue';
import type { IsoDate } from '#domain/time';
import type { StoreDeps as Deps } from './deps';
import { ticketEventFor } from '#events/changes';
import { isConditionalCheckFailure, putRecord, putVersioned, record, records } from './dynamo';
import { putWithEvent } from './outbox';
import { ENTITY, indexKeys, keys, queueLists, TTL_ATTRIBUTE } from './table';

/** Counters and desks are needed for their day only. */
const DAY_ITEMS_KEPT_SECONDS = 3 * 24 * 3600;
/**
 * A desk held longer than this belongs to a call-next that died: longer than an API function
 * may run (10 s), so a live one is never overtaken.
 */
export const DESK_LEASE_MS = 15_000;

function ticketItem(t: Ticket) {
  return { ...keys.ticket(t.hallId, t.day, t.ticketId), ...indexKeys.ticket(t), entity: ENTITY.ticket, ...t };
}

const staleTicket = (t: Ticket) => conflict('STALE_TICKET', `Ticket ${t.number} was changed by someone else; reload and retry`);

export const queueRecords = {
  getGroups: (d: Deps, hallId: string) => record<TicketGroups>(d, keys.ticketGroups(hallId)),
  putGroups: (d: Deps, groups: TicketGroups) => putRecord(d, ENTITY.ticketGroups, keys.ticketGroups(groups.hallId), groups),

  /**
   * The next number of the group's day for a ticket of this lane: one conditional increment,
   * refused (409 QUEUE_CAP_REACHED) once the counter has reached the lane's limit.
   */
  async takeNumber(d: Deps, hallId: string, day: IsoDate, group: TicketGroup, lane: TicketLane, now: Date): Promise<number> {
    try {
      const out = await d.db.send(
        new UpdateCommand({
          TableName: d.tableName,
          Key: keys.ticketCounter(hallId, day, group.group),
          UpdateExpression: 'ADD #n :one SET entity = :entity, #ttl = :expires',
          ConditionExpression: 'attribute_not_exists(#n) OR #n < :limit',
          ExpressionAttributeNames: { '#n': 'issued', '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: {
            ':one': 1,
            ':limit': numberLimit(group, lane),
            ':entity': ENTITY.ticketCounter,
            ':expires': Math.floor(now.getTime() / 1000) + DAY_ITEMS_KEPT_SECONDS,
          },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(out.Attributes?.issued);
    } catch (err) {
      throw isConditionalCheckFailure(err) ? queueCapReached(group, lane) : err;
    }
  },

  async create(d: Deps, t: Ticket): Promise<Ticket> {
    await putVersioned(d, ticketItem(t), undefined, () => conflict('CONFLICT', `Ticket ${t.ticketId} already exists`));
    return t;
  },

  /** A ticket of this hall by id (the id names its day): another hall's, or a malformed id, is simply not there. */
  async getInHall(d: Deps, hallId: string, ticketId: string): Promise<Ticket | undefined> {
    const day = dayOfTicket(ticketId);
    return day === undefined ? undefined : record<Ticket>(d, keys.ticket(hallId, day, ticketId), true);
  },

  /**
   * Saves `next` only if the ticket is still at the version `previous` was read at; a call or a
   * recall carries its TicketCalled with it (shared/adapters/outbox.ts).
   */
  async update(d: Deps, previous: Ticket, next: Ticket): Promise<Ticket> {
    const saved = { ...next, version: previous.version + 1 };
    await putWithEvent(d, ticketItem(saved), previous.version, ticketEventFor(previous, saved), () => staleTicket(previous));
    return saved;
  },

  /** Every ticket of a hall's day; `consistent` for deciding (a call), not for showing (the public view). */
  ticketsOfDay: (d: Deps, hallId: string, day: IsoDate, consistent: boolean): Promise<Ticket[]> =>
    records<Ticket>(d, { ...queueLists.ticketsOfDay(hallId, day), consistent }),

  /** The tickets served with a case (the index holds only those). */
  ticketsOfCase: (d: Deps, hallId: string, caseId: string): Promise<Ticket[]> =>
    records<Ticket>(d, queueLists.ticketsOfCase(hallId, caseId)),

  /**
   * Takes the window's desk for one call-next: true unless another call-next at the window
   * holds it (a lease of DESK_LEASE_MS, measured on this host's clock like other leases).
   */
  async takeDesk(d: Deps, hallId: string, day: IsoDate, windowId: string, claim: string): Promise<boolean> {
    const nowMs = Date.now();
    try {
      await d.db.send(
        new PutCommand({
          TableName: d.tableName,
          Item: {
            ...keys.queueDesk(hallId, day, windowId),
            entity: ENTITY.queueDesk,
            windowId,
            claim,
            heldUntil: nowMs + DESK_LEASE_MS,
            [TTL_ATTRIBUTE]: Math.floor(nowMs / 1000) + DAY_ITEMS_KEPT_SECONDS,
          },
          ConditionExpression: 'attribute_not_exists(pk) OR heldUntil < :now',
          ExpressionAttributeValues: { ':now': nowMs },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionalCheckFailure(err)) return false;
      throw err;
    }
  },

  /** Frees the desk, if this claim still holds it. */
  async freeDesk(d: Deps, hallId: string, day: IsoDate, windowId: string, claim: string): Promise<void> {
    try {
      await d.db.send(
        new UpdateCommand({
          TableName: d.tableName,
          Key: keys.queueDesk(hallId, day, windowId),
          UpdateExpression: 'SET heldUntil = :free',
          ConditionExpression: 'claim = :mine',
          ExpressionAttributeValues: { ':free': 0, ':mine': claim },
        }),
      );
    } catch (err) {
      if (!isConditionalCheckFailure(err)) throw err;
    }
  },

  getDayReport: (d: Deps, hallId: string, day: IsoDate) => record<QueueDayReport>(d, keys.queueDayStatistics(hallId, day)),
  /** Writes (replaces) a closed day's report: computing it again gives the same. */
  putDayReport: (d: Deps, report: QueueDayReport) =>
    putRecord(d, ENTITY.queueDayStatistics, keys.queueDayStatistics(report.hallId, report.day), report),
  /** The reports of a month's closed days (for the monthly statistics). */
  dayReportsOfMonth: (d: Deps, hallId: string, month: string): Promise<QueueDayReport[]> =>
    records<QueueDayReport>(d, queueLists.statisticsOfMonth(hallId, month)),
};
