/**
 * Monthly statistics over HTTP (docs/API.md "Statistics and search"): the current month on
 * demand; a month kept with its assessment, frozen once final and recomputed by a revision;
 * CSV for Excel, an Excel workbook read back, the complaint analysis, and the page with its
 * charts in a real browser.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settableClock } from '#local/clock';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { startHarness, type Harness } from '#local/harness/runtime';
import { BROWSER_SETUP_TIMEOUT_MS, checkPage, openBrowser, type TestBrowser } from '../support/browser';

const clock = settableClock('2025-10-14T09:00:00+08:00');
let t: Harness;
let hall: HallFixture;
let browser: TestBrowser;

beforeAll(async () => {
  t = await startHarness({ clock });
  hall = await setUpHall(t);
  browser = await openBrowser();
}, BROWSER_SETUP_TIMEOUT_MS);
afterAll(async () => {
  await browser?.close();
  await t.stop();
});

/** A service case at w1 taken in by the A post now, complete (accepted at once). */
async function intake(body: { receivedAt?: string } = {}, token = hall.tokens.staffA) {
  const reply = await t.call('POST /v1/halls/{hallId}/cases', {
    params: { hallId: 'h1' },
    token,
    body: { itemId: 'record', windowId: 'w1', applicant: { name: '王小明' }, submittedMaterials: ['application'], ...body },
  });
  expect(reply.status, reply.text).toBe(201);
  return reply.body;
}

async function approve(caseId: string, token = hall.tokens.staffB) {
  const reply = await t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', {
    params: { hallId: 'h1', caseId },
    token,
    body: { outcome: 'approved' },
  });
  expect(reply.status, reply.text).toBe(200);
  return reply.body;
}

const statistics = (month: string, query: Record<string, string> = {}, token = hall.tokens.scoring) =>
  t.call('GET /v1/halls/{hallId}/statistics/{month}', { params: { hallId: 'h1', month }, query, token });

const rowOf = (rows: { key: string }[], key: string) => rows.find((r) => r.key === key);

describe('the current month, on demand', () => {
  let rated: string;

  beforeAll(async () => {
    // On the spot: taken in and concluded the same day, by two staff members.
    const spot = await intake();
    await approve(spot.caseId);
    const rating = await t.call('POST /v1/public/cases/{caseId}/rating', {
      params: { caseId: spot.caseId },
      body: { code: spot.publicCode, level: 4 },
    });
    expect(rating.status).toBe(201);
    rated = spot.caseId;
    await intake(); // still open
    const complaint = await t.call('POST /v1/public/halls/{hallId}/complaints', {
      params: { hallId: 'h1' },
      body: { category: '服务态度', description: '态度生硬', caseId: spot.caseId },
    });
    expect(complaint.status).toBe(202);
    await t.runtime.settle();
  });

  it('counts by window, staff member, item and department, for any staff of the hall', async () => {
    const byWindow = await statistics('2025-10');
    expect(byWindow.status).toBe(200);
    expect(byWindow.body).toMatchObject({ month: '2025-10', by: 'window', status: 'provisional', kept: false });
    expect(byWindow.body.revision).toBeUndefined();
    expect(rowOf(byWindow.body.rows, 'w1')).toMatchObject({
      name: '市场准入窗口',
      received: 2,
      accepted: 2,
      concluded: 1,
      concludedOnTime: 1,
      onTimeRate: 1,
      onTheSpot: 1,
      ratings: 1,
      satisfied: 1,
      satisfactionRate: 1,
      complaints: 1,
      substantiated: 0,
    });
    expect(rowOf(byWindow.body.rows, 'w2')).toMatchObject({ received: 0, onTimeRate: null });

    const byStaff = await statistics('2025-10', { by: 'staff' });
    // The A post took both in; the B post concluded one, was rated for it and complained about.
    expect(rowOf(byStaff.body.rows, 's-a')).toMatchObject({ name: '张三', received: 2, accepted: 2, concluded: 0, ratings: 0 });
    expect(rowOf(byStaff.body.rows, 's-b')).toMatchObject({
      name: '李四',
      received: 0,
      concluded: 1,
      onTheSpot: 1,
      ratings: 1,
      complaints: 1,
    });
    expect((await statistics('2025-10', { by: 'item' })).body.rows.map((r) => [r.key, r.name, r.received])).toEqual([
      ['record', '个体工商户登记', 2],
    ]);
    expect((await statistics('2025-10', { by: 'department' })).body.rows.map((r) => [r.key, r.name, r.received])).toEqual([
      ['market', '市场监管局', 2],
    ]);
  });

  it('attributes the rating to whoever concluded the case, on the rating record', async () => {
    const view = await t.call('GET /v1/halls/{hallId}/cases/{caseId}', {
      params: { hallId: 'h1', caseId: rated },
      token: hall.tokens.admin,
    });
    expect(view.body.concludedBy).toBe('s-b');
  });

  it('exports CSV for Excel: a byte-order mark, Chinese headings, the total line', async () => {
    const csv = await statistics('2025-10', { format: 'csv', by: 'staff' });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain('statistics-h1-2025-10-staff.csv');
    const lines = csv.text.split('\r\n');
    expect(lines[0]?.startsWith('\uFEFF人员编号 staff,名称 name,收件数 received,受理数 accepted,办结数 concluded')).toBe(true);
    expect(lines).toContain('s-b,李四,0,0,1,1,100.00%,1,1,1,100.00%,1,0');
    expect(lines.at(-2)).toBe('合计,,2,2,1,1,100.00%,1,1,1,100.00%,1,0');
  });

  it('exports an Excel workbook with one sheet per view, Chinese headings and widths, read back', async () => {
    const xlsx = await statistics('2025-10', { format: 'xlsx' });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(xlsx.bytes).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '按窗口',
      '按部门',
      '按事项',
      '按人员',
      '投诉分类',
      '投诉窗口',
      '投诉分类与窗口',
    ]);
    const sheet = workbook.getWorksheet('按窗口')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '窗口编号',
      '名称',
      '收件数',
      '受理数',
      '办结数',
      '按时办结数',
      '按时办结率',
      '即办件数',
      '评价数',
      '满意数',
      '满意率',
      '投诉数',
      '有效投诉数',
    ]);
    expect(sheet.getRow(2).values).toEqual([undefined, 'w1', '市场准入窗口', 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(sheet.getRow(4).getCell(1).value).toBe('合计');
    expect(sheet.getColumn(2).width).toBe(28);
    expect(sheet.getColumn(7).numFmt).toBe('0.00%');
    expect(workbook.getWorksheet('投诉分类')!.getRow(2).values).toEqual([undefined, '服务态度', 1, 0]);
  });

  it('analyses the complaints by category and window', async () => {
    const analysis = await t.call('GET /v1/halls/{hallId}/statistics/{month}/complaints', {
      params: { hallId: 'h1', month: '2025-10' },
      token: hall.tokens.staffW2,
    });
    expect(analysis.body).toMatchObject({
      month: '2025-10',
      kept: false,
      byCategory: [{ category: '服务态度', complaints: 1, substantiated: 0 }],
      byWindow: [{ windowId: 'w1', name: '市场准入窗口', complaints: 1, substantiated: 0 }],
      byCategoryAndWindow: [{ category: '服务态度', windowId: 'w1', complaints: 1, substantiated: 0 }],
    });
  });

  it('draws the on-time and satisfaction rates by window on a page a browser renders cleanly', async () => {
    const page = await statistics('2025-10', { format: 'html' });
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.text).not.toContain('<script');
    const shown = await checkPage(browser, `${t.runtime.url}/v1/halls/h1/statistics/2025-10?format=html`, {
      headers: { authorization: `Bearer ${hall.tokens.staffA}` },
    });
    expect(shown.errors).toEqual([]);
    expect(shown.title).toBe('涟水县政务服务中心 2025年10月统计');
    expect(shown.svgCount).toBe(2);
    expect(shown.text).toContain('各窗口按时办结率');
    expect(shown.text).toContain('各窗口满意率');
    expect(shown.text).toContain('市场准入窗口');
    expect(shown.text).toContain('100.00%');
  });

  it('is for staff of the hall, for months that have started', async () => {
    expect((await statistics('2025-10', {}, hall.tokens.otherHallAdmin)).status).toBe(403);
    const later = await statistics('2025-11');
    expect([later.status, later.error?.code]).toEqual([422, 'MONTH_NOT_STARTED']);
    const bad = await statistics('2025-10', { by: 'category' });
    expect([bad.status, bad.error?.details.map((d) => d.field)]).toEqual([400, ['query.by']]);
  });
});

describe('a past month: kept with its assessment, frozen when final', () => {
  it('follows the records until final, then keeps them; a revision recomputes them', async () => {
    clock.set('2025-11-20T09:00:00+08:00'); // after the scoring deadline of October (11-03)
    const computed = await t.call('POST /v1/halls/{hallId}/assessments/{month}/compute', {
      params: { hallId: 'h1', month: '2025-10' },
      token: hall.tokens.admin,
    });
    expect(computed.body).toMatchObject({ status: 'final', revision: 1 });
    const kept = await statistics('2025-10');
    expect(kept.body).toMatchObject({ status: 'final', kept: true, revision: 1 });
    expect(rowOf(kept.body.rows, 'w1')).toMatchObject({ received: 2, concluded: 1 });

    // A case entered later on paper for October does not move the final month...
    await intake({ receivedAt: '2025-10-20T10:00:00+08:00' }, hall.tokens.admin);
    expect(rowOf((await statistics('2025-10')).body.rows, 'w1')).toMatchObject({ received: 2 });
    const again = await t.call('POST /v1/halls/{hallId}/assessments/{month}/compute', {
      params: { hallId: 'h1', month: '2025-10' },
      token: hall.tokens.admin,
    });
    expect(again.body.revision).toBe(1);
    expect(rowOf((await statistics('2025-10')).body.rows, 'w1')).toMatchObject({ received: 2 });

    // ...until a hall admin revises it, with a reason.
    const revised = await t.call('POST /v1/halls/{hallId}/assessments/{month}/compute', {
      params: { hallId: 'h1', month: '2025-10' },
      token: hall.tokens.admin,
      body: { revise: true, reason: '补录纸质收件' },
    });
    expect(revised.body.revision).toBe(2);
    const now = await statistics('2025-10');
    expect(now.body).toMatchObject({ status: 'final', kept: true, revision: 2 });
    expect(rowOf(now.body.rows, 'w1')).toMatchObject({ received: 3, accepted: 3 });
  });

  it('is computed on demand for a month never scored', async () => {
    const september = await statistics('2025-09');
    expect(september.body).toMatchObject({ month: '2025-09', status: 'provisional', kept: false });
    // The windows were set up in October: none was open in September to be listed.
    expect(september.body.rows).toEqual([]);
    expect(september.body.total).toMatchObject({ received: 0, onTimeRate: null });
  });
});
