/**
 * A small hall set up through the public API: two departments, two windows (w1 with an A post,
 * a B post and a chief representative; w2 with an A post), a supervisor, an approval item and
 * a service item. Shared by the integration tests, the bench and the sample generator.
 */
import { FOOD_LICENCE } from '../seed';
import type { HallClient } from './runtime';

export interface HallFixture {
  hallId: string;
  tokens: {
    agency: string;
    admin: string;
    staffA: string;
    staffB: string;
    chief: string;
    staffW2: string;
    otherHallAdmin: string;
    supervisor: string;
    scoring: string;
  };
}

/** The hall's service item (个体工商户登记, at w1): one material, decided on the spot. */
export const RECORD_ITEM = {
  name: '个体工商户登记',
  kind: 'service',
  departmentId: 'market',
  windowIds: ['w1'],
  legalLimitDays: 3,
  promisedLimitDays: 1,
  materials: [{ id: 'application', name: '申请书' }],
} as const;

/** The hall's approval item (食品经营许可, at w1): the demo hall's, three materials, five working days promised. */
export const LICENCE_ITEM = FOOD_LICENCE;

export async function setUpHall(t: HallClient, hallId = 'h1'): Promise<HallFixture> {
  const agency = await t.token({ sub: 'agency-1', roles: ['agency-admin'] });
  const admin = await t.token({ sub: 'admin-1', roles: ['hall-admin'], hallId });
  const ok = (reply: { status: number; text: string }, what: string) => {
    if (reply.status !== 200) throw new Error(`set-up of ${what} failed: ${reply.status} ${reply.text}`);
  };
  ok(await t.call('PUT /v1/halls/{hallId}', { params: { hallId }, token: agency, body: { name: '涟水县政务服务中心' } }), 'the hall');
  const department = async (departmentId: string, name: string) =>
    ok(
      await t.call('PUT /v1/halls/{hallId}/departments/{departmentId}', { params: { hallId, departmentId }, token: admin, body: { name } }),
      departmentId,
    );
  const window = async (windowId: string, body: object) =>
    ok(await t.call('PUT /v1/halls/{hallId}/windows/{windowId}', { params: { hallId, windowId }, token: admin, body }), windowId);
  const staff = async (staffId: string, body: object) =>
    ok(await t.call('PUT /v1/halls/{hallId}/staff/{staffId}', { params: { hallId, staffId }, token: admin, body }), staffId);
  const item = async (itemId: string, body: object) =>
    ok(await t.call('PUT /v1/halls/{hallId}/items/{itemId}', { params: { hallId, itemId }, token: admin, body }), itemId);

  await department('market', '市场监管局');
  await department('housing', '住建局');
  await window('w1', { name: '市场准入窗口', departmentId: 'market', leaderName: '王局长', headName: '李科长' });
  await window('w2', { name: '工程建设窗口', departmentId: 'housing' });
  await staff('s-a', { name: '张三', windowId: 'w1', post: 'A', roles: ['window-staff'] });
  await staff('s-b', { name: '李四', windowId: 'w1', post: 'B', roles: ['window-staff'] });
  await staff('s-chief', { name: '王五', windowId: 'w1', chiefRepresentative: true, roles: ['window-staff'] });
  await staff('s-w2', { name: '赵六', windowId: 'w2', post: 'A', roles: ['window-staff'] });
  await staff('sup-1', { name: '钱督查', roles: ['supervisor'] });
  await item('licence', LICENCE_ITEM);
  await item('record', RECORD_ITEM);
  return {
    hallId,
    tokens: {
      agency,
      admin,
      staffA: await t.token({ sub: 's-a', roles: ['window-staff'], hallId }),
      staffB: await t.token({ sub: 's-b', roles: ['window-staff'], hallId }),
      chief: await t.token({ sub: 's-chief', roles: ['window-staff'], hallId }),
      staffW2: await t.token({ sub: 's-w2', roles: ['window-staff'], hallId }),
      supervisor: await t.token({ sub: 'sup-1', roles: ['supervisor'], hallId }),
      scoring: await t.token({ sub: 'score-1', roles: ['scoring-dept'], hallId }),
      otherHallAdmin: await t.token({ sub: 'admin-2', roles: ['hall-admin'], hallId: 'h2' }),
    },
  };
}
