/**
 * The walk-in queue's use cases (排队叫号): the hall's ticket groups, issuing tickets (the kiosk;
 * checked-in appointments in the priority lane), calling the next ticket for a window, the work
 * on a called ticket, the public screen and the day's report. The rules are in
 * shared/domain/queue.ts; this module reads, asks the domain and saves.
 */
import { conflict, invalid, isDomainError, notFound, refused, type ErrorDetail } from '#domain/errors';
import {
  call,
  dayStatistics,
  groupOf,
  issueTicket as issue,
  lineFor,
  queueDay,
  queueView,
  recall,
  serve,
  skip,
  ticketGroupProblems,
  transfer,
  waitingAhead,
  type QueueDayReport,
  type QueueView,
  type QueueWindow,
  type Ticket,
  type TicketGroup,
  type TicketGroups,
} from '#domain/queue';
import { compareDates, toOffsetIso, type IsoDate } from '#domain/time';
import { caseRecords } from '#adapters/case-records';
import type { StoreDeps } from '#adapters/deps';
import { hallRecords } from '#adapters/hall-records';
import { newSortableId } from '#adapters/ids';
import { inquiryRecords } from '#adapters/inquiry-records';
import { queueRecords } from '#adapters/queue-records';

/** A hall's ticket groups; none set up yet: no item is queued (ITEM_NOT_QUEUED). */
async function groupsOf(d: StoreDeps, hallId: string): Promise<TicketGroup[]> {
  return (await queueRecords.getGroups(d, hallId))?.groups ?? [];
}

/** Sets the hall's ticket groups: each letter's items (which must exist) and daily cap. */
export async function setTicketGroups(d: StoreDeps, hallId: string, groups: TicketGroup[], by: string, now: Date): Promise<TicketGroups> {
  const problems = ticketGroupProblems(groups);
  if (problems.length) throw invalid('The ticket groups are not valid', problems);
  const items = new Set((await hallRecords.listAllItems(d, hallId)).map((i) => i.itemId));
  const unknown: ErrorDetail[] = groups.flatMap((g, i) =>
    g.itemIds.flatMap((itemId, j) =>
      items.has(itemId) ? [] : [{ field: `groups.${i}.itemIds.${j}`, message: 'no such item in this hall' }],
    ),
  );
  if (unknown.length) throw refused('UNKNOWN_REFERENCE', 'The ticket groups name items that do not exist in this hall', unknown);
  const saved: TicketGroups = { hallId, groups, updatedAt: toOffsetIso(now), updatedBy: by };
  return queueRecords.putGroups(d, saved);
}

/** The hall's ticket groups as set (none until its administrator sets them). */
export async function ticketGroups(d: StoreDeps, hallId: string): Promise<TicketGroups | { hallId: string; groups: [] }> {
  return (await queueRecords.getGroups(d, hallId)) ?? { hallId, groups: [] };
}

/**
 * What a ticket is issued for: a walk-in at the kiosk, or a checked-in appointment (the
 * priority lane, served before walk-ins).
 */
export type TicketRequest = { hallId: string; itemId: string; by: string } & (
  { lane: 'normal' } | { lane: 'priority'; appointmentId: string }
);

export interface IssuedTicket {
  ticket: Ticket;
  /** Waiting tickets called before this one. */
  waitingAhead: number;
}

/**
 * Issues the next ticket of the item's group today, with the number of visitors ahead (the
 * kiosk's slip). For an appointment, the ticket it already has today, if any (a retried
 * check-in gets the same ticket); call it once the check-in itself is saved, so two concurrent
 * check-ins of one appointment cannot both get here.
 */
export async function issueTicket(d: StoreDeps, request: TicketRequest, now: Date): Promise<IssuedTicket> {
  const ticket = await ticketIn(d, await groupsOf(d, request.hallId), request, now);
  // Shown to the visitor, not decided on: an eventually consistent read of the day will do.
  return { ticket, waitingAhead: waitingAhead(ticket, await queueRecords.ticketsOfDay(d, request.hallId, queueDay(now), false)) };
}

/**
 * The priority-lane ticket of an appointment just checked in (as `issueTicket`, without the
 * slip's count of visitors ahead); none where the hall queues no tickets for the item: a hall without the
 * walk-in queue still checks its appointments in.
 */
export async function appointmentTicket(
  d: StoreDeps,
  appointment: { hallId: string; itemId: string; appointmentId: string },
  by: string,
  now: Date,
): Promise<Ticket | undefined> {
  const { hallId, itemId, appointmentId } = appointment;
  const groups = await groupsOf(d, hallId);
  if (!groups.some((g) => g.itemIds.includes(itemId))) return undefined;
  return ticketIn(d, groups, { hallId, itemId, by, lane: 'priority', appointmentId }, now);
}

/** The appointment's ticket of the day if it has one, else the next number of the item's group. */
async function ticketIn(d: StoreDeps, groups: TicketGroup[], request: TicketRequest, now: Date): Promise<Ticket> {
  const { hallId, itemId, by } = request;
  const group = groupOf(itemId, groups);
  const day = queueDay(now);
  const appointmentId = request.lane === 'priority' ? request.appointmentId : undefined;
  if (appointmentId !== undefined) {
    const existing = (await queueRecords.ticketsOfDay(d, hallId, day, true)).find((t) => t.appointmentId === appointmentId);
    if (existing) return existing;
  }
  const n = await queueRecords.takeNumber(d, hallId, day, group, request.lane, now);
  return queueRecords.create(d, issue({ hallId, itemId, n, by, ...(appointmentId !== undefined ? { appointmentId } : {}) }, groups, now));
}

/**
 * The window as the queue sees it: the items that list it among their windows. A window no
 * item lists may not exist at all (404); one that an item lists does (the set-up checks).
 */
async function queueWindow(d: StoreDeps, hallId: string, windowId: string): Promise<QueueWindow> {
  const itemIds = (await hallRecords.listAllItems(d, hallId)).filter((i) => i.windowIds.includes(windowId)).map((i) => i.itemId);
  if (itemIds.length === 0 && !(await hallRecords.getWindow(d, hallId, windowId))) throw notFound('WINDOW_NOT_FOUND', 'Window not found');
  return { windowId, itemIds };
}

/**
 * 叫号: calls the next ticket for the window (undefined: nobody waits for it). One call-next at
 * a time per window (its desk; a double click gets 409 WINDOW_BUSY), on a consistent read of
 * the day. A ticket another window called meanwhile fails its version condition (a waiting
 * ticket changes only by being called), and the window tries another from the same read.
 *
 * Alone, a window takes the head of its line. After a collision it knows other windows are
 * calling at this moment, and takes one of the next few tickets at random (twice as many
 * after each further collision) instead of queueing behind them on the same ticket: 20 windows
 * at once then need a few attempts each rather than up to 20, and no visitor is passed over by
 * more than the calls made in that same moment.
 */
export async function callNext(d: StoreDeps, hallId: string, windowId: string, by: string, now: Date): Promise<Ticket | undefined> {
  const window = await queueWindow(d, hallId, windowId);
  const day = queueDay(now);
  const claim = newSortableId();
  if (!(await queueRecords.takeDesk(d, hallId, day, windowId, claim))) {
    throw conflict('WINDOW_BUSY', `Window ${windowId} is calling already; wait for that call`);
  }
  try {
    let line = lineFor(window, await queueRecords.ticketsOfDay(d, hallId, day, true), now);
    for (let collisions = 0; line.length > 0; collisions += 1) {
      const pick = line[collisions === 0 ? 0 : Math.floor(Math.random() * Math.min(line.length, 2 ** collisions))]!;
      try {
        return await queueRecords.update(d, pick, call(pick, window, by, now));
      } catch (err) {
        if (!isDomainError(err, 'STALE_TICKET')) throw err;
        line = line.filter((t) => t !== pick);
      }
    }
    return undefined;
  } finally {
    await queueRecords.freeDesk(d, hallId, day, windowId, claim);
  }
}

export async function loadTicket(d: StoreDeps, hallId: string, ticketId: string): Promise<Ticket> {
  const found = await queueRecords.getInHall(d, hallId, ticketId);
  if (!found || found.hallId !== hallId) throw notFound('TICKET_NOT_FOUND', 'Ticket not found');
  return found;
}

/** The window holding a called ticket: the one whose staff work on it. */
export const holdingWindow = (t: Ticket): string | undefined => (t.status === 'called' ? t.windowId : undefined);

/** What the holding window does with a called ticket. */
export type TicketWork =
  { action: 'recall' } | { action: 'skip' } | { action: 'serve'; caseId?: string | undefined } | { action: 'transfer'; windowId: string };

const unknownReference = (field: string, message: string) =>
  refused('UNKNOWN_REFERENCE', 'The request refers to a record that does not exist in this hall', [{ field, message }]);

/** Recall, skip, serve or transfer a ticket at its holding window, saved at the version read. */
export async function workOnTicket(d: StoreDeps, t: Ticket, work: TicketWork, by: string, now: Date): Promise<Ticket> {
  // Not called: the domain refuses (TICKET_NOT_CALLED, naming the status) before it looks at the window.
  const holder = holdingWindow(t) ?? '';
  switch (work.action) {
    case 'recall':
      return queueRecords.update(d, t, recall(t, holder, by, now));
    case 'skip':
      return queueRecords.update(d, t, skip(t, holder, by, now));
    case 'serve':
      if (work.caseId !== undefined && !(await caseRecords.getInHall(d, t.hallId, work.caseId)))
        throw unknownReference('caseId', 'no such case in this hall');
      return queueRecords.update(d, t, serve(t, holder, by, now, work.caseId));
    case 'transfer':
      if (!(await hallRecords.getWindow(d, t.hallId, work.windowId))) throw unknownReference('windowId', 'no such window in this hall');
      return queueRecords.update(d, t, transfer(t, holder, work.windowId, by, now));
  }
}

/** The public screen: waiting per group with the estimated wait, and the last numbers called. */
export async function queueScreen(d: StoreDeps, hallId: string, now: Date): Promise<QueueView> {
  const [groups, tickets] = await Promise.all([groupsOf(d, hallId), queueRecords.ticketsOfDay(d, hallId, queueDay(now), false)]);
  return queueView(tickets, now, groups);
}

async function computeReport(d: StoreDeps, hallId: string, day: IsoDate, now: Date, final: boolean): Promise<QueueDayReport> {
  const [tickets, inquiries] = await Promise.all([
    queueRecords.ticketsOfDay(d, hallId, day, true),
    inquiryRecords.countsByWindow(d, hallId, { day }),
  ]);
  return { hallId, final, computedAt: toOffsetIso(now), ...dayStatistics(day, tickets), inquiries };
}

/** Computes and keeps a day that is over (the day-end job; again gives the same figures). */
export async function closeDay(d: StoreDeps, hallId: string, day: IsoDate, now: Date): Promise<QueueDayReport> {
  return queueRecords.putDayReport(d, await computeReport(d, hallId, day, now, true));
}

/**
 * A day's report: a past day's as kept (computed and kept now if the day-end job missed it),
 * today's as it stands (not kept: it still changes); a day to come has none.
 */
export async function dayReport(d: StoreDeps, hallId: string, day: IsoDate, now: Date): Promise<QueueDayReport> {
  const today = queueDay(now);
  const order = compareDates(day, today);
  if (order > 0) throw refused('DAY_NOT_STARTED', `The queue of ${day} has not started yet (today is ${today})`);
  if (order === 0) return computeReport(d, hallId, day, now, false);
  return (await queueRecords.getDayReport(d, hallId, day)) ?? closeDay(d, hallId, day, now);
}
