/** A small hall set up through the public API, shared by the integration tests. */
import type { TestRuntime } from './local-runtime';

export interface HallFixture {
  hallId: string;
  tokens: {
    agency: string;
    admin: string;
    staffA: string;
    staffB: string;
    chief: string;
    otherHallAdmin: string;
    supervisor: string;
    scoring: string;
  };
}

export async function setUpHall(t: TestRuntime, hallId = 'h1'): Promise<HallFixture> {
  const agency = await t.token({ sub: 'agency-1', roles: ['agency-admin'] });
  const admin = await t.token({ sub: 'admin-1', roles: ['hall-admin'], hallId });
  const ok = async (path: string, body: unknown) => {
    const reply = await t.call('PUT', path, { token: path === `/v1/halls/${hallId}` ? agency : admin, body });
    if (reply.status !== 200) throw new Error(`set-up ${path} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  };
  await ok(`/v1/halls/${hallId}`, { name: '涟水县政务服务中心' });
  await ok(`/v1/halls/${hallId}/departments/market`, { name: '市场监管局' });
  await ok(`/v1/halls/${hallId}/departments/housing`, { name: '住建局' });
  await ok(`/v1/halls/${hallId}/windows/w1`, { name: '市场准入窗口', departmentId: 'market', leaderName: '王局长', headName: '李科长' });
  await ok(`/v1/halls/${hallId}/windows/w2`, { name: '工程建设窗口', departmentId: 'housing' });
  await ok(`/v1/halls/${hallId}/staff/s-a`, { name: '张三', windowId: 'w1', post: 'A', roles: ['window-staff'] });
  await ok(`/v1/halls/${hallId}/staff/s-b`, { name: '李四', windowId: 'w1', post: 'B', roles: ['window-staff'] });
  await ok(`/v1/halls/${hallId}/staff/s-chief`, { name: '王五', windowId: 'w1', chiefRepresentative: true, roles: ['window-staff'] });
  await ok(`/v1/halls/${hallId}/staff/s-w2`, { name: '赵六', windowId: 'w2', post: 'A', roles: ['window-staff'] });
  await ok(`/v1/halls/${hallId}/staff/sup-1`, { name: '钱督查', roles: ['supervisor'] });
  await ok(`/v1/halls/${hallId}/items/licence`, {
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
  });
  await ok(`/v1/halls/${hallId}/items/record`, {
    name: '个体工商户登记',
    kind: 'service',
    departmentId: 'market',
    windowIds: ['w1'],
    legalLimitDays: 3,
    promisedLimitDays: 1,
    materials: [{ id: 'application', name: '申请书' }],
  });
  return {
    hallId,
    tokens: {
      agency,
      admin,
      staffA: await t.token({ sub: 's-a', roles: ['window-staff'], hallId }),
      staffB: await t.token({ sub: 's-b', roles: ['window-staff'], hallId }),
      chief: await t.token({ sub: 's-chief', roles: ['window-staff'], hallId }),
      supervisor: await t.token({ sub: 'sup-1', roles: ['supervisor'], hallId }),
      scoring: await t.token({ sub: 'score-1', roles: ['scoring-dept'], hallId }),
      otherHallAdmin: await t.token({ sub: 'admin-2', roles: ['hall-admin'], hallId: 'h2' }),
    },
  };
}
