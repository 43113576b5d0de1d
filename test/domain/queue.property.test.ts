import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain/errors';
import {
  call,
  callOrder,
  dayStatistics,
  groupOf,
  issueTicket,
  lineFor,
  nextTicketFor,
  numberLimit,
  queueDay,
  queueView,
  recall,
  serve,
  skip,
  transfer,
  type QueueWindow,
  type Ticket,
  type TicketAction,
  type TicketGroup,
  type TicketStatus,
} from '../../shared/domain/queue';
import { addDays, endOfBusinessDay, startOfBusinessDay, toOffsetIso } from '../../shared/domain/time';

const ITEMS = ['i1', 'i2', 'i3', 'i4'] as const;
const WINDOW_IDS = ['w1', 'w2', 'w3'] as const;
// A small cap on group A so that runs reach it; group B never fills.
const groups: TicketGroup[] = [
  { group: 'A', itemIds: ['i1', 'i2'], dailyCap: 4 },
  { group: 'B', itemIds: ['i3', 'i4'], dailyCap: 999 },
];
const DAY = '2025-09-26';
const MINUTE = 60_000;
const dayStart = startOfBusinessDay(DAY).getTime();

// ---------------------------------------------------------------------------------------------
// nextTicketFor against an independent oracle
// ---------------------------------------------------------------------------------------------

/** A ticket in any state, built as data: nextTicketFor must cope with whatever the store holds. */
const ticketSpec = fc.record({
  itemId: fc.constantFrom(...ITEMS),
  priority: fc.boolean(),
  yesterday: fc.integer({ min: 0, max: 4 }).map((x) => x === 0),
  // Few distinct minutes, so that ties in time are common and the tie-breaks are exercised.
  issuedMinute: fc.integer({ min: 8 * 60, max: 8 * 60 + 20 }),
  transferredMinute: fc.integer({ min: 8 * 60 + 10, max: 8 * 60 + 30 }),
  state: fc.constantFrom('waiting', 'transferred', 'called', 'served', 'skipped'),
  windowId: fc.constantFrom(...WINDOW_IDS),
  n: fc.integer({ min: 1, max: 30 }),
});
type TicketSpec = typeof ticketSpec extends fc.Arbitrary<infer T> ? T : never;

function build(spec: TicketSpec, i: number): Ticket {
  const start = spec.yesterday ? dayStart - 24 * 60 * MINUTE : dayStart;
  const issued = issueTicket(
    {
      ticketId: `t${String(i).padStart(2, '0')}`,
      hallId: 'h1',
      itemId: spec.itemId,
      n: spec.n,
      by: 'kiosk',
      ...(spec.priority ? { appointmentId: `ap${i}` } : {}),
    },
    groups.map((g) => ({ ...g, dailyCap: 999 })),
    new Date(start + spec.issuedMinute * MINUTE),
  );
  const transferredAt = toOffsetIso(new Date(start + spec.transferredMinute * MINUTE));
  switch (spec.state) {
    case 'waiting':
      return issued;
    case 'transferred':
      return { ...issued, transferredTo: spec.windowId, transferredAt };
    default:
      return { ...issued, status: spec.state, windowId: spec.windowId };
  }
}

const windowArb = fc.record({
  windowId: fc.constantFrom(...WINDOW_IDS),
  itemIds: fc.subarray([...ITEMS]),
});

/** Tickets, and the same tickets in another order. */
const ticketsArb = fc
  .array(ticketSpec, { maxLength: 30 })
  .map((specs) => specs.map(build))
  .chain((tickets) => fc.tuple(fc.constant(tickets), fc.shuffledSubarray(tickets, { minLength: tickets.length })));

const NOW = new Date(dayStart + 12 * 60 * MINUTE);
const LINE_RANK = (t: Ticket) => (t.transferredTo !== undefined ? 0 : t.lane === 'priority' ? 1 : 2);
const joined = (t: Ticket) => Date.parse(t.transferredAt ?? t.issuedAt);

describe('nextTicketFor properties', () => {
  it('returns a waiting ticket of today that the window takes, the earliest of the highest line, whatever the input order', () => {
    fc.assert(
      fc.property(ticketsArb, windowArb, ([tickets, shuffled], window: QueueWindow) => {
        const today = tickets.filter((t) => t.day === DAY);
        if (today.some((t) => t.status === 'called' && t.windowId === window.windowId)) {
          expect(() => nextTicketFor(window, tickets, NOW)).toThrow(expect.objectContaining({ code: 'WINDOW_BUSY' }));
          return;
        }
        const next = nextTicketFor(window, tickets, NOW);
        const eligible = today.filter(
          (t) =>
            t.status === 'waiting' &&
            (t.transferredTo !== undefined ? t.transferredTo === window.windowId : window.itemIds.includes(t.itemId)),
        );
        if (eligible.length === 0) {
          expect(next).toBeUndefined();
          return;
        }
        if (next === undefined) throw new Error('a ticket was eligible but none was returned');
        expect(next.status).toBe('waiting');
        expect(next.day).toBe(DAY);
        if (next.transferredTo !== undefined) expect(next.transferredTo).toBe(window.windowId);
        else expect(window.itemIds).toContain(next.itemId);
        const best = Math.min(...eligible.map(LINE_RANK));
        expect(LINE_RANK(next)).toBe(best);
        expect(joined(next)).toBe(Math.min(...eligible.filter((t) => LINE_RANK(t) === best).map(joined)));
        // A total order: the same pick from any order of the same tickets.
        expect(nextTicketFor(window, shuffled, NOW)).toBe(next);
        // The line is every eligible ticket once, headed by that pick, each called before the next.
        const line = lineFor(window, shuffled, NOW);
        expect(new Set(line)).toEqual(new Set(eligible));
        expect(line[0]).toBe(next);
        line.slice(1).forEach((t, i) => expect(callOrder(line[i]!, t)).toBeLessThan(0));
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// A simulated day (sometimes two): random commands through the domain, as the adapters would
// ---------------------------------------------------------------------------------------------

const WINDOWS: QueueWindow[] = [
  { windowId: 'w1', itemIds: ['i1', 'i2'] },
  { windowId: 'w2', itemIds: ['i3'] },
  { windowId: 'w3', itemIds: ['i1', 'i3', 'i4'] },
];
const HELD_ACTIONS = ['recall', 'skip', 'serve', 'transfer'] as const;

const command = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('issue' as const), item: fc.constantFrom(...ITEMS), priority: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('next' as const), window: fc.nat(WINDOWS.length - 1) }) },
  // The window acts on the ticket it holds, as staff would.
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('held' as const),
      action: fc.constantFrom(...HELD_ACTIONS),
      window: fc.nat(WINDOWS.length - 1),
      to: fc.nat(WINDOWS.length - 1),
    }),
  },
  // Anyone acts on any ticket: stale screens, wrong windows, yesterday's tickets. Mostly refused.
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('any' as const),
      action: fc.constantFrom(...HELD_ACTIONS),
      ticket: fc.nat(200),
      window: fc.nat(WINDOWS.length - 1),
      to: fc.nat(WINDOWS.length - 1),
    }),
  },
);
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;
const step = fc.tuple(command, fc.integer({ min: 0, max: 4 }));
/** Starts early in the day, or late enough for some runs to cross local midnight. */
const startArb = fc.constantFrom(8 * 60, 23 * 60 + 30);

const ACTION_TO_STATUS: Record<TicketAction, TicketStatus> = {
  issued: 'waiting',
  transferred: 'waiting',
  called: 'called',
  recalled: 'called',
  served: 'served',
  skipped: 'skipped',
};

function act(action: (typeof HELD_ACTIONS)[number], t: Ticket, windowId: string, toWindowId: string, now: Date): Ticket {
  switch (action) {
    case 'recall':
      return recall(t, windowId, 'staff', now);
    case 'skip':
      return skip(t, windowId, 'staff', now);
    case 'serve':
      return serve(t, windowId, 'staff', now, `case-${t.ticketId}`);
    case 'transfer':
      return transfer(t, windowId, toWindowId, 'staff', now);
  }
}

interface Run {
  tickets: Ticket[];
  transitions: Map<string, number>;
}

function simulate(startMinute: number, steps: [Command, number][]): Run {
  let tickets: Ticket[] = [];
  const transitions = new Map<string, number>();
  const counters = new Map<string, number>();
  let clock = dayStart + startMinute * MINUTE;
  const replace = (next: Ticket) => {
    tickets = tickets.map((t) => (t.ticketId === next.ticketId ? next : t));
    transitions.set(next.ticketId, (transitions.get(next.ticketId) ?? 0) + 1);
  };
  const attempt = (fn: () => Ticket, allowed: readonly string[] | 'any') => {
    try {
      replace(fn());
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      if (allowed !== 'any') expect(allowed).toContain(err.code);
    }
  };

  for (const [cmd, minutes] of steps) {
    clock += minutes * MINUTE;
    const now = new Date(clock);
    switch (cmd.kind) {
      case 'issue': {
        const group = groupOf(cmd.item, groups);
        const key = `${queueDay(now)}/${group.group}`;
        const n = (counters.get(key) ?? 0) + 1;
        const lane = cmd.priority ? 'priority' : 'normal';
        const ticketId = `t${String(tickets.length).padStart(3, '0')}`;
        const input = { ticketId, hallId: 'h1', itemId: cmd.item, n, by: 'kiosk', ...(cmd.priority ? { appointmentId: ticketId } : {}) };
        if (n > numberLimit(group, lane)) {
          // The adapter's conditional counter does not move at the limit; the domain refuses the number anyway.
          expect(() => issueTicket(input, groups, now)).toThrow(expect.objectContaining({ code: 'QUEUE_CAP_REACHED' }));
          break;
        }
        counters.set(key, n);
        tickets = [...tickets, issueTicket(input, groups, now)];
        transitions.set(ticketId, 0);
        break;
      }
      case 'next': {
        const window = WINDOWS[cmd.window]!;
        let next: Ticket | undefined;
        try {
          next = nextTicketFor(window, tickets, now);
        } catch (err) {
          expect(err).toMatchObject({ code: 'WINDOW_BUSY' });
          expect(tickets.some((t) => t.status === 'called' && t.windowId === window.windowId && t.day === queueDay(now))).toBe(true);
        }
        // What nextTicketFor picks, call accepts.
        if (next) replace(call(next, window, 'staff', now));
        break;
      }
      case 'held': {
        const window = WINDOWS[cmd.window]!;
        const held = tickets.find((t) => t.status === 'called' && t.windowId === window.windowId && t.day === queueDay(now));
        if (held) {
          attempt(
            () => act(cmd.action, held, window.windowId, WINDOWS[cmd.to]!.windowId, now),
            ['TICKET_NOT_RECALLED', 'TRANSFER_TO_SAME_WINDOW'],
          );
        }
        break;
      }
      case 'any': {
        const t = tickets[cmd.ticket % Math.max(1, tickets.length)];
        if (t) attempt(() => act(cmd.action, t, WINDOWS[cmd.window]!.windowId, WINDOWS[cmd.to]!.windowId, now), 'any');
        break;
      }
    }
  }
  return { tickets, transitions };
}
const runArb = fc
  .tuple(startArb, fc.array(step, { minLength: 10, maxLength: 150, size: 'max' }))
  .map(([start, steps]) => ({ start, ...simulate(start, steps) }));

describe('a simulated queue day', () => {
  it('keeps one history entry per transition, the status its last entry says, in time order', () => {
    fc.assert(
      fc.property(runArb, ({ tickets, transitions }) => {
        for (const t of tickets) {
          expect(t.history).toHaveLength((transitions.get(t.ticketId) ?? 0) + 1);
          expect(t.history[0]?.action).toBe('issued');
          expect(t.status).toBe(ACTION_TO_STATUS[t.history.at(-1)!.action]);
          const times = t.history.map((h) => Date.parse(h.at));
          expect(times).toEqual([...times].sort((a, b) => a - b));
          if (t.status === 'skipped') expect(t.calls).toBeGreaterThanOrEqual(2);
          if (t.status === 'waiting') expect(t.windowId).toBeUndefined();
          else expect(t.transferredTo).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never gives a window two tickets at once, never numbers two tickets alike, and keeps walk-ins within the cap', () => {
    fc.assert(
      fc.property(runArb, ({ tickets }) => {
        const held = tickets.filter((t) => t.status === 'called').map((t) => `${t.day}/${t.windowId}`);
        expect(new Set(held).size).toBe(held.length);
        const numbers = tickets.map((t) => `${t.day}/${t.number}`);
        expect(new Set(numbers).size).toBe(numbers.length);
        for (const t of tickets) {
          const group = groups.find((g) => g.group === t.group)!;
          if (t.lane === 'normal') expect(Number(t.number.slice(1))).toBeLessThanOrEqual(group.dailyCap);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('accounts for every ticket in the day statistics: served + skipped + waiting + called = tickets', () => {
    fc.assert(
      fc.property(runArb, ({ start, tickets }) => {
        // A run that starts at 23:30 may cross midnight: each ticket counts on its own day only.
        const days = [DAY, addDays(DAY, 1)];
        let counted = 0;
        for (const day of days) {
          const ofDay = tickets.filter((t) => t.day === day);
          const stats = dayStatistics(day, tickets);
          for (const g of stats.groups) {
            const list = ofDay.filter((t) => t.group === g.group);
            expect(g.tickets).toBe(list.length);
            expect(g.served + g.noShows + g.waiting + g.called).toBe(g.tickets);
            expect(g.served).toBe(list.filter((t) => t.status === 'served').length);
            expect(g.noShows).toBe(list.filter((t) => t.status === 'skipped').length);
            if (g.averageWaitMinutes !== null) expect(g.averageWaitMinutes).toBeGreaterThanOrEqual(0);
            if (g.p90ServiceMinutes !== null) expect(g.averageServiceMinutes).not.toBeNull();
            counted += g.tickets;
          }
          // Every served or skipped ticket is a window's, exactly once.
          const sum = (f: (w: (typeof stats.windows)[number]) => number) => stats.windows.reduce((s, w) => s + f(w), 0);
          expect(sum((w) => w.served)).toBe(ofDay.filter((t) => t.status === 'served').length);
          expect(sum((w) => w.noShows)).toBe(ofDay.filter((t) => t.status === 'skipped').length);
          expect(sum((w) => w.called)).toBe(ofDay.filter((t) => t.status === 'called').length);
          // Independent of the order the store returns them in.
          expect(dayStatistics(day, [...tickets].reverse())).toEqual(stats);
        }
        expect(counted).toBe(tickets.length);
        if (start === 8 * 60) expect(tickets.every((t) => t.day === DAY)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('shows on the public screen exactly the waiting tickets of the day', () => {
    fc.assert(
      fc.property(runArb, fc.integer({ min: 0, max: 16 * 60 - 1 }), ({ tickets }, minute) => {
        const now = new Date(dayStart + (8 * 60 + minute) * MINUTE);
        const view = queueView(tickets, now, groups);
        for (const g of view.groups) {
          const waiting = tickets.filter((t) => t.day === DAY && t.group === g.group && t.status === 'waiting').length;
          expect(g.waiting).toBe(waiting);
          expect(g.estimatedWaitMinutes === 0).toBe(waiting === 0);
        }
        expect(view.called.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 200 },
    );
  });
});

describe('queueDay properties', () => {
  it('puts every instant inside its own Asia/Shanghai day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        const day = queueDay(d);
        expect(startOfBusinessDay(day).getTime()).toBeLessThanOrEqual(d.getTime());
        expect(endOfBusinessDay(day).getTime()).toBeGreaterThanOrEqual(d.getTime());
      }),
    );
  });
});
