/**
 * What an insider, a careless client or a crash could do, closed (issue "Trust"): each test
 * tries one way through over HTTP on the local runtime.
 */
import { createHash } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HmacKeyedHash } from '#adapters/keyed-hash';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { startHarness, type Harness } from '#local/harness/runtime';

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
