/**
 * Notifications on the local runtime, end to end and without waiting on purpose: each step is an
 * HTTP call (or the daily job), and the test watches the local outbox
 * (DATA_DIR/outbox/notifications.jsonl) until the expected line appears, within a few seconds,
 * through the real path: table → change stream → outbox → bus → notification queue → sender.
 * The "closure" is a case's conclusion (rejected, with reason and remedy); hall closures that
 * cancel appointments, and the reminders of tomorrow's bookings, run end to end in
 * test/integration/appointment-closures.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxFile } from '../../local/notifications';
import { setUpHall, type HallFixture } from '../../local/harness/hall';
import { startHarness, type Harness } from '../../local/harness/runtime';

interface OutboxLine {
  at: string;
  notificationId: string;
  hallId: string;
  channel: string;
  to: string;
  template: string;
  subject: string;
  text: string;
}

let t: Harness;
let hall: HallFixture;
const PHONE = '13912345678';

beforeAll(async () => {
  t = await startHarness({ clock: '2025-09-26T09:00:00+08:00' });
  hall = await setUpHall(t);
});
afterAll(() => t.stop());

async function outbox(): Promise<OutboxLine[]> {
  const text = await readFile(outboxFile(t.runtime.stateDir), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as OutboxLine);
}

/** The outbox line matching `wanted`, waiting for it at most `withinMs` (polling; no settle). */
async function lineFor(wanted: (line: OutboxLine) => boolean, withinMs = 5000): Promise<OutboxLine & { afterMs: number }> {
  const started = Date.now();
  for (;;) {
    const found = (await outbox()).find(wanted);
    if (found) return { ...found, afterMs: Date.now() - started };
    if (Date.now() - started > withinMs)
      throw new Error(`no such outbox line within ${withinMs} ms:\n${JSON.stringify(await outbox(), null, 1)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function intake(itemId: string, submittedMaterials: string[]) {
  const reply = await t.call('POST /v1/halls/{hallId}/cases', {
    params: { hallId: 'h1' },
    token: hall.tokens.staffA,
    body: { itemId, windowId: 'w1', applicant: { name: '王小明', phone: PHONE }, submittedMaterials },
  });
  expect(reply.status).toBe(201);
  return reply.body;
}

describe('the local outbox', () => {
  let accepted: Awaited<ReturnType<typeof intake>>;

  it('tells the applicant their case was accepted, by SMS, masked, within seconds', async () => {
    accepted = await intake('record', ['application']);
    const line = await lineFor((l) => l.template === 'case-accepted' && l.notificationId.includes(accepted.caseId));
    expect(line).toMatchObject({ channel: 'sms', to: '139****5678', hallId: 'h1' });
    expect(line.text).toContain('【涟水县政务服务中心】');
    expect(line.text).toContain(`办件号${accepted.caseId}`);
    expect(line.text).toContain(`${accepted.dueDate}前办结`);
    expect(line.afterMs).toBeLessThan(5000);
  });

  it('tells the applicant every missing material at once (one-time notice)', async () => {
    const waiting = await intake('licence', ['application']);
    const line = await lineFor((l) => l.template === 'case-awaiting-materials' && l.notificationId.includes(waiting.caseId));
    expect(line.text).toContain('尚缺以下材料：身份证明、经营场所平面图');
  });

  it('turns a bad rating into a rectification and tells the A post in the hall work group', async () => {
    const decided = await t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', {
      params: { hallId: 'h1', caseId: accepted.caseId },
      token: hall.tokens.staffA,
      body: { outcome: 'approved' },
    });
    expect(decided.status).toBe(200);
    await lineFor((l) => l.template === 'case-approved' && l.notificationId.includes(accepted.caseId));
    const rated = await t.call('POST /v1/public/cases/{caseId}/rating', {
      params: { caseId: accepted.caseId },
      body: { code: accepted.publicCode, level: 1, comment: '窗口人员态度差' },
    });
    expect(rated.status).toBe(201);
    const line = await lineFor((l) => l.template === 'complaint-assigned' && l.notificationId.includes(`R-${accepted.caseId}`));
    expect(line).toMatchObject({ channel: 'work-message', to: 'work-group:h1' });
    expect(line.text).toMatch(new RegExp(`^【涟水县政务服务中心】张三：差评整改R-${accepted.caseId}已分派给您`));
  });

  it('tells the staff member of a reminder, and the supervisor of what is overdue', async () => {
    const due = await intake('licence', ['application', 'id-card', 'floor-plan']); // due 2025-10-10 across National Day
    const run = await t.runtime.invoke('deadline-reminders', { asOf: '2025-10-09', hallId: 'h1' });
    expect(run).toMatchObject({ ran: true });
    const reminder = await lineFor((l) => l.template === 'reminder-due-soon' && l.notificationId.includes(due.caseId));
    expect(reminder.text).toContain(`张三：办件${due.caseId}将于2025-10-10到期（剩余1个工作日）`);
    // The rectification's first response was due the next working day, Sunday 2025-09-28 (调休上班): overdue, escalated.
    const escalation = await lineFor((l) => l.template === 'reminder-escalation' && l.notificationId.includes('response-overdue'));
    expect(escalation.text).toContain(`钱督查（督查）：差评整改R-${accepted.caseId}的首次响应已于2025-09-28到期仍未办理，承办人：张三`);
  });

  it('tells the applicant a rejection with its reason and remedy (the closure)', async () => {
    const open = await intake('record', ['application']);
    await lineFor((l) => l.template === 'case-accepted' && l.notificationId.includes(open.caseId));
    const decided = await t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', {
      params: { hallId: 'h1', caseId: open.caseId },
      token: hall.tokens.staffA,
      body: { outcome: 'rejected', reason: '经营场所不符合要求', remedy: '可在60日内申请行政复议或6个月内提起行政诉讼' },
    });
    expect(decided.status).toBe(200);
    const line = await lineFor((l) => l.template === 'case-rejected' && l.notificationId.includes(open.caseId));
    expect(line.text).toContain('结果：不予办理。理由：经营场所不符合要求。如不服，可在60日内申请行政复议或6个月内提起行政诉讼。');
  });

  it('answers the complainant who left a contact, when the assignee first responds', async () => {
    const filed = await t.call('POST /v1/public/halls/{hallId}/complaints', {
      params: { hallId: 'h1' },
      body: { category: '服务态度', description: '排队时间太长', windowId: 'w1', contact: 'citizen@example.cn' },
    });
    expect(filed.status).toBe(202);
    await t.runtime.settle(); // routed
    const answered = await t.call('POST /v1/halls/{hallId}/complaints/{complaintId}/response', {
      params: { hallId: 'h1', complaintId: filed.body.complaintId },
      token: hall.tokens.staffA,
      body: { message: '已核实，已加开一个窗口' },
    });
    expect(answered.status).toBe(200);
    const line = await lineFor((l) => l.template === 'complaint-answered' && l.notificationId.includes(filed.body.complaintId));
    expect(line).toMatchObject({ channel: 'email', to: 'c***@example.cn' });
    expect(line.text).toContain('已有答复：已核实，已加开一个窗口');
  });

  it('never writes a phone number or e-mail address in clear, and lists the day for the hall admin', async () => {
    await t.runtime.settle();
    const raw = await readFile(outboxFile(t.runtime.stateDir), 'utf8');
    expect(raw).not.toContain(PHONE);
    expect(raw).not.toContain('citizen@example.cn');
    const listed = await t.call('GET /v1/halls/{hallId}/notifications', { params: { hallId: 'h1' }, token: hall.tokens.admin });
    expect(listed.status).toBe(200);
    const acceptances = listed.body.filter((n) => n.kind === 'case-accepted');
    expect(acceptances).toHaveLength(3);
    for (const n of acceptances)
      expect(n).toMatchObject({ event: 'CaseAccepted', channel: 'sms', recipient: '139****5678', status: 'sent', attempts: 1 });
    expect(new Set(listed.body.map((n) => n.kind))).toEqual(
      new Set([
        'case-accepted',
        'case-awaiting-materials',
        'case-approved',
        'complaint-assigned',
        'reminder-due-soon',
        'reminder-overdue',
        'reminder-escalation',
        'report-due',
        'case-rejected',
        'complaint-answered',
      ]),
    );
    expect(JSON.stringify(listed.body)).not.toContain(PHONE);
    const staff = await t.call('GET /v1/halls/{hallId}/notifications', { params: { hallId: 'h1' }, token: hall.tokens.staffA });
    expect(staff.status).toBe(403);
  });
});
