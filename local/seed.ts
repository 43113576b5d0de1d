/**
 * A demo hall for a fresh local store, so that `npm start` serves something at once
 * (`GET /v1/public/halls/demo/items`, and a kiosk ticket with `POST /v1/public/halls/demo/tickets`
 * `{"itemId": "food-licence"}`). Written only when the store has no hall yet; `SEED=none` skips it.
 */
import { DEFAULT_OPENING_HOURS, type Item } from '#domain/hall-setup';
import { toOffsetIso } from '#domain/time';
import type { Deps } from '#adapters/deps';
import { hallRecords } from '#adapters/hall-records';
import { queueRecords } from '#adapters/queue-records';

export const DEMO_HALL = 'demo';

/** An approval item (食品经营许可) at window w1 of the market department: three materials, five working days promised. */
export const FOOD_LICENCE: Omit<Item, 'hallId' | 'itemId' | 'updatedAt'> = {
  name: '食品经营许可',
  kind: 'approval',
  departmentId: 'market',
  windowIds: ['w1'],
  legalLimitDays: 20,
  promisedLimitDays: 5,
  materials: [
    { id: 'application', name: '申请书' },
    { id: 'id-card', name: '身份证明' },
    { id: 'floor-plan', name: '经营场所平面图' },
  ],
};

export async function seedDemoHall(d: Deps): Promise<boolean> {
  if ((await hallRecords.listHallIds(d)).length > 0) return false;
  const hallId = DEMO_HALL;
  const updatedAt = toOffsetIso(d.clock.now());
  await hallRecords.putHall(d, { hallId, name: '示范县政务服务中心 (demo)', openingHours: DEFAULT_OPENING_HOURS, updatedAt });
  await hallRecords.putDepartment(d, { hallId, departmentId: 'market', name: '市场监督管理局', updatedAt });
  await hallRecords.putWindow(d, { hallId, windowId: 'w1', name: '市场准入窗口', departmentId: 'market', updatedAt });
  for (const [staffId, name, post] of [
    ['s-a', '张三', 'A'],
    ['s-b', '李四', 'B'],
  ] as const) {
    await hallRecords.putStaff(d, { hallId, staffId, name, windowId: 'w1', post, roles: ['window-staff'], updatedAt });
  }
  await hallRecords.putStaff(d, { hallId, staffId: 'sup-1', name: '钱督查', roles: ['supervisor'], updatedAt });
  await hallRecords.putItem(d, { hallId, itemId: 'food-licence', ...FOOD_LICENCE, updatedAt });
  await queueRecords.putGroups(d, {
    hallId,
    groups: [{ group: 'A', itemIds: ['food-licence'], dailyCap: 200 }],
    updatedAt,
    updatedBy: 'seed',
  });
  return true;
}
