import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_CHECKS, consume } from '#adapters/rate-limit';
import { settableClock } from '#local/clock';
import { startHarness, type Harness } from '#local/harness/runtime';
import { setUpHall } from '#local/harness/hall';

const clock = settableClock('2025-09-26T09:00:00+08:00');
let t: Harness;

beforeAll(async () => {
  t = await startHarness({ clock });
  await setUpHall(t);
});
afterAll(() => t.stop());

const file = () =>
  t.call('POST /v1/public/halls/{hallId}/complaints', { params: { hallId: 'h1' }, body: { category: '测试', description: '重复提交' } });

it('limits anonymous complaints per source and hour, exactly, also under concurrency', async () => {
  const replies = await Promise.all(Array.from({ length: 25 }, file));
  const statuses = replies.map((r) => r.status);
  expect(statuses.filter((s) => s === 202)).toHaveLength(20);
  expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  const limited = replies.find((r) => r.status === 429)!;
  expect(limited.error!.code).toBe('TOO_MANY_REQUESTS');
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(3600);

  clock.set('2025-09-26T10:00:01+08:00');
  expect((await file()).status).toBe(202);
});

it('does not count requests refused for bad input', async () => {
  clock.set('2025-09-26T12:00:00+08:00');
  for (let i = 0; i < 25; i++)
    expect((await t.call('POST /v1/public/halls/{hallId}/complaints', { params: { hallId: 'h1' }, body: { category: '' } })).status).toBe(
      400,
    );
  expect((await file()).status).toBe(202);
});

describe('limits that fit a hall', () => {
  /** A rating sent from another loopback address (a second citizen, not behind the same NAT). */
  function rateFrom(localAddress: string, caseId: string, code: string): Promise<number> {
    const url = new URL(`${t.runtime.url}/v1/public/cases/${caseId}/rating`);
    const body = JSON.stringify({ code, level: 5 });
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          localAddress,
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  it('counts ratings per address and per hall, with the limits the hall sets', async () => {
    clock.set('2025-09-29T09:00:00+08:00');
    const hall = await t.token({ sub: 'admin-1', roles: ['hall-admin'], hallId: 'h1' });
    const staff = await t.token({ sub: 's-a', roles: ['window-staff'], hallId: 'h1' });
    await t.call('PUT /v1/halls/{hallId}/assessment-rules', {
      params: { hallId: 'h1' },
      token: hall,
      body: { ratingsPerAddressPerHour: 2, ratingsPerHallPerHour: 3 },
    });
    const cases: { caseId: string; publicCode: string }[] = [];
    for (let i = 0; i < 5; i++) {
      const c = await t.call('POST /v1/halls/{hallId}/cases', {
        params: { hallId: 'h1' },
        token: staff,
        body: { itemId: 'record', windowId: 'w1', applicant: { name: '王小明' }, submittedMaterials: ['application'] },
      });
      await t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', {
        params: { hallId: 'h1', caseId: c.body.caseId },
        token: staff,
        body: { outcome: 'approved' },
      });
      cases.push(c.body);
    }
    const [a, b, c, d, e] = cases as [(typeof cases)[0], (typeof cases)[0], (typeof cases)[0], (typeof cases)[0], (typeof cases)[0]];
    expect(await rateFrom('127.0.0.1', a.caseId, a.publicCode)).toBe(201);
    expect(await rateFrom('127.0.0.1', b.caseId, b.publicCode)).toBe(201);
    expect(await rateFrom('127.0.0.1', c.caseId, c.publicCode)).toBe(429); // this address has had its 2
    expect(await rateFrom('127.0.0.2', d.caseId, d.publicCode)).toBe(201); // another citizen: the hall's 3rd
    expect(await rateFrom('127.0.0.3', e.caseId, e.publicCode)).toBe(429); // the hall has had its 3
  });
});

it('counts wrong receipt codes of progress lookups against the code checks per address, not right ones', async () => {
  clock.set('2025-09-30T09:00:00+08:00');
  const staff = await t.token({ sub: 's-a', roles: ['window-staff'], hallId: 'h1' });
  const { body: c } = await t.call('POST /v1/halls/{hallId}/cases', {
    params: { hallId: 'h1' },
    token: staff,
    body: { itemId: 'record', windowId: 'w1', applicant: { name: '王小明' }, submittedMaterials: ['application'] },
  });
  const lookUp = (code: string) => t.call('GET /v1/public/cases/{caseId}', { params: { caseId: c.caseId }, query: { code } });
  const wrong = c.publicCode === 'AAAAAAAAAA' ? 'BBBBBBBBBB' : 'AAAAAAAAAA';
  // This address has tried codes elsewhere (ratings count every try): one try left.
  for (let spent = 0; spent < CODE_CHECKS.limit - 1; spent += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, CODE_CHECKS.limit - 1 - spent) }, () =>
        consume(t.runtime.deps, CODE_CHECKS, '127.0.0.1', clock.now()),
      ),
    );
  }
  for (let i = 0; i < 3; i++) expect((await lookUp(c.publicCode)).status).toBe(200);
  expect((await lookUp(wrong)).status).toBe(404); // the last try
  const refused = await lookUp(c.publicCode);
  expect(refused.status).toBe(429);
  expect(refused.error!.code).toBe('TOO_MANY_REQUESTS');

  clock.set('2025-09-30T10:00:01+08:00');
  expect((await lookUp(c.publicCode)).status).toBe(200);
});
