import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '#local/harness/runtime';
import { LICENCE_ITEM, setUpHall, type HallFixture } from '#local/harness/hall';
import { anyString, stringContaining, stringMatching } from '../support/matchers';

const ID_NUMBER = '320826199001011234';
const PHONE = '13912345678';

let t: Harness;
let hall: HallFixture;
const applicant = { name: '张小三', idNumber: ID_NUMBER, phone: PHONE };

beforeAll(async () => {
  t = await startHarness({ clock: '2025-09-26T09:00:00+08:00' });
  hall = await setUpHall(t);
});
afterAll(() => t.stop());

const intake = (body: Record<string, unknown>, token = hall.tokens.staffA, headers: Record<string, string> = {}) =>
  t.call('POST /v1/halls/{hallId}/cases', {
    params: { hallId: 'h1' },
    token,
    body: { itemId: 'licence', windowId: 'w1', applicant, submittedMaterials: [], ...body },
    headers,
  });

describe('intake', () => {
  it('accepts a complete case with a working-day due date across National Day', async () => {
    const reply = await intake({ submittedMaterials: ['application', 'id-card', 'floor-plan'] });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      hallId: 'h1',
      status: 'accepted',
      dueDate: '2025-10-10',
      overdue: false,
      missingMaterials: [],
      secondNotices: 0,
      applicant: { name: '张小三', idNumber: ID_NUMBER, phone: PHONE },
      version: 1,
    });
    expect(reply.body.publicCode).toMatch(/^[0-9A-Z]{10}$/);
    expect(reply.body.receivedAt).toMatch(/^2025-09-26T09:00:\d\d\.\d{3}\+08:00$/);
    expect(reply.body.history.map((h: { action: string }) => h.action)).toEqual(['intake', 'accepted']);
  });

  it('lists every missing material at once (the one-time notice) and starts the clock only when complete', async () => {
    const first = await intake({ submittedMaterials: ['application'] });
    expect(first.body).toMatchObject({ status: 'awaiting-materials', missingMaterials: ['id-card', 'floor-plan'] });
    expect(first.body.dueDate).toBeUndefined();
    expect(first.body.oneTimeNotice?.materials).toEqual([
      { id: 'id-card', name: '身份证明' },
      { id: 'floor-plan', name: '经营场所平面图' },
    ]);
    const bring = (token: string, materials: string[]) =>
      t.call('POST /v1/halls/{hallId}/cases/{caseId}/materials', {
        params: { hallId: 'h1', caseId: first.body.caseId },
        token,
        body: { materials },
      });
    const partial = await bring(hall.tokens.staffB, ['id-card']);
    expect(partial.body).toMatchObject({ status: 'awaiting-materials', missingMaterials: ['floor-plan'], version: 2 });
    const complete = await bring(hall.tokens.staffA, ['floor-plan']);
    expect(complete.body).toMatchObject({ status: 'accepted', dueDate: '2025-10-10', missingMaterials: [] });
    const again = await bring(hall.tokens.staffA, ['floor-plan']);
    expect(again.status).toBe(409);
  });

  it('keeps accepting the materials a notice asked for after the item changed', async () => {
    const created = await intake({ itemId: 'record', submittedMaterials: [] });
    expect(created.body.missingMaterials).toEqual(['application']);
    const renamed = {
      name: '个体工商户登记',
      kind: 'service',
      departmentId: 'market',
      windowIds: ['w1'],
      legalLimitDays: 3,
      promisedLimitDays: 1,
    };
    await t.call('PUT /v1/halls/{hallId}/items/{itemId}', {
      params: { hallId: 'h1', itemId: 'record' },
      token: hall.tokens.admin,
      body: { ...renamed, materials: [{ id: 'application-form', name: '申请表' }] },
    });
    const supplied = await t.call('POST /v1/halls/{hallId}/cases/{caseId}/materials', {
      params: { hallId: 'h1', caseId: created.body.caseId },
      token: hall.tokens.staffA,
      body: { materials: ['application'] },
    });
    expect(supplied.body).toMatchObject({ status: 'accepted', missingMaterials: [] });
    await t.call('PUT /v1/halls/{hallId}/items/{itemId}', {
      params: { hallId: 'h1', itemId: 'record' },
      token: hall.tokens.admin,
      body: { ...renamed, materials: [{ id: 'application', name: '申请书' }] },
    });
  });

  it('refuses what the rules refuse, and creates nothing', async () => {
    const before = (
      await t.call('GET /v1/halls/{hallId}/cases', { params: { hallId: 'h1' }, query: { windowId: 'w1' }, token: hall.tokens.admin })
    ).body.items.length;
    expect((await intake({ itemId: 'licence', windowId: 'w2' }, hall.tokens.admin)).status).toBe(422); // not taken at w2
    expect((await intake({ windowId: 'w2' }, hall.tokens.staffA)).status).toBe(403); // not staff of w2
    expect((await intake({ itemId: 'nope' })).status).toBe(404);
    expect((await intake({ submittedMaterials: ['passport'] })).status).toBe(422);
    expect((await intake({}, hall.tokens.otherHallAdmin)).status).toBe(403);
    const bad = await intake({ applicant: { name: '', idNumber: '12' } });
    expect(bad.status).toBe(400);
    expect(bad.error!.details.map((d: { field: string }) => d.field)).toEqual(['applicant.name', 'applicant.idNumber']);
    const after = (
      await t.call('GET /v1/halls/{hallId}/cases', { params: { hallId: 'h1' }, query: { windowId: 'w1' }, token: hall.tokens.admin })
    ).body.items.length;
    expect(after).toBe(before);
  });

  it('lets only a hall admin backfill a paper case, never into the future', async () => {
    const past = { receivedAt: '2025-09-01T10:00:00+08:00', submittedMaterials: ['application', 'id-card', 'floor-plan'] };
    expect((await intake(past)).status).toBe(403);
    expect((await intake({ ...past, receivedAt: '2025-09-27T10:00:00+08:00' }, hall.tokens.admin)).status).toBe(400);
    const reply = await intake(past, hall.tokens.admin);
    expect(reply.status).toBe(201);
    // 2025-09-01 + 5 working days = 2025-09-08; concluded later it is overdue.
    expect(reply.body).toMatchObject({ receivedAt: '2025-09-01T10:00:00.000+08:00', dueDate: '2025-09-08', overdue: true });
    expect(reply.body.history[0]).toMatchObject({
      action: 'intake',
      at: '2025-09-01T10:00:00.000+08:00',
      recordedAt: stringMatching(/^2025-09-26T/),
    });
  });
});

describe('second notices and decisions', () => {
  it('counts a second notice, pauses the clock and carries the days left over', async () => {
    const created = await intake({ itemId: 'licence', submittedMaterials: ['application', 'id-card', 'floor-plan'] });
    const params = { hallId: 'h1', caseId: created.body.caseId };
    const notice = await t.call('POST /v1/halls/{hallId}/cases/{caseId}/supplement-requests', {
      params,
      token: hall.tokens.staffA,
      body: { materials: ['floor-plan'], reason: '平面图不清晰' },
    });
    expect(notice.status).toBe(200);
    expect(notice.body).toMatchObject({ status: 'awaiting-materials', secondNotices: 1, missingMaterials: ['floor-plan'] });
    expect(notice.body.history.at(-1)).toMatchObject({ action: 'second-notice', by: 's-a', reason: '平面图不清晰' });
    const resumed = await t.call('POST /v1/halls/{hallId}/cases/{caseId}/materials', {
      params,
      token: hall.tokens.staffA,
      body: { materials: ['floor-plan'] },
    });
    // Paused on 09-26 with 5 working days left (due 10-10); resumed the same day: still 10-10.
    expect(resumed.body).toMatchObject({ status: 'accepted', dueDate: '2025-10-10', secondNotices: 1 });
  });

  it('approval items are decided by the chief representative; rejections need reason and remedy', async () => {
    const created = await intake({ submittedMaterials: ['application', 'id-card', 'floor-plan'] });
    const decision = (token: string, body: object) =>
      t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', { params: { hallId: 'h1', caseId: created.body.caseId }, token, body });
    expect((await decision(hall.tokens.staffA, { outcome: 'approved' })).status).toBe(403);
    const incomplete = await decision(hall.tokens.chief, { outcome: 'rejected', reason: '不符合条件' });
    expect(incomplete.status).toBe(400);
    expect(incomplete.error!.details).toEqual([{ field: 'remedy', message: anyString() }]);
    const rejected = await decision(hall.tokens.chief, {
      outcome: 'rejected',
      reason: '不符合条件',
      remedy: '可在60日内申请行政复议或6个月内提起行政诉讼',
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', overdue: false, remedy: stringContaining('行政复议') });
    expect(rejected.body.concludedAt).toBeDefined();
    const again = await decision(hall.tokens.chief, { outcome: 'approved' });
    expect(again.status).toBe(409);
    expect(again.error!.code).toBe('CASE_CONCLUDED');
  });

  it('service items are decided by any staff of the window, not by another window', async () => {
    const created = await intake({ itemId: 'record', submittedMaterials: ['application'] });
    const decision = (token: string, body: object) =>
      t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', { params: { hallId: 'h1', caseId: created.body.caseId }, token, body });
    const w2 = await t.token({ sub: 's-w2', roles: ['window-staff'], hallId: 'h1' });
    expect((await decision(w2, { outcome: 'approved' })).status).toBe(403);
    expect((await decision(hall.tokens.staffB, { outcome: 'approved' })).status).toBe(200);
  });

  it('two concurrent decisions: one wins, the other gets 409', async () => {
    const created = await intake({ itemId: 'record', submittedMaterials: ['application'] });
    const decision = (token: string, body: object) =>
      t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', { params: { hallId: 'h1', caseId: created.body.caseId }, token, body });
    const replies = await Promise.all([
      decision(hall.tokens.staffA, { outcome: 'approved' }),
      decision(hall.tokens.staffB, { outcome: 'rejected', reason: 'x', remedy: 'y' }),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    const stored = await t.call('GET /v1/halls/{hallId}/cases/{caseId}', {
      params: { hallId: 'h1', caseId: created.body.caseId },
      token: hall.tokens.admin,
    });
    expect(stored.body.history.filter((h: { action: string }) => h.action === 'approved' || h.action === 'rejected')).toHaveLength(1);
  });
});

describe('the set-up each request sees', () => {
  // Each container keeps the hall's items and calendar (shared/adapters/setup-cache.ts): a
  // change must still reach the very next request, in whichever function it lands.
  const complete = { submittedMaterials: ['application', 'id-card', 'floor-plan'] };
  const workingDaysOn = async (n: number) =>
    (await t.call('GET /v1/public/halls/{hallId}/calendar/{date}/plus/{n}', { params: { hallId: 'h1', date: '2025-09-26', n } })).body.date;
  const promise = (promisedLimitDays: number) =>
    t.call('PUT /v1/halls/{hallId}/items/{itemId}', {
      params: { hallId: 'h1', itemId: 'licence' },
      token: hall.tokens.admin,
      body: { ...LICENCE_ITEM, promisedLimitDays },
    });

  it("an item's new promised limit and a closure apply from the next intake on", async () => {
    expect((await intake(complete)).body.dueDate).toBe(await workingDaysOn(5));

    expect((await promise(7)).status).toBe(200);
    expect((await intake(complete)).body.dueDate).toBe(await workingDaysOn(7));

    const open = await workingDaysOn(7);
    const closure = await t.call('PUT /v1/halls/{hallId}/calendar/{date}', {
      params: { hallId: 'h1', date: '2025-09-29' },
      token: hall.tokens.admin,
      body: { open: false, reason: '停电停止办公' },
    });
    expect(closure.status).toBe(200);
    const closed = await workingDaysOn(7);
    expect(closed > open).toBe(true);
    expect((await intake(complete)).body.dueDate).toBe(closed);

    await t.call('PUT /v1/halls/{hallId}/calendar/{date}', {
      params: { hallId: 'h1', date: '2025-09-29' },
      token: hall.tokens.admin,
      body: { open: true, reason: '恢复办公' },
    });
    expect((await promise(5)).status).toBe(200);
    expect((await intake(complete)).body.dueDate).toBe('2025-10-10');
  });
});

describe('idempotent intake', () => {
  it('16 concurrent retries with one key create one case and all get the first reply', async () => {
    const body = { itemId: 'record', submittedMaterials: ['application'] };
    const replies = await Promise.all(
      Array.from({ length: 16 }, () => intake(body, hall.tokens.staffA, { 'Idempotency-Key': 'receipt-0001' })),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(16).fill(201));
    expect(new Set(replies.map((r) => r.body.caseId)).size).toBe(1);
    const reused = await intake({ ...body, applicant: { name: '李四' } }, hall.tokens.staffA, { 'Idempotency-Key': 'receipt-0001' });
    expect(reused.status).toBe(409);
    expect(reused.error!.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const tooLong = await intake(body, hall.tokens.staffA, { 'Idempotency-Key': 'k'.repeat(2000) });
    expect([tooLong.status, tooLong.error?.details[0]?.field]).toEqual([400, 'Idempotency-Key']);
  });
});

describe('events', () => {
  it('publishes CaseAccepted and CaseConcluded from the change stream (the outbox)', async () => {
    const created = await intake({ itemId: 'record', submittedMaterials: ['application'] });
    await t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', {
      params: { hallId: 'h1', caseId: created.body.caseId },
      token: hall.tokens.staffA,
      body: { outcome: 'approved' },
    });
    await t.runtime.settle();
    const mine = t.runtime.events.published.filter((e) => e.detail.caseId === created.body.caseId);
    expect(mine.map((e) => e['detail-type'])).toEqual(['CaseAccepted', 'CaseConcluded']);
    expect(mine[0]?.detail).toMatchObject({
      version: '1',
      hallId: 'h1',
      windowId: 'w1',
      itemId: 'record',
      dueDate: '2025-09-28',
      provisional: false,
    });
    expect(mine[1]?.detail).toMatchObject({ outcome: 'approved', overdue: false });
    expect(JSON.stringify(mine)).not.toContain('applicant');
  });
});

describe('views', () => {
  it('the public view shows progress with the code, the name masked and nothing personal', async () => {
    const created = await intake({ submittedMaterials: ['application', 'id-card', 'floor-plan'] });
    const reply = await t.call('GET /v1/public/cases/{caseId}', {
      params: { caseId: created.body.caseId },
      query: { code: created.body.publicCode },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      caseId: created.body.caseId,
      itemName: '食品经营许可',
      status: 'accepted',
      receivedAt: created.body.receivedAt,
      dueDate: '2025-10-10',
      concludedAt: null,
      applicantName: '张*三',
      missingMaterials: [],
    });
    expect(
      (await t.call('GET /v1/public/cases/{caseId}', { params: { caseId: created.body.caseId }, query: { code: 'WRONGCODE1' } })).status,
    ).toBe(404);
    expect((await t.call('GET /v1/public/cases/{caseId}', { params: { caseId: created.body.caseId } })).status).toBe(400);
  });

  it('lists by window and month, by status, with a cursor; never across halls', async () => {
    const first = await t.call('GET /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      query: { windowId: 'w1', month: '2025-09', limit: '2' },
      token: hall.tokens.staffA,
    });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]?.applicant).toEqual({ name: '张小三' });
    const rest = await t.call('GET /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      query: { windowId: 'w1', month: '2025-09', limit: '200', cursor: first.body.nextCursor },
      token: hall.tokens.staffA,
    });
    const ids = [...first.body.items, ...rest.body.items].map((c: { caseId: string }) => c.caseId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort().reverse()); // newest first
    const awaiting = await t.call('GET /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      query: { status: 'awaiting-materials' },
      token: hall.tokens.admin,
    });
    expect(awaiting.body.items.every((c: { status: string }) => c.status === 'awaiting-materials')).toBe(true);
    expect((await t.call('GET /v1/halls/{hallId}/cases', { params: { hallId: 'h1' }, token: hall.tokens.otherHallAdmin })).status).toBe(
      403,
    );
    // Another hall cannot even learn whether a case exists.
    const probe = (caseId: string) =>
      t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', {
        params: { hallId: 'h1', caseId },
        token: hall.tokens.otherHallAdmin,
        body: { outcome: 'approved' },
      });
    expect([(await probe(ids[0]!)).status, (await probe('01JNOSUCHCASE0000000000000')).status]).toEqual([403, 403]);
    expect(
      (
        await t.call('GET /v1/halls/{hallId}/cases/{caseId}', {
          params: { hallId: 'h2', caseId: ids[0]! },
          token: hall.tokens.otherHallAdmin,
        })
      ).status,
    ).toBe(404);
  });
});
