/**
 * The windows' rating devices (评价器, 一次一评) over HTTP on the local runtime: a device rates
 * the case its window concluded or served in the last 30 minutes, once per case (shared with
 * the receipt code's rating), is refused with a clear code otherwise, may do nothing else, and
 * is never counted per source address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide, intake, type ItemTerms } from '#domain/cases';
import { caseRecords } from '#adapters/case-records';
import { ratingRecords } from '#adapters/complaint-records';
import { loadHallCalendar } from '#adapters/hall-calendar';
import { settableClock } from '#local/clock';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { startHarness, type Harness } from '#local/harness/runtime';

const clock = settableClock('2025-11-03T09:00:00+08:00');
let t: Harness;
let hall: HallFixture;
let device: { w1: string; w2: string };

beforeAll(async () => {
  t = await startHarness({ clock });
  hall = await setUpHall(t);
  const { admin } = hall.tokens;
  await t.call('PUT /v1/halls/{hallId}/items/{itemId}', {
    params: { hallId: 'h1', itemId: 'certificate' },
    token: admin,
    body: {
      name: '证明',
      kind: 'service',
      departmentId: 'housing',
      windowIds: ['w2'],
      legalLimitDays: 1,
      promisedLimitDays: 1,
      materials: [{ id: 'application', name: '申请书' }],
    },
  });
  await t.call('PUT /v1/halls/{hallId}/ticket-groups', {
    params: { hallId: 'h1' },
    token: admin,
    body: { groups: [{ group: 'A', itemIds: ['licence', 'record'], dailyCap: 100 }] },
  });
  const deviceOf = (windowId: string) => t.token({ sub: `device-${windowId}`, roles: ['rating-device'], hallId: 'h1', windowId });
  device = { w1: await deviceOf('w1'), w2: await deviceOf('w2') };
});
afterAll(() => t.stop());

interface Opened {
  caseId: string;
  publicCode: string;
}

/** A case opened at a window (all materials: accepted). */
async function open(itemId = 'record', windowId = 'w1', token = hall.tokens.staffA): Promise<Opened> {
  const reply = await t.call('POST /v1/halls/{hallId}/cases', {
    params: { hallId: 'h1' },
    token,
    body: { itemId, windowId, applicant: { name: '王小明' }, submittedMaterials: ['application'] },
  });
  expect(reply.status, reply.text).toBe(201);
  return reply.body;
}

/** A case opened and concluded (approved) at a window, now. */
async function concluded(itemId = 'record', windowId = 'w1', token = hall.tokens.staffA): Promise<Opened> {
  const c = await open(itemId, windowId, token);
  const decided = await t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', {
    params: { hallId: 'h1', caseId: c.caseId },
    token,
    body: { outcome: 'approved' },
  });
  expect(decided.status, decided.text).toBe(200);
  return c;
}

const rate = (caseId: string, level = 5, token = device.w1, windowId = 'w1') =>
  t.call('POST /v1/halls/{hallId}/windows/{windowId}/device-ratings', {
    params: { hallId: 'h1', windowId },
    token,
    body: { caseId, level },
  });
const rateWithCode = (c: Opened, level = 4) =>
  t.call('POST /v1/public/cases/{caseId}/rating', { params: { caseId: c.caseId }, body: { code: c.publicCode, level } });
const outcome = (reply: { status: number; error?: { code: string } | undefined }) => [reply.status, reply.error?.code];

describe('a device rates the service just given at its window', () => {
  it('within 30 minutes of the conclusion, once per case: the receipt code cannot rate it again', async () => {
    clock.set('2025-11-03T09:00:00+08:00');
    const c = await concluded();
    clock.set('2025-11-03T09:29:59+08:00');
    const rated = await rate(c.caseId);
    expect([rated.status, rated.body]).toEqual([
      201,
      { caseId: c.caseId, level: 5, ratedAt: expect.stringMatching(/^2025-11-03T09:29:59/) as string },
    ]);
    expect(outcome(await rate(c.caseId, 4))).toEqual([409, 'ALREADY_RATED']);
    expect(outcome(await rateWithCode(c))).toEqual([409, 'ALREADY_RATED']);
  });

  it('a ticket served with the case at the window is a service too (the case still open)', async () => {
    clock.set('2025-11-03T10:00:00+08:00');
    const c = await open();
    await t.call('POST /v1/public/halls/{hallId}/tickets', { params: { hallId: 'h1' }, body: { itemId: 'record' } });
    const called = await t.call('POST /v1/halls/{hallId}/windows/{windowId}/call-next', {
      params: { hallId: 'h1', windowId: 'w1' },
      token: hall.tokens.staffA,
    });
    await t.call('POST /v1/halls/{hallId}/tickets/{ticketId}/serve', {
      params: { hallId: 'h1', ticketId: called.body.ticketId },
      token: hall.tokens.staffA,
      body: { caseId: c.caseId },
    });
    clock.set('2025-11-03T10:10:00+08:00');
    expect(outcome(await rate(c.caseId, 3, device.w2, 'w2'))).toEqual([403, 'SERVED_AT_OTHER_WINDOW']);
    expect((await rate(c.caseId, 3)).status).toBe(201);
    // The rating is of that service: the window, the staff member who served, the device.
    expect(await ratingRecords.get(t.runtime.deps, c.caseId)).toMatchObject({ windowId: 'w1', staffId: 's-a', deviceId: 'device-w1' });
  });

  it('a bad rating opens its rectification, as one with the receipt code does', async () => {
    clock.set('2025-11-03T11:00:00+08:00');
    const c = await concluded();
    const rated = await rate(c.caseId, 1);
    expect(rated.body).toMatchObject({ level: 1, rectificationId: `R-${c.caseId}` });
    const rectification = await t.call('GET /v1/halls/{hallId}/complaints/{complaintId}', {
      params: { hallId: 'h1', complaintId: `R-${c.caseId}` },
      token: hall.tokens.admin,
    });
    expect(rectification.body).toMatchObject({ source: 'bad-rating', caseId: c.caseId, windowId: 'w1' });
  });
});

describe('what a device is refused', () => {
  it('after 30 minutes, another window’s case, a case never served, another window’s path, an unknown case, bad input: a clear code, nothing stored', async () => {
    clock.set('2025-11-04T09:00:00+08:00');
    const late = await concluded();
    const atW2 = await concluded('certificate', 'w2', hall.tokens.staffW2);
    const notServed = await open();
    clock.set('2025-11-04T09:31:30+08:00');
    const refusals = [
      { reply: await rate(late.caseId), expected: [422, 'RATING_WINDOW_CLOSED'] },
      { reply: await rate(atW2.caseId), expected: [403, 'SERVED_AT_OTHER_WINDOW'] },
      { reply: await rate(notServed.caseId), expected: [422, 'CASE_NOT_SERVED'] },
      { reply: await rate(atW2.caseId, 5, device.w1, 'w2'), expected: [403, 'FORBIDDEN'] },
      { reply: await rate('no-such-case'), expected: [404, 'CASE_NOT_FOUND'] },
      { reply: await rate(late.caseId, 6), expected: [400, 'VALIDATION_FAILED'] },
      { reply: await rate(late.caseId, 5, hall.tokens.admin), expected: [403, 'FORBIDDEN'] },
    ];
    expect(refusals.map((r) => outcome(r.reply))).toEqual(refusals.map((r) => r.expected));
    expect(refusals[0]?.reply.error?.message).toMatch(/31 minutes ago; its device rates within 30 minutes/);
    // Nothing was stored: each can still be rated with its receipt code.
    for (const c of [late, atW2, notServed]) expect((await rateWithCode(c)).status).toBe(201);
  });

  it('a device may do nothing else', async () => {
    const c = await open();
    const replies = [
      await t.call('GET /v1/halls/{hallId}/cases/{caseId}', { params: { hallId: 'h1', caseId: c.caseId }, token: device.w1 }),
      await t.call('GET /v1/halls/{hallId}/windows', { params: { hallId: 'h1' }, token: device.w1 }),
      await t.call('POST /v1/halls/{hallId}/windows/{windowId}/call-next', { params: { hallId: 'h1', windowId: 'w1' }, token: device.w1 }),
      await t.call('POST /v1/halls/{hallId}/cases', {
        params: { hallId: 'h1' },
        token: device.w1,
        body: { itemId: 'record', windowId: 'w1', applicant: { name: '王小明' }, submittedMaterials: ['application'] },
      }),
      await t.call('GET /v1/halls/{hallId}/queue-statistics/{date}', { params: { hallId: 'h1', date: '2025-11-04' }, token: device.w1 }),
      await t.call('POST /v1/halls/{hallId}/inquiries', {
        params: { hallId: 'h1' },
        token: device.w1,
        body: { windowId: 'w1', topic: '咨询', answer: '好' },
      }),
    ];
    expect(replies.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
  });
});

describe('no per-address limit for devices', () => {
  it('200 device ratings in an hour from one address are all accepted, where the 6th rating with a receipt code is refused', async () => {
    clock.set('2025-11-05T09:00:00+08:00');
    const limited = await t.call('PUT /v1/halls/{hallId}/assessment-rules', {
      params: { hallId: 'h1' },
      token: hall.tokens.admin,
      body: { ratingsPerAddressPerHour: 5, ratingsPerHallPerHour: 5 },
    });
    expect(limited.status, limited.text).toBe(200);
    // 206 cases concluded at w1 at 09:00, written straight to the store (the HTTP intake is shown above).
    const now = clock.now();
    const [item, cal] = [await recordTerms(), await loadHallCalendar(t.runtime.deps, 'h1')];
    const cases = Array.from({ length: 206 }, (_, i) => {
      const opened = intake(
        {
          caseId: `bulk-${i}`,
          publicCode: `CODE${String(i).padStart(6, '0')}`,
          hallId: 'h1',
          windowId: 'w1',
          item,
          applicant: { name: '王小明' },
          submittedMaterials: ['application'],
          receivedAt: now,
          by: 's-a',
        },
        now,
        cal,
      );
      return decide(opened, { outcome: 'approved' }, 's-a', now);
    });
    for (let i = 0; i < cases.length; i += 50) await Promise.all(cases.slice(i, i + 50).map((c) => caseRecords.create(t.runtime.deps, c)));

    clock.set('2025-11-05T09:20:00+08:00');
    const statuses: number[] = [];
    for (let i = 0; i < 200; i += 20) {
      const replies = await Promise.all(cases.slice(i, i + 20).map((c) => rate(c.caseId, 5)));
      statuses.push(...replies.map((r) => r.status));
    }
    expect(statuses).toEqual(new Array<number>(200).fill(201));
    const withCode = [];
    for (const c of cases.slice(200)) withCode.push((await rateWithCode({ caseId: c.caseId, publicCode: c.publicCode })).status);
    expect(withCode).toEqual([201, 201, 201, 201, 201, 429]);
  });
});

/** The item `record` as the case lifecycle sees it. */
async function recordTerms(): Promise<ItemTerms> {
  const reply = await t.call('GET /v1/halls/{hallId}/items/{itemId}', {
    params: { hallId: 'h1', itemId: 'record' },
    token: hall.tokens.admin,
  });
  const { itemId, name, kind, windowIds, promisedLimitDays, materials } = reply.body;
  return { itemId, name, kind, windowIds, promisedLimitDays, materials };
}
