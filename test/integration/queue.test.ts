/**
 * The walk-in queue over HTTP on the local runtime (spec/API.md "Walk-in queue and rating
 * devices"): ticket groups, the kiosk and its caps, calling with the priority lane first,
 * double clicks and 20 windows calling at once, recall / skip / serve / transfer, TicketCalled
 * from the outbox, the public screen, and the day rolling over at local midnight. Each scenario
 * runs on a day of its own (the queue is per day), on one runtime with a movable clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteKey } from '#api/routes';
import { settableClock } from '#local/clock';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { startHarness, type Harness } from '#local/harness/runtime';
import { queueRecords } from '#adapters/queue-records';
import { issueTicket } from '#services/queue';
import { anyString, stringMatching } from '../support/matchers';

const clock = settableClock('2025-10-09T08:00:00+08:00');
let t: Harness;
let hall: HallFixture;

/** The counter windows c01…c20: all take the item `counter` (group B). */
const COUNTERS = Array.from({ length: 20 }, (_, i) => `c${String(i + 1).padStart(2, '0')}`);
const GROUPS = [
  { group: 'A', itemIds: ['licence', 'record'], dailyCap: 200 },
  { group: 'B', itemIds: ['counter'], dailyCap: 150 },
  { group: 'C', itemIds: ['certificate'], dailyCap: 2 },
];

beforeAll(async () => {
  t = await startHarness({ clock });
  hall = await setUpHall(t);
  const { admin } = hall.tokens;
  const ok = (reply: { status: number; text: string }) => expect(reply.status, reply.text).toBe(200);
  for (const windowId of COUNTERS) {
    ok(
      await t.call('PUT /v1/halls/{hallId}/windows/{windowId}', {
        params: { hallId: 'h1', windowId },
        token: admin,
        body: { name: `综合窗口 ${windowId}`, departmentId: 'market' },
      }),
    );
  }
  const item = (itemId: string, windowIds: string[]) =>
    t.call('PUT /v1/halls/{hallId}/items/{itemId}', {
      params: { hallId: 'h1', itemId },
      token: admin,
      body: {
        name: itemId,
        kind: 'service',
        departmentId: 'market',
        windowIds,
        legalLimitDays: 1,
        promisedLimitDays: 1,
        materials: [{ id: 'application', name: '申请书' }],
      },
    });
  ok(await item('counter', COUNTERS));
  ok(await item('certificate', ['w2']));
  ok(await t.call('PUT /v1/halls/{hallId}/ticket-groups', { params: { hallId: 'h1' }, token: admin, body: { groups: GROUPS } }));
});
afterAll(() => t.stop());

const take = (itemId: string) => t.call('POST /v1/public/halls/{hallId}/tickets', { params: { hallId: 'h1' }, body: { itemId } });
const callNext = (windowId: string, token = hall.tokens.admin) =>
  t.call('POST /v1/halls/{hallId}/windows/{windowId}/call-next', { params: { hallId: 'h1', windowId }, token });
const ticket = (ticketId: string) =>
  t.call('GET /v1/halls/{hallId}/tickets/{ticketId}', { params: { hallId: 'h1', ticketId }, token: hall.tokens.admin });
const screen = () => t.call('GET /v1/public/halls/{hallId}/queue', { params: { hallId: 'h1' } });

type Work = 'recall' | 'skip' | 'serve' | 'transfer';
const work = (action: Work, ticketId: string, token = hall.tokens.admin, body?: object) =>
  t.call(
    `POST /v1/halls/{hallId}/tickets/{ticketId}/${action}` satisfies Extract<
      RouteKey,
      `POST /v1/halls/{hallId}/tickets/{ticketId}/${Work}`
    >,
    {
      params: { hallId: 'h1', ticketId },
      token,
      ...(body ? { body } : {}),
    },
  );

describe('ticket groups', () => {
  it('refuse a bad set-up with the field named, and keep the groups as they were', async () => {
    const put = (groups: unknown) =>
      t.call('PUT /v1/halls/{hallId}/ticket-groups', { params: { hallId: 'h1' }, token: hall.tokens.admin, body: { groups } });
    const twice = await put([
      { group: 'A', itemIds: ['licence'], dailyCap: 5 },
      { group: 'A', itemIds: ['record'], dailyCap: 5 },
    ]);
    expect([twice.status, twice.error?.details]).toEqual([400, [{ field: 'groups.1.group', message: 'group A is listed twice' }]]);
    const unknown = await put([{ group: 'A', itemIds: ['passport'], dailyCap: 5 }]);
    expect([unknown.status, unknown.error?.code, unknown.error?.details[0]?.field]).toEqual([
      422,
      'UNKNOWN_REFERENCE',
      'groups.0.itemIds.0',
    ]);
    expect((await put([{ group: 'a', itemIds: ['licence'], dailyCap: 0 }])).status).toBe(400);
    const staff = await t.call('PUT /v1/halls/{hallId}/ticket-groups', {
      params: { hallId: 'h1' },
      token: hall.tokens.staffA,
      body: { groups: GROUPS },
    });
    expect(staff.status).toBe(403);
    const current = await t.call('GET /v1/halls/{hallId}/ticket-groups', { params: { hallId: 'h1' }, token: hall.tokens.staffA });
    expect(current.body.groups).toEqual(GROUPS);
  });

  it('an item in no group gets no ticket (422 ITEM_NOT_QUEUED), an unknown hall 404', async () => {
    expect((await take('no-such-item')).error?.code).toBe('ITEM_NOT_QUEUED');
    expect((await t.call('POST /v1/public/halls/{hallId}/tickets', { params: { hallId: 'h9' }, body: { itemId: 'record' } })).status).toBe(
      404,
    );
  });
});

describe('the kiosk, the windows and the screen', () => {
  it('numbers per group and day, and tells each visitor how many are ahead', async () => {
    clock.set('2025-10-09T09:00:00+08:00');
    const replies = [await take('licence'), await take('record'), await take('certificate')];
    expect(replies.map((r) => [r.status, r.body])).toEqual([
      [
        201,
        {
          ticketId: '2025-10-09-A001',
          number: 'A001',
          itemId: 'licence',
          group: 'A',
          issuedAt: anyString(),
          waitingAhead: 0,
          status: 'waiting',
        },
      ],
      [
        201,
        {
          ticketId: '2025-10-09-A002',
          number: 'A002',
          itemId: 'record',
          group: 'A',
          issuedAt: anyString(),
          waitingAhead: 1,
          status: 'waiting',
        },
      ],
      [
        201,
        {
          ticketId: '2025-10-09-C001',
          number: 'C001',
          itemId: 'certificate',
          group: 'C',
          issuedAt: anyString(),
          waitingAhead: 0,
          status: 'waiting',
        },
      ],
    ]);
    const view = await screen();
    expect(view.body).toEqual({
      groups: [
        { group: 'A', waiting: 2, estimatedWaitMinutes: 10 },
        { group: 'B', waiting: 0, estimatedWaitMinutes: 0 },
        { group: 'C', waiting: 1, estimatedWaitMinutes: 5 },
      ],
      called: [],
    });
    expect(view.headers.get('cache-control')).toBe('public, max-age=5');
  });

  it("calls the oldest ticket of the window's items for its own staff; other windows' staff are refused", async () => {
    clock.set('2025-10-09T09:05:00+08:00');
    expect((await callNext('w1', hall.tokens.staffW2)).status).toBe(403);
    const before = t.runtime.events.published.length;
    const called = await callNext('w1', hall.tokens.staffA);
    expect(called.body).toMatchObject({ ticketId: '2025-10-09-A001', status: 'called', windowId: 'w1', calls: 1 });
    // Announced on the bus for the screens and the voice, from the committed change.
    await t.runtime.settle();
    expect(t.runtime.events.published.slice(before).map((e) => [e['detail-type'], e.detail])).toEqual([
      [
        'TicketCalled',
        {
          version: '1',
          hallId: 'h1',
          revision: 2,
          ticketId: '2025-10-09-A001',
          day: '2025-10-09',
          number: 'A001',
          group: 'A',
          windowId: 'w1',
          calledAt: stringMatching(/^2025-10-09T09:05:00\.\d{3}\+08:00$/),
          calls: 1,
        },
      ],
    ]);
    expect((await screen()).body.called).toEqual([{ number: 'A001', windowId: 'w1' }]);
  });

  it('a second call-next while the window holds a ticket is 409 WINDOW_BUSY, and calls nobody', async () => {
    const again = await callNext('w1', hall.tokens.staffB);
    expect([again.status, again.error?.code]).toEqual([409, 'WINDOW_BUSY']);
    expect((await ticket('2025-10-09-A002')).body.status).toBe('waiting');
  });

  it('recall, then skip (过号): a no-show needs a call and a recall', async () => {
    const early = await work('skip', '2025-10-09-A001', hall.tokens.staffA);
    expect([early.status, early.error?.code]).toEqual([422, 'TICKET_NOT_RECALLED']);
    const before = t.runtime.events.published.length;
    clock.set('2025-10-09T09:06:00+08:00');
    expect((await work('recall', '2025-10-09-A001', hall.tokens.staffA)).body).toMatchObject({ calls: 2, status: 'called' });
    await t.runtime.settle();
    expect(t.runtime.events.published.slice(before).map((e) => [e['detail-type'], e.detail.calls])).toEqual([['TicketCalled', 2]]);
    expect((await work('recall', '2025-10-09-A001', hall.tokens.staffW2)).status).toBe(403);
    const skipped = await work('skip', '2025-10-09-A001', hall.tokens.staffA);
    expect(skipped.body).toMatchObject({ status: 'skipped', windowId: 'w1' });
    const late = await work('recall', '2025-10-09-A001', hall.tokens.staffA);
    expect([late.status, late.error?.code, late.error?.message]).toEqual([409, 'TICKET_NOT_CALLED', 'Ticket A001 is skipped, not called']);
  });

  it('serve links the case; transfer (多窗联办) sends the visitor on with the whole history', async () => {
    clock.set('2025-10-09T09:10:00+08:00');
    const next = await callNext('w1', hall.tokens.staffA);
    expect(next.body).toMatchObject({ ticketId: '2025-10-09-A002' });
    // To w2, which does not take the item: the second part of a joint service.
    const moved = await work('transfer', '2025-10-09-A002', hall.tokens.staffA, { windowId: 'w2' });
    expect(moved.body).toMatchObject({ status: 'waiting', transferredTo: 'w2', calls: 0 });
    expect((await callNext('w1', hall.tokens.staffA)).status).toBe(204);
    clock.set('2025-10-09T09:20:00+08:00');
    // w2's line: the transferred visitor first, before C001 which waited longer.
    expect((await callNext('w2', hall.tokens.staffW2)).body).toMatchObject({ ticketId: '2025-10-09-A002', windowId: 'w2' });
    const intake = await t.call('POST /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      token: hall.tokens.staffA,
      body: { itemId: 'record', windowId: 'w1', applicant: { name: '王小明' }, submittedMaterials: ['application'] },
    });
    const unknownCase = await work('serve', '2025-10-09-A002', hall.tokens.staffW2, { caseId: 'no-such-case' });
    expect([unknownCase.status, unknownCase.error?.code]).toEqual([422, 'UNKNOWN_REFERENCE']);
    clock.set('2025-10-09T09:30:00+08:00');
    const served = await work('serve', '2025-10-09-A002', hall.tokens.staffW2, { caseId: intake.body.caseId });
    expect(served.body).toMatchObject({
      status: 'served',
      windowId: 'w2',
      caseId: intake.body.caseId,
      firstCalledAt: stringMatching(/^2025-10-09T09:10/),
    });
    expect(served.body.history.map((h) => [h.action, h.windowId, h.toWindowId ?? h.caseId])).toEqual([
      ['issued', undefined, undefined],
      ['called', 'w1', undefined],
      ['transferred', 'w1', 'w2'],
      ['called', 'w2', undefined],
      ['served', 'w2', intake.body.caseId],
    ]);
  });

  it('bad input is a clear 4xx and changes nothing', async () => {
    const cases = [
      { reply: await work('transfer', '2025-10-09-C001', hall.tokens.admin, { windowId: 'w2' }), status: 409, code: 'TICKET_NOT_CALLED' },
      { reply: await work('transfer', '2025-10-09-C001', hall.tokens.admin, {}), status: 400, code: 'VALIDATION_FAILED' },
      { reply: await work('recall', '2025-10-09-Z999'), status: 404, code: 'TICKET_NOT_FOUND' },
      { reply: await work('recall', 'A001'), status: 400, code: 'VALIDATION_FAILED' },
      { reply: await callNext('w9'), status: 404, code: 'WINDOW_NOT_FOUND' },
      { reply: await take(''), status: 400, code: 'VALIDATION_FAILED' },
    ];
    expect(cases.map((c) => [c.reply.status, c.reply.error?.code])).toEqual(cases.map((c) => [c.status, c.code]));
    expect((await ticket('2025-10-09-C001')).body).toMatchObject({ status: 'waiting', version: 1 });
    expect((await screen()).body.groups.map((g) => g.waiting)).toEqual([0, 0, 1]);
  });
});

describe('two clicks on call-next at once', () => {
  it('call one visitor: the other click gets 409 WINDOW_BUSY', async () => {
    clock.set('2025-10-10T09:00:00+08:00');
    for (let i = 0; i < 2; i++) expect((await take('certificate')).status).toBe(201);
    const clicks = await Promise.all([callNext('w2', hall.tokens.staffW2), callNext('w2', hall.tokens.staffW2)]);
    expect(clicks.map((c) => c.status).sort()).toEqual([200, 409]);
    expect(clicks.find((c) => c.status === 409)?.error?.code).toBe('WINDOW_BUSY');
    const statuses = await Promise.all(['C001', 'C002'].map(async (n) => (await ticket(`2025-10-10-${n}`)).body.status));
    expect(statuses).toEqual(['called', 'waiting']);
  });
});

describe('the priority lane and the caps', () => {
  it('a checked-in appointment is called before the walk-ins who came earlier, and a retried check-in keeps its ticket', async () => {
    clock.set('2025-10-13T09:00:00+08:00');
    expect((await take('licence')).body.number).toBe('A001');
    expect((await take('licence')).body.number).toBe('A002');
    clock.set('2025-10-13T09:01:00+08:00');
    const checkIn = { hallId: 'h1', itemId: 'record', by: 's-a', lane: 'priority' as const, appointmentId: 'appt-1' };
    const first = await issueTicket(t.runtime.deps, checkIn, clock.now());
    const retried = await issueTicket(t.runtime.deps, checkIn, clock.now());
    expect(first).toMatchObject({ ticket: { number: 'A003', lane: 'priority', appointmentId: 'appt-1' }, waitingAhead: 0 });
    expect(retried.ticket.ticketId).toBe(first.ticket.ticketId);
    expect((await take('licence')).body).toMatchObject({ number: 'A004', waitingAhead: 3 });
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      const called = await callNext('w1');
      order.push(called.body.number);
      await work('serve', called.body.ticketId);
    }
    expect(order).toEqual(['A003', 'A001', 'A002', 'A004']);
  });

  it("stops walk-in tickets at the group's daily cap (409, no number used), but not checked-in appointments", async () => {
    clock.set('2025-10-14T09:00:00+08:00');
    expect([(await take('certificate')).status, (await take('certificate')).status]).toEqual([201, 201]);
    const third = await take('certificate');
    expect([third.status, third.error?.code, third.error?.message]).toEqual([
      409,
      'QUEUE_CAP_REACHED',
      'Group C has issued its 2 tickets for today',
    ]);
    expect((await screen()).body.groups.find((g) => g.group === 'C')?.waiting).toBe(2);
    const checkIn = await issueTicket(
      t.runtime.deps,
      { hallId: 'h1', itemId: 'certificate', by: 's-w2', lane: 'priority', appointmentId: 'appt-2' },
      clock.now(),
    );
    expect(checkIn.ticket.number).toBe('C003');
    // Refused presses used no number: the next day starts again at 1 and the cap counts again.
    clock.set('2025-10-15T09:00:00+08:00');
    expect((await take('certificate')).body.number).toBe('C001');
  });
});

describe('20 windows calling at once', () => {
  it('call each of 100 waiting tickets exactly once, and lose none', async () => {
    clock.set('2025-10-16T08:30:00+08:00');
    // Issued as the kiosk does (the kiosk's own HTTP path is shown above).
    const walkIn = { hallId: 'h1', itemId: 'counter', by: 'kiosk', lane: 'normal' as const };
    for (let batch = 0; batch < 5; batch++)
      await Promise.all(Array.from({ length: 20 }, () => issueTicket(t.runtime.deps, walkIn, clock.now())));
    clock.set('2025-10-16T09:00:00+08:00');
    // Every window calls, serves and calls again until nobody waits; the first round is one burst of 20 calls.
    const servedBy = await Promise.all(
      COUNTERS.map(async (windowId) => {
        const served: string[] = [];
        for (;;) {
          const called = await callNext(windowId);
          if (called.status === 204) return served;
          expect(called.status, called.text).toBe(200);
          expect((await work('serve', called.body.ticketId)).status).toBe(200);
          served.push(called.body.number);
        }
      }),
    );
    const all = servedBy.flat();
    expect(all).toHaveLength(100);
    expect(new Set(all).size).toBe(100);
    expect(servedBy.filter((list) => list.length > 0).length).toBeGreaterThan(1);
    // As stored: B001…B100, each issued, called once and served, at the window that called it.
    const stored = await queueRecords.ticketsOfDay(t.runtime.deps, 'h1', '2025-10-16', true);
    expect(stored.map((s) => s.number).sort()).toEqual(Array.from({ length: 100 }, (_, i) => `B${String(i + 1).padStart(3, '0')}`));
    for (const { history } of stored) {
      expect(history.map((h) => h.action)).toEqual(['issued', 'called', 'served']);
      expect(history[1]?.windowId).toBe(history[2]?.windowId);
    }
    expect((await screen()).body.groups.find((g) => g.group === 'B')?.waiting).toBe(0);
  });
});

describe('the day rolls over at local midnight', () => {
  it("restarts the numbers; yesterday's tickets are neither called nor shown, and refuse any action; the day-end job keeps the day", async () => {
    clock.set('2025-10-17T23:58:00+08:00');
    await take('record');
    await take('record');
    await callNext('w1');
    clock.set('2025-10-18T00:00:30+08:00'); // 16:00:30 UTC the day before: not UTC midnight
    const today = await take('record');
    expect(today.body).toMatchObject({ ticketId: '2025-10-18-A001', number: 'A001', waitingAhead: 0 });
    const view = (await screen()).body;
    expect(view.called).toEqual([]);
    expect(view.groups.find((g) => g.group === 'A')).toEqual({ group: 'A', waiting: 1, estimatedWaitMinutes: 5 });
    const expired = await work('serve', '2025-10-17-A001');
    expect([expired.status, expired.error?.code]).toEqual([409, 'TICKET_EXPIRED']);
    // w1 still "holds" yesterday's A001: that does not block today's queue.
    expect((await callNext('w1')).body).toMatchObject({ ticketId: '2025-10-18-A001' });

    const run = (await t.runtime.invoke('queue-day-close', { asOf: '2025-10-18', hallId: 'h1' })) as { day: string };
    expect(run).toEqual({ day: '2025-10-17', closed: [{ hallId: 'h1', tickets: 2 }] });
    const kept = await t.call('GET /v1/halls/{hallId}/queue-statistics/{date}', {
      params: { hallId: 'h1', date: '2025-10-17' },
      token: hall.tokens.supervisor,
    });
    expect(kept.body).toMatchObject({
      day: '2025-10-17',
      final: true,
      groups: [{ group: 'A', tickets: 2, waiting: 1, called: 1, served: 0, noShows: 0 }],
    });
    const future = await t.call('GET /v1/halls/{hallId}/queue-statistics/{date}', {
      params: { hallId: 'h1', date: '2025-10-19' },
      token: hall.tokens.supervisor,
    });
    expect([future.status, future.error?.code]).toEqual([422, 'DAY_NOT_STARTED']);
  });
});

describe('a day of statistics, computed by hand', () => {
  /**
   * 2025-10-20. w1 takes group A, w2 group C.
   *   09:00 A001   09:01 A002   09:02 C001
   *   09:05 w1 calls A001 (waited 5)    09:10 w2 calls C001 (waited 8)   09:15 w1 serves A001 (10)
   *   09:16 w1 calls A002 (waited 15)   09:17 w1 recalls A002            09:18 w1 skips A002 (no-show)
   *   09:30 w2 serves C001 (20)
   */
  it('keeps tickets, served, no-shows, and the average and p90 of wait and service per group and window', async () => {
    const at = (hhmm: string) => clock.set(`2025-10-20T${hhmm}:00+08:00`);
    at('09:00');
    await take('licence');
    at('09:01');
    await take('record');
    at('09:02');
    await take('certificate');
    at('09:05');
    await callNext('w1');
    at('09:10');
    await callNext('w2');
    at('09:15');
    await work('serve', '2025-10-20-A001');
    at('09:16');
    await callNext('w1');
    at('09:17');
    await work('recall', '2025-10-20-A002');
    at('09:18');
    await work('skip', '2025-10-20-A002');
    at('09:30');
    await work('serve', '2025-10-20-C001');

    clock.set('2025-10-21T08:00:00+08:00');
    const read = () =>
      t.call('GET /v1/halls/{hallId}/queue-statistics/{date}', { params: { hallId: 'h1', date: '2025-10-20' }, token: hall.tokens.staffA });
    const report = await read();
    expect(report.body).toEqual({
      hallId: 'h1',
      day: '2025-10-20',
      final: true,
      computedAt: stringMatching(/^2025-10-21T08:00/),
      groups: [
        {
          group: 'A',
          tickets: 2,
          waiting: 0,
          called: 0,
          served: 1,
          noShows: 1,
          averageWaitMinutes: 10,
          p90WaitMinutes: 15,
          averageServiceMinutes: 10,
          p90ServiceMinutes: 10,
        },
        {
          group: 'C',
          tickets: 1,
          waiting: 0,
          called: 0,
          served: 1,
          noShows: 0,
          averageWaitMinutes: 8,
          p90WaitMinutes: 8,
          averageServiceMinutes: 20,
          p90ServiceMinutes: 20,
        },
      ],
      windows: [
        {
          windowId: 'w1',
          tickets: 2,
          called: 0,
          served: 1,
          noShows: 1,
          transferred: 0,
          averageWaitMinutes: 10,
          p90WaitMinutes: 15,
          averageServiceMinutes: 10,
          p90ServiceMinutes: 10,
        },
        {
          windowId: 'w2',
          tickets: 1,
          called: 0,
          served: 1,
          noShows: 0,
          transferred: 0,
          averageWaitMinutes: 8,
          p90WaitMinutes: 8,
          averageServiceMinutes: 20,
          p90ServiceMinutes: 20,
        },
      ],
      inquiries: [],
    });
    // Kept on the first read of the past day: the second read is the same record.
    expect((await read()).body).toEqual(report.body);

    // The month's statistics sum the kept days per window: this one and 2025-10-17 (kept above).
    const month = await t.call('GET /v1/halls/{hallId}/statistics/{month}', {
      params: { hallId: 'h1', month: '2025-10' },
      token: hall.tokens.supervisor,
    });
    const desk = (windowId: string) => month.body.frontDesk?.find((r) => r.windowId === windowId);
    // w1: 10-17's one call, and this day's A001 served and A002 a no-show; w2: C001 served.
    expect([desk('w1'), desk('w2')]).toMatchObject([
      { tickets: 3, served: 1, ticketNoShows: 1, transferred: 0, appointmentNoShows: 0 },
      { tickets: 1, served: 1, ticketNoShows: 0, transferred: 0, appointmentNoShows: 0 },
    ]);
  });
});
