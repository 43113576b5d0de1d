/**
 * The whole case lifecycle over HTTP (docs/API.md "Additions (second wave)", Cases): refusal,
 * withdrawal, extension, suspension and resumption, referral, transfer, A/B posts across
 * windows, the public view, printed notices; and bad input: a transition from the wrong status
 * is a 409 naming the status, what the rules refuse a 422, and neither stores anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settableClock } from '#local/clock';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { startHarness, type Harness } from '#local/harness/runtime';
import type { RouteKey } from '#api/routes';
import { BROWSER_SETUP_TIMEOUT_MS, openBrowser, printPdf } from '../support/browser';

const clock = settableClock('2025-09-26T09:00:00+08:00'); // Friday before the National Day week
let t: Harness;
let hall: HallFixture;

const ALL_MATERIALS = ['application', 'id-card', 'floor-plan'];
const REMEDY = '可在60日内申请行政复议或6个月内提起行政诉讼';

beforeAll(async () => {
  t = await startHarness({ clock });
  hall = await setUpHall(t);
  // An approval item taken at both windows (for transfers).
  const permit = await t.call('PUT /v1/halls/{hallId}/items/{itemId}', {
    params: { hallId: 'h1', itemId: 'permit' },
    token: hall.tokens.admin,
    body: {
      name: '建筑工程施工许可',
      kind: 'approval',
      departmentId: 'housing',
      windowIds: ['w1', 'w2'],
      legalLimitDays: 15,
      promisedLimitDays: 5,
      materials: [{ id: 'application', name: '申请书' }],
    },
  });
  expect(permit.status).toBe(200);
});
afterAll(() => t.stop());

async function intake(body: { itemId?: string; windowId?: string; submittedMaterials?: string[] } = {}, token = hall.tokens.staffA) {
  const reply = await t.call('POST /v1/halls/{hallId}/cases', {
    params: { hallId: 'h1' },
    token,
    body: {
      itemId: 'licence',
      windowId: 'w1',
      applicant: { name: '张小三', phone: '13912345678' },
      submittedMaterials: ALL_MATERIALS,
      ...body,
    },
  });
  expect(reply.status).toBe(201);
  return reply.body;
}

type CaseRoute = Extract<
  RouteKey,
  | 'POST /v1/halls/{hallId}/cases/{caseId}/refusal'
  | 'POST /v1/halls/{hallId}/cases/{caseId}/withdrawal'
  | 'POST /v1/halls/{hallId}/cases/{caseId}/extension'
  | 'POST /v1/halls/{hallId}/cases/{caseId}/suspension'
  | 'POST /v1/halls/{hallId}/cases/{caseId}/resumption'
  | 'POST /v1/halls/{hallId}/cases/{caseId}/referral'
  | 'POST /v1/halls/{hallId}/cases/{caseId}/transfer'
  | 'POST /v1/halls/{hallId}/cases/{caseId}/decision'
>;
const act = (route: CaseRoute, caseId: string, token: string, body: object = {}) =>
  t.call(route, { params: { hallId: 'h1', caseId }, token, body: body });
const stored = async (caseId: string) =>
  (await t.call('GET /v1/halls/{hallId}/cases/{caseId}', { params: { hallId: 'h1', caseId }, token: hall.tokens.admin })).body;

/** A refused request: its status and code, the case's status named (409), and nothing stored. */
async function expectRefused(
  reply: Promise<{ status: number; error?: { code: string; message: string } }>,
  caseId: string,
  status: number,
  code: string,
  named?: string,
) {
  const before = await stored(caseId);
  const r = await reply;
  expect([r.status, r.error?.code]).toEqual([status, code]);
  if (named) expect(r.error?.message).toContain(` is ${named}`);
  expect(await stored(caseId)).toEqual(before);
  return r.error!.message;
}

describe('refusal (不予受理)', () => {
  it('concludes a case awaiting materials, with reason and remedy shown to the applicant', async () => {
    const c = await intake({ submittedMaterials: ['application'] });
    const refused = await act('POST /v1/halls/{hallId}/cases/{caseId}/refusal', c.caseId, hall.tokens.staffB, {
      reason: '申请事项不属于本中心受理范围',
      remedy: REMEDY,
    });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ status: 'not-accepted', reason: '申请事项不属于本中心受理范围', remedy: REMEDY, overdue: false });
    expect(refused.body.history.at(-1)).toMatchObject({ action: 'not-accepted', by: 's-b', remedy: REMEDY });

    const view = await t.call('GET /v1/public/cases/{caseId}', { params: { caseId: c.caseId }, query: { code: c.publicCode } });
    expect(view.body).toMatchObject({
      status: 'not-accepted',
      missingMaterials: ['身份证明', '经营场所平面图'],
      reason: '申请事项不属于本中心受理范围',
      remedy: REMEDY,
    });
    expect(view.text).not.toContain('13912345678');
  });

  it('refuses the wrong status (409, named), missing fields (400) and other windows (403), storing nothing', async () => {
    const accepted = await intake();
    await expectRefused(
      act('POST /v1/halls/{hallId}/cases/{caseId}/refusal', accepted.caseId, hall.tokens.staffA, { reason: 'x', remedy: 'y' }),
      accepted.caseId,
      409,
      'NOT_AWAITING_MATERIALS',
      'accepted',
    );
    const awaiting = await intake({ submittedMaterials: [] });
    await expectRefused(
      act('POST /v1/halls/{hallId}/cases/{caseId}/refusal', awaiting.caseId, hall.tokens.staffA, { reason: 'x' }),
      awaiting.caseId,
      400,
      'VALIDATION_FAILED',
    );
    await expectRefused(
      act('POST /v1/halls/{hallId}/cases/{caseId}/refusal', awaiting.caseId, hall.tokens.staffW2, { reason: 'x', remedy: 'y' }),
      awaiting.caseId,
      403,
      'FORBIDDEN',
    );
  });
});

describe('withdrawal (撤回)', () => {
  it('ends a case at any open stage; afterwards every transition is a 409 naming the status', async () => {
    const c = await intake();
    expect(
      (await act('POST /v1/halls/{hallId}/cases/{caseId}/suspension', c.caseId, hall.tokens.staffA, { reason: '组织听证' })).status,
    ).toBe(200);
    const withdrawn = await act('POST /v1/halls/{hallId}/cases/{caseId}/withdrawal', c.caseId, hall.tokens.staffA, {
      reason: '申请人撤回申请',
    });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', reason: '申请人撤回申请', overdue: false });
    expect(withdrawn.body.concludedAt).toBeDefined();
    await expectRefused(
      act('POST /v1/halls/{hallId}/cases/{caseId}/withdrawal', c.caseId, hall.tokens.staffA, { reason: '再次撤回' }),
      c.caseId,
      409,
      'CASE_CONCLUDED',
      'withdrawn',
    );
    // The applicant sees the status, not the staff's note.
    const view = await t.call('GET /v1/public/cases/{caseId}', { params: { caseId: c.caseId }, query: { code: c.publicCode } });
    expect(view.body.status).toBe('withdrawn');
    expect(view.body).not.toHaveProperty('reason');
  });
});

describe('extension (延期, Art. 42)', () => {
  it('the chief representative extends once by up to 10 working days; the due date moves', async () => {
    const c = await intake(); // due 2025-10-10
    await expectRefused(
      act('POST /v1/halls/{hallId}/cases/{caseId}/extension', c.caseId, hall.tokens.staffA, { workingDays: 5, reason: '需现场核查' }),
      c.caseId,
      403,
      'FORBIDDEN',
    );
    const tooLong = await expectRefused(
      act('POST /v1/halls/{hallId}/cases/{caseId}/extension', c.caseId, hall.tokens.chief, { workingDays: 11, reason: '需现场核查' }),
      c.caseId,
      422,
      'EXTENSION_TOO_LONG',
    );
    expect(tooLong).toBe('An extension is at most 10 working days (Art. 42), not 11');

    const extended = await act('POST /v1/halls/{hallId}/cases/{caseId}/extension', c.caseId, hall.tokens.chief, {
      workingDays: 5,
      reason: '需现场核查',
    });
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({ status: 'accepted', dueDate: '2025-10-16', extendedBy: 5 });
    expect(extended.body.history.at(-1)).toMatchObject({
      action: 'extended',
      by: 's-chief',
      workingDays: 5,
      previousDueDate: '2025-10-10',
      dueDate: '2025-10-16',
    });
    const second = await expectRefused(
      act('POST /v1/halls/{hallId}/cases/{caseId}/extension', c.caseId, hall.tokens.admin, { workingDays: 1, reason: '再延' }),
      c.caseId,
      422,
      'EXTENSION_ALREADY_GRANTED',
    );
    expect(second).toContain('already extended by 5 working days');
  });

  it('only for an accepted case (409 naming the status)', async () => {
    const awaiting = await intake({ submittedMaterials: [] });
    await expectRefused(
      act('POST /v1/halls/{hallId}/cases/{caseId}/extension', awaiting.caseId, hall.tokens.admin, { workingDays: 2, reason: 'x' }),
      awaiting.caseId,
      409,
      'CASE_NOT_ACCEPTED',
      'awaiting-materials',
    );
  });
});

describe('suspension and resumption (Art. 45)', () => {
  it('stops the clock; on resumption the working days left carry over', async () => {
    const c = await intake(); // Friday 09-26, due 10-10
    clock.set('2025-09-29T10:00:00+08:00'); // Monday: 09-30, 10-09, 10-10 left
    try {
      const suspended = await act('POST /v1/halls/{hallId}/cases/{caseId}/suspension', c.caseId, hall.tokens.staffB, {
        reason: '组织听证',
      });
      expect(suspended.body).toMatchObject({ status: 'suspended', overdue: false });
      expect(suspended.body.dueDate).toBeUndefined();
      clock.set('2025-10-20T09:00:00+08:00'); // long past the old due date: not overdue while suspended
      expect((await stored(c.caseId)).overdue).toBe(false);
      const resumed = await act('POST /v1/halls/{hallId}/cases/{caseId}/resumption', c.caseId, hall.tokens.staffA);
      expect(resumed.body).toMatchObject({ status: 'accepted', dueDate: '2025-10-23', overdue: false });
      expect(resumed.body.history.slice(-2).map((h) => h.action)).toEqual(['suspended', 'resumed']);
      await expectRefused(
        act('POST /v1/halls/{hallId}/cases/{caseId}/resumption', c.caseId, hall.tokens.staffA),
        c.caseId,
        409,
        'NOT_SUSPENDED',
        'accepted',
      );
    } finally {
      clock.set('2025-09-26T09:00:00+08:00');
    }
  });
});

describe('referral (上报)', () => {
  it('the chief representative refers an approval item; the window records the decision later, on time', async () => {
    const c = await intake();
    await expectRefused(
      act('POST /v1/halls/{hallId}/cases/{caseId}/referral', c.caseId, hall.tokens.staffA, { opinion: '同意', authority: '市市场监管局' }),
      c.caseId,
      403,
      'FORBIDDEN',
    );
    const referred = await act('POST /v1/halls/{hallId}/cases/{caseId}/referral', c.caseId, hall.tokens.chief, {
      opinion: '材料齐全，符合条件，建议准予许可',
      authority: '市市场监管局',
    });
    expect(referred.body).toMatchObject({
      status: 'referred',
      referral: { by: 's-chief', opinion: '材料齐全，符合条件，建议准予许可', authority: '市市场监管局' },
    });
    clock.set('2025-11-05T10:00:00+08:00'); // the authority took its time
    try {
      const decided = await act('POST /v1/halls/{hallId}/cases/{caseId}/decision', c.caseId, hall.tokens.chief, { outcome: 'approved' });
      expect(decided.body).toMatchObject({ status: 'approved', overdue: false });
    } finally {
      clock.set('2025-09-26T09:00:00+08:00');
    }
  });

  it('a service item is not referred (422, nothing stored)', async () => {
    const c = await intake({ itemId: 'record', submittedMaterials: ['application'] });
    const message = await expectRefused(
      act('POST /v1/halls/{hallId}/cases/{caseId}/referral', c.caseId, hall.tokens.chief, { opinion: '同意', authority: '市局' }),
      c.caseId,
      422,
      'NOT_AN_APPROVAL_ITEM',
    );
    expect(message).toContain('service item');
  });
});

describe('transfer (转办)', () => {
  it('moves the case to a window that takes the item: listed there, worked there', async () => {
    const c = await intake({ itemId: 'permit', submittedMaterials: ['application'] });
    const moved = await act('POST /v1/halls/{hallId}/cases/{caseId}/transfer', c.caseId, hall.tokens.staffA, {
      windowId: 'w2',
      reason: '属工程建设窗口办理',
    });
    expect(moved.body).toMatchObject({ windowId: 'w2', status: 'accepted', dueDate: c.dueDate });
    expect(moved.body.history.at(-1)).toMatchObject({ action: 'transferred', fromWindowId: 'w1', toWindowId: 'w2' });

    const listed = async (windowId: string) =>
      (
        await t.call('GET /v1/halls/{hallId}/cases', {
          params: { hallId: 'h1' },
          query: { windowId, month: '2025-09', limit: 200 },
          token: hall.tokens.admin,
        })
      ).body.items.map((i) => i.caseId);
    expect(await listed('w2')).toContain(c.caseId);
    expect(await listed('w1')).not.toContain(c.caseId);

    // The old window's staff no longer work it; the new window's do.
    await expectRefused(
      act('POST /v1/halls/{hallId}/cases/{caseId}/suspension', c.caseId, hall.tokens.staffA, { reason: '听证' }),
      c.caseId,
      403,
      'FORBIDDEN',
    );
    expect((await act('POST /v1/halls/{hallId}/cases/{caseId}/suspension', c.caseId, hall.tokens.staffW2, { reason: '听证' })).status).toBe(
      200,
    );
  });

  it('refuses a window that does not take the item, or the same window (422, nothing stored)', async () => {
    const c = await intake();
    await expectRefused(
      act('POST /v1/halls/{hallId}/cases/{caseId}/transfer', c.caseId, hall.tokens.staffA, { windowId: 'w2', reason: 'x' }),
      c.caseId,
      422,
      'ITEM_NOT_AT_WINDOW',
    );
    await expectRefused(
      act('POST /v1/halls/{hallId}/cases/{caseId}/transfer', c.caseId, hall.tokens.staffA, { windowId: 'w1', reason: 'x' }),
      c.caseId,
      422,
      'ALREADY_AT_WINDOW',
    );
  });
});

describe('A/B posts across windows (bPostOf)', () => {
  const putStaff = (staffId: string, body: object) =>
    t.call('PUT /v1/halls/{hallId}/staff/{staffId}', { params: { hallId: 'h1', staffId }, token: hall.tokens.admin, body });

  it('checks the windows named', async () => {
    const unknown = await putStaff('s-a', { name: '张三', windowId: 'w1', post: 'A', bPostOf: ['w9'], roles: ['window-staff'] });
    expect([unknown.status, unknown.error?.details]).toEqual([422, [{ field: 'bPostOf.0', message: 'Window w9 does not exist' }]]);
    const own = await putStaff('s-a', { name: '张三', windowId: 'w1', post: 'A', bPostOf: ['w1'], roles: ['window-staff'] });
    expect([own.status, own.error?.details[0]?.field]).toEqual([400, 'bPostOf.0']);
  });

  it("w2's B post from w1 works w2's cases and is reminded of them when w2's A post is away", async () => {
    const made = await putStaff('s-a', { name: '张三', windowId: 'w1', post: 'A', bPostOf: ['w2'], roles: ['window-staff'] });
    expect(made.body).toMatchObject({ bPostOf: ['w2'] });
    try {
      const c = await intake({ itemId: 'permit', windowId: 'w2', submittedMaterials: ['application'] }, hall.tokens.staffA);
      expect(c.windowId).toBe('w2'); // s-a took it in at w2, as its B post
      const leave = await t.call('PUT /v1/halls/{hallId}/staff/{staffId}/leave/{from}', {
        params: { hallId: 'h1', staffId: 's-w2', from: '2025-10-09' },
        token: hall.tokens.admin,
        body: { to: '2025-10-10' },
      });
      expect(leave.status).toBe(200);
      await t.runtime.invoke('deadline-reminders', { asOf: '2025-10-09', hallId: 'h1' });
      const reminders = await t.call('GET /v1/halls/{hallId}/reminders', {
        params: { hallId: 'h1' },
        query: { date: '2025-10-09' },
        token: hall.tokens.admin,
      });
      expect(reminders.body.find((r) => r.subjectId === c.caseId)).toMatchObject({
        kind: 'case-due-soon',
        windowId: 'w2',
        recipient: 's-a',
      });
    } finally {
      await putStaff('s-a', { name: '张三', windowId: 'w1', post: 'A', roles: ['window-staff'] });
    }
    // Without it, w2 is another window again.
    const after = await t.call('POST /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      token: hall.tokens.staffA,
      body: { itemId: 'permit', windowId: 'w2', applicant: { name: '李四' }, submittedMaterials: [] },
    });
    expect(after.status).toBe(403);
  });
});

describe('printed notices', () => {
  const notice = (caseId: string, kind: string, token = hall.tokens.staffA) =>
    t.call('GET /v1/halls/{hallId}/cases/{caseId}/notices/{kind}', { params: { hallId: 'h1', caseId, kind }, token });

  it('the acceptance notice carries the receipt code, and printing it is recorded like a reprint', async () => {
    const c = await intake();
    const page = await notice(c.caseId, 'acceptance');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('cache-control')).toBe('no-store');
    for (const text of [
      '涟水县政务服务中心',
      '受理通知书',
      c.caseId,
      '张小三',
      '食品经营许可',
      '市场准入窗口',
      '2025年10月10日',
      c.publicCode,
    ])
      expect(page.text).toContain(text);
    expect(page.text).not.toContain('13912345678');
    expect((await stored(c.caseId)).history.at(-1)).toMatchObject({ action: 'receipt-reprinted', by: 's-a', notice: 'acceptance' });
  });

  it('the one-time notice lists the missing materials and the date to bring them by; the others have no receipt code', async () => {
    const c = await intake({ submittedMaterials: ['application'] });
    const page = await notice(c.caseId, 'one-time-notice');
    for (const text of ['一次性告知书', '身份证明', '经营场所平面图', '请于2025年10月30日前补正']) expect(page.text).toContain(text);
    expect(page.text).not.toContain(c.publicCode);
    const before = await stored(c.caseId);
    expect([(await notice(c.caseId, 'acceptance')).status, (await notice(c.caseId, 'decision')).status]).toEqual([409, 409]);
    expect((await notice(c.caseId, 'acceptance')).error).toMatchObject({
      code: 'NOTICE_NOT_AVAILABLE',
      message: `Case ${c.caseId} is awaiting-materials: it has no acceptance notice`,
    });
    expect(await stored(c.caseId)).toEqual(before);
  });

  it('the refusal and the decision state the reason and the remedy', async () => {
    const refused = await intake({ submittedMaterials: [] });
    await act('POST /v1/halls/{hallId}/cases/{caseId}/refusal', refused.caseId, hall.tokens.staffA, {
      reason: '不符合受理条件',
      remedy: REMEDY,
    });
    const refusal = await notice(refused.caseId, 'not-accepted');
    for (const text of ['不予受理通知书', '决定不予受理', '不符合受理条件', REMEDY]) expect(refusal.text).toContain(text);

    const rejected = await intake();
    await act('POST /v1/halls/{hallId}/cases/{caseId}/decision', rejected.caseId, hall.tokens.chief, {
      outcome: 'rejected',
      reason: '经营场所不符合要求',
      remedy: REMEDY,
    });
    const decision = await notice(rejected.caseId, 'decision');
    for (const text of ['决定书', '决定不予许可', '经营场所不符合要求', REMEDY]) expect(decision.text).toContain(text);
  });

  it('is for the staff of the window and hall admins; an unknown kind is a 400', async () => {
    const c = await intake();
    expect((await notice(c.caseId, 'acceptance', hall.tokens.staffW2)).status).toBe(403);
    expect((await notice(c.caseId, 'acceptance', hall.tokens.supervisor)).status).toBe(403);
    expect((await notice(c.caseId, 'acceptance', hall.tokens.admin)).status).toBe(200);
    const bad = await notice(c.caseId, 'licence');
    expect([bad.status, bad.error?.details[0]?.field]).toEqual([400, 'path.kind']);
  });

  it('prints on one A4 page in a real browser, every character drawn', { timeout: BROWSER_SETUP_TIMEOUT_MS }, async () => {
    const awaiting = await intake({ submittedMaterials: ['application'] });
    const accepted = await intake();
    const refused = await intake({ submittedMaterials: [] });
    await act('POST /v1/halls/{hallId}/cases/{caseId}/refusal', refused.caseId, hall.tokens.staffA, {
      reason: '不属于本中心受理范围',
      remedy: REMEDY,
    });
    const approved = await intake();
    await act('POST /v1/halls/{hallId}/cases/{caseId}/decision', approved.caseId, hall.tokens.chief, { outcome: 'approved' });
    const expected: [string, string, string[]][] = [
      [accepted.caseId, 'acceptance', ['受理通知书', accepted.publicCode, '2025年10月10日']],
      [awaiting.caseId, 'one-time-notice', ['一次性告知书', '经营场所平面图', '2025年10月30日']],
      [refused.caseId, 'not-accepted', ['不予受理通知书', '不属于本中心受理范围', '行政复议']],
      [approved.caseId, 'decision', ['决定书', '准予许可']],
    ];
    const browser = await openBrowser();
    try {
      // Printed side by side: each page in its own browser context.
      const printed = await Promise.all(
        expected.map(([caseId, kind]) =>
          printPdf(browser, `${t.runtime.url}/v1/halls/h1/cases/${caseId}/notices/${kind}`, {
            headers: { authorization: `Bearer ${hall.tokens.staffA}` },
          }),
        ),
      );
      expected.forEach(([caseId, kind, texts], i) => {
        const pdf = printed[i]!;
        expect({ kind, pages: pdf.pages, errors: pdf.errors, missingGlyphs: pdf.missingGlyphs }).toEqual({
          kind,
          pages: 1,
          errors: [],
          missingGlyphs: false,
        });
        for (const text of ['涟水县政务服务中心', caseId, '张小三', '食品经营许可', ...texts])
          expect(pdf.text.replace(/\s/g, '')).toContain(text);
      });
    } finally {
      await browser.close();
    }
  });
});
