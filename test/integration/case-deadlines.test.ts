/**
 * Deadlines that follow the rules and the calendar, over the local runtime with its stream
 * mappings: the daily job closes cases whose materials never came (逾期未补正); a hall closure
 * or a national schedule loaded recomputes the due dates of the open cases it touches, through
 * the calendar's change stream, once (redeliveries write nothing), with the reminders following;
 * and the events the outbox publishes for all of it.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settableClock } from '#local/clock';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { startHarness, type Harness } from '#local/harness/runtime';
import { dueDateRecomputeSource } from '#topology/triggers';

const clock = settableClock('2025-09-26T09:00:00+08:00');
let t: Harness;
let hall: HallFixture;
let other: HallFixture;
/** The calendar records the recomputation's mapping delivers (to redeliver one by hand). */
const calendarRecords: DynamoDBRecord[] = [];

beforeAll(async () => {
  t = await startHarness({ clock });
  hall = await setUpHall(t);
  other = await setUpHall(t, 'h2');
  t.runtime.store.stream.subscribe({
    ...dueDateRecomputeSource,
    name: 'test-tap',
    handler: (event) => {
      calendarRecords.push(...event.Records);
      return Promise.resolve();
    },
    onFailure: () => undefined,
  });
  await t.runtime.settle();
});
afterAll(() => t.stop());

async function intake(materials: string[], hallId = 'h1', token = hall.tokens.staffA) {
  const reply = await t.call('POST /v1/halls/{hallId}/cases', {
    params: { hallId },
    token,
    body: { itemId: 'licence', windowId: 'w1', applicant: { name: '王小明' }, submittedMaterials: materials },
  });
  expect(reply.status).toBe(201);
  return reply.body;
}
const stored = async (caseId: string, hallId = 'h1', token = hall.tokens.admin) =>
  (await t.call('GET /v1/halls/{hallId}/cases/{caseId}', { params: { hallId, caseId }, token })).body;
const eventsOf = (caseId: string) =>
  t.runtime.events.published.filter((e) => e.detail.caseId === caseId).map((e) => ({ type: e['detail-type'], ...e.detail }));

describe('materials never supplemented (逾期未补正)', () => {
  it('the daily job closes a case the day after its supplement limit, says why, and the outbox announces it', async () => {
    const c = await intake(['application']); // one-time notice on Friday 2025-09-26: limit 2025-10-30
    const early = await t.runtime.invoke('deadline-reminders', { asOf: '2025-10-30', hallId: 'h1' });
    expect(early).toMatchObject({ ran: true, closedIncomplete: 0 });
    expect((await stored(c.caseId)).status).toBe('awaiting-materials');

    clock.set('2025-10-31T08:00:00+08:00');
    const due = await t.runtime.invoke('deadline-reminders', { asOf: '2025-10-31', hallId: 'h1' });
    expect(due).toMatchObject({ closedIncomplete: 1 });
    const closed = await stored(c.caseId);
    expect(closed).toMatchObject({ status: 'closed-incomplete', overdue: false });
    expect(closed.history.at(-1)).toMatchObject({
      action: 'closed-incomplete',
      by: 'deadline-reminders',
      reason: 'materials not supplemented within 20 working days of the notice of 2025-09-26 (limit 2025-10-30): id-card, floor-plan',
    });
    await t.runtime.settle();
    expect(eventsOf(c.caseId).at(-1)).toMatchObject({ type: 'CaseConcluded', outcome: 'closed-incomplete', overdue: false });
    // Again the same day: nothing more.
    expect(await t.runtime.invoke('deadline-reminders', { asOf: '2025-10-31', hallId: 'h1' })).toMatchObject({ closedIncomplete: 0 });
  });

  it("follows the hall's own limit", async () => {
    clock.set('2025-11-03T09:00:00+08:00');
    const c = await intake(['application']);
    const rules = await t.call('PUT /v1/halls/{hallId}/assessment-rules', {
      params: { hallId: 'h1' },
      token: hall.tokens.admin,
      body: { supplementLimitDays: 5 },
    });
    expect(rules.body.rules.supplementLimitDays).toBe(5);
    // 5 working days after Monday 11-03: 11-10; closed on 11-11.
    expect(await t.runtime.invoke('deadline-reminders', { asOf: '2025-11-10', hallId: 'h1' })).toMatchObject({ closedIncomplete: 0 });
    expect(await t.runtime.invoke('deadline-reminders', { asOf: '2025-11-11', hallId: 'h1' })).toMatchObject({ closedIncomplete: 1 });
    expect((await stored(c.caseId)).status).toBe('closed-incomplete');
  });
});

describe('due dates that follow the calendar', () => {
  it('a hall closure moves the open cases due on or after it, records both dates, and the reminders follow', async () => {
    clock.set('2025-12-01T09:00:00+08:00'); // Monday
    const c = await intake(['application', 'id-card', 'floor-plan']); // due Monday 12-08
    const untouched = await intake(['application', 'id-card', 'floor-plan']);
    expect([c.dueDate, untouched.dueDate]).toEqual(['2025-12-08', '2025-12-08']);
    // Decided before the closure: a concluded case keeps its due date.
    expect(
      (
        await t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', {
          params: { hallId: 'h1', caseId: untouched.caseId },
          token: hall.tokens.chief,
          body: { outcome: 'approved' },
        })
      ).status,
    ).toBe(200);

    const closure = await t.call('PUT /v1/halls/{hallId}/calendar/{date}', {
      params: { hallId: 'h1', date: '2025-12-04' },
      token: hall.tokens.admin,
      body: { open: false, reason: '暴雪停止办公' },
    });
    expect(closure.status).toBe(200);
    await t.runtime.settle();

    const moved = await stored(c.caseId);
    expect(moved.dueDate).toBe('2025-12-09');
    expect(moved.history.at(-1)).toMatchObject({
      action: 'due-date-recomputed',
      by: 'due-date-recompute',
      previousDueDate: '2025-12-08',
      dueDate: '2025-12-09',
      reason: 'the hall is closed on 2025-12-04 (暴雪停止办公)',
    });
    expect((await stored(untouched.caseId)).dueDate).toBe('2025-12-08');
    expect(eventsOf(c.caseId).at(-1)).toMatchObject({
      type: 'CaseDueDateChanged',
      cause: 'calendar',
      previousDueDate: '2025-12-08',
      dueDate: '2025-12-09',
    });

    // The same closure again (a new reason only) and a redelivered record: nothing moves twice.
    await t.call('PUT /v1/halls/{hallId}/calendar/{date}', {
      params: { hallId: 'h1', date: '2025-12-04' },
      token: hall.tokens.admin,
      body: { open: false, reason: '暴雪停止办公（延续）' },
    });
    await t.runtime.settle();
    const versionAfter = (await stored(c.caseId)).version;
    const record = calendarRecords.at(-1)!;
    expect(record.dynamodb?.NewImage?.date?.S).toBe('2025-12-04');
    await t.runtime.invoke('due-date-recompute', { Records: [record, record] });
    expect((await stored(c.caseId)).version).toBe(versionAfter);

    // The reminder of 12-08 now says the case is due tomorrow, not today.
    clock.set('2025-12-08T08:00:00+08:00');
    await t.runtime.invoke('deadline-reminders', { asOf: '2025-12-08', hallId: 'h1' });
    const reminders = await t.call('GET /v1/halls/{hallId}/reminders', {
      params: { hallId: 'h1' },
      query: { date: '2025-12-08' },
      token: hall.tokens.admin,
    });
    expect(reminders.body.find((r) => r.subjectId === c.caseId)).toMatchObject({
      kind: 'case-due-soon',
      dueDate: '2025-12-09',
      workingDaysLeft: 1,
    });
  });

  it('a national year loaded settles the provisional due dates of every hall', async () => {
    clock.set('2026-12-30T10:00:00+08:00'); // 2027 has no national schedule yet
    const here = await intake(['application', 'id-card', 'floor-plan']);
    const there = await intake(['application', 'id-card', 'floor-plan'], 'h2', other.tokens.staffA);
    for (const c of [here, there]) expect(c).toMatchObject({ dueDate: '2027-01-06', provisional: true });

    const loaded = await t.call('PUT /v1/calendar/national/{year}', {
      params: { year: 2027 },
      token: hall.tokens.agency,
      body: { holidays: ['2027-01-01'], workdays: [] },
    });
    expect(loaded.status).toBe(200);
    await t.runtime.settle();

    // 12-31, (01-01 New Year's Day), 01-04, 01-05, 01-06, 01-07.
    for (const [caseId, hallId, token] of [
      [here.caseId, 'h1', hall.tokens.admin],
      [there.caseId, 'h2', other.tokens.admin],
    ] as const) {
      const c = await stored(caseId, hallId, token);
      expect(c).toMatchObject({ dueDate: '2027-01-07', provisional: false });
      expect(c.history.at(-1)).toMatchObject({
        action: 'due-date-recomputed',
        previousDueDate: '2027-01-06',
        reason: 'the national schedule of 2027 was loaded',
      });
    }
  });
});

describe('what the lifecycle does to the monthly assessment', () => {
  it('suspended, withdrawn, extended, referred and closed cases are not overdue; a plain late one is', async () => {
    clock.set('2025-09-01T09:00:00+08:00'); // Monday
    const h3 = await setUpHall(t, 'h3');
    const take = async (materials = ['application', 'id-card', 'floor-plan']) =>
      (
        await t.call('POST /v1/halls/{hallId}/cases', {
          params: { hallId: 'h3' },
          token: h3.tokens.staffA,
          body: { itemId: 'licence', windowId: 'w1', applicant: { name: '赵六' }, submittedMaterials: materials },
        })
      ).body;
    const act = async (
      transition: 'suspension' | 'extension' | 'referral' | 'withdrawal' | 'decision',
      caseId: string,
      token: string,
      body: object,
    ) => {
      const route = `POST /v1/halls/{hallId}/cases/{caseId}/${transition}` as const;
      const reply = await t.call(route, { params: { hallId: 'h3', caseId }, token, body });
      expect(reply.status).toBe(200);
    };
    // Every one accepted on 09-01, due 09-08.
    const [suspended, withdrawn, extended, referred, late] = [await take(), await take(), await take(), await take(), await take()];
    const incomplete = await take(['application']);
    clock.set('2025-09-03T10:00:00+08:00');
    await act('suspension', suspended.caseId, h3.tokens.staffA, { reason: '专家评审' });
    clock.set('2025-09-05T10:00:00+08:00');
    await act('extension', extended.caseId, h3.tokens.chief, {
      workingDays: 10,
      reason: '现场核查',
    });
    await act('referral', referred.caseId, h3.tokens.chief, { opinion: '同意', authority: '市局' });
    clock.set('2025-09-15T10:00:00+08:00');
    await act('withdrawal', withdrawn.caseId, h3.tokens.staffA, { reason: '申请人撤回' });
    clock.set('2025-09-19T10:00:00+08:00'); // within the extended limit (09-22)
    await act('decision', extended.caseId, h3.tokens.chief, { outcome: 'approved' });
    clock.set('2025-09-30T08:00:00+08:00');
    expect(await t.runtime.invoke('deadline-reminders', { asOf: '2025-09-30', hallId: 'h3' })).toMatchObject({ closedIncomplete: 1 });
    clock.set('2025-10-20T10:00:00+08:00'); // the higher authority decides, long after 09-08
    await act('decision', referred.caseId, h3.tokens.chief, { outcome: 'approved' });

    const metrics = async (month: string) => {
      const reply = await t.call('POST /v1/halls/{hallId}/assessments/{month}/compute', {
        params: { hallId: 'h3', month },
        token: h3.tokens.admin,
      });
      expect(reply.status).toBe(200);
      return reply.body.windows.find((w) => w.windowId === 'w1')!.metrics;
    };
    // September: only `late` is open and overdue at the end; the extended one was decided on time.
    expect(await metrics('2025-09')).toMatchObject({ accepted: 5, concluded: 1, overdueConclusions: 0, openOverdue: 1 });
    // October: the referred case decided on time (its clock stopped at the referral); `suspended` still is.
    clock.set('2025-11-03T10:00:00+08:00');
    expect(await metrics('2025-10')).toMatchObject({ concluded: 1, overdueConclusions: 0, openOverdue: 1 });
    expect(incomplete.status).toBe('awaiting-materials');
    expect(late.status).toBe('accepted');
  });
});
