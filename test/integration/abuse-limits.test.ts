import { afterAll, beforeAll, expect, it } from 'vitest';
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
