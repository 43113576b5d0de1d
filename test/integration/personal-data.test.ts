import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startHarness, type Harness } from '#local/harness/runtime';
import { setUpHall, type HallFixture } from '#local/harness/hall';

// This file asserts on the request logs, so they are on (the logger reads its level at load).
vi.hoisted(() => {
  process.env.POWERTOOLS_LOG_LEVEL = 'INFO';
});

const ID_NUMBER = '320826199001011234';
const PHONE = '13912345678';
let t: Harness;
let hall: HallFixture;

beforeAll(async () => {
  t = await startHarness({ clock: '2025-09-26T09:00:00+08:00' });
  hall = await setUpHall(t);
});
afterAll(() => t.stop());

it('keeps ID numbers and phones out of the stored items and the logs, and shows them to staff only', async () => {
  const writes: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    writes.push(String(chunk));
    return true;
  });
  let created;
  try {
    const body = { itemId: 'licence', windowId: 'w1', submittedMaterials: ['application'] };
    created = await t.call('POST /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      token: hall.tokens.staffA,
      body: { ...body, applicant: { name: '张三', idNumber: ID_NUMBER, phone: PHONE } },
    });
    await t.call('POST /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      token: hall.tokens.staffA,
      body: { ...body, applicant: { name: '张三', idNumber: `${ID_NUMBER}99`, phone: PHONE } },
    });
  } finally {
    spy.mockRestore();
  }
  const logs = writes.join('');
  expect(logs).toContain('"message":"request"');
  expect(logs).toContain('"message":"request refused"');
  expect(logs).not.toMatch(new RegExp(`${ID_NUMBER}|${PHONE}`));

  const items = await t.runtime.deps.db.send(new ScanCommand({ TableName: t.runtime.deps.tableName }));
  expect(JSON.stringify(items.Items)).not.toMatch(new RegExp(`${ID_NUMBER}|${PHONE}`));

  const staff = await t.call('GET /v1/halls/{hallId}/cases/{caseId}', {
    params: { hallId: 'h1', caseId: created.body.caseId },
    token: hall.tokens.staffB,
  });
  expect(staff.body.applicant).toEqual({ name: '张三', idNumber: ID_NUMBER, phone: PHONE });
  // Others of the hall (another window, scoring department) see the case but not the applicant's numbers.
  for (const token of [hall.tokens.scoring, await t.token({ sub: 's-w2', roles: ['window-staff'], hallId: 'h1' })]) {
    const other = await t.call('GET /v1/halls/{hallId}/cases/{caseId}', { params: { hallId: 'h1', caseId: created.body.caseId }, token });
    expect(other.body.applicant).toEqual({ name: '张三' });
  }
  const publicView = await t.call('GET /v1/public/cases/{caseId}', {
    params: { caseId: created.body.caseId },
    query: { code: created.body.publicCode },
  });
  expect(JSON.stringify(publicView.body)).not.toMatch(new RegExp(`${ID_NUMBER}|${PHONE}|张三`));
});
