import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '#local/harness/runtime';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { anyArray, anyString, stringContaining } from '../support/matchers';

let t: Harness;
let hall: HallFixture;

beforeAll(async () => {
  t = await startHarness();
  hall = await setUpHall(t);
});
afterAll(() => t.stop());

describe('hall set-up over HTTP', () => {
  it('publishes the service guide with department names and default opening hours', async () => {
    const reply = await t.call('GET /v1/public/halls/{hallId}/items', { params: { hallId: 'h1' } });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ hallId: 'h1', hallName: '涟水县政务服务中心', openingHours: { open: '08:00', close: '17:00' } });
    expect(reply.body.items.map((i: { itemId: string }) => i.itemId)).toEqual(['licence', 'record']);
    expect(reply.body.items[0]).toMatchObject({ departmentName: '市场监管局', promisedLimitDays: 5, materials: anyArray() });
  });

  it('pages the guide with an opaque cursor and refuses a forged one', async () => {
    const first = await t.call('GET /v1/public/halls/{hallId}/items', { params: { hallId: 'h1' }, query: { limit: '1' } });
    expect(first.body.items).toHaveLength(1);
    const second = await t.call('GET /v1/public/halls/{hallId}/items', {
      params: { hallId: 'h1' },
      query: { limit: '1', cursor: first.body.nextCursor },
    });
    expect(second.body.items[0]?.itemId).toBe('record');
    const sameByName = await t.call('GET /v1/public/halls/{hallId}/items', {
      params: { hallId: 'h1' },
      query: { limit: '1', nextCursor: first.body.nextCursor },
    });
    expect(sameByName.body).toEqual(second.body);
    const forged = Buffer.from(JSON.stringify({ pk: 'HALL#h2', sk: 'ITEM#x' })).toString('base64url');
    const refused = await t.call('GET /v1/public/halls/{hallId}/items', { params: { hallId: 'h1' }, query: { cursor: forged } });
    expect(refused.status).toBe(400);
    expect(refused.error!.code).toBe('INVALID_CURSOR');
    expect((await t.call('GET /v1/public/halls/{hallId}/items', { params: { hallId: 'h1' }, query: { limit: '500' } })).status).toBe(400);
    // The right partition but not a key DynamoDB would take back: still a 400, never a 500.
    const partial = Buffer.from(JSON.stringify({ pk: 'HALL#h1' })).toString('base64url');
    expect((await t.call('GET /v1/public/halls/{hallId}/items', { params: { hallId: 'h1' }, query: { cursor: partial } })).status).toBe(
      400,
    );
  });

  it('updates a record in place (PUT is idempotent)', async () => {
    const body = { name: '市场监督管理局' };
    const a = await t.call('PUT /v1/halls/{hallId}/departments/{departmentId}', {
      params: { hallId: 'h1', departmentId: 'market' },
      token: hall.tokens.admin,
      body,
    });
    const b = await t.call('PUT /v1/halls/{hallId}/departments/{departmentId}', {
      params: { hallId: 'h1', departmentId: 'market' },
      token: hall.tokens.admin,
      body,
    });
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.body).toMatchObject({ hallId: 'h1', departmentId: 'market', name: '市场监督管理局' });
  });

  it('records leave with inclusive dates and refuses a range that ends before it starts', async () => {
    const ok = await t.call('PUT /v1/halls/{hallId}/staff/{staffId}/leave/{from}', {
      params: { hallId: 'h1', staffId: 's-a', from: '2025-10-09' },
      token: hall.tokens.admin,
      body: { to: '2025-10-10' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ staffId: 's-a', from: '2025-10-09', to: '2025-10-10' });
    const bad = await t.call('PUT /v1/halls/{hallId}/staff/{staffId}/leave/{from}', {
      params: { hallId: 'h1', staffId: 's-a', from: '2025-10-09' },
      token: hall.tokens.admin,
      body: { to: '2025-10-01' },
    });
    expect(bad.status).toBe(400);
    expect(bad.error!.details).toEqual([{ field: 'to', message: anyString() }]);
    const ghost = await t.call('PUT /v1/halls/{hallId}/staff/{staffId}/leave/{from}', {
      params: { hallId: 'h1', staffId: 'nobody', from: '2025-10-09' },
      token: hall.tokens.admin,
      body: { to: '2025-10-10' },
    });
    expect(ghost.status).toBe(404);
  });
});

describe('refusals', () => {
  it('401 without a token, with a forged token and with a token from another issuer key', async () => {
    expect((await t.call('PUT /v1/halls/{hallId}', { params: { hallId: 'h9' }, body: { name: 'x' } })).status).toBe(401);
    const forged = `${hall.tokens.agency.slice(0, -4)}AAAA`;
    const reply = await t.call('PUT /v1/halls/{hallId}', { params: { hallId: 'h9' }, token: forged, body: { name: 'x' } });
    expect(reply.status).toBe(401);
    expect(reply.error!.code).toBe('UNAUTHENTICATED');
  });

  it('403 for the wrong role and across halls, and nothing changes', async () => {
    expect(
      (await t.call('PUT /v1/halls/{hallId}', { params: { hallId: 'h1' }, token: hall.tokens.admin, body: { name: 'renamed' } })).status,
    ).toBe(403);
    expect(
      (
        await t.call('PUT /v1/halls/{hallId}/windows/{windowId}', {
          params: { hallId: 'h1', windowId: 'w9' },
          token: hall.tokens.staffA,
          body: { name: 'x', departmentId: 'market' },
        })
      ).status,
    ).toBe(403);
    const cross = await t.call('PUT /v1/halls/{hallId}/windows/{windowId}', {
      params: { hallId: 'h1', windowId: 'w9' },
      token: hall.tokens.otherHallAdmin,
      body: { name: 'x', departmentId: 'market' },
    });
    expect(cross.status).toBe(403);
    expect(cross.error!.code).toBe('FORBIDDEN');
    expect(
      (
        await t.call('PUT /v1/calendar/national/{year}', {
          params: { year: '2027' },
          token: hall.tokens.admin,
          body: { holidays: [], workdays: [] },
        })
      ).status,
    ).toBe(403);
    const guide = await t.call('GET /v1/public/halls/{hallId}/items', { params: { hallId: 'h1' } });
    expect(guide.body.hallName).toBe('涟水县政务服务中心');
  });

  it('400 names every bad field', async () => {
    const reply = await t.call('PUT /v1/halls/{hallId}/items/{itemId}', {
      params: { hallId: 'h1', itemId: 'bad' },
      token: hall.tokens.admin,
      body: { name: '', kind: 'other', departmentId: 'market', windowIds: [], legalLimitDays: 3, promisedLimitDays: 5, materials: [] },
    });
    expect(reply.status).toBe(400);
    const fields = reply.error!.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'kind', 'windowIds']));
    expect(
      (await t.call('PUT /v1/halls/{hallId}', { params: { hallId: 'bad id!' }, token: hall.tokens.agency, body: { name: 'x' } })).error
        ?.details[0]?.field,
    ).toBe('path.hallId');
  });

  it('400 for malformed JSON or a missing body, 413 over 64 KiB', async () => {
    const malformed = await t.call('PUT /v1/halls/{hallId}/departments/{departmentId}', {
      params: { hallId: 'h1', departmentId: 'd9' },
      token: hall.tokens.admin,
      rawBody: '{"name":',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.error!.code).toBe('INVALID_JSON');
    expect(
      (
        await t.call('PUT /v1/halls/{hallId}/departments/{departmentId}', {
          params: { hallId: 'h1', departmentId: 'd9' },
          token: hall.tokens.admin,
        })
      ).status,
    ).toBe(400);
    const huge = await t.call('PUT /v1/halls/{hallId}/departments/{departmentId}', {
      params: { hallId: 'h1', departmentId: 'd9' },
      token: hall.tokens.admin,
      body: { name: 'x', pad: 'x'.repeat(70_000) },
    });
    expect(huge.status).toBe(413);
    expect(huge.error!.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('404 for an unknown hall or route; 422 for references to records that do not exist', async () => {
    expect((await t.call('GET /v1/public/halls/{hallId}/items', { params: { hallId: 'nowhere' } })).status).toBe(404);
    expect(
      (
        await t.call('PUT /v1/halls/{hallId}/departments/{departmentId}', {
          params: { hallId: 'nowhere', departmentId: 'd' },
          token: hall.tokens.agency,
          body: { name: 'x' },
        })
      ).status,
    ).toBe(404);
    expect((await t.request('GET', '/v1/nothing-here')).status).toBe(404);
    const reply = await t.call('PUT /v1/halls/{hallId}/items/{itemId}', {
      params: { hallId: 'h1', itemId: 'x' },
      token: hall.tokens.admin,
      body: {
        name: 'x',
        kind: 'service',
        departmentId: 'ghost',
        windowIds: ['w1', 'w404'],
        legalLimitDays: 5,
        promisedLimitDays: 5,
        materials: [],
      },
    });
    expect(reply.status).toBe(422);
    expect(reply.error!.details.map((d: { field: string }) => d.field)).toEqual(['departmentId', 'windowIds.1']);
  });
});

describe('calendar over HTTP', () => {
  it('answers working days from the package schedule, make-up days included', async () => {
    const sunday = await t.call('GET /v1/public/halls/{hallId}/calendar/{date}', { params: { hallId: 'h1', date: '2025-09-28' } });
    expect(sunday.body).toEqual({ date: '2025-09-28', workingDay: true, reason: stringContaining('调休'), provisional: false });
    const holiday = await t.call('GET /v1/public/halls/{hallId}/calendar/{date}', { params: { hallId: 'h1', date: '2025-10-08' } });
    expect(holiday.body).toMatchObject({ workingDay: false, provisional: false });
    const plus = await t.call('GET /v1/public/halls/{hallId}/calendar/{date}/plus/{n}', {
      params: { hallId: 'h1', date: '2025-09-26', n: '5' },
    });
    expect(plus.body).toEqual({ from: '2025-09-26', workingDays: 5, date: '2025-10-10', provisional: false });
  });

  it('flags a year without a national schedule as provisional until the agency loads it', async () => {
    const before = await t.call('GET /v1/public/halls/{hallId}/calendar/{date}/plus/{n}', {
      params: { hallId: 'h1', date: '2026-12-30', n: '3' },
    });
    expect(before.body.provisional).toBe(true);
    const load = await t.call('PUT /v1/calendar/national/{year}', {
      params: { year: '2027' },
      token: hall.tokens.agency,
      body: { holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'], workdays: ['2027-01-09'] },
    });
    expect(load.status).toBe(200);
    const after = await t.call('GET /v1/public/halls/{hallId}/calendar/{date}/plus/{n}', {
      params: { hallId: 'h1', date: '2026-12-30', n: '3' },
    });
    expect(after.body).toEqual({ from: '2026-12-30', workingDays: 3, date: '2027-01-06', provisional: false });
    expect(
      (await t.call('GET /v1/public/halls/{hallId}/calendar/{date}', { params: { hallId: 'h1', date: '2027-01-09' } })).body,
    ).toMatchObject({ workingDay: true, provisional: false });
  });

  it('refuses an inconsistent national schedule', async () => {
    const reply = await t.call('PUT /v1/calendar/national/{year}', {
      params: { year: '2028' },
      token: hall.tokens.agency,
      body: { holidays: ['2028-01-01', '2027-12-31'], workdays: ['2028-01-03'] },
    });
    expect(reply.status).toBe(400);
    expect(reply.error!.details.map((d: { field: string }) => d.field)).toEqual(['holidays.0', 'workdays.0']);
  });

  it('a hall closure is not a working day for that hall only', async () => {
    const close = await t.call('PUT /v1/halls/{hallId}/calendar/{date}', {
      params: { hallId: 'h1', date: '2025-09-29' },
      token: hall.tokens.admin,
      body: { open: false, reason: '临时闭厅' },
    });
    expect(close.status).toBe(200);
    expect(
      (await t.call('GET /v1/public/halls/{hallId}/calendar/{date}', { params: { hallId: 'h1', date: '2025-09-29' } })).body,
    ).toMatchObject({ workingDay: false, reason: '临时闭厅' });
    expect(
      (await t.call('GET /v1/public/halls/{hallId}/calendar/{date}/plus/{n}', { params: { hallId: 'h1', date: '2025-09-26', n: '5' } }))
        .body.date,
    ).toBe('2025-10-11');
    await setUpHall(t, 'h2');
    expect(
      (await t.call('GET /v1/public/halls/{hallId}/calendar/{date}', { params: { hallId: 'h2', date: '2025-09-29' } })).body.workingDay,
    ).toBe(true);
  });

  it('validates dates and n', async () => {
    expect((await t.call('GET /v1/public/halls/{hallId}/calendar/{date}', { params: { hallId: 'h1', date: '2025-02-30' } })).status).toBe(
      400,
    );
    expect(
      (await t.call('GET /v1/public/halls/{hallId}/calendar/{date}/plus/{n}', { params: { hallId: 'h1', date: '9999-12-30', n: '5' } }))
        .status,
    ).toBe(400);
    expect((await t.call('GET /v1/public/halls/{hallId}/items', { params: { hallId: '%E0%A4%A' } })).status).toBe(400);
    expect(
      (await t.call('GET /v1/public/halls/{hallId}/calendar/{date}/plus/{n}', { params: { hallId: 'h1', date: '2025-09-26', n: '0' } }))
        .status,
    ).toBe(400);
    expect(
      (await t.call('GET /v1/public/halls/{hallId}/calendar/{date}/plus/{n}', { params: { hallId: 'h1', date: '2025-09-26', n: 'x' } }))
        .status,
    ).toBe(400);
  });
});

describe('OpenAPI', () => {
  it('is generated from the route schemas', async () => {
    const reply = await t.call('GET /v1/public/openapi.json', { params: {} });
    expect(reply.status).toBe(200);
    const { paths } = reply.body as {
      paths: Record<
        string,
        Record<string, { security?: unknown[]; requestBody?: { content: Record<string, { schema: { required: string[] } }> } }>
      >;
    };
    expect(paths['/v1/halls/{hallId}/items/{itemId}']?.put?.requestBody?.content['application/json']?.schema.required).toEqual(
      expect.arrayContaining(['name', 'kind', 'departmentId', 'windowIds', 'legalLimitDays', 'promisedLimitDays', 'materials']),
    );
    expect(paths['/v1/public/halls/{hallId}/items']?.get?.security).toEqual([]);
  });
});
