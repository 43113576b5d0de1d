import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '#local/harness/runtime';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { anyString } from '../support/matchers';

let t: Harness;
let hall: HallFixture;

beforeAll(async () => {
  t = await startHarness({ clock: '2025-09-26T09:00:00+08:00' });
  hall = await setUpHall(t);
});
afterAll(() => t.stop());

async function newCase(windowId = 'w1') {
  const reply = await t.call('POST /v1/halls/{hallId}/cases', {
    params: { hallId: 'h1' },
    token: hall.tokens.staffA,
    body: { itemId: 'record', windowId, applicant: { name: '王小明' }, submittedMaterials: ['application'] },
  });
  expect(reply.status).toBe(201);
  return reply.body as { caseId: string; publicCode: string };
}

/** Polls the staff view until the router has routed it (the stream delivers within milliseconds locally). */
async function routed(complaintId: string, token = hall.tokens.admin) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const reply = await t.call('GET /v1/halls/{hallId}/complaints/{complaintId}', { params: { hallId: 'h1', complaintId }, token });
    if (reply.status === 200 && reply.body.route) return reply.body;
    if (Date.now() > deadline) throw new Error(`complaint ${complaintId} was not routed within 10 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('ratings', () => {
  it('one rating per case, also under 20 concurrent submissions', async () => {
    const c = await newCase();
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.call('POST /v1/public/cases/{caseId}/rating', { params: { caseId: c.caseId }, body: { code: c.publicCode, level: (i % 3) + 3 } }),
      ),
    );
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...new Array<number>(19).fill(409)]);
    expect(replies.find((r) => r.status === 409)?.error!.code).toBe('ALREADY_RATED');
  });

  it('with an Idempotency-Key, a retried rating gets the first 201 again', async () => {
    const c = await newCase();
    const rate = () =>
      t.call('POST /v1/public/cases/{caseId}/rating', {
        params: { caseId: c.caseId },
        body: { code: c.publicCode, level: 4 },
        headers: { 'Idempotency-Key': 'r-1' },
      });
    const [first, retry] = [await rate(), await rate()];
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.body).toEqual(first.body);
  });

  it('a wrong code and an unknown case both get 403, with no hint', async () => {
    const c = await newCase();
    const wrong = await t.call('POST /v1/public/cases/{caseId}/rating', {
      params: { caseId: c.caseId },
      body: { code: 'ZZZZZZZZZZ', level: 5 },
    });
    const unknown = await t.call('POST /v1/public/cases/{caseId}/rating', {
      params: { caseId: '01JUNKNOWNCASE0000000000000' },
      body: { code: 'ZZZZZZZZZZ', level: 5 },
    });
    expect([wrong.status, unknown.status]).toEqual([403, 403]);
    expect(wrong.body).toEqual(unknown.body);
    expect(
      (await t.call('POST /v1/public/cases/{caseId}/rating', { params: { caseId: c.caseId }, body: { code: c.publicCode, level: 6 } }))
        .status,
    ).toBe(400);
  });

  it('a bad rating becomes a rectification assigned to the window A post within seconds', async () => {
    const c = await newCase();
    const started = Date.now();
    const rating = await t.call('POST /v1/public/cases/{caseId}/rating', {
      params: { caseId: c.caseId },
      body: { code: c.publicCode, level: 1, comment: '等了很久' },
    });
    expect(rating.status).toBe(201);
    expect(rating.body.rectificationId).toBe(`R-${c.caseId}`);
    const ticket = await routed(rating.body.rectificationId!);
    expect(Date.now() - started).toBeLessThan(10_000);
    // Received Friday 2025-09-26: 5 working days → 09-28 (make-up Sunday), 09-29, 09-30, 10-09, 10-10.
    expect(ticket).toMatchObject({
      source: 'bad-rating',
      caseId: c.caseId,
      windowId: 'w1',
      status: 'assigned',
      assignee: 's-a',
      route: 'a-post',
      dueDate: '2025-10-10',
    });
    expect(ticket.history.map((h: { action: string }) => h.action)).toEqual(['received', 'routed']);
  });
});

describe('complaints', () => {
  it('are received with 202, validated, and never reach another hall', async () => {
    const ok = await t.call('POST /v1/public/halls/{hallId}/complaints', {
      params: { hallId: 'h1' },
      body: { category: '服务态度', description: '窗口人员态度差', windowId: 'w2' },
    });
    expect(ok.status).toBe(202);
    expect(ok.body).toEqual({ complaintId: anyString(), status: 'received' });
    const tooLong = await t.call('POST /v1/public/halls/{hallId}/complaints', {
      params: { hallId: 'h1' },
      body: { category: 'x'.repeat(65), description: 'd' },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.error?.details[0]?.field).toBe('category');
    expect(
      (
        await t.call('POST /v1/public/halls/{hallId}/complaints', {
          params: { hallId: 'h1' },
          body: { category: 'c', description: 'd', caseId: 'NOPE' },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await t.call('POST /v1/public/halls/{hallId}/complaints', {
          params: { hallId: 'nowhere' },
          body: { category: 'c', description: 'd' },
        })
      ).status,
    ).toBe(404);
    await routed(ok.body.complaintId);
    expect(
      (
        await t.call('GET /v1/halls/{hallId}/complaints/{complaintId}', {
          params: { hallId: 'h2', complaintId: ok.body.complaintId },
          token: hall.tokens.otherHallAdmin,
        })
      ).status,
    ).toBe(404);
  });

  it("go to the case's own window, whatever window is named", async () => {
    const c = await newCase('w1');
    const filed = await t.call('POST /v1/public/halls/{hallId}/complaints', {
      params: { hallId: 'h1' },
      body: { category: '超时', description: '办理慢', caseId: c.caseId, windowId: 'w2' },
    });
    expect(await routed(filed.body.complaintId)).toMatchObject({ caseId: c.caseId, windowId: 'w1' });
  });

  it('the B post steps in when the A post is on leave that day', async () => {
    await t.call('PUT /v1/halls/{hallId}/staff/{staffId}/leave/{from}', {
      params: { hallId: 'h1', staffId: 's-w2', from: '2025-09-26' },
      token: hall.tokens.admin,
      body: { to: '2025-09-26' },
    });
    await t.call('PUT /v1/halls/{hallId}/staff/{staffId}', {
      params: { hallId: 'h1', staffId: 's-w2b' },
      token: hall.tokens.admin,
      body: { name: '孙七', windowId: 'w2', post: 'B', roles: ['window-staff'] },
    });
    const filed = await t.call('POST /v1/public/halls/{hallId}/complaints', {
      params: { hallId: 'h1' },
      body: { category: '超时', description: '办理超时', windowId: 'w2', contact: '13800001111' },
    });
    const complaint = await routed(filed.body.complaintId);
    expect(complaint).toMatchObject({ assignee: 's-w2b', route: 'b-post', status: 'assigned', contact: '13800001111' });
  });

  it('nothing routable goes to the supervisors', async () => {
    const filed = await t.call('POST /v1/public/halls/{hallId}/complaints', {
      params: { hallId: 'h1' },
      body: { category: '环境', description: '大厅太冷' },
    });
    expect(await routed(filed.body.complaintId)).toMatchObject({ assignee: 'sup-1', route: 'supervisor' });
  });

  it('is resolved once, by the assignee, a supervisor or a hall admin; the inbox lists it', async () => {
    const filed = await t.call('POST /v1/public/halls/{hallId}/complaints', {
      params: { hallId: 'h1' },
      body: { category: '收费', description: '乱收费', windowId: 'w1' },
    });
    await routed(filed.body.complaintId);
    const inbox = await t.call('GET /v1/halls/{hallId}/complaints', {
      params: { hallId: 'h1' },
      query: { assignee: 's-a', status: 'assigned' },
      token: hall.tokens.staffA,
    });
    expect(inbox.body.items.map((c: { complaintId: string }) => c.complaintId)).toContain(filed.body.complaintId);
    const resolve = (token: string) =>
      t.call('POST /v1/halls/{hallId}/complaints/{complaintId}/resolution', {
        params: { hallId: 'h1', complaintId: filed.body.complaintId },
        token,
        body: { substantiated: true, resolution: '已退还并批评教育' },
      });
    expect((await resolve(hall.tokens.staffB)).status).toBe(403);
    expect((await resolve(hall.tokens.otherHallAdmin)).status).toBe(403);
    const resolved = await resolve(hall.tokens.staffA);
    expect(resolved.body).toMatchObject({ status: 'resolved', substantiated: true, resolution: '已退还并批评教育' });
    expect((await resolve(hall.tokens.supervisor)).status).toBe(409);
    const done = await t.call('GET /v1/halls/{hallId}/complaints', {
      params: { hallId: 'h1' },
      query: { status: 'resolved' },
      token: hall.tokens.supervisor,
    });
    expect(done.body.items.map((c: { complaintId: string }) => c.complaintId)).toContain(filed.body.complaintId);
  });
});
