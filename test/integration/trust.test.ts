/**
 * What an insider, a careless client or a crash could do, closed (issue "Trust"): each test
 * tries one way through over HTTP on the local runtime.
 */
import { createHash } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { principalFromClaims } from '#adapters/auth';
import { HmacKeyedHash } from '#adapters/keyed-hash';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '#local/auth';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { startHarness, type Harness } from '#local/harness/runtime';
import { anyString } from '../support/matchers';

let t: Harness;
let hall: HallFixture;

beforeAll(async () => {
  t = await startHarness({ clock: '2025-09-26T09:00:00+08:00' });
  hall = await setUpHall(t);
});
afterAll(() => t.stop());

const intake = (token: string, body: object = {}) =>
  t.call('POST /v1/halls/{hallId}/cases', {
    params: { hallId: 'h1' },
    token,
    body: { itemId: 'licence', windowId: 'w1', applicant: { name: '王小明' }, submittedMaterials: ['application'], ...body },
  });

describe('tokens without a known role, and deactivated staff', () => {
  it('a token with the hall claim and no known role is refused everywhere, even as an assignee', async () => {
    const roleless = await t.token({ sub: 's-a', roles: [], hallId: 'h1' });
    const unknownRole = await t.token({ sub: 's-a', roles: ['window-clerk'], hallId: 'h1' });
    for (const token of [roleless, unknownRole]) {
      const list = await t.call('GET /v1/halls/{hallId}/cases', { params: { hallId: 'h1' }, token });
      expect([list.status, list.error?.message]).toEqual([403, 'The token carries none of the known roles']);
      expect((await t.call('GET /v1/halls/{hallId}/complaints', { params: { hallId: 'h1' }, token })).status).toBe(403);
      expect((await intake(token)).status).toBe(403);
    }
  });

  it('a hall admin deactivates a staff member: refused everything at once; reactivated, back to work', async () => {
    const put = (active: boolean) =>
      t.call('PUT /v1/halls/{hallId}/staff/{staffId}', {
        params: { hallId: 'h1', staffId: 's-b' },
        token: hall.tokens.admin,
        body: { name: '李四', windowId: 'w1', post: 'B', roles: ['window-staff'], active },
      });
    expect((await put(false)).body.active).toBe(false);
    const refused = await intake(hall.tokens.staffB);
    expect([refused.status, refused.error?.code]).toEqual([403, 'STAFF_INACTIVE']);
    expect((await t.call('GET /v1/halls/{hallId}/reminders', { params: { hallId: 'h1' }, token: hall.tokens.staffB })).status).toBe(403);
    await put(true);
    expect((await intake(hall.tokens.staffB)).status).toBe(201);
  });
});

describe('what a case can accumulate is bounded', () => {
  it('refuses repeated material ids', async () => {
    const reply = await intake(hall.tokens.staffA, { submittedMaterials: ['application', 'application'] });
    expect(reply.status).toBe(400);
    expect(reply.error?.details).toEqual([{ field: 'submittedMaterials', message: 'material ids must not repeat' }]);
  });

  it('second notices stop with a clear 422 before the item limit, and the case can still be completed and concluded', async () => {
    // An item with 100 materials of 64-character ids: a notice naming them all is ~8 KB.
    const materials = Array.from({ length: 100 }, (_, i) => ({ id: `m${String(i).padStart(63, '0')}`, name: `材料${i}` }));
    expect(
      (
        await t.call('PUT /v1/halls/{hallId}/items/{itemId}', {
          params: { hallId: 'h1', itemId: 'bulky' },
          token: hall.tokens.admin,
          body: {
            name: '大型事项',
            kind: 'service',
            departmentId: 'market',
            windowIds: ['w1'],
            legalLimitDays: 20,
            promisedLimitDays: 5,
            materials,
          },
        })
      ).status,
    ).toBe(200);
    const created = await intake(hall.tokens.staffA, { itemId: 'bulky', submittedMaterials: [] });
    const caseId = created.body.caseId;
    const ids = materials.map((m) => m.id);
    // 500 Chinese characters: 1,500 bytes in DynamoDB (500 units in dynalite).
    const reason = '请补充清晰的材料'.repeat(63).slice(0, 500);
    const notice = () =>
      t.call('POST /v1/halls/{hallId}/cases/{caseId}/supplement-requests', {
        params: { hallId: 'h1', caseId },
        token: hall.tokens.staffA,
        body: { materials: ids, reason },
      });
    let reply = await notice();
    let notices = 0;
    for (; reply.status === 200 && notices < 100; reply = await notice()) notices++;
    expect([reply.status, reply.error?.code]).toEqual([422, 'RECORD_FULL']);
    expect(notices).toBeGreaterThan(20);
    // A partial delivery is another repeatable step: refused too; the full one moves the case on.
    const partial = await t.call('POST /v1/halls/{hallId}/cases/{caseId}/materials', {
      params: { hallId: 'h1', caseId },
      token: hall.tokens.staffA,
      body: { materials: ids.slice(0, 1) },
    });
    expect(partial.error?.code).toBe('RECORD_FULL');
    const complete = await t.call('POST /v1/halls/{hallId}/cases/{caseId}/materials', {
      params: { hallId: 'h1', caseId },
      token: hall.tokens.staffA,
      body: { materials: ids },
    });
    expect(complete.body.status).toBe('accepted');
    const concluded = await t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', {
      params: { hallId: 'h1', caseId },
      token: hall.tokens.staffA,
      body: {
        outcome: 'rejected',
        reason: '材料始终不符合要求'.repeat(120).slice(0, 1000),
        remedy: '可在60日内申请行政复议'.repeat(100).slice(0, 1000),
      },
    });
    expect(concluded.body.status).toBe('rejected');
  });
});

describe('what is hashed cannot be reversed', () => {
  it('idempotency fingerprints and abuse counters hold keyed hashes, not plain SHA-256 of the body or the address', async () => {
    const body = {
      itemId: 'record',
      windowId: 'w1',
      applicant: { name: '王小明', idNumber: '110105194912310021' },
      submittedMaterials: ['application'],
    };
    const created = await t.call('POST /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      token: hall.tokens.staffA,
      body,
      headers: { 'idempotency-key': 'receipt-0042' },
    });
    expect(created.status).toBe(201);
    await t.call('POST /v1/public/halls/{hallId}/complaints', {
      params: { hallId: 'h1' },
      body: { category: '服务', description: '排队太久' },
    });
    const items = (await t.runtime.deps.db.send(new ScanCommand({ TableName: t.runtime.deps.tableName }))).Items ?? [];
    const claim = items.find((i) => String(i.pk).startsWith('IDEMPOTENCY#') && i.sk === 'receipt-0042');
    const plain = createHash('sha256').update(JSON.stringify(body)).digest('hex');
    expect(claim?.fingerprint).toEqual(expect.any(String));
    expect(claim?.fingerprint).not.toBe(plain);
    // Trying every ID number of a birth year cannot find it without the key: the digest depends on it.
    expect(claim?.fingerprint).not.toBe(
      await new HmacKeyedHash(() => Promise.resolve(Buffer.alloc(32))).digest('idempotency-body', JSON.stringify(body)),
    );
    const counters = items.filter((i) => String(i.pk).startsWith('RATE#')).map((i) => String(i.pk));
    const plainAddress = createHash('sha256').update('127.0.0.1').digest('base64url').slice(0, 22);
    expect(counters.length).toBeGreaterThan(0);
    expect(counters.some((pk) => pk.includes(plainAddress) || pk.includes('127.0.0.1'))).toBe(false);
    expect(JSON.stringify(items)).not.toContain('110105194912310021');
  });
});

describe('every staff write is recorded, and set-up can be read back', () => {
  it('the audit trail names actor, roles, action, subject, time and request — never personal data', async () => {
    const created = await intake(hall.tokens.staffA, {
      applicant: { name: '审计测试', idNumber: '110105194912310021', phone: '13912345678' },
    });
    await t.call('POST /v1/halls/{hallId}/cases/{caseId}/receipt', {
      params: { hallId: 'h1', caseId: created.body.caseId },
      token: hall.tokens.staffA,
    });
    const trail = await t.call('GET /v1/halls/{hallId}/audit', {
      params: { hallId: 'h1' },
      query: { from: '2025-09-26', to: '2025-09-26', actor: 's-a' },
      token: hall.tokens.admin,
    });
    expect(trail.status).toBe(200);
    expect(trail.body.items.slice(0, 2).map((a) => [a.action, a.subject])).toEqual([
      ['reprintReceipt', { hallId: 'h1', caseId: created.body.caseId }],
      ['createCase', { hallId: 'h1' }],
    ]);
    expect(trail.body.items[0]).toMatchObject({ actor: 's-a', roles: ['window-staff'], requestId: anyString() });
    expect(JSON.stringify(trail.body)).not.toMatch(/110105194912310021|13912345678|审计测试/);
    const everyone = await t.call('GET /v1/halls/{hallId}/audit', {
      params: { hallId: 'h1' },
      query: { from: '2025-09-26', to: '2025-09-26', limit: 200 },
      token: hall.tokens.admin,
    });
    expect(everyone.body.items.map((a) => a.action)).toEqual(expect.arrayContaining(['putHall', 'putWindow', 'putStaff', 'putItem']));
    expect(
      (
        await t.call('GET /v1/halls/{hallId}/audit', {
          params: { hallId: 'h1' },
          query: { from: '2025-09-26', to: '2025-09-26' },
          token: hall.tokens.supervisor,
        })
      ).status,
    ).toBe(403);
  });

  it('reads back windows, staff and items with who wrote them; staff records only for admins and supervisors', async () => {
    const windows = await t.call('GET /v1/halls/{hallId}/windows', { params: { hallId: 'h1' }, token: hall.tokens.staffA });
    expect(windows.body.items.map((w) => [w.windowId, w.updatedBy])).toEqual([
      ['w1', 'admin-1'],
      ['w2', 'admin-1'],
    ]);
    const staff = await t.call('GET /v1/halls/{hallId}/staff/{staffId}', {
      params: { hallId: 'h1', staffId: 's-a' },
      token: hall.tokens.supervisor,
    });
    expect(staff.body).toMatchObject({ staffId: 's-a', windowId: 'w1', post: 'A', updatedBy: 'admin-1' });
    expect((await t.call('GET /v1/halls/{hallId}/staff', { params: { hallId: 'h1' }, token: hall.tokens.staffA })).status).toBe(403);
    const item = await t.call('GET /v1/halls/{hallId}/items/{itemId}', {
      params: { hallId: 'h1', itemId: 'licence' },
      token: hall.tokens.staffB,
    });
    expect(item.body).toMatchObject({ itemId: 'licence', kind: 'approval' });
    expect((await t.call('GET /v1/public/halls/{hallId}/items', { params: { hallId: 'h1' } })).text).not.toContain('updatedBy');
  });

  it('a leave is cancelled (204); cancelling it again is 404', async () => {
    const params = { hallId: 'h1', staffId: 's-b', from: '2025-10-13' };
    await t.call('PUT /v1/halls/{hallId}/staff/{staffId}/leave/{from}', { params, token: hall.tokens.admin, body: { to: '2025-10-14' } });
    const cancelled = await t.call('DELETE /v1/halls/{hallId}/staff/{staffId}/leave/{from}', { params, token: hall.tokens.admin });
    expect(cancelled.status).toBe(204);
    const again = await t.call('DELETE /v1/halls/{hallId}/staff/{staffId}/leave/{from}', { params, token: hall.tokens.admin });
    expect([again.status, again.error?.code]).toEqual([404, 'LEAVE_NOT_FOUND']);
  });
});

describe('careless input', () => {
  it.each([
    ['0b11111101001', 400],
    ['0x7e9', 400],
    ['2.025e3', 400],
    [' 2025', 400],
    ['2025', 200],
  ])('a year written %j → %i', async (year, status) => {
    const reply = await t.request('PUT', `/v1/calendar/national/${encodeURIComponent(year)}`, {
      token: hall.tokens.agency,
      body: { holidays: [], workdays: [] },
    });
    expect(reply.status).toBe(status);
  });

  it.each([
    ['a bidi override', '张\u202e三'],
    ['a control character', '张\u0007三'],
    ['a lone surrogate', '张\ud800三'],
    ['a line break in a name', '张\n三'],
  ])('refuses a name with %s', async (_what, name) => {
    const reply = await intake(hall.tokens.staffA, { applicant: { name } });
    expect([reply.status, reply.error?.details[0]?.field]).toEqual([400, 'applicant.name']);
  });

  it('refuses query parameters a call does not take', async () => {
    const reply = await t.request('GET', '/v1/halls/h1/cases?status[]=x', { token: hall.tokens.admin });
    expect([reply.status, reply.error?.details[0]?.field]).toEqual([400, 'query']);
    const none = await t.request('GET', '/v1/halls/h1/reminders?date=2025-09-26&recipient=all', { token: hall.tokens.admin });
    expect(none.status).toBe(400);
    const noQueryAtAll = await t.request('GET', '/v1/halls/h1/complaints/R-x?verbose=1', { token: hall.tokens.admin });
    expect(noQueryAtAll.error?.details).toEqual([{ field: 'query.verbose', message: 'not a parameter of this call' }]);
  });

  it('answers 404 for every route of a hall that does not exist', async () => {
    const admin = await t.token({ sub: 'agency-1', roles: ['agency-admin'] });
    for (const reply of [
      await t.call('GET /v1/halls/{hallId}/assessment-rules', { params: { hallId: 'nowhere' }, token: admin }),
      await t.call('GET /v1/halls/{hallId}/reminders', { params: { hallId: 'nowhere' }, token: admin }),
      await t.call('GET /v1/public/halls/{hallId}/calendar/{date}', { params: { hallId: 'nowhere', date: '2025-09-26' } }),
      await t.call('PUT /v1/halls/{hallId}/calendar/{date}', {
        params: { hallId: 'nowhere', date: '2025-09-26' },
        token: admin,
        body: { open: false, reason: 'x' },
      }),
    ]) {
      expect([reply.status, reply.error?.code]).toEqual([404, 'HALL_NOT_FOUND']);
    }
  });

  it('a filtered list returns full pages, never an empty page with a cursor', async () => {
    for (let i = 0; i < 5; i++) await intake(hall.tokens.staffA, { itemId: 'record' });
    const first = await t.call('GET /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      query: { windowId: 'w1', status: 'awaiting-materials', limit: 1 },
      token: hall.tokens.admin,
    });
    expect(first.body.items).toHaveLength(1);
  });

  it('the local token verifier refuses a token without exp or issued in the future, as API Gateway does', async () => {
    const { SignJWT } = await import('jose');
    const base = () =>
      new SignJWT({ roles: ['hall-admin'], hallId: 'h1' })
        .setProtectedHeader({ alg: 'RS256' })
        .setSubject('admin-1')
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE);
    const noExp = await base().setIssuedAt().sign(t.runtime.keys.privateKey);
    const future = await base()
      .setIssuedAt(Math.floor(Date.now() / 1000) + 3600)
      .setExpirationTime('2h')
      .sign(t.runtime.keys.privateKey);
    for (const token of [noExp, future]) {
      expect((await t.call('GET /v1/halls/{hallId}/cases', { params: { hallId: 'h1' }, token })).status).toBe(401);
    }
  });

  it('roles are read in the forms a token carries them, never split on commas or spaces of a plain string', () => {
    expect([...(principalFromClaims({ sub: 'x', roles: 'hall-admin,window-staff' })?.roles ?? [])]).toEqual([]);
    expect([...(principalFromClaims({ sub: 'x', roles: 'hall-admin window-staff' })?.roles ?? [])]).toEqual([]);
    expect([...(principalFromClaims({ sub: 'x', roles: '[hall-admin window-staff]' })?.roles ?? [])]).toEqual([
      'hall-admin',
      'window-staff',
    ]);
    expect([...(principalFromClaims({ sub: 'x', roles: '["hall-admin"]' })?.roles ?? [])]).toEqual(['hall-admin']);
    expect([...(principalFromClaims({ sub: 'x', 'cognito:groups': 'supervisor' })?.roles ?? [])]).toEqual(['supervisor']);
  });

  it('an oversized header gets 431 in the error shape', async () => {
    const reply = await fetch(`${t.runtime.url}/v1/public/halls/h1/items`, { headers: { 'x-padding': 'x'.repeat(20_000) } });
    expect(reply.status).toBe(431);
    expect(await reply.json()).toMatchObject({ error: { code: 'HEADERS_TOO_LARGE' } });
  });
});
