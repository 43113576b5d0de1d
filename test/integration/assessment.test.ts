import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { settableClock } from '#local/clock';
import { startHarness, type Harness } from '#local/harness/runtime';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { anyString } from '../support/matchers';

const clock = settableClock('2025-09-01T09:00:00+08:00');
let t: Harness;
let hall: HallFixture;

async function ok<T>(reply: Promise<{ status: number; body: T }>, status = 200): Promise<T> {
  const r = await reply;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

async function intake(windowId: string, itemId: string, token: string) {
  return ok(
    t.call('POST /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      token,
      body: { itemId, windowId, applicant: { name: '测试人' }, submittedMaterials: ['application'] },
    }),
    201,
  );
}

const decide = (caseId: string, token: string) =>
  ok(t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', { params: { hallId: 'h1', caseId }, token, body: { outcome: 'approved' } }));
const rate = (c: { caseId: string; publicCode: string }, level: number) =>
  ok(t.call('POST /v1/public/cases/{caseId}/rating', { params: { caseId: c.caseId }, body: { code: c.publicCode, level } }), 201);

async function resolveWhenRouted(complaintId: string, substantiated: boolean) {
  await t.runtime.settle();
  return ok(
    t.call('POST /v1/halls/{hallId}/complaints/{complaintId}/resolution', {
      params: { hallId: 'h1', complaintId },
      token: hall.tokens.admin,
      body: { substantiated, resolution: '已核实处理' },
    }),
  );
}

/**
 * September 2025 in hall h1:
 * - w1: a case concluded late (−2), a level-2 bad rating (−1), a level-1 bad rating found unfounded (0);
 * - w2: a substantiated complaint (−3) and a commendation entry (+2);
 * - w3: nothing happened (100).
 */
beforeAll(async () => {
  t = await startHarness({ clock });
  hall = await setUpHall(t);
  const admin = hall.tokens.admin;
  await ok(
    t.call('PUT /v1/halls/{hallId}/windows/{windowId}', {
      params: { hallId: 'h1', windowId: 'w3' },
      token: admin,
      body: { name: '社保窗口', departmentId: 'housing' },
    }),
  );
  await ok(
    t.call('PUT /v1/halls/{hallId}/items/{itemId}', {
      params: { hallId: 'h1', itemId: 'permit' },
      token: admin,
      body: {
        name: '施工许可',
        kind: 'service',
        departmentId: 'housing',
        windowIds: ['w2'],
        legalLimitDays: 5,
        promisedLimitDays: 2,
        materials: [{ id: 'application', name: '申请书' }],
      },
    }),
  );
  await ok(
    t.call('PUT /v1/halls/{hallId}/staff/{staffId}', {
      params: { hallId: 'h1', staffId: 'score-1' },
      token: admin,
      body: { name: '督查科', roles: ['scoring-dept'] },
    }),
  );
  const staffW2 = await t.token({ sub: 's-w2', roles: ['window-staff'], hallId: 'h1' });

  const late = await intake('w1', 'record', hall.tokens.staffA); // due 09-02
  const fine = await intake('w2', 'permit', staffW2); // due 09-03
  const rated = await intake('w1', 'record', hall.tokens.staffA);
  const unfounded = await intake('w1', 'record', hall.tokens.staffA);
  await decide(fine.caseId, staffW2);
  await decide(rated.caseId, hall.tokens.staffB);
  await decide(unfounded.caseId, hall.tokens.staffB);
  await rate(fine, 5);
  await rate(rated, 2);
  const appealed = await rate(unfounded, 1);
  const complaint = await ok(
    t.call('POST /v1/public/halls/{hallId}/complaints', {
      params: { hallId: 'h1' },
      body: { category: '态度', description: '态度生硬', windowId: 'w2' },
    }),
    202,
  );

  clock.set('2025-09-03T10:00:00+08:00');
  await decide(late.caseId, hall.tokens.staffA);
  await resolveWhenRouted(appealed.rectificationId!, false);
  await resolveWhenRouted(complaint.complaintId, true);
  await ok(
    t.call('POST /v1/halls/{hallId}/assessments/{month}/entries', {
      params: { hallId: 'h1', month: '2025-09' },
      token: hall.tokens.scoring,
      body: { windowId: 'w2', category: 'commendation', points: 2, reason: '获县政府通报表彰' },
    }),
    201,
  );
  // Received and accepted 09-29 with 1 promised day: due 09-30, still open then.
  clock.set('2025-09-29T10:00:00+08:00');
  await intake('w1', 'record', hall.tokens.staffA);
  await t.runtime.settle();
});
afterAll(() => t.stop());

describe('monthly assessment', () => {
  it('computes the ranking from the month’s records, provisional before the scoring deadline', async () => {
    clock.set('2025-10-05T10:00:00+08:00');
    const result = await ok(
      t.call('POST /v1/halls/{hallId}/assessments/{month}/compute', {
        params: { hallId: 'h1', month: '2025-09' },
        token: hall.tokens.admin,
      }),
    );
    expect(result).toMatchObject({ month: '2025-09', status: 'provisional', entryDeadline: '2025-10-09' });
    const byWindow = Object.fromEntries(result.windows.map((w) => [w.windowId, w]));
    expect(result.windows.map((w) => [w.windowId, w.rank, w.total])).toEqual([
      ['w3', 1, 100],
      ['w2', 2, 99],
      ['w1', 3, 97],
    ]);
    expect(byWindow.w1!.metrics).toMatchObject({ overdueConclusions: 1, badRatingsLevel2: 1, badRatingsLevel1: 0, concluded: 3 });
    expect(byWindow.w2).toMatchObject({ bonus: 2, deductions: 3, satisfactionRate: 1 });
    // Three windows: all are top five, none is also bottom five.
    expect(result.windows.map((w) => w.designations)).toEqual([['top-five'], ['top-five'], ['top-five']]);
    const again = await ok(
      t.call('POST /v1/halls/{hallId}/assessments/{month}/compute', {
        params: { hallId: 'h1', month: '2025-09' },
        token: hall.tokens.admin,
      }),
    );
    expect(again).toEqual(result);
    expect(
      await ok(
        t.call('GET /v1/halls/{hallId}/assessments/{month}', { params: { hallId: 'h1', month: '2025-09' }, token: hall.tokens.staffA }),
      ),
    ).toEqual(result);
  });

  it('closes entries at the holiday-adjusted deadline (2025-09 → 2025-10-09) unless a hall admin overrides', async () => {
    const entry = { windowId: 'w1', category: 'innovation', points: 1.5, reason: '创新服务举措' };
    clock.set('2025-10-09T23:59:00+08:00');
    await ok(
      t.call('POST /v1/halls/{hallId}/assessments/{month}/entries', {
        params: { hallId: 'h1', month: '2025-09' },
        token: hall.tokens.scoring,
        body: entry,
      }),
      201,
    );
    clock.set('2025-10-10T00:01:00+08:00');
    const late = await t.call('POST /v1/halls/{hallId}/assessments/{month}/entries', {
      params: { hallId: 'h1', month: '2025-09' },
      token: hall.tokens.scoring,
      body: entry,
    });
    expect([late.status, late.error!.code]).toEqual([422, 'DEADLINE_PASSED']);
    expect(
      (
        await t.call('POST /v1/halls/{hallId}/assessments/{month}/entries', {
          params: { hallId: 'h1', month: '2025-09' },
          token: hall.tokens.scoring,
          body: { ...entry, lateOverride: true },
        })
      ).status,
    ).toBe(403);
    const overridden = await ok(
      t.call('POST /v1/halls/{hallId}/assessments/{month}/entries', {
        params: { hallId: 'h1', month: '2025-09' },
        token: hall.tokens.admin,
        body: { ...entry, lateOverride: true },
      }),
      201,
    );
    expect(overridden).toMatchObject({ lateOverride: true, enteredBy: 'admin-1', points: 1.5 });
    const bad = await t.call('POST /v1/halls/{hallId}/assessments/{month}/entries', {
      params: { hallId: 'h1', month: '2025-09' },
      token: hall.tokens.scoring,
      body: { ...entry, points: 0.3, category: 'nope' },
    });
    expect(bad.error!.details.map((d) => d.field).sort()).toEqual(['category', 'points']);
    expect(
      (
        await t.call('POST /v1/halls/{hallId}/assessments/{month}/entries', {
          params: { hallId: 'h1', month: '2025-09' },
          token: hall.tokens.staffA,
          body: entry,
        })
      ).status,
    ).toBe(403);
  });

  it('is final after the deadline, exports CSV with a BOM, and sums up the year', async () => {
    // A window opened in October is not ranked in September, however often September is recomputed.
    await ok(
      t.call('PUT /v1/halls/{hallId}/windows/{windowId}', {
        params: { hallId: 'h1', windowId: 'w4' },
        token: hall.tokens.admin,
        body: { name: '新设窗口', departmentId: 'housing' },
      }),
    );
    const result = await ok(
      t.call('POST /v1/halls/{hallId}/assessments/{month}/compute', {
        params: { hallId: 'h1', month: '2025-09' },
        token: hall.tokens.admin,
      }),
    );
    expect(result.status).toBe('final');
    // w1: 97 + 1.5 + 1.5 = 100, level with w3; the tie goes to fewer deduction points.
    expect(result.windows.map((w) => [w.windowId, w.rank, w.total])).toEqual([
      ['w3', 1, 100],
      ['w1', 2, 100],
      ['w2', 3, 99],
    ]);
    const csv = await t.call('GET /v1/halls/{hallId}/assessments/{month}', {
      params: { hallId: 'h1', month: '2025-09' },
      query: { format: 'csv' },
      token: hall.tokens.admin,
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain('市场准入窗口');
    expect(csv.text.split('\r\n')).toHaveLength(5);
    const viaAccept = await t.call('GET /v1/halls/{hallId}/assessments/{month}', {
      params: { hallId: 'h1', month: '2025-09' },
      token: hall.tokens.admin,
      headers: { accept: 'text/csv' },
    });
    expect(viaAccept.text).toBe(csv.text);
    const year = await ok(
      t.call('GET /v1/halls/{hallId}/assessments/year/{year}', { params: { hallId: 'h1', year: '2025' }, token: hall.tokens.staffA }),
    );
    expect(year.windows.filter((w) => w.firstPlaces === 1).map((w) => w.windowId)).toEqual(['w3']);
    expect(
      (
        await t.call('POST /v1/halls/{hallId}/assessments/{month}/compute', {
          params: { hallId: 'h1', month: '2025-11' },
          token: hall.tokens.admin,
        })
      ).status,
    ).toBe(422);
    expect(
      (await t.call('GET /v1/halls/{hallId}/assessments/{month}', { params: { hallId: 'h1', month: '2025-08' }, token: hall.tokens.admin }))
        .status,
    ).toBe(404);
  });
});

describe('deadline reminders', () => {
  it('issues them once per day, to the B post when the A post is on leave, and nothing on a holiday', async () => {
    await ok(
      t.call('PUT /v1/halls/{hallId}/staff/{staffId}/leave/{from}', {
        params: { hallId: 'h1', staffId: 's-a', from: '2025-09-30' },
        token: hall.tokens.admin,
        body: { to: '2025-09-30' },
      }),
    );
    // The daily run fans out one run per hall over the bus.
    const fanOut = await t.runtime.invoke('deadline-reminders', { asOf: '2025-09-30' });
    expect(fanOut).toMatchObject({ asOf: '2025-09-30', requested: ['h1'] });
    await t.runtime.settle();
    const stored = await ok(
      t.call('GET /v1/halls/{hallId}/reminders', { params: { hallId: 'h1' }, query: { date: '2025-09-30' }, token: hall.tokens.admin }),
    );
    expect(stored.length).toBeGreaterThan(0);
    const second = await t.runtime.invoke('deadline-reminders', { asOf: '2025-09-30', hallId: 'h1' });
    expect(second).toMatchObject({ hallId: 'h1', ran: true, issued: 0, total: stored.length });
    const reminders = await ok(
      t.call('GET /v1/halls/{hallId}/reminders', { params: { hallId: 'h1' }, query: { date: '2025-09-30' }, token: hall.tokens.staffB }),
    );
    expect(reminders).toEqual(stored);
    expect(reminders).toContainEqual({
      kind: 'case-due-soon',
      subjectId: anyString(),
      windowId: 'w1',
      recipient: 's-b',
      dueDate: '2025-09-30',
      workingDaysLeft: 0,
    });
    // The rectification of the level-2 rating, never worked: overdue, its assignee s-a on leave → s-b.
    expect(reminders).toContainEqual(
      expect.objectContaining({ kind: 'complaint-overdue', windowId: 'w1', recipient: 's-b', dueDate: '2025-09-08' }),
    );
    expect(reminders.filter((r) => r.kind === 'report-due').map((r) => r.subjectId)).toContain('report:w3:2025-09');
    const holiday = await t.runtime.invoke('deadline-reminders', { asOf: '2025-10-01', hallId: 'h1' });
    expect(holiday).toMatchObject({ ran: false, issued: 0 });
    await t.runtime.settle();
    const published = t.runtime.events.published.filter((e) => e['detail-type'] === 'ReminderIssued');
    expect(published).toHaveLength(stored.length);
  });

  it('`npm run invoke` reaches the running server’s store, and a second run creates nothing new', async () => {
    const event = join(t.runtime.stateDir, 'asOf.json');
    await writeFile(event, JSON.stringify({ asOf: '2025-10-09', hallId: 'h1' }));
    const run = () =>
      promisify(execFile)('npx', ['tsx', 'local/invoke.ts', 'deadline-reminders', event], {
        env: { ...process.env, DATA_DIR: t.runtime.stateDir, HALL_CLOCK: '2025-10-09T08:00:00+08:00' },
      });
    // What the job prints: its result, as JSON.
    const runResult = z.looseObject({ issued: z.number(), total: z.number() });
    const first = runResult.parse(JSON.parse((await run()).stdout));
    const second = runResult.parse(JSON.parse((await run()).stdout));
    expect(first.issued).toBeGreaterThan(0);
    expect(second).toMatchObject({ issued: 0, total: first.total });
    const listed = await ok(
      t.call('GET /v1/halls/{hallId}/reminders', { params: { hallId: 'h1' }, query: { date: '2025-10-09' }, token: hall.tokens.admin }),
    );
    expect(listed).toHaveLength(first.total);
  });
});

describe('month-end scoring job', () => {
  it('fans out one scoring run per hall over the bus, skipping months already final', async () => {
    clock.set('2025-11-01T00:30:00+08:00');
    const fanOut = await t.runtime.invoke('month-end-scoring', {
      schedule: 'month-end-scoring-monthly',
      scheduledAt: '2025-10-31T16:30:00Z',
    });
    expect(fanOut).toMatchObject({ month: '2025-10', requested: ['h1'] });
    await t.runtime.settle();
    const october = await ok(
      t.call('GET /v1/halls/{hallId}/assessments/{month}', { params: { hallId: 'h1', month: '2025-10' }, token: hall.tokens.admin }),
    );
    expect(october.status).toBe('provisional');
    const ranking = t.runtime.events.published.filter(
      (e) => e['detail-type'] === 'MonthlyRankingPublished' && e.detail.month === '2025-10',
    );
    expect(ranking).toHaveLength(1);
    const september = await t.runtime.invoke('month-end-scoring', { month: '2025-09' });
    expect(september).toMatchObject({ requested: [], alreadyFinal: ['h1'] });
  });
});

describe('automatic 基本满意 (a per-hall setting, off by default)', () => {
  it('rates concluded cases left unrated after N natural days, once', async () => {
    clock.set('2025-11-03T09:00:00+08:00');
    const staffW2 = await t.token({ sub: 's-w2', roles: ['window-staff'], hallId: 'h1' });
    const unrated = await intake('w2', 'permit', staffW2);
    await decide(unrated.caseId, staffW2);
    const off = await t.runtime.invoke('deadline-reminders', { asOf: '2025-11-11', hallId: 'h1' });
    expect(off).toHaveProperty('autoRated', 0);
    const past = await t.call('PUT /v1/halls/{hallId}/assessment-rules', {
      params: { hallId: 'h1' },
      token: hall.tokens.admin,
      body: { effectiveFrom: '2025-10', autoRateAfterDays: 7 },
    });
    expect([past.status, past.error!.code]).toEqual([422, 'RULES_IN_THE_PAST']);
    await ok(
      t.call('PUT /v1/halls/{hallId}/assessment-rules', {
        params: { hallId: 'h1' },
        token: hall.tokens.admin,
        body: { effectiveFrom: '2025-11', autoRateAfterDays: 7 },
      }),
    );
    // On 11-07 the cut-off is 10-31: only September's late case, never rated, qualifies.
    const early = await t.runtime.invoke('deadline-reminders', { asOf: '2025-11-07', hallId: 'h1' });
    expect(early).toHaveProperty('autoRated', 1);
    const on = await t.runtime.invoke('deadline-reminders', { asOf: '2025-11-11', hallId: 'h1' });
    expect(on).toHaveProperty('autoRated', 1);
    const again = await t.runtime.invoke('deadline-reminders', { asOf: '2025-11-12', hallId: 'h1' });
    expect(again).toHaveProperty('autoRated', 0);
    const rating = await t.call('POST /v1/public/cases/{caseId}/rating', {
      params: { caseId: unrated.caseId },
      body: { code: unrated.publicCode, level: 1 },
    });
    expect(rating.status).toBe(409);
  });
});
