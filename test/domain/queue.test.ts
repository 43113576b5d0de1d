import { describe, expect, it } from 'vitest';
import { DomainError, type ErrorKind } from '../../shared/domain/errors';
import {
  call,
  dayOfTicket,
  dayStatistics,
  DEFAULT_SERVICE_MINUTES,
  groupOf,
  issueTicket,
  LAST_CALLED_SHOWN,
  nextTicketFor,
  numberLimit,
  queueCapReached,
  queueDay,
  queueView,
  recall,
  serve,
  skip,
  TICKET_STATUSES,
  ticketCalled,
  ticketGroupProblems,
  ticketNumber,
  transfer,
  waitingAhead,
  type IssueInput,
  type QueueWindow,
  type Ticket,
  type TicketAction,
  type TicketGroup,
  type TicketStatus,
} from '../../shared/domain/queue';

// Group A: household and ID card affairs; group B: business licences.
const groups: TicketGroup[] = [
  { group: 'A', itemIds: ['household', 'id-card'], dailyCap: 3 },
  { group: 'B', itemIds: ['business-licence'], dailyCap: 200 },
];
const [A, B] = groups as [TicketGroup, TicketGroup];

// w1 takes group A's items, w2 group B's, w3 both.
const w1: QueueWindow = { windowId: 'w1', itemIds: ['household', 'id-card'] };
const w2: QueueWindow = { windowId: 'w2', itemIds: ['business-licence'] };
const w3: QueueWindow = { windowId: 'w3', itemIds: ['household', 'id-card', 'business-licence'] };

const DAY = '2025-09-26';
/** An instant of the queue day, local time. */
const at = (hhmm: string, day = DAY) => new Date(`${day}T${hhmm}${hhmm.length === 5 ? ':00' : ''}+08:00`);
const T0 = at('09:00');
const LATER = at('09:30');
const NEXT_DAY = at('08:30', '2025-09-27');

let seq = 0;
/** A ticket at `when`; its number stays within group A's cap of 3 and matters nowhere it is used. */
function issue(overrides: Partial<IssueInput> = {}, when = T0): Ticket {
  seq += 1;
  return issueTicket({ ticketId: `t${seq}`, hallId: 'h1', itemId: 'household', n: seq % 3 || 3, by: 'kiosk', ...overrides }, groups, when);
}

function domainErrorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    return err as DomainError;
  }
  throw new Error('expected a domain error');
}

// ---------------------------------------------------------------------------------------------
// The state machine: every state × every action
// ---------------------------------------------------------------------------------------------

/** The states a ticket of item `household` (group A) can be in, reached through the lifecycle itself. */
const STATES = ['waiting', 'waiting (transferred to w2)', 'called', 'recalled', 'served', 'skipped'] as const;
type State = (typeof STATES)[number];
const STATUS_OF: Record<State, TicketStatus> = {
  waiting: 'waiting',
  'waiting (transferred to w2)': 'waiting',
  called: 'called',
  recalled: 'called',
  served: 'served',
  skipped: 'skipped',
};

function ticketIn(state: State): Ticket {
  const waiting = issueTicket({ ticketId: 't-table', hallId: 'h1', itemId: 'household', n: 1, by: 'kiosk' }, groups, at('09:00'));
  const called = () => call(waiting, w1, 'staff-1', at('09:01'));
  const recalled = () => recall(called(), 'w1', 'staff-1', at('09:02'));
  switch (state) {
    case 'waiting':
      return waiting;
    case 'waiting (transferred to w2)':
      // w2 does not take household items: a transfer goes where the staff sends it (多窗联办).
      return transfer(called(), 'w1', 'w2', 'staff-1', at('09:03'));
    case 'called':
      return called();
    case 'recalled':
      return recalled();
    case 'served':
      return serve(called(), 'w1', 'staff-1', at('09:05'));
    case 'skipped':
      return skip(recalled(), 'w1', 'staff-1', at('09:05'));
  }
}

const EVENTS = {
  'call by w1': (t: Ticket, when: Date) => call(t, w1, 'staff-1', when),
  'call by w2': (t: Ticket, when: Date) => call(t, w2, 'staff-2', when),
  'call by w3': (t: Ticket, when: Date) => call(t, w3, 'staff-3', when),
  'recall by w1': (t: Ticket, when: Date) => recall(t, 'w1', 'staff-1', when),
  'recall by w3': (t: Ticket, when: Date) => recall(t, 'w3', 'staff-3', when),
  'skip by w1': (t: Ticket, when: Date) => skip(t, 'w1', 'staff-1', when),
  'skip by w3': (t: Ticket, when: Date) => skip(t, 'w3', 'staff-3', when),
  'serve by w1': (t: Ticket, when: Date) => serve(t, 'w1', 'staff-1', when, 'case-1'),
  'serve by w3': (t: Ticket, when: Date) => serve(t, 'w3', 'staff-3', when, 'case-1'),
  'transfer w1→w2': (t: Ticket, when: Date) => transfer(t, 'w1', 'w2', 'staff-1', when),
  'transfer w1→w1': (t: Ticket, when: Date) => transfer(t, 'w1', 'w1', 'staff-1', when),
  'transfer w3→w2': (t: Ticket, when: Date) => transfer(t, 'w3', 'w2', 'staff-3', when),
};
type Event = keyof typeof EVENTS;
const ACTION_OF: Record<Event, TicketAction> = {
  'call by w1': 'called',
  'call by w2': 'called',
  'call by w3': 'called',
  'recall by w1': 'recalled',
  'recall by w3': 'recalled',
  'skip by w1': 'skipped',
  'skip by w3': 'skipped',
  'serve by w1': 'served',
  'serve by w3': 'served',
  'transfer w1→w2': 'transferred',
  'transfer w1→w1': 'transferred',
  'transfer w3→w2': 'transferred',
};

type Outcome = { to: TicketStatus } | { refused: string; kind: ErrorKind };
const to = (status: TicketStatus): Outcome => ({ to: status });
const no = (code: string, kind: ErrorKind): Outcome => ({ refused: code, kind });
const NOT_WAITING = no('TICKET_NOT_WAITING', 'conflict');
const NOT_CALLED = no('TICKET_NOT_CALLED', 'conflict');
const OTHER_WINDOW = no('TICKET_AT_OTHER_WINDOW', 'forbidden');

const NOT_CALLED_YET = {
  'recall by w1': NOT_CALLED,
  'recall by w3': NOT_CALLED,
  'skip by w1': NOT_CALLED,
  'skip by w3': NOT_CALLED,
  'serve by w1': NOT_CALLED,
  'serve by w3': NOT_CALLED,
  'transfer w1→w2': NOT_CALLED,
  'transfer w1→w1': NOT_CALLED,
  'transfer w3→w2': NOT_CALLED,
};
const CLOSED: Record<Event, Outcome> = {
  'call by w1': NOT_WAITING,
  'call by w2': NOT_WAITING,
  'call by w3': NOT_WAITING,
  ...NOT_CALLED_YET,
};
const HELD_BY_W1 = {
  'call by w1': NOT_WAITING,
  'call by w2': NOT_WAITING,
  'call by w3': NOT_WAITING,
  'recall by w1': to('called'),
  'recall by w3': OTHER_WINDOW,
  'skip by w3': OTHER_WINDOW,
  'serve by w1': to('served'),
  'serve by w3': OTHER_WINDOW,
  'transfer w1→w2': to('waiting'),
  'transfer w1→w1': no('TRANSFER_TO_SAME_WINDOW', 'refused'),
  'transfer w3→w2': OTHER_WINDOW,
};

/** The whole transition table. */
const table: Record<State, Record<Event, Outcome>> = {
  waiting: {
    'call by w1': to('called'),
    'call by w2': no('ITEM_NOT_AT_WINDOW', 'refused'),
    'call by w3': to('called'),
    ...NOT_CALLED_YET,
  },
  'waiting (transferred to w2)': {
    'call by w1': OTHER_WINDOW,
    'call by w2': to('called'),
    'call by w3': OTHER_WINDOW,
    ...NOT_CALLED_YET,
  },
  // Called once: a no-show needs a recall first.
  called: { ...HELD_BY_W1, 'skip by w1': no('TICKET_NOT_RECALLED', 'refused') },
  recalled: { ...HELD_BY_W1, 'skip by w1': to('skipped') },
  served: CLOSED,
  skipped: CLOSED,
};

const events = Object.keys(EVENTS) as Event[];
const rows = STATES.flatMap((from) => events.map((event) => ({ from, event, outcome: table[from][event] })));
const allowed = rows.flatMap((r) => ('to' in r.outcome ? [{ from: r.from, event: r.event, to: r.outcome.to }] : []));
const refusedRows = rows.flatMap((r) =>
  'refused' in r.outcome ? [{ from: r.from, event: r.event, code: r.outcome.refused, kind: r.outcome.kind }] : [],
);

describe('the ticket lifecycle as a state machine', () => {
  it('has a row for every state and event, and the states cover every status', () => {
    expect(Object.keys(table).sort()).toEqual([...STATES].sort());
    for (const state of STATES) expect(Object.keys(table[state]).sort()).toEqual([...events].sort());
    expect(new Set(STATES.map((s) => STATUS_OF[s]))).toEqual(new Set(TICKET_STATUSES));
    for (const state of STATES) expect(ticketIn(state).status).toBe(STATUS_OF[state]);
  });

  it.each(allowed)('$from --$event--> $to', ({ from, event, to: status }) => {
    const before = ticketIn(from);
    const snapshot = structuredClone(before);
    const after = EVENTS[event](before, LATER);
    expect(after.status).toBe(status);
    // One history entry per transition, appended: the earlier ones are kept as they were.
    expect(after.history).toHaveLength(before.history.length + 1);
    expect(after.history.slice(0, -1)).toEqual(before.history);
    expect(after.history.at(-1)).toMatchObject({ at: '2025-09-26T09:30:00.000+08:00', action: ACTION_OF[event] });
    expect(after).toMatchObject({ ticketId: before.ticketId, number: before.number, day: before.day, version: before.version });
    expect(before).toEqual(snapshot); // pure: the input is never changed
  });

  it.each(refusedRows)('$from --$event--> refused with $code', ({ from, event, code, kind }) => {
    const before = ticketIn(from);
    const snapshot = structuredClone(before);
    const err = domainErrorOf(() => EVENTS[event](before, LATER));
    expect(err.code).toBe(code);
    expect(err.kind).toBe(kind);
    expect(before).toEqual(snapshot);
  });

  it.each(rows.map((r) => ({ from: r.from, event: r.event })))(
    'a ticket of yesterday: $from --$event--> refused with TICKET_EXPIRED',
    ({ from, event }) => {
      const err = domainErrorOf(() => EVENTS[event](ticketIn(from), NEXT_DAY));
      expect(err).toMatchObject({ code: 'TICKET_EXPIRED', kind: 'conflict' });
    },
  );

  it('names the current status in a wrong-status refusal', () => {
    expect(domainErrorOf(() => call(ticketIn('served'), w1, 'staff-1', LATER)).message).toBe('Ticket A001 is served, not waiting');
    expect(domainErrorOf(() => recall(ticketIn('waiting'), 'w1', 'staff-1', LATER)).message).toBe('Ticket A001 is waiting, not called');
  });
});

describe('transitions record what the statistics need', () => {
  it('call: window, first call, one call; recall: one more call and the service clock restarts', () => {
    const called = ticketIn('called');
    expect(called).toMatchObject({
      status: 'called',
      windowId: 'w1',
      calls: 1,
      firstCalledAt: '2025-09-26T09:01:00.000+08:00',
      calledAt: '2025-09-26T09:01:00.000+08:00',
    });
    const recalled = recall(called, 'w1', 'staff-1', at('09:04'));
    expect(recalled).toMatchObject({ calls: 2, firstCalledAt: '2025-09-26T09:01:00.000+08:00', calledAt: '2025-09-26T09:04:00.000+08:00' });
    expect(recalled.history.at(-1)).toEqual({ at: '2025-09-26T09:04:00.000+08:00', by: 'staff-1', action: 'recalled', windowId: 'w1' });
  });

  it('serve links the case opened for the visitor, or none', () => {
    const served = serve(ticketIn('called'), 'w1', 'staff-1', at('09:06'), 'case-9');
    expect(served).toMatchObject({ status: 'served', servedAt: '2025-09-26T09:06:00.000+08:00', caseId: 'case-9', windowId: 'w1' });
    expect(served.history.at(-1)).toEqual({
      at: '2025-09-26T09:06:00.000+08:00',
      by: 'staff-1',
      action: 'served',
      windowId: 'w1',
      caseId: 'case-9',
    });
    const withoutCase = serve(ticketIn('called'), 'w1', 'staff-1', at('09:06'));
    expect(withoutCase).not.toHaveProperty('caseId');
    expect(withoutCase.history.at(-1)).not.toHaveProperty('caseId');
  });

  it('transfer (多窗联办) keeps the number, the first call and the history; calls start again at the target window', () => {
    const moved = ticketIn('waiting (transferred to w2)');
    expect(moved).toMatchObject({
      status: 'waiting',
      number: 'A001',
      transferredTo: 'w2',
      transferredAt: '2025-09-26T09:03:00.000+08:00',
      firstCalledAt: '2025-09-26T09:01:00.000+08:00',
      calls: 0,
    });
    expect(moved).not.toHaveProperty('windowId');
    expect(moved).not.toHaveProperty('calledAt');
    expect(moved.history.map((h) => h.action)).toEqual(['issued', 'called', 'transferred']);
    expect(moved.history.at(-1)).toEqual({
      at: '2025-09-26T09:03:00.000+08:00',
      by: 'staff-1',
      action: 'transferred',
      windowId: 'w1',
      toWindowId: 'w2',
    });

    const atW2 = call(moved, w2, 'staff-2', at('09:04'));
    expect(atW2).toMatchObject({ status: 'called', windowId: 'w2', calls: 1, firstCalledAt: '2025-09-26T09:01:00.000+08:00' });
    expect(atW2).not.toHaveProperty('transferredTo');
    // A no-show at the new window needs its own recall.
    expect(domainErrorOf(() => skip(atW2, 'w2', 'staff-2', at('09:05'))).code).toBe('TICKET_NOT_RECALLED');
    expect(skip(recall(atW2, 'w2', 'staff-2', at('09:05')), 'w2', 'staff-2', at('09:06')).status).toBe('skipped');
  });
});

describe('a ticket never outgrows an item', () => {
  it('refuses further recalls and transfers once its history reaches the record budget (422 RECORD_FULL), but not its service', () => {
    const base = ticketIn('called');
    const bloated: Ticket = { ...base, history: [...base.history, ...Array.from({ length: 4000 }, () => base.history[1]!)] };
    expect(domainErrorOf(() => recall(bloated, 'w1', 'staff-1', at('09:05'))).code).toBe('RECORD_FULL');
    expect(domainErrorOf(() => transfer(bloated, 'w1', 'w2', 'staff-1', at('09:05'))).code).toBe('RECORD_FULL');
    expect(serve(bloated, 'w1', 'staff-1', at('09:05')).status).toBe('served');
  });
});

describe('double calls', () => {
  it('a second call of the same ticket is refused, by the same window or another', () => {
    const waiting = issue();
    const first = call(waiting, w1, 'staff-1', T0);
    expect(domainErrorOf(() => call(first, w1, 'staff-1', T0))).toMatchObject({ code: 'TICKET_NOT_WAITING', kind: 'conflict' });
    expect(domainErrorOf(() => call(first, w3, 'staff-3', T0))).toMatchObject({ code: 'TICKET_NOT_WAITING', kind: 'conflict' });
  });

  it('two windows reading the same queue pick the same ticket, so the conditional write lets only one have it', () => {
    const queue = [issue({ ticketId: 'x1' }, at('09:00')), issue({ ticketId: 'x2' }, at('09:01'))];
    expect(nextTicketFor(w1, queue, T0)?.ticketId).toBe('x1');
    expect(nextTicketFor(w3, queue, T0)?.ticketId).toBe('x1');
  });

  it('a double click on call-next at one window is refused while the window holds a called ticket', () => {
    const queue = [issue({ ticketId: 'x1' }, at('09:00')), issue({ ticketId: 'x2' }, at('09:01'))];
    const first = call(queue[0]!, w1, 'staff-1', at('09:05'));
    const err = domainErrorOf(() => nextTicketFor(w1, [first, queue[1]!], at('09:05')));
    expect(err).toMatchObject({ code: 'WINDOW_BUSY', kind: 'conflict' });
    expect(err.message).toContain(first.number);
    // Another window is not blocked, and gets the next one.
    expect(nextTicketFor(w3, [first, queue[1]!], at('09:05'))?.ticketId).toBe('x2');
    // Once the first is served, w1 calls again.
    const served = serve(first, 'w1', 'staff-1', at('09:09'));
    expect(nextTicketFor(w1, [served, queue[1]!], at('09:09'))?.ticketId).toBe('x2');
  });
});

// ---------------------------------------------------------------------------------------------
// Groups, numbers, days
// ---------------------------------------------------------------------------------------------

describe('ticket groups', () => {
  it('accepts a valid set-up', () => {
    expect(ticketGroupProblems(groups)).toEqual([]);
    expect(ticketGroupProblems([{ group: 'Z', itemIds: ['x'], dailyCap: 999 }])).toEqual([]);
  });

  it.each([
    { what: 'a lower-case letter', set: [{ group: 'a', itemIds: ['x'], dailyCap: 10 }], fields: ['groups.0.group'] },
    { what: 'two letters', set: [{ group: 'AB', itemIds: ['x'], dailyCap: 10 }], fields: ['groups.0.group'] },
    { what: 'a digit', set: [{ group: '1', itemIds: ['x'], dailyCap: 10 }], fields: ['groups.0.group'] },
    {
      what: 'a letter used twice',
      set: [
        { group: 'A', itemIds: ['x'], dailyCap: 10 },
        { group: 'A', itemIds: ['y'], dailyCap: 10 },
      ],
      fields: ['groups.1.group'],
    },
    {
      what: 'an item in two groups',
      set: [
        { group: 'A', itemIds: ['x', 'y'], dailyCap: 10 },
        { group: 'B', itemIds: ['z', 'y'], dailyCap: 10 },
      ],
      fields: ['groups.1.itemIds.1'],
    },
    { what: 'an item twice in one group', set: [{ group: 'A', itemIds: ['x', 'x'], dailyCap: 10 }], fields: ['groups.0.itemIds.1'] },
    { what: 'no items', set: [{ group: 'A', itemIds: [], dailyCap: 10 }], fields: ['groups.0.itemIds'] },
    { what: 'a cap of 0', set: [{ group: 'A', itemIds: ['x'], dailyCap: 0 }], fields: ['groups.0.dailyCap'] },
    { what: 'a cap of 1000', set: [{ group: 'A', itemIds: ['x'], dailyCap: 1000 }], fields: ['groups.0.dailyCap'] },
    { what: 'a fractional cap', set: [{ group: 'A', itemIds: ['x'], dailyCap: 2.5 }], fields: ['groups.0.dailyCap'] },
  ])('refuses $what', ({ set, fields }) => {
    expect(ticketGroupProblems(set).map((p) => p.field)).toEqual(fields);
  });

  it('finds the group of an item, and refuses an item no group takes', () => {
    expect(groupOf('id-card', groups)).toBe(A);
    expect(groupOf('business-licence', groups)).toBe(B);
    const err = domainErrorOf(() => groupOf('passport', groups));
    expect(err).toMatchObject({ code: 'ITEM_NOT_QUEUED', kind: 'refused' });
    expect(err.details.map((d) => d.field)).toEqual(['itemId']);
  });
});

describe('ticket numbers and the daily cap per group', () => {
  it.each([
    { group: A, n: 1, number: 'A001' },
    { group: A, n: 3, number: 'A003' },
    { group: B, n: 1, number: 'B001' },
    { group: B, n: 42, number: 'B042' },
    { group: B, n: 200, number: 'B200' },
  ])('$group.group n=$n → $number', ({ group, n, number }) => {
    expect(ticketNumber(group, n, 'normal')).toBe(number);
  });

  it('refuses walk-in tickets beyond the cap of their own group only', () => {
    expect(domainErrorOf(() => ticketNumber(A, 4, 'normal'))).toMatchObject({ code: 'QUEUE_CAP_REACHED', kind: 'conflict' });
    expect(domainErrorOf(() => ticketNumber(B, 201, 'normal'))).toMatchObject({ code: 'QUEUE_CAP_REACHED', kind: 'conflict' });
    // A full group A does not stop group B.
    expect(ticketNumber(B, 4, 'normal')).toBe('B004');
  });

  it('numbers checked-in appointments beyond the walk-in cap, up to 999', () => {
    expect(numberLimit(A, 'normal')).toBe(3);
    expect(numberLimit(A, 'priority')).toBe(999);
    expect(ticketNumber(A, 4, 'priority')).toBe('A004');
    expect(ticketNumber(A, 999, 'priority')).toBe('A999');
    const err = domainErrorOf(() => ticketNumber(A, 1000, 'priority'));
    expect(err).toMatchObject({ code: 'QUEUE_CAP_REACHED', kind: 'conflict' });
    expect(err.message).toBe('Group A has used all 999 numbers today');
  });

  it('gives the adapter the same error for a failed conditional counter update', () => {
    expect(queueCapReached(A, 'normal')).toMatchObject({ code: 'QUEUE_CAP_REACHED', kind: 'conflict' });
    expect(queueCapReached(A, 'normal').message).toBe(domainErrorOf(() => ticketNumber(A, 4, 'normal')).message);
  });

  it.each([0, -1, 1.5, Number.NaN])('treats a counter value of %s as a bug', (n) => {
    expect(() => ticketNumber(A, n, 'normal')).toThrow(RangeError);
  });

  it('issueTicket refuses beyond the cap too, and refuses an item without a group', () => {
    const input = { ticketId: 't', hallId: 'h1', itemId: 'household', by: 'kiosk' };
    expect(domainErrorOf(() => issueTicket({ ...input, n: 4 }, groups, T0)).code).toBe('QUEUE_CAP_REACHED');
    expect(issueTicket({ ...input, n: 4, appointmentId: 'ap1' }, groups, T0).number).toBe('A004');
    expect(domainErrorOf(() => issueTicket({ ...input, itemId: 'passport', n: 1 }, groups, T0)).code).toBe('ITEM_NOT_QUEUED');
  });
});

describe('issueTicket', () => {
  it('issues a waiting walk-in ticket in the normal lane', () => {
    const t = issueTicket({ ticketId: 't1', hallId: 'h1', itemId: 'id-card', n: 2, by: 'kiosk' }, groups, at('09:15:30'));
    expect(t).toEqual({
      ticketId: 't1',
      hallId: 'h1',
      day: DAY,
      group: 'A',
      number: 'A002',
      itemId: 'id-card',
      lane: 'normal',
      status: 'waiting',
      issuedAt: '2025-09-26T09:15:30.000+08:00',
      calls: 0,
      history: [{ at: '2025-09-26T09:15:30.000+08:00', by: 'kiosk', action: 'issued' }],
      version: 1,
    });
  });

  it('puts a checked-in appointment in the priority lane', () => {
    const t = issueTicket(
      { ticketId: 't2', hallId: 'h1', itemId: 'business-licence', n: 7, by: 'staff-9', appointmentId: 'ap-1' },
      groups,
      T0,
    );
    expect(t).toMatchObject({ number: 'B007', lane: 'priority', appointmentId: 'ap-1', history: [{ by: 'staff-9', action: 'issued' }] });
  });

  it('names a ticket by its day and number unless told otherwise, and reads the day back from the id', () => {
    const t = issueTicket({ hallId: 'h1', itemId: 'business-licence', n: 12, by: 'kiosk' }, groups, at('23:59:59'));
    expect(t.ticketId).toBe('2025-09-26-B012');
    expect(dayOfTicket(t.ticketId)).toBe('2025-09-26');
  });

  it.each(['2025-09-26-a012', '2025-09-26-B12', '2025-02-30-B012', '20250926-B012', 't1', '2025-09-26-B0120'])(
    '%s is not a ticket id',
    (ticketId) => {
      expect(dayOfTicket(ticketId)).toBeUndefined();
    },
  );
});

describe('the queue day rolls over at local midnight, not UTC midnight', () => {
  it.each([
    { instant: '2025-09-26T00:00:00+08:00', day: '2025-09-26' },
    { instant: '2025-09-26T23:59:59+08:00', day: '2025-09-26' },
    { instant: '2025-09-26T23:59:59.999+08:00', day: '2025-09-26' },
    { instant: '2025-09-27T00:00:00+08:00', day: '2025-09-27' },
    { instant: '2025-09-26T15:59:59.999Z', day: '2025-09-26' },
    { instant: '2025-09-26T16:00:00Z', day: '2025-09-27' },
    // UTC midnight is 08:00 in Shanghai: the middle of the same queue day.
    { instant: '2025-09-26T00:00:00Z', day: '2025-09-26' },
    { instant: '2025-12-31T16:00:00Z', day: '2026-01-01' },
  ])('$instant → $day', ({ instant, day }) => {
    expect(queueDay(new Date(instant))).toBe(day);
  });

  it('a ticket issued at 23:59:59 belongs to that day, one at 00:00:00 to the next, each numbered from its own counter', () => {
    const late = issueTicket({ ticketId: 'late', hallId: 'h1', itemId: 'household', n: 3, by: 'kiosk' }, groups, at('23:59:59'));
    const early = issueTicket(
      { ticketId: 'early', hallId: 'h1', itemId: 'household', n: 1, by: 'kiosk' },
      groups,
      at('00:00:00', '2025-09-27'),
    );
    expect([late.day, late.number]).toEqual(['2025-09-26', 'A003']);
    expect([early.day, early.number]).toEqual(['2025-09-27', 'A001']);
  });

  it("yesterday's leftovers are not called, do not block a window, and are not shown today", () => {
    const leftWaiting = issue({ ticketId: 'old-waiting' }, at('16:50'));
    const leftCalled = call(issue({ ticketId: 'old-called' }, at('16:40')), w1, 'staff-1', at('16:55'));
    const today = issue({ ticketId: 'new' }, at('08:31', '2025-09-27'));
    const midnight = at('00:00', '2025-09-27');
    expect(nextTicketFor(w1, [leftWaiting, leftCalled], midnight)).toBeUndefined();
    expect(nextTicketFor(w1, [leftWaiting, leftCalled, today], NEXT_DAY)?.ticketId).toBe('new');
    expect(queueView([leftWaiting, leftCalled], midnight, groups)).toEqual({
      groups: [
        { group: 'A', waiting: 0, estimatedWaitMinutes: 0 },
        { group: 'B', waiting: 0, estimatedWaitMinutes: 0 },
      ],
      called: [],
    });
    // The last second of the day still sees them.
    expect(nextTicketFor(w3, [leftWaiting, leftCalled], at('23:59:59.999'))?.ticketId).toBe('old-waiting');
  });
});

// ---------------------------------------------------------------------------------------------
// Calling order
// ---------------------------------------------------------------------------------------------

describe('nextTicketFor', () => {
  it('calls the priority lane first, oldest first, then the oldest walk-in', () => {
    const walkIn1 = issue({ ticketId: 'walk-in-1' }, at('08:40'));
    const walkIn2 = issue({ ticketId: 'walk-in-2' }, at('08:45'));
    const priority1 = issue({ ticketId: 'priority-1', appointmentId: 'ap1' }, at('09:10'));
    const priority2 = issue({ ticketId: 'priority-2', appointmentId: 'ap2' }, at('09:05'));
    const order: string[] = [];
    let queue = [walkIn1, walkIn2, priority1, priority2];
    for (let minute = 20; ; minute++) {
      const now = at(`09:${minute}`);
      const next = nextTicketFor(w1, queue, now);
      if (!next) break;
      order.push(next.ticketId);
      queue = queue.map((t) => (t === next ? serve(call(t, w1, 'staff-1', now), 'w1', 'staff-1', now) : t));
    }
    expect(order).toEqual(['priority-2', 'priority-1', 'walk-in-1', 'walk-in-2']);
  });

  it('gives a window only tickets of the items it takes', () => {
    const household = issue({ ticketId: 'household', itemId: 'household' }, at('08:40'));
    const licence = issue({ ticketId: 'licence', itemId: 'business-licence', appointmentId: 'ap' }, at('08:30'));
    expect(nextTicketFor(w1, [household, licence], T0)?.ticketId).toBe('household');
    expect(nextTicketFor(w2, [household, licence], T0)?.ticketId).toBe('licence');
    expect(nextTicketFor(w2, [household], T0)).toBeUndefined();
    expect(nextTicketFor({ windowId: 'w9', itemIds: [] }, [household, licence], T0)).toBeUndefined();
  });

  it('gives a transferred ticket only to its target window, ahead of that window’s lines', () => {
    const priority = issue({ ticketId: 'priority', appointmentId: 'ap' }, at('08:30'));
    const moved = transfer(call(issue({ ticketId: 'moved' }, at('08:50')), w1, 'staff-1', at('08:55')), 'w1', 'w3', 'staff-1', at('09:00'));
    const queue = [priority, moved];
    expect(nextTicketFor(w3, queue, at('09:01'))?.ticketId).toBe('moved');
    // w1 takes the item but is not the target: it gets the priority ticket, never the transferred one.
    expect(nextTicketFor(w1, queue, at('09:01'))?.ticketId).toBe('priority');
    expect(nextTicketFor(w1, [moved], at('09:01'))).toBeUndefined();
    // w2 does not take the item, yet it calls a ticket transferred to it.
    const toW2 = transfer(call(issue({ ticketId: 'to-w2' }, at('08:50')), w1, 'staff-1', at('08:55')), 'w1', 'w2', 'staff-1', at('09:00'));
    expect(nextTicketFor(w2, [toW2], at('09:01'))?.ticketId).toBe('to-w2');
  });

  it('orders transferred tickets by the time they were transferred, not issued', () => {
    const issuedFirst = issue({ ticketId: 'issued-first' }, at('08:30'));
    const issuedLater = issue({ ticketId: 'issued-later' }, at('08:40'));
    const movedLater = transfer(call(issuedFirst, w1, 's', at('08:45')), 'w1', 'w3', 's', at('09:10'));
    const movedFirst = transfer(call(issuedLater, w1, 's', at('08:50')), 'w1', 'w3', 's', at('09:00'));
    expect(nextTicketFor(w3, [movedLater, movedFirst], at('09:11'))?.ticketId).toBe('issued-later');
  });

  it('breaks ties by number, then ticketId, whatever the input order', () => {
    const same = at('09:00');
    const a2 = issueTicket({ ticketId: 'z', hallId: 'h1', itemId: 'household', n: 2, by: 'kiosk' }, groups, same);
    const a1 = issueTicket({ ticketId: 'y', hallId: 'h1', itemId: 'household', n: 1, by: 'kiosk' }, groups, same);
    const twin = issueTicket({ ticketId: 'x', hallId: 'h1', itemId: 'household', n: 1, by: 'kiosk' }, groups, same);
    expect(nextTicketFor(w1, [a2, a1], T0)?.ticketId).toBe('y');
    expect(nextTicketFor(w1, [a1, a2], T0)?.ticketId).toBe('y');
    expect(nextTicketFor(w1, [a1, twin, a2], T0)?.ticketId).toBe('x');
  });

  it('skips tickets that are not waiting', () => {
    const served = serve(call(issue({ ticketId: 'served' }, at('08:30')), w1, 's', at('08:31')), 'w1', 's', at('08:35'));
    const skipped = skip(
      recall(call(issue({ ticketId: 'skipped' }, at('08:31')), w3, 's', at('08:36')), 'w3', 's', at('08:37')),
      'w3',
      's',
      at('08:38'),
    );
    const heldElsewhere = call(issue({ ticketId: 'held' }, at('08:32')), w3, 's', at('08:39'));
    expect(nextTicketFor(w1, [served, skipped, heldElsewhere], T0)).toBeUndefined();
  });
});

describe('waitingAhead', () => {
  it('counts the waiting tickets of the same group called before it', () => {
    const a1 = issue({ ticketId: 'a1' }, at('08:30'));
    const a2 = issue({ ticketId: 'a2', itemId: 'id-card' }, at('08:31'));
    const b1 = issue({ ticketId: 'b1', itemId: 'business-licence' }, at('08:29'));
    const a3 = issue({ ticketId: 'a3' }, at('08:32'));
    const ap = issue({ ticketId: 'ap', appointmentId: 'ap' }, at('08:40'));
    const day = [a1, a2, b1, a3, ap];
    expect(waitingAhead(a1, day)).toBe(1); // the appointment
    expect(waitingAhead(a3, day)).toBe(3); // the appointment, a1, a2 (not b1: another group)
    expect(waitingAhead(ap, day)).toBe(0);
    expect(waitingAhead(b1, day)).toBe(0);
    const a1Called = call(a1, w1, 's', at('08:41'));
    expect(waitingAhead(a3, [a1Called, a2, b1, a3, ap])).toBe(2);
    expect(waitingAhead(a1Called, [a1Called, a2, b1, a3, ap])).toBe(0);
  });

  it('counts for a transferred ticket those transferred to the same window before it', () => {
    const first = transfer(call(issue({ ticketId: 'first' }, at('08:30')), w1, 's', at('08:31')), 'w1', 'w3', 's', at('08:35'));
    const second = transfer(call(issue({ ticketId: 'second' }, at('08:20')), w3, 's', at('08:32')), 'w3', 'w2', 's', at('08:36'));
    const third = transfer(call(issue({ ticketId: 'third' }, at('08:10')), w1, 's', at('08:33')), 'w1', 'w3', 's', at('08:37'));
    const walkIn = issue({ ticketId: 'walk-in' }, at('08:00'));
    const day = [first, second, third, walkIn];
    expect(waitingAhead(third, day)).toBe(1); // first, also to w3; second went to w2
    expect(waitingAhead(first, day)).toBe(0);
    // Transfers go ahead of the group's line.
    expect(waitingAhead(walkIn, day)).toBe(3);
  });
});

describe('ticketCalled', () => {
  it('is what the screens announce, for a call and for a recall', () => {
    const called = ticketIn('called');
    expect(ticketCalled(called)).toEqual({
      hallId: 'h1',
      day: DAY,
      ticketId: 't-table',
      number: 'A001',
      group: 'A',
      windowId: 'w1',
      calledAt: '2025-09-26T09:01:00.000+08:00',
      calls: 1,
      revision: called.version,
    });
    expect(ticketCalled(ticketIn('recalled'))).toMatchObject({ calls: 2, calledAt: '2025-09-26T09:02:00.000+08:00' });
  });

  it.each(['waiting', 'served', 'skipped'] as const)('refuses a %s ticket', (state) => {
    expect(domainErrorOf(() => ticketCalled(ticketIn(state))).code).toBe('TICKET_NOT_CALLED');
  });
});

// ---------------------------------------------------------------------------------------------
// A seeded day: public view and statistics, computed by hand
// ---------------------------------------------------------------------------------------------

/**
 * 2025-09-26. w1 takes group A, w2 group B, w3 both.
 *
 *   09:00 A001 issued          09:02 w1 calls A001        09:07 w1 serves A001
 *   09:01 A002 issued          09:08 w1 calls A002        09:09 w1 recalls A002     09:10 w1 skips A002
 *   09:02 B001 issued          09:06 w2 calls B001        09:13 w2 transfers B001 to w3
 *                              09:14 w3 calls B001        09:20 w3 serves B001 (case c-1)
 *   09:03 A003 issued          09:12 w1 calls A003        09:21 w1 recalls A003     09:30 w1 serves A003
 *   09:04 A004 (appointment)   09:05 w3 calls A004        09:11 w3 serves A004
 *   09:15 B002 issued          09:16 w2 calls B002        (still at w2)
 *   09:25 A005 issued                                     (still waiting)
 *   and A001 of 2025-09-25, left waiting (another day: never counted).
 */
function seededDay(): Ticket[] {
  const ticket = (ticketId: string, itemId: string, n: number, hhmm: string, appointmentId?: string) =>
    issueTicket({ ticketId, hallId: 'h1', itemId, n, by: 'kiosk', ...(appointmentId ? { appointmentId } : {}) }, groups, at(hhmm));
  const A001 = serve(call(ticket('A001', 'household', 1, '09:00'), w1, 's1', at('09:02')), 'w1', 's1', at('09:07'));
  const A002 = skip(
    recall(call(ticket('A002', 'id-card', 2, '09:01'), w1, 's1', at('09:08')), 'w1', 's1', at('09:09')),
    'w1',
    's1',
    at('09:10'),
  );
  const B001moved = transfer(call(ticket('B001', 'business-licence', 1, '09:02'), w2, 's2', at('09:06')), 'w2', 'w3', 's2', at('09:13'));
  const B001 = serve(call(B001moved, w3, 's3', at('09:14')), 'w3', 's3', at('09:20'), 'c-1');
  const A003 = serve(
    recall(call(ticket('A003', 'household', 3, '09:03'), w1, 's1', at('09:12')), 'w1', 's1', at('09:21')),
    'w1',
    's1',
    at('09:30'),
  );
  const A004 = serve(call(ticket('A004', 'household', 4, '09:04', 'ap-1'), w3, 's3', at('09:05')), 'w3', 's3', at('09:11'));
  const B002 = call(ticket('B002', 'business-licence', 2, '09:15'), w2, 's2', at('09:16'));
  const A005 = ticket('A005', 'household', 5, '09:25', 'ap-2');
  const yesterday = issueTicket(
    { ticketId: 'old', hallId: 'h1', itemId: 'household', n: 1, by: 'kiosk' },
    groups,
    at('16:00', '2025-09-25'),
  );
  return [A001, A002, B001, A003, A004, B002, A005, yesterday];
}

describe('queueView', () => {
  it('shows the seeded day at 09:30', () => {
    expect(queueView(seededDay(), at('09:30'), groups)).toEqual({
      groups: [
        // A: 1 waiting (A005). Served today: A001 5 min, A003 9 min, A004 6 min → 20/3 min average.
        // Windows that called an A ticket after 08:30: w1, w3 → 2. ⌈1 × 20/3 ÷ 2⌉ = ⌈3.33⌉ = 4.
        { group: 'A', waiting: 1, estimatedWaitMinutes: 4 },
        { group: 'B', waiting: 0, estimatedWaitMinutes: 0 },
      ],
      // Latest call or recall first: A003 09:21, B002 09:16, B001 09:14, A002 09:09, A004 09:05 (A001 09:02 is the sixth).
      called: [
        { number: 'A003', windowId: 'w1' },
        { number: 'B002', windowId: 'w2' },
        { number: 'B001', windowId: 'w3' },
        { number: 'A002', windowId: 'w1' },
        { number: 'A004', windowId: 'w3' },
      ],
    });
    expect(LAST_CALLED_SHOWN).toBe(5);
  });

  it(`assumes ${DEFAULT_SERVICE_MINUTES} minutes per ticket until one of the group is served`, () => {
    const waiting = [1, 2, 3].map((n) => issue({ ticketId: `w${n}` }, at('08:30')));
    // 3 waiting × 5 min ÷ 1 window (none has called yet; at least one is assumed) = 15.
    expect(queueView(waiting, T0, [A]).groups).toEqual([{ group: 'A', waiting: 3, estimatedWaitMinutes: 15 }]);
  });

  it('divides by the windows that called a ticket of the group in the last hour', () => {
    const waiting = [1, 2, 3].map((n) => issue({ ticketId: `w${n}` }, at('08:00')));
    const byW1 = call(issue({ ticketId: 'c1' }, at('08:00')), w1, 's', at('08:10'));
    const byW3 = call(issue({ ticketId: 'c3' }, at('08:00')), w3, 's', at('08:30'));
    const tickets = [...waiting, byW1, byW3];
    // 08:59: both calls are within the hour → ⌈3 × 5 ÷ 2⌉ = ⌈7.5⌉ = 8.
    expect(queueView(tickets, at('08:59'), [A]).groups[0]).toEqual({ group: 'A', waiting: 3, estimatedWaitMinutes: 8 });
    // 09:10: w1's call at 08:10 is exactly an hour old, so only w3 counts → 3 × 5 ÷ 1 = 15.
    expect(queueView(tickets, at('09:10'), [A]).groups[0]).toEqual({ group: 'A', waiting: 3, estimatedWaitMinutes: 15 });
  });

  it("shows at least a minute while anyone waits, even when the day's tickets were served in no time", () => {
    // Found by the property test: a ticket served at the second it was called made the average 0.
    const instant = serve(call(issue({ ticketId: 'quick' }, at('08:30')), w1, 's', at('08:40')), 'w1', 's', at('08:40'));
    const waiting = issue({ ticketId: 'waiting' }, at('08:35'));
    expect(queueView([instant, waiting], at('08:41'), [A]).groups).toEqual([{ group: 'A', waiting: 1, estimatedWaitMinutes: 1 }]);
  });

  it('moves a recalled number back to the top of the called list', () => {
    const first = call(issue({ ticketId: 'first' }, at('08:30')), w1, 's', at('08:40'));
    const second = call(issue({ ticketId: 'second', itemId: 'business-licence' }, at('08:30')), w2, 's', at('08:41'));
    expect(queueView([first, second], at('08:42'), groups).called.map((c) => c.number)).toEqual([second.number, first.number]);
    const again = recall(first, 'w1', 's', at('08:43'));
    expect(queueView([again, second], at('08:43'), groups).called.map((c) => c.number)).toEqual([first.number, second.number]);
  });

  it('does not show a transferred ticket as called at the window it left', () => {
    const moved = transfer(call(issue({ ticketId: 'moved' }, at('08:30')), w1, 's', at('08:40')), 'w1', 'w2', 's', at('08:45'));
    expect(queueView([moved], at('08:46'), groups)).toMatchObject({ called: [], groups: [{ group: 'A', waiting: 1 }, { group: 'B' }] });
  });
});

describe('dayStatistics', () => {
  it('computes the seeded day by hand', () => {
    expect(dayStatistics(DAY, seededDay())).toEqual({
      day: DAY,
      groups: [
        {
          group: 'A',
          // A001 served, A002 skipped, A003 served, A004 served, A005 waiting.
          tickets: 5,
          waiting: 1,
          called: 0,
          served: 3,
          noShows: 1,
          // Waits (first call − issue): A004 1, A001 2, A002 7, A003 9 → 19/4 = 4.75 → 4.8 (half up);
          // p90: rank ⌈0.9 × 4⌉ = 4 → 9.
          averageWaitMinutes: 4.8,
          p90WaitMinutes: 9,
          // Services (served − latest call): A001 5, A004 6, A003 9 (from its recall at 09:21) → 20/3 = 6.67 → 6.7;
          // p90: rank ⌈0.9 × 3⌉ = 3 → 9.
          averageServiceMinutes: 6.7,
          p90ServiceMinutes: 9,
        },
        {
          group: 'B',
          tickets: 2,
          waiting: 0,
          called: 1,
          served: 1,
          noShows: 0,
          // Waits: B002 1, B001 4 (its first call, at w2) → 5/2 = 2.5; p90: rank ⌈1.8⌉ = 2 → 4.
          averageWaitMinutes: 2.5,
          p90WaitMinutes: 4,
          // Service: B001 6 (09:14 → 09:20 at w3).
          averageServiceMinutes: 6,
          p90ServiceMinutes: 6,
        },
      ],
      windows: [
        {
          windowId: 'w1',
          // Called A001, A002, A003: served A001 and A003, A002 a no-show.
          tickets: 3,
          called: 0,
          served: 2,
          noShows: 1,
          transferred: 0,
          // Waits: 2, 7, 9 → 18/3 = 6; p90: rank ⌈2.7⌉ = 3 → 9.
          averageWaitMinutes: 6,
          p90WaitMinutes: 9,
          // Services: A001 5, A003 9 → 7; p90: rank ⌈1.8⌉ = 2 → 9.
          averageServiceMinutes: 7,
          p90ServiceMinutes: 9,
        },
        {
          windowId: 'w2',
          // Called B001 (transferred to w3) and B002 (still at w2).
          tickets: 2,
          called: 1,
          served: 0,
          noShows: 0,
          transferred: 1,
          // Waits: B001 4, B002 1 → 2.5; p90 → 4. Nothing served here.
          averageWaitMinutes: 2.5,
          p90WaitMinutes: 4,
          averageServiceMinutes: null,
          p90ServiceMinutes: null,
        },
        {
          windowId: 'w3',
          // Called A004 and B001 (transferred in); served both.
          tickets: 2,
          called: 0,
          served: 2,
          noShows: 0,
          transferred: 0,
          // Waits: A004 1 only (B001's wait belongs to w2, which called it first).
          averageWaitMinutes: 1,
          p90WaitMinutes: 1,
          // Services: A004 6, B001 6.
          averageServiceMinutes: 6,
          p90ServiceMinutes: 6,
        },
      ],
    });
  });

  it('is empty for a day without tickets, and null where there is nothing to average', () => {
    expect(dayStatistics('2025-09-27', seededDay())).toEqual({ day: '2025-09-27', groups: [], windows: [] });
    const onlyWaiting = dayStatistics(DAY, [issue({}, at('09:00'))]);
    expect(onlyWaiting.groups[0]).toMatchObject({
      tickets: 1,
      waiting: 1,
      averageWaitMinutes: null,
      p90WaitMinutes: null,
      averageServiceMinutes: null,
      p90ServiceMinutes: null,
    });
    expect(onlyWaiting.windows).toEqual([]);
  });

  it.each([
    // 10 waits of 1..10 min: rank ⌈0.9 × 10⌉ = 9 → 9; average 55/10 = 5.5.
    { seconds: [60, 120, 180, 240, 300, 360, 420, 480, 540, 600], average: 5.5, p90: 9 },
    // 11 waits of 1..11 min: rank ⌈9.9⌉ = 10 → 10; average 66/11 = 6.
    { seconds: [60, 120, 180, 240, 300, 360, 420, 480, 540, 600, 660], average: 6, p90: 10 },
    // One wait is its own p90.
    { seconds: [180], average: 3, p90: 3 },
    // 9 s and 12 s: average 10.5 s = 0.175 min → 0.2; p90 rank ⌈1.8⌉ = 2 → 12 s = 0.2 min.
    { seconds: [9, 12], average: 0.2, p90: 0.2 },
    // 3 s = 0.05 min rounds half up to 0.1; 2.999 s would round down.
    { seconds: [3], average: 0.1, p90: 0.1 },
    { seconds: [2.999], average: 0, p90: 0 },
  ])('nearest-rank p90 and half-up rounding: waits of $seconds s', ({ seconds, average, p90 }) => {
    const tickets = seconds.map((s, i) =>
      call(issue({ ticketId: `p${i}`, itemId: 'business-licence' }, T0), w2, 's', new Date(T0.getTime() + Math.round(s * 1000))),
    );
    expect(dayStatistics(DAY, tickets).groups[0]).toMatchObject({ averageWaitMinutes: average, p90WaitMinutes: p90 });
  });
});
