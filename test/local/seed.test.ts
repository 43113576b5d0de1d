import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemoHall } from '#local/seed';
import { startHarness, type Harness } from '#local/harness/runtime';

let t: Harness;
beforeAll(async () => {
  t = await startHarness();
});
afterAll(() => t.stop());

it('gives a fresh store a demo hall, once, and the service guide serves it', async () => {
  expect(await seedDemoHall(t.runtime.deps)).toBe(true);
  expect(await seedDemoHall(t.runtime.deps)).toBe(false);
  const guide = await t.call('GET /v1/public/halls/{hallId}/items', { params: { hallId: 'demo' } });
  expect(guide.status).toBe(200);
  expect(guide.body.items.map((i: { itemId: string }) => i.itemId)).toEqual(['food-licence']);
  const ticket = await t.call('POST /v1/public/halls/{hallId}/tickets', { params: { hallId: 'demo' }, body: { itemId: 'food-licence' } });
  expect(ticket.body).toMatchObject({ number: 'A001', status: 'waiting' });
});
