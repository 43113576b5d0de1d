/**
 * The monthly ranking can no longer be bent by those it ranks (docs/DOMAIN.md "Monthly window
 * assessment"): each case below is a way it could be bent before, tried over HTTP on the local
 * runtime, each with its own hall (its own clock where time matters).
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assessmentRecords } from '#adapters/assessment-records';
import { logger } from '#adapters/logger';
import { keys } from '#adapters/table';
import { hallEvent } from '#events/contracts';
import { settableClock, type SettableClock } from '#local/clock';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { startHarness, type Harness } from '#local/harness/runtime';
import { BROWSER_SETUP_TIMEOUT_MS, checkPage, openBrowser } from '../support/browser';

const running: Harness[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(running.splice(0).map((t) => t.stop()));
});

async function hallAt(instant: string): Promise<{ t: Harness; hall: HallFixture; clock: SettableClock }> {
  const clock = settableClock(instant);
  const t = await startHarness({ clock });
  running.push(t);
  return { t, hall: await setUpHall(t), clock };
}

/** A service case at w1, accepted at once (1 working day to conclude). */
async function caseAt(t: Harness, hall: HallFixture) {
  const reply = await t.call('POST /v1/halls/{hallId}/cases', {
    params: { hallId: 'h1' },
    token: hall.tokens.staffA,
    body: { itemId: 'record', windowId: 'w1', applicant: { name: '王小明' }, submittedMaterials: ['application'] },
  });
  expect(reply.status).toBe(201);
  return reply.body;
}

async function conclude(t: Harness, hall: HallFixture, caseId: string) {
  const reply = await t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', {
    params: { hallId: 'h1', caseId },
    token: hall.tokens.staffA,
    body: { outcome: 'approved' },
  });
  expect(reply.status).toBe(200);
}

async function rate(t: Harness, caseId: string, code: string, level: number) {
  const reply = await t.call('POST /v1/public/cases/{caseId}/rating', { params: { caseId }, body: { code, level } });
  expect(reply.status).toBe(201);
  return reply.body;
}

async function compute(t: Harness, hall: HallFixture, month: string, body?: object) {
  const reply = await t.call('POST /v1/halls/{hallId}/assessments/{month}/compute', {
    params: { hallId: 'h1', month },
    token: hall.tokens.admin,
    ...(body ? { body } : {}),
  });
  expect(reply.status, reply.text).toBe(200);
  return reply.body;
}

const windowOf = (result: { windows: { windowId: string }[] }, windowId: string) => {
  const found = result.windows.find((w) => w.windowId === windowId);
  if (!found) throw new Error(`${windowId} is not ranked`);
  return found as (typeof result.windows)[number] & {
    total: number;
    deductions: number;
    satisfactionRate: number | null;
    rank: number;
    metrics: { badRatingsLevel1: number; openOverdue: number; substantiatedComplaints: number };
  };
};

async function routed(t: Harness, hall: HallFixture, complaintId: string) {
  await t.runtime.settle();
  const reply = await t.call('GET /v1/halls/{hallId}/complaints/{complaintId}', {
    params: { hallId: 'h1', complaintId },
    token: hall.tokens.admin,
  });
  expect(reply.body.status).toBe('assigned');
  return reply.body;
}

describe('the assessed window cannot clear its own deductions', () => {
  it('"not substantiated" from its A post waits for review and keeps counting; a supervisor decides', async () => {
    const { t, hall } = await hallAt('2025-09-10T09:00:00+08:00');
    const c = await caseAt(t, hall);
    await conclude(t, hall, c.caseId);
    const rating = await rate(t, c.caseId, c.publicCode, 1);
    const ticket = await routed(t, hall, rating.rectificationId!);
    expect(ticket.assignee).toBe('s-a'); // the window's own A post

    const proposed = await t.call('POST /v1/halls/{hallId}/complaints/{complaintId}/resolution', {
      params: { hallId: 'h1', complaintId: ticket.complaintId },
      token: hall.tokens.staffA,
      body: { substantiated: false, resolution: '申请人误解，已解释' },
    });
    expect(proposed.body).toMatchObject({ status: 'under-review', proposedFinding: { by: 's-a' } });
    expect(proposed.body.substantiated).toBeUndefined();
    // Still counted: the deduction and the rate keep the bad rating until the review.
    const meanwhile = windowOf(await compute(t, hall, '2025-09'), 'w1');
    expect(meanwhile).toMatchObject({ deductions: 2, satisfactionRate: 0 });
    expect(meanwhile.metrics.badRatingsLevel1).toBe(1);

    // The assessed cannot review their own finding, nor resolve it again.
    const selfReview = await t.call('POST /v1/halls/{hallId}/complaints/{complaintId}/review', {
      params: { hallId: 'h1', complaintId: ticket.complaintId },
      token: hall.tokens.staffA,
      body: { unfounded: true, note: '无' },
    });
    expect(selfReview.status).toBe(403);
    const again = await t.call('POST /v1/halls/{hallId}/complaints/{complaintId}/resolution', {
      params: { hallId: 'h1', complaintId: ticket.complaintId },
      token: hall.tokens.staffA,
      body: { substantiated: false, resolution: '再次' },
    });
    expect([again.status, again.error?.code]).toEqual([409, 'COMPLAINT_NOT_OPEN']);

    // The supervisor sees what waits for review, and decides.
    const waiting = await t.call('GET /v1/halls/{hallId}/complaints', {
      params: { hallId: 'h1' },
      query: { status: 'under-review' },
      token: hall.tokens.supervisor,
    });
    expect(waiting.body.items.map((i) => i.complaintId)).toEqual([ticket.complaintId]);
    await t.runtime.invoke('deadline-reminders', { hallId: 'h1', asOf: '2025-09-10' });
    const reminders = await t.call('GET /v1/halls/{hallId}/reminders', {
      params: { hallId: 'h1' },
      query: { date: '2025-09-10' },
      token: hall.tokens.supervisor,
    });
    expect(reminders.body.filter((r) => r.kind === 'review-waiting')).toEqual([
      expect.objectContaining({ subjectId: ticket.complaintId, recipient: 'sup-1', windowId: 'w1' }),
    ]);
    const reviewed = await t.call('POST /v1/halls/{hallId}/complaints/{complaintId}/review', {
      params: { hallId: 'h1', complaintId: ticket.complaintId },
      token: hall.tokens.supervisor,
      body: { unfounded: true, note: '回访核实：申请人确认误评' },
    });
    expect(reviewed.body).toMatchObject({
      status: 'resolved',
      substantiated: false,
      resolvedBy: 's-a',
      review: { by: 'sup-1', unfounded: true, note: '回访核实：申请人确认误评' },
    });
    expect(reviewed.body.history.map((h) => h.action)).toEqual(['received', 'routed', 'proposed-unfounded', 'reviewed']);
    const after = windowOf(await compute(t, hall, '2025-09'), 'w1');
    expect(after).toMatchObject({ deductions: 0, satisfactionRate: null });
  });

  it('a complaint the window calls unfounded stays a substantiated complaint until the review says otherwise', async () => {
    const { t, hall, clock } = await hallAt('2025-09-10T09:00:00+08:00');
    const filed = await t.call('POST /v1/public/halls/{hallId}/complaints', {
      params: { hallId: 'h1' },
      body: { category: '服务态度', description: '态度生硬', windowId: 'w1' },
    });
    const ticket = await routed(t, hall, filed.body.complaintId);
    await t.call('POST /v1/halls/{hallId}/complaints/{complaintId}/resolution', {
      params: { hallId: 'h1', complaintId: ticket.complaintId },
      token: hall.tokens.staffA,
      body: { substantiated: false, resolution: '不属实' },
    });
    // Waiting for review: counted in the month the window made its finding (September).
    expect(windowOf(await compute(t, hall, '2025-09'), 'w1').metrics.substantiatedComplaints).toBe(1);
    clock.set('2025-10-09T09:00:00+08:00');
    const rejected = await t.call('POST /v1/halls/{hallId}/complaints/{complaintId}/review', {
      params: { hallId: 'h1', complaintId: ticket.complaintId },
      token: hall.tokens.admin,
      body: { unfounded: false, note: '经核查投诉属实' },
    });
    // Reviewed in October, the finding stays September's: counted there, once, not again in October.
    expect(rejected.body).toMatchObject({
      status: 'resolved',
      substantiated: true,
      resolvedAt: expect.stringMatching(/^2025-09-10/) as unknown,
    });
    expect(windowOf(await compute(t, hall, '2025-09'), 'w1').metrics.substantiatedComplaints).toBe(1);
    expect(windowOf(await compute(t, hall, '2025-10'), 'w1').metrics.substantiatedComplaints).toBe(0);
  });
});

describe('the receipt code is the applicant’s', () => {
  it('is shown once at intake, never in lists or case views; a reprint is recorded', async () => {
    const { t, hall } = await hallAt('2025-09-10T09:00:00+08:00');
    const c = await caseAt(t, hall);
    expect(c.publicCode).toMatch(/^[0-9A-Z]{10}$/);
    const view = await t.call('GET /v1/halls/{hallId}/cases/{caseId}', {
      params: { hallId: 'h1', caseId: c.caseId },
      token: hall.tokens.admin,
    });
    const list = await t.call('GET /v1/halls/{hallId}/cases', { params: { hallId: 'h1' }, token: hall.tokens.staffA });
    expect(JSON.stringify([view.body, list.body])).not.toContain(c.publicCode);
    expect('publicCode' in view.body).toBe(false);
    expect(list.body.items.every((i) => !('publicCode' in i))).toBe(true);

    // Another window's staff cannot reprint; the case's window can, and the history says who.
    const other = await t.call('POST /v1/halls/{hallId}/cases/{caseId}/receipt', {
      params: { hallId: 'h1', caseId: c.caseId },
      token: hall.tokens.staffW2,
    });
    expect(other.status).toBe(403);
    const reprint = await t.call('POST /v1/halls/{hallId}/cases/{caseId}/receipt', {
      params: { hallId: 'h1', caseId: c.caseId },
      token: hall.tokens.staffB,
    });
    expect(reprint.body).toMatchObject({ caseId: c.caseId, publicCode: c.publicCode });
    const history = await t.call('GET /v1/halls/{hallId}/cases/{caseId}', {
      params: { hallId: 'h1', caseId: c.caseId },
      token: hall.tokens.admin,
    });
    expect(history.body.history.at(-1)).toMatchObject({ action: 'receipt-reprinted', by: 's-b' });
    // The applicant still rates with the code from the receipt.
    expect((await rate(t, c.caseId, c.publicCode, 5)).level).toBe(5);
  });
});

describe('a final month is frozen', () => {
  it('a backfill after the deadline changes nothing until a hall admin revises with a reason; revision 1 stays readable', async () => {
    const { t, hall, clock } = await hallAt('2025-09-10T09:00:00+08:00');
    await caseAt(t, hall);
    clock.set('2025-10-20T09:00:00+08:00'); // after the 2025-09 deadline (10-09)
    const first = await compute(t, hall, '2025-09');
    expect(first).toMatchObject({ status: 'final', revision: 1 });
    expect(first.revisions).toEqual([expect.objectContaining({ revision: 1, by: 'admin-1', reason: 'final after the scoring deadline' })]);
    const before = windowOf(first, 'w1').total;

    // Backfilled paper case, received in September, concluded far too late: an overdue conclusion.
    const backfilled = await t.call('POST /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      token: hall.tokens.admin,
      body: {
        itemId: 'record',
        windowId: 'w1',
        applicant: { name: '补录' },
        submittedMaterials: ['application'],
        receivedAt: '2025-09-01T10:00:00+08:00',
      },
    });
    expect(backfilled.status).toBe(201);
    expect(await compute(t, hall, '2025-09')).toEqual(first);
    await t.runtime.invoke('month-end-scoring', { month: '2025-09', hallId: 'h1' });
    const stored = await t.call('GET /v1/halls/{hallId}/assessments/{month}', {
      params: { hallId: 'h1', month: '2025-09' },
      token: hall.tokens.admin,
    });
    expect(stored.body).toEqual(first);

    const noReason = await t.call('POST /v1/halls/{hallId}/assessments/{month}/compute', {
      params: { hallId: 'h1', month: '2025-09' },
      token: hall.tokens.admin,
      body: { revise: true },
    });
    expect(noReason.status).toBe(400);
    const revised = await compute(t, hall, '2025-09', { revise: true, reason: '补录纸质办件' });
    expect(revised).toMatchObject({ status: 'final', revision: 2 });
    expect(revised.revisions.map((r) => [r.revision, r.reason])).toEqual([
      [1, 'final after the scoring deadline'],
      [2, '补录纸质办件'],
    ]);
    expect(windowOf(revised, 'w1').total).toBeLessThan(before); // the open-overdue backfill now counts
    const earlier = await t.call('GET /v1/halls/{hallId}/assessments/{month}', {
      params: { hallId: 'h1', month: '2025-09' },
      query: { revision: 1 },
      token: hall.tokens.staffA,
    });
    expect(earlier.body).toEqual(first);
    const missing = await t.call('GET /v1/halls/{hallId}/assessments/{month}', {
      params: { hallId: 'h1', month: '2025-09' },
      query: { revision: 9 },
      token: hall.tokens.staffA,
    });
    expect(missing.error?.code).toBe('REVISION_NOT_FOUND');
    await t.runtime.settle();
    const published = t.runtime.events.published
      .filter((e) => e['detail-type'] === 'MonthlyRankingPublished')
      .map((e) => e.detail.revision);
    expect(published).toEqual([1, 2]);

    // A provisional month cannot be "revised": it follows its records anyway.
    const current = await t.call('POST /v1/halls/{hallId}/assessments/{month}/compute', {
      params: { hallId: 'h1', month: '2025-10' },
      token: hall.tokens.admin,
      body: { revise: true, reason: 'x' },
    });
    expect([current.status, current.error?.code]).toEqual([422, 'MONTH_NOT_FINAL']);
  });
});

describe("a month's ranking event", () => {
  it('is published once its result is stored, even when the bus fails at first; never for a publication refused', async () => {
    const { t, hall, clock } = await hallAt('2025-09-10T09:00:00+08:00');
    await caseAt(t, hall);
    await t.runtime.settle();
    clock.set('2025-10-20T09:00:00+08:00');
    const publish = vi.spyOn(t.runtime.events, 'publish').mockRejectedValueOnce(new Error('EventBridge unavailable'));
    vi.spyOn(logger, 'error').mockImplementation(() => undefined); // the outbox's failed attempt, expected here
    // The result is stored and answered: its event waits on it, not on the bus.
    expect(await compute(t, hall, '2025-09')).toMatchObject({ status: 'final', revision: 1 });
    await t.runtime.settle();
    expect(publish).toHaveBeenCalledTimes(2); // refused once, then retried by the stream
    const ranking = () => t.runtime.events.published.filter((e) => e['detail-type'] === 'MonthlyRankingPublished');
    expect(ranking().map((e) => [e.detail.month, e.detail.revision])).toEqual([['2025-09', 1]]);
    const stored = await t.runtime.deps.db.send(
      new GetCommand({ TableName: t.runtime.deps.tableName, Key: keys.assessmentResult('h1', '2025-09') }),
    );
    expect(stored.Item).toMatchObject({ version: 1 });
    expect(stored.Item).not.toHaveProperty('pendingEvents');

    // Two publications computed from the same read: the second is refused, and only the first is announced.
    const previous = await assessmentRecords.getResultRecord(t.runtime.deps, 'h1', '2025-09');
    const revision = (n: number) => ({ ...previous!.result, revision: n });
    const event = (n: number) =>
      hallEvent('MonthlyRankingPublished', { hallId: 'h1', month: '2025-09', status: 'final', revision: n, topFive: [], bottomFive: [] });
    await assessmentRecords.publishResult(t.runtime.deps, revision(2), previous, event(2));
    await expect(assessmentRecords.publishResult(t.runtime.deps, revision(3), previous, event(3))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await t.runtime.settle();
    expect(ranking().map((e) => e.detail.revision)).toEqual([1, 2]);
  });
});

describe('the satisfaction rate counts the ratings that count', () => {
  it('an unfounded bad rating leaves the rate as well as the deductions', async () => {
    const { t, hall } = await hallAt('2025-09-10T09:00:00+08:00');
    const good = await caseAt(t, hall);
    const bad = await caseAt(t, hall);
    await conclude(t, hall, good.caseId);
    await conclude(t, hall, bad.caseId);
    await rate(t, good.caseId, good.publicCode, 5);
    const rating = await rate(t, bad.caseId, bad.publicCode, 1);
    const ticket = await routed(t, hall, rating.rectificationId!);
    await t.call('POST /v1/halls/{hallId}/complaints/{complaintId}/resolution', {
      params: { hallId: 'h1', complaintId: ticket.complaintId },
      token: hall.tokens.supervisor,
      body: { substantiated: false, resolution: '经核实为误评' }, // a supervisor's finding needs no review
    });
    const w1 = windowOf(await compute(t, hall, '2025-09'), 'w1');
    expect(w1).toMatchObject({ satisfactionRate: 1, deductions: 0 });
  });
});

describe('a mid-month standing', () => {
  it('counts an open case as overdue only if it is overdue on the standing’s date', async () => {
    const { t, hall, clock } = await hallAt('2025-09-10T09:00:00+08:00');
    const c = await caseAt(t, hall); // service item, 1 working day: due 2025-09-11
    expect(c.dueDate).toBe('2025-09-11');
    expect(windowOf(await compute(t, hall, '2025-09'), 'w1').metrics.openOverdue).toBe(0);
    clock.set('2025-09-15T09:00:00+08:00');
    expect(windowOf(await compute(t, hall, '2025-09'), 'w1').metrics.openOverdue).toBe(1);
  });
});

describe('quarter and year views', () => {
  it('top five in any final month makes a quarter candidate; the year counts final months only', async () => {
    const { t, hall, clock } = await hallAt('2025-07-01T09:00:00+08:00');
    await t.call('PUT /v1/halls/{hallId}/assessment-rules', {
      params: { hallId: 'h1' },
      token: hall.tokens.admin,
      body: { topCount: 1, bottomCount: 0 },
    });
    const deduct = async (month: string, windowId: string) =>
      expect(
        (
          await t.call('POST /v1/halls/{hallId}/assessments/{month}/entries', {
            params: { hallId: 'h1', month },
            token: hall.tokens.scoring,
            body: { windowId, category: 'other', points: -1, reason: '扣分' },
          })
        ).status,
      ).toBe(201);
    await deduct('2025-07', 'w2'); // July: w1 first
    clock.set('2025-08-05T09:00:00+08:00');
    await deduct('2025-08', 'w1'); // August: w2 first; September: a tie, both first
    clock.set('2025-10-20T09:00:00+08:00');
    for (const month of ['2025-07', '2025-08', '2025-09']) expect((await compute(t, hall, month)).status).toBe('final');
    const quarter = await t.call('GET /v1/halls/{hallId}/assessments/quarter/{quarter}', {
      params: { hallId: 'h1', quarter: '2025-Q3' },
      token: hall.tokens.staffA,
    });
    expect(quarter.body.windows.map((w) => [w.windowId, w.topFiveMonths, w.redFlagCandidate])).toEqual([
      ['w1', 2, true],
      ['w2', 2, true],
    ]);
    const canonical = await t.call('GET /v1/halls/{hallId}/assessment-quarters/{quarter}', {
      params: { hallId: 'h1', quarter: '2025-Q3' },
      token: hall.tokens.staffA,
    });
    expect(canonical.body).toEqual(quarter.body);

    // Early December: a provisional standing with w1 first must not add a third first place.
    clock.set('2025-12-03T09:00:00+08:00');
    await deduct('2025-12', 'w2');
    expect((await compute(t, hall, '2025-12')).status).toBe('provisional');
    const year = await t.call('GET /v1/halls/{hallId}/assessments/year/{year}', {
      params: { hallId: 'h1', year: 2025 },
      token: hall.tokens.staffA,
    });
    expect(year.body.windows.find((w) => w.windowId === 'w1')).toMatchObject({ firstPlaces: 2, annualRedFlagPriority: false });
  });
});

describe('voided entries', () => {
  it('the author voids before the deadline, a hall admin after with the override recorded; voided entries do not count', async () => {
    const { t, hall, clock } = await hallAt('2025-09-10T09:00:00+08:00');
    const entry = async (points: number) =>
      (
        await t.call('POST /v1/halls/{hallId}/assessments/{month}/entries', {
          params: { hallId: 'h1', month: '2025-09' },
          token: hall.tokens.scoring,
          body: { windowId: 'w1', category: 'publicity', points, reason: '误录' },
        })
      ).body;
    const voidIt = (entryId: string, token: string, body: object = { reason: '录入错误' }) =>
      t.call('POST /v1/halls/{hallId}/assessments/{month}/entries/{entryId}/void', {
        params: { hallId: 'h1', month: '2025-09', entryId },
        token,
        body,
      });
    const mistaken = await entry(-2);
    const otherScorer = await t.token({ sub: 'score-2', roles: ['scoring-dept'], hallId: 'h1' });
    expect((await voidIt(mistaken.entryId, otherScorer)).status).toBe(403);
    const voided = await voidIt(mistaken.entryId, hall.tokens.scoring);
    expect(voided.body.voided).toMatchObject({ by: 'score-1', reason: '录入错误' });
    expect((await voidIt(mistaken.entryId, hall.tokens.scoring)).error?.code).toBe('ENTRY_VOIDED');
    const w1 = windowOf(await compute(t, hall, '2025-09'), 'w1');
    // Not an offsetting entry: nothing was added to the deductions (the tie-break).
    expect(w1).toMatchObject({ total: 100, deductions: 0 });

    const late = await entry(-1);
    clock.set('2025-10-20T09:00:00+08:00');
    expect((await voidIt(late.entryId, hall.tokens.scoring)).error?.code).toBe('DEADLINE_PASSED');
    expect((await voidIt(late.entryId, hall.tokens.scoring, { reason: 'x', lateOverride: true })).status).toBe(403);
    const overridden = await voidIt(late.entryId, hall.tokens.admin, { reason: '核对后撤销', lateOverride: true });
    expect(overridden.body.voided).toMatchObject({ by: 'admin-1', lateOverride: true });
  });
});

describe('windows open and close', () => {
  it('a hall that starts using the system ranks last month with the windows it backdates; closed windows drop out', async () => {
    const { t, hall } = await hallAt('2025-10-05T09:00:00+08:00'); // set up in October
    const put = (windowId: string, body: object) =>
      t.call('PUT /v1/halls/{hallId}/windows/{windowId}', { params: { hallId: 'h1', windowId }, token: hall.tokens.admin, body });
    expect((await compute(t, hall, '2025-09')).windows).toEqual([]);
    const opened = await put('w1', { name: '市场准入窗口', departmentId: 'market', openedOn: '2025-08-01' });
    expect(opened.body.openedOn).toBe('2025-08-01');
    expect((await compute(t, hall, '2025-09')).windows.map((w) => w.windowId)).toEqual(['w1']);

    const closed = await put('w1', { name: '市场准入窗口', departmentId: 'market', closedOn: '2025-09-01' });
    expect(closed.body).toMatchObject({ openedOn: '2025-08-01', closedOn: '2025-09-01' });
    expect((await compute(t, hall, '2025-09')).windows).toEqual([]);
    expect((await compute(t, hall, '2025-08')).windows.map((w) => w.windowId)).toEqual(['w1']);
    const reopened = await put('w1', { name: '市场准入窗口', departmentId: 'market', closedOn: null });
    expect(reopened.body.closedOn).toBeUndefined();
    const backwards = await put('w2', { name: '工程建设窗口', departmentId: 'housing', openedOn: '2025-09-10', closedOn: '2025-09-01' });
    expect(backwards.error?.details).toEqual([{ field: 'closedOn', message: 'must be after openedOn' }]);
  });
});

describe('public disclosure of final months', () => {
  it(
    'answers 404 before final; then the JSON ranking and a board page a browser renders without errors',
    { timeout: BROWSER_SETUP_TIMEOUT_MS },
    async () => {
      const { t, hall, clock } = await hallAt('2025-09-10T09:00:00+08:00');
      await compute(t, hall, '2025-09');
      const early = await t.call('GET /v1/public/halls/{hallId}/rankings/{month}', { params: { hallId: 'h1', month: '2025-09' } });
      expect([early.status, early.error?.code]).toEqual([404, 'RANKING_NOT_PUBLISHED']);
      clock.set('2025-10-20T09:00:00+08:00');
      await compute(t, hall, '2025-09');
      const ranking = await t.call('GET /v1/public/halls/{hallId}/rankings/{month}', { params: { hallId: 'h1', month: '2025-09' } });
      expect(ranking.body).toMatchObject({ month: '2025-09', revision: 1 });
      expect(ranking.body.windows.map((w) => [w.windowName, w.designations])).toEqual([
        ['市场准入窗口', ['top-five']],
        ['工程建设窗口', ['top-five']],
      ]);

      const url = `${t.runtime.url}/v1/public/halls/h1/rankings/2025-09/board`;
      const head = await fetch(url);
      expect(head.headers.get('content-type')).toContain('text/html');
      expect(head.headers.get('content-security-policy')).toContain("default-src 'none'");
      const browser = await openBrowser();
      try {
        const page = await checkPage(browser, url);
        expect(page.errors).toEqual([]);
        expect(page.svgCount).toBe(1);
        expect(page.title).toBe('涟水县政务服务中心 2025年9月窗口考核排名');
        for (const text of ['市场准入窗口', '工程建设窗口', '前五名', '第1版']) expect(page.text).toContain(text);
      } finally {
        await browser.close();
      }
    },
  );
});
