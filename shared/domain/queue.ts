/**
 * Walk-in queue (排队叫号): tickets, who is called next, the public screen and the day's
 * statistics (spec/DOMAIN.md "Walk-in queue (排队叫号) and window rating devices", spec/API.md
 * "Walk-in queue and rating devices"). Pure: no I/O and no clock; every "now" is passed in.
 *
 * A ticket's lifecycle, one ticket per visitor, numbered per hall, day and item group (A001…):
 *
 *   issueTicket ─▶ waiting ──call──▶ called ──serve──▶ served                 (closed)
 *                    ▲                │ ├──recall──▶ called (calls + 1)
 *                    │                │ └──skip──▶ skipped (no-show, closed; needs a recall first)
 *                    └───transfer─────┘ (多窗联办: waits for the target window only, ahead of its line)
 *
 * API, in the order the adapters use it:
 *
 *   ticketGroupProblems(groups)                 → ErrorDetail[]   validate a hall's group set-up
 *   groupOf(itemId, groups)                     → TicketGroup     422 ITEM_NOT_QUEUED
 *   queueDay(now)                               → IsoDate         the Asia/Shanghai date: numbers restart at local midnight
 *   numberLimit(group, lane)                    → number          the highest n the counter may hand out
 *   ticketNumber(group, n, lane)                → 'A001'          409 QUEUE_CAP_REACHED beyond numberLimit
 *   issueTicket(input, groups, at)              → Ticket          waiting; lane 'priority' when from an appointment check-in
 *   dayOfTicket(ticketId)                       → IsoDate         ticket ids are `<day>-<number>`: the day finds the record
 *   nextTicketFor(window, ticketsOfDay, now)    → Ticket | undefined   (undefined: reply 204); 409 WINDOW_BUSY
 *   lineFor(window, ticketsOfDay, now)          → Ticket[]        the window's whole line in calling order (its head is nextTicketFor)
 *   takes(window, t), lineOf(t), callOrder(a, b)                  the rules nextTicketFor applies (a window's line)
 *   call(ticket, window, by, at)                → Ticket          called
 *   recall / skip / serve / transfer            → Ticket          see each function
 *   ticketCalled(ticket)                        → TicketCalled    the detail of the `TicketCalled` event for displays
 *   waitingAhead(ticket, ticketsOfDay)          → number          the kiosk's "n people ahead of you"
 *   queueView(ticketsOfDay, now, groups)        → QueueView       GET /v1/public/halls/{hallId}/queue
 *   dayStatistics(day, tickets)                 → DayStatistics   kept for the monthly report
 *
 * Issuing: the adapter keeps one atomic counter per (hall, queueDay(now), group). It should
 * increment it only while it is below numberLimit(group, lane) (a conditional update), so
 * that refused kiosk presses burn no numbers, and then pass n to issueTicket with the same
 * `now`; issueTicket refuses an n beyond the limit anyway.
 *
 * Calling: the domain decides the order, the adapters make it exclusive. The service saves
 * call(...) on the condition that the ticket is still at the version it read (a waiting ticket
 * changes only by being called), runs one call-next per window at a time (so a double click
 * cannot call two visitors), and after a failed condition takes another ticket of lineFor from
 * the same read (shared/services/queue.ts). Every other action is saved on the same version
 * condition.
 *
 * Choices (the spec leaves them open):
 * - Calling order for a window: tickets transferred to it (多窗联办: the visitor is mid-service
 *   and does not queue again), then the priority lane (checked-in appointments, served before
 *   walk-ins: DOMAIN.md "Appointments"), then the normal lane. Within a line: the earliest to
 *   join it (issuedAt; transferredAt for transfers), then the number, then the ticketId.
 * - A window takes a waiting ticket when it was transferred to that window, or, untransferred,
 *   when the window takes its item. A transfer goes where the staff sends it, even to a window
 *   that does not take the ticket's item: joint handling is exactly the case where the next
 *   part belongs to another department's window. The adapter checks that the window exists.
 * - A window calls one visitor at a time: nextTicketFor refuses (409 WINDOW_BUSY) while the
 *   window holds a called ticket of the day, so a double click on call-next cannot call a
 *   second visitor and leave the first one dangling. Serve, skip or transfer first.
 * - Skip (过号, no-show) only after at least one recall, i.e. `calls >= 2` at the holding
 *   window (422 TICKET_NOT_RECALLED otherwise): a visitor is called twice before losing the
 *   turn. A skipped ticket is final; a late visitor takes a new ticket.
 * - Daily cap: walk-in tickets are refused beyond the group's dailyCap (409, like SLOT_FULL:
 *   the day's queue is full). Checked-in appointments are not refused by the cap (their slot
 *   was capped when booked) and may be numbered up to 999, the last three-digit number.
 * - A ticket belongs to its day: once the day is over every action on it is refused (409
 *   TICKET_EXPIRED), the previous day's leftovers are neither called, nor shown, nor counted
 *   today, so a closed day's statistics never change.
 *
 * Errors, checked in this order: TICKET_EXPIRED (409) → the status (409 TICKET_NOT_WAITING for
 * call, TICKET_NOT_CALLED for the others; the message names the current status) → the window
 * (403 TICKET_AT_OTHER_WINDOW; 422 ITEM_NOT_AT_WINDOW when a window calls an item it does not
 * take) → the record's budget for the repeatable steps, recall and transfer (422 RECORD_FULL,
 * shared/domain/record-size.ts) → the rule of the action (422 TICKET_NOT_RECALLED, 422
 * TRANSFER_TO_SAME_WINDOW).
 *
 * Timestamps are ISO 8601 with +08:00 (toOffsetIso). Durations are in minutes rounded half up
 * to one decimal; p90 is the nearest-rank percentile (the ⌈0.9·N⌉-th smallest value); an
 * average or percentile of nothing is null.
 */
import { conflict, DomainError, refused, type ErrorDetail } from './errors';
import type { InquiryCounts } from './inquiries';
import { requireRoom } from './record-size';
import { businessDate, isIsoDate, toOffsetIso, type IsoDate } from './time';

export const TICKET_STATUSES = ['waiting', 'called', 'served', 'skipped'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Where a ticket came from: a checked-in appointment (priority) or the kiosk (normal). */
export const TICKET_LANES = ['priority', 'normal'] as const;
export type TicketLane = (typeof TICKET_LANES)[number];

/** The lines a window calls from, in calling order (see the header: "Calling order"). */
export const QUEUE_LINES = ['transferred', 'priority', 'normal'] as const;
export type QueueLine = (typeof QUEUE_LINES)[number];

export const TICKET_ACTIONS = ['issued', 'called', 'recalled', 'skipped', 'served', 'transferred'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** Ticket numbers have three digits. */
export const MAX_TICKET_NUMBER = 999;
/** Service time assumed for a group until one of its tickets is served that day: a typical counter transaction. */
export const DEFAULT_SERVICE_MINUTES = 5;
/** A window counts as serving a group when it called one of the group's tickets this recently. */
export const SERVING_WINDOW_MINUTES = 60;
/** How many of the last called numbers the public screen shows. */
export const LAST_CALLED_SHOWN = 5;

/** A hall's ticket group: one letter for a set of items, with a daily cap on walk-in tickets. */
export interface TicketGroup {
  group: string;
  itemIds: string[];
  dailyCap: number;
}

/** A hall's ticket groups, as its administrator sets them. */
export interface TicketGroups {
  hallId: string;
  groups: TicketGroup[];
  updatedAt: string;
  updatedBy: string;
}

/** A window as the queue sees it: the items it takes. */
export interface QueueWindow {
  windowId: string;
  itemIds: readonly string[];
}

export interface TicketHistoryEntry {
  at: string;
  /** Staff id, or who issued the ticket (e.g. `kiosk`). */
  by: string;
  action: TicketAction;
  /** The window that acted (absent for `issued`). */
  windowId?: string;
  /** `transferred`: the target window. */
  toWindowId?: string;
  /** `served`: the case opened for the visitor. */
  caseId?: string;
}

export interface Ticket {
  ticketId: string;
  hallId: string;
  /** The Asia/Shanghai date the ticket was issued: with `group`, the coordinates of its number's counter. */
  day: IsoDate;
  group: string;
  /** `A001`. */
  number: string;
  itemId: string;
  lane: TicketLane;
  appointmentId?: string;
  status: TicketStatus;
  issuedAt: string;
  /** Waiting after a transfer: only this window may call it. */
  transferredTo?: string;
  transferredAt?: string;
  /** Called: the window holding the ticket; served or skipped: the window that closed it. */
  windowId?: string;
  /** Calls and recalls at the holding window (0 while waiting). */
  calls: number;
  /** The first call of all: the end of the visitor's wait. */
  firstCalledAt?: string;
  /** The latest call or recall: the visitor came up after it, so service time starts there. */
  calledAt?: string;
  servedAt?: string;
  skippedAt?: string;
  caseId?: string;
  history: TicketHistoryEntry[];
  /** 1 when issued; the adapter bumps it on every save and writes on the version it read. */
  version: number;
}

// ---------------------------------------------------------------------------------------------
// Groups, days and numbers
// ---------------------------------------------------------------------------------------------

const GROUP_LETTER = /^[A-Z]$/;

/** What is wrong with a hall's group set-up: letters A–Z unique, each item in one group, caps 1..999. */
export function ticketGroupProblems(groups: readonly TicketGroup[]): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const letters = new Map<string, number>();
  const items = new Map<string, string>();
  groups.forEach((g, i) => {
    if (!GROUP_LETTER.test(g.group)) problems.push({ field: `groups.${i}.group`, message: 'must be one capital letter A–Z' });
    else if (letters.has(g.group)) problems.push({ field: `groups.${i}.group`, message: `group ${g.group} is listed twice` });
    else letters.set(g.group, i);
    if (g.itemIds.length === 0) problems.push({ field: `groups.${i}.itemIds`, message: 'a group needs at least one item' });
    g.itemIds.forEach((itemId, j) => {
      const owner = items.get(itemId);
      if (owner !== undefined) {
        problems.push({ field: `groups.${i}.itemIds.${j}`, message: `item ${itemId} is already in group ${owner}` });
      } else items.set(itemId, g.group);
    });
    if (!Number.isInteger(g.dailyCap) || g.dailyCap < 1 || g.dailyCap > MAX_TICKET_NUMBER) {
      problems.push({ field: `groups.${i}.dailyCap`, message: `must be a whole number from 1 to ${MAX_TICKET_NUMBER}` });
    }
  });
  return problems;
}

export function groupOf(itemId: string, groups: readonly TicketGroup[]): TicketGroup {
  const group = groups.find((g) => g.itemIds.includes(itemId));
  if (!group) {
    throw refused('ITEM_NOT_QUEUED', `Item ${itemId} has no ticket group in this hall`, [
      { field: 'itemId', message: 'no ticket group takes this item' },
    ]);
  }
  return group;
}

/** The queue's day: numbering restarts at midnight in Asia/Shanghai (16:00 UTC), not at UTC midnight. */
export function queueDay(now: Date): IsoDate {
  return businessDate(now);
}

/** The highest number the day's counter may hand out to a ticket of this lane. */
export function numberLimit(group: TicketGroup, lane: TicketLane): number {
  return lane === 'priority' ? MAX_TICKET_NUMBER : group.dailyCap;
}

/** The n-th ticket of the group's day, `A001`; n comes from the adapter's counter. */
export function ticketNumber(group: TicketGroup, n: number, lane: TicketLane): string {
  // n below 1 is a broken counter, not a client's doing: a bug, not a domain error.
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`not a ticket sequence number: ${n}`);
  if (n > numberLimit(group, lane)) throw queueCapReached(group, lane);
  return `${group.group}${String(n).padStart(3, '0')}`;
}

/** For the adapter whose conditional counter update failed: the same error ticketNumber raises. */
export function queueCapReached(group: TicketGroup, lane: TicketLane): DomainError {
  return conflict(
    'QUEUE_CAP_REACHED',
    lane === 'priority'
      ? `Group ${group.group} has used all ${MAX_TICKET_NUMBER} numbers today`
      : `Group ${group.group} has issued its ${group.dailyCap} tickets for today`,
  );
}

/**
 * A ticket's id: its day and number (`2025-10-09-A001`), unique per hall because the day's
 * counter hands out each number once. The day in the id is what finds the ticket's record.
 */
export const TICKET_ID = /^(\d{4}-\d{2}-\d{2})-[A-Z]\d{3}$/;

export const ticketIdOf = (day: IsoDate, number: string) => `${day}-${number}`;

/** The queue day in a ticket id (TICKET_ID), or undefined when it is not one. */
export function dayOfTicket(ticketId: string): IsoDate | undefined {
  const day = TICKET_ID.exec(ticketId)?.[1];
  return day !== undefined && isIsoDate(day) ? day : undefined;
}

export interface IssueInput {
  /** Default: ticketIdOf(the day, the number). */
  ticketId?: string;
  hallId: string;
  itemId: string;
  /** From the counter of (hall, queueDay(at), group). */
  n: number;
  by: string;
  /** Set for a checked-in appointment: the ticket goes to the priority lane. */
  appointmentId?: string;
}

export function issueTicket(input: IssueInput, groups: readonly TicketGroup[], at: Date): Ticket {
  const group = groupOf(input.itemId, groups);
  // The lane follows from the appointment, so a priority ticket without one cannot exist.
  const lane: TicketLane = input.appointmentId === undefined ? 'normal' : 'priority';
  const iso = toOffsetIso(at);
  const day = queueDay(at);
  const number = ticketNumber(group, input.n, lane);
  return {
    ticketId: input.ticketId ?? ticketIdOf(day, number),
    hallId: input.hallId,
    day,
    group: group.group,
    number,
    itemId: input.itemId,
    lane,
    ...(input.appointmentId === undefined ? {} : { appointmentId: input.appointmentId }),
    status: 'waiting',
    issuedAt: iso,
    calls: 0,
    history: [{ at: iso, by: input.by, action: 'issued' }],
    version: 1,
  };
}

// ---------------------------------------------------------------------------------------------
// Calling order
// ---------------------------------------------------------------------------------------------

const ms = (iso: string) => Date.parse(iso);

export function lineOf(t: Ticket): QueueLine {
  return t.transferredTo !== undefined ? 'transferred' : t.lane;
}

/** Whether `window` may call this waiting ticket. */
export function takes(window: QueueWindow, t: Ticket): boolean {
  return t.transferredTo !== undefined ? t.transferredTo === window.windowId : window.itemIds.includes(t.itemId);
}

/** When the ticket joined the line it waits in. */
const joinedAt = (t: Ticket) => ms(t.transferredAt ?? t.issuedAt);

/** Total calling order of waiting tickets: line, then joining time, number, ticketId. */
export function callOrder(a: Ticket, b: Ticket): number {
  return (
    QUEUE_LINES.indexOf(lineOf(a)) - QUEUE_LINES.indexOf(lineOf(b)) ||
    joinedAt(a) - joinedAt(b) ||
    compareText(a.number, b.number) ||
    compareText(a.ticketId, b.ticketId)
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The window's line: the waiting tickets of the day (other days' are ignored) that `window`
 * takes, in calling order. Refuses while the window still holds a called ticket.
 */
export function lineFor(window: QueueWindow, tickets: readonly Ticket[], now: Date): Ticket[] {
  const day = queueDay(now);
  const today = tickets.filter((t) => t.day === day);
  const held = today.find((t) => t.status === 'called' && t.windowId === window.windowId);
  if (held) {
    throw conflict('WINDOW_BUSY', `Window ${window.windowId} is still calling ${held.number}: serve, skip or transfer it first`);
  }
  return today.filter((t) => t.status === 'waiting' && takes(window, t)).sort(callOrder);
}

/** The ticket `window` calls next (the head of its line), or undefined when nobody waits for it. */
export function nextTicketFor(window: QueueWindow, tickets: readonly Ticket[], now: Date): Ticket | undefined {
  return lineFor(window, tickets, now)[0];
}

/**
 * How many waiting tickets of the day are called before this one: for a ticket in a group's
 * line, those of its group ahead in calling order (transfers and the priority lane first);
 * for a transferred ticket, those transferred to the same window before it. 0 once called.
 */
export function waitingAhead(ticket: Ticket, tickets: readonly Ticket[]): number {
  if (ticket.status !== 'waiting') return 0;
  const sameLine = (t: Ticket) =>
    ticket.transferredTo !== undefined ? t.transferredTo === ticket.transferredTo : t.group === ticket.group;
  return tickets.filter(
    (t) => t.day === ticket.day && t.status === 'waiting' && t.ticketId !== ticket.ticketId && sameLine(t) && callOrder(t, ticket) < 0,
  ).length;
}

// ---------------------------------------------------------------------------------------------
// Transitions
// ---------------------------------------------------------------------------------------------

function requireToday(t: Ticket, at: Date): void {
  const today = queueDay(at);
  if (t.day !== today) throw conflict('TICKET_EXPIRED', `Ticket ${t.number} belongs to the queue of ${t.day}, not ${today}`);
}

function atOtherWindow(t: Ticket, windowId: string, holder: string): DomainError {
  return new DomainError('forbidden', 'TICKET_AT_OTHER_WINDOW', `Ticket ${t.number} is at window ${holder}, not ${windowId}`);
}

/** The checks shared by recall, skip, serve and transfer: today's ticket, called, by the holding window. */
function requireHeld(t: Ticket, windowId: string, at: Date): void {
  requireToday(t, at);
  if (t.status !== 'called') throw conflict('TICKET_NOT_CALLED', `Ticket ${t.number} is ${t.status}, not called`);
  if (t.windowId !== windowId) throw atOtherWindow(t, windowId, t.windowId ?? '(none)');
}

const entry = (at: Date, by: string, action: TicketAction, windowId: string): TicketHistoryEntry => ({
  at: toOffsetIso(at),
  by,
  action,
  windowId,
});

/** 叫号: a waiting ticket goes to the window. A second call of the same ticket is refused (double click). */
export function call(t: Ticket, window: QueueWindow, by: string, at: Date): Ticket {
  requireToday(t, at);
  if (t.status !== 'waiting') throw conflict('TICKET_NOT_WAITING', `Ticket ${t.number} is ${t.status}, not waiting`);
  if (t.transferredTo !== undefined && t.transferredTo !== window.windowId) throw atOtherWindow(t, window.windowId, t.transferredTo);
  if (!takes(window, t)) {
    throw refused('ITEM_NOT_AT_WINDOW', `Item ${t.itemId} is not taken at window ${window.windowId}`, [
      { field: 'windowId', message: 'the item is not taken at this window' },
    ]);
  }
  const iso = toOffsetIso(at);
  const { transferredTo: _to, transferredAt: _since, ...rest } = t;
  return {
    ...rest,
    status: 'called',
    windowId: window.windowId,
    calls: 1,
    firstCalledAt: t.firstCalledAt ?? iso,
    calledAt: iso,
    history: [...t.history, entry(at, by, 'called', window.windowId)],
  };
}

/** 重呼: the holding window calls the same number again. */
export function recall(t: Ticket, windowId: string, by: string, at: Date): Ticket {
  requireHeld(t, windowId, at);
  requireRoom(t, `Ticket ${t.number}`);
  return { ...t, calls: t.calls + 1, calledAt: toOffsetIso(at), history: [...t.history, entry(at, by, 'recalled', windowId)] };
}

/** 过号: the visitor did not come after a call and at least one recall. */
export function skip(t: Ticket, windowId: string, by: string, at: Date): Ticket {
  requireHeld(t, windowId, at);
  if (t.calls < 2) throw refused('TICKET_NOT_RECALLED', `Ticket ${t.number} has been called once; recall it before skipping it`);
  return { ...t, status: 'skipped', skippedAt: toOffsetIso(at), history: [...t.history, entry(at, by, 'skipped', windowId)] };
}

/** The visitor was served, linked to the case opened for them when there is one. */
export function serve(t: Ticket, windowId: string, by: string, at: Date, caseId?: string): Ticket {
  requireHeld(t, windowId, at);
  const linked = caseId === undefined ? {} : { caseId };
  return {
    ...t,
    status: 'served',
    servedAt: toOffsetIso(at),
    ...linked,
    history: [...t.history, { ...entry(at, by, 'served', windowId), ...linked }],
  };
}

/**
 * 多窗联办: the ticket waits again, for `toWindowId` only, ahead of that window's line; it keeps
 * its number, first call and history, and its calls start again at the new window.
 */
export function transfer(t: Ticket, windowId: string, toWindowId: string, by: string, at: Date): Ticket {
  requireHeld(t, windowId, at);
  requireRoom(t, `Ticket ${t.number}`);
  if (toWindowId === windowId) {
    throw refused('TRANSFER_TO_SAME_WINDOW', `Ticket ${t.number} is already at window ${windowId}`, [
      { field: 'windowId', message: 'must be another window' },
    ]);
  }
  const iso = toOffsetIso(at);
  const { windowId: _holder, calledAt: _calledAt, ...rest } = t;
  return {
    ...rest,
    status: 'waiting',
    calls: 0,
    transferredTo: toWindowId,
    transferredAt: iso,
    history: [...t.history, { ...entry(at, by, 'transferred', windowId), toWindowId }],
  };
}

/** The detail of a `TicketCalled` event: what a hall screen announces (请 A001 号到 w1 窗口). */
export interface TicketCalled {
  hallId: string;
  day: IsoDate;
  ticketId: string;
  number: string;
  group: string;
  windowId: string;
  calledAt: string;
  /** 1 for the call, 2 and more for recalls. */
  calls: number;
  /** The ticket's version as saved: with its id, what consumers dedupe on. */
  revision: number;
}

export function ticketCalled(t: Ticket): TicketCalled {
  if (t.status !== 'called' || t.windowId === undefined || t.calledAt === undefined) {
    throw conflict('TICKET_NOT_CALLED', `Ticket ${t.number} is ${t.status}, not called`);
  }
  return {
    hallId: t.hallId,
    day: t.day,
    ticketId: t.ticketId,
    number: t.number,
    group: t.group,
    windowId: t.windowId,
    calledAt: t.calledAt,
    calls: t.calls,
    revision: t.version,
  };
}

// ---------------------------------------------------------------------------------------------
// The public screen
// ---------------------------------------------------------------------------------------------

export interface QueueView {
  groups: { group: string; waiting: number; estimatedWaitMinutes: number }[];
  /** The last numbers called (whatever became of them since), newest call or recall first. */
  called: { number: string; windowId: string }[];
}

/**
 * GET /v1/public/halls/{hallId}/queue: numbers and windows only, nothing about visitors.
 *
 * estimatedWaitMinutes is the wait of a ticket taken now, rounded up to whole minutes:
 * waiting × the group's average service time today (DEFAULT_SERVICE_MINUTES until one is
 * served) ÷ the windows serving the group (those that called one of its tickets in the last
 * SERVING_WINDOW_MINUTES; at least 1), and at least 1 while anyone waits. Dividing by the
 * windows matters: three windows on one group make the line move three times as fast.
 */
export function queueView(tickets: readonly Ticket[], now: Date, groups: readonly TicketGroup[]): QueueView {
  const day = queueDay(now);
  const today = tickets.filter((t) => t.day === day);
  const since = now.getTime() - SERVING_WINDOW_MINUTES * 60_000;
  const rows = [...groups]
    .sort((a, b) => compareText(a.group, b.group))
    .map(({ group }) => {
      const ofGroup = today.filter((t) => t.group === group);
      const waiting = ofGroup.filter((t) => t.status === 'waiting').length;
      const services = ofGroup.flatMap(serviceMs);
      const [totalMs, count] = services.length
        ? [services.reduce((a, b) => a + b, 0), services.length]
        : [DEFAULT_SERVICE_MINUTES * 60_000, 1];
      const serving = new Set(
        ofGroup.flatMap((t) =>
          t.history.flatMap((h) =>
            (h.action === 'called' || h.action === 'recalled') && h.windowId !== undefined && ms(h.at) > since && ms(h.at) <= now.getTime()
              ? [h.windowId]
              : [],
          ),
        ),
      );
      // Integer numerator and denominator: the quotient is exact enough for ceil not to jump a minute.
      const estimate = Math.ceil((waiting * totalMs) / (count * Math.max(1, serving.size) * 60_000));
      // Tickets served in no time (a visitor at the wrong window) must not show "0 minutes" to a line.
      const estimatedWaitMinutes = waiting === 0 ? 0 : Math.max(1, estimate);
      return { group, waiting, estimatedWaitMinutes };
    });
  const called = today
    .flatMap((t) =>
      t.status !== 'waiting' && t.windowId !== undefined && t.calledAt !== undefined
        ? [{ number: t.number, windowId: t.windowId, at: ms(t.calledAt), ticketId: t.ticketId }]
        : [],
    )
    .sort((a, b) => b.at - a.at || compareText(b.number, a.number) || compareText(b.ticketId, a.ticketId))
    .slice(0, LAST_CALLED_SHOWN)
    .map(({ number, windowId }) => ({ number, windowId }));
  return { groups: rows, called };
}

// ---------------------------------------------------------------------------------------------
// Day statistics
// ---------------------------------------------------------------------------------------------

export interface Timings {
  averageWaitMinutes: number | null;
  p90WaitMinutes: number | null;
  averageServiceMinutes: number | null;
  p90ServiceMinutes: number | null;
}

/** Every ticket of the group by its status now: tickets = waiting + called + served + noShows. */
export interface GroupStatistics extends Timings {
  group: string;
  tickets: number;
  waiting: number;
  called: number;
  served: number;
  noShows: number;
}

/** The tickets a window called at least once; `called`: held at the window now. */
export interface WindowStatistics extends Timings {
  windowId: string;
  tickets: number;
  called: number;
  served: number;
  noShows: number;
  transferred: number;
}

export interface DayStatistics {
  day: IsoDate;
  groups: GroupStatistics[];
  windows: WindowStatistics[];
}

/** A day as kept for the monthly report: the queue's statistics and the consultation log's counts. */
export interface QueueDayReport extends DayStatistics {
  hallId: string;
  /** The day is over: the figures no longer change (a report of the current day is never stored). */
  final: boolean;
  computedAt: string;
  inquiries: InquiryCounts[];
}

/** A duration in ms; hosts' clocks may disagree by a few ms, which must not make a wait negative. */
const between = (from: string, to: string) => Math.max(0, ms(to) - ms(from));

/** Wait: issue to the first call. */
const waitMs = (t: Ticket) => (t.firstCalledAt === undefined ? [] : [between(t.issuedAt, t.firstCalledAt)]);

/** Service: the latest call or recall (the one the visitor answered) to served. */
const serviceMs = (t: Ticket) =>
  t.status === 'served' && t.calledAt !== undefined && t.servedAt !== undefined ? [between(t.calledAt, t.servedAt)] : [];

/** `totalMs / count` in minutes, half up to one decimal, computed on integers so that x.x5 never rounds down. */
function minutes(totalMs: number, count: number): number {
  return Math.floor((totalMs + count * 3_000) / (count * 6_000)) / 10;
}

function timings(waits: number[], services: number[]): Timings {
  return {
    averageWaitMinutes: average(waits),
    p90WaitMinutes: p90(waits),
    averageServiceMinutes: average(services),
    p90ServiceMinutes: p90(services),
  };
}

function average(samples: number[]): number | null {
  const total = samples.reduce((a, b) => a + b, 0);
  return samples.length ? minutes(total, samples.length) : null;
}

/** Nearest rank: the ⌈0.9·N⌉-th smallest sample (90·N/100 in integers: 0.9 × 70 is 63.00000000000001). */
function p90(samples: number[]): number | null {
  const sorted = [...samples].sort((a, b) => a - b);
  const value = sorted[Math.ceil((90 * sorted.length) / 100) - 1];
  return value === undefined ? null : minutes(value, 1);
}

/**
 * The statistics of one queue day (tickets of other days are ignored, so a query that strays
 * over midnight cannot mix two days). Per group, every ticket; per window, the tickets it called.
 * A wait counts for the window that first called the ticket; a service for the window that served it.
 */
export function dayStatistics(day: IsoDate, tickets: readonly Ticket[]): DayStatistics {
  const ofDay = tickets.filter((t) => t.day === day);
  const count = (list: Ticket[], status: TicketStatus) => list.filter((t) => t.status === status).length;

  const groups = [...new Set(ofDay.map((t) => t.group))].sort(compareText).map((group): GroupStatistics => {
    const list = ofDay.filter((t) => t.group === group);
    return {
      group,
      tickets: list.length,
      waiting: count(list, 'waiting'),
      called: count(list, 'called'),
      served: count(list, 'served'),
      noShows: count(list, 'skipped'),
      ...timings(list.flatMap(waitMs), list.flatMap(serviceMs)),
    };
  });

  const acted = (t: Ticket, windowId: string, action: TicketAction) =>
    t.history.some((h) => h.action === action && h.windowId === windowId);
  const firstCaller = (t: Ticket) => t.history.find((h) => h.action === 'called')?.windowId;
  const windowIds = [...new Set(ofDay.flatMap((t) => t.history.flatMap((h) => (h.action === 'called' && h.windowId ? [h.windowId] : []))))];
  const windows = windowIds.sort(compareText).map((windowId): WindowStatistics => {
    const list = ofDay.filter((t) => acted(t, windowId, 'called'));
    const here = (status: TicketStatus) => list.filter((t) => t.status === status && t.windowId === windowId).length;
    return {
      windowId,
      tickets: list.length,
      called: here('called'),
      served: here('served'),
      noShows: here('skipped'),
      transferred: list.filter((t) => acted(t, windowId, 'transferred')).length,
      ...timings(
        list.filter((t) => firstCaller(t) === windowId).flatMap(waitMs),
        list.filter((t) => t.windowId === windowId).flatMap(serviceMs),
      ),
    };
  });

  return { day, groups, windows };
}
