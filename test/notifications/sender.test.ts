/**
 * The sender against the local store (dynalite, real conditional writes): never twice under
 * concurrent redelivery, retries then `failed` (and the metric), quiet hours with the clock
 * moved, and the applicant's opt-out. Provider failures are made by a channel double; the
 * quiet-hours and opt-out runs go through the whole local path (bus → queue → sender → file sink).
 */
import { readFile } from 'node:fs/promises';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { metrics } from '../../shared/adapters/metrics';
import {
  DeliveryError,
  PermanentDeliveryError,
  type NotificationChannels,
  type OutgoingMessage,
} from '../../shared/adapters/notification-ports';
import { notificationRecords } from '../../shared/adapters/notification-records';
import { MAX_ATTEMPTS } from '../../shared/domain/notifications';
import { notify, type SenderDeps } from '../../shared/services/notifications';
import { settableClock } from '../../local/clock';
import { outboxFile } from '../../local/notifications';
import { setUpHall, type HallFixture } from '../../local/harness/hall';
import { startHarness, type Harness } from '../../local/harness/runtime';

const PHONE = '13800001111';

/** A channel that records what it was asked to send, failing as told. */
function channelDouble(fail: (m: OutgoingMessage, call: number) => Error | undefined = () => undefined) {
  const sent: OutgoingMessage[] = [];
  let calls = 0;
  const channels: NotificationChannels = {
    available: ['sms', 'work-message', 'email'],
    async send(m) {
      const error = fail(m, ++calls);
      // A slow provider: concurrent deliveries overlap for real.
      await new Promise((r) => setTimeout(r, 20));
      if (error) throw error;
      sent.push(m);
    },
  };
  return { channels, sent };
}

/** How many deliveries are counted as failed from here on (the metric an alarm watches). */
function failuresCounted() {
  const recorded = vi.spyOn(metrics(), 'addMetric');
  return () => recorded.mock.calls.filter(([name]) => name === 'NotificationsFailed').length;
}

afterEach(() => vi.restoreAllMocks());

describe('one hall, the clock at 10:00', () => {
  let t: Harness;
  let hall: HallFixture;
  let acceptedCaseId: string;

  beforeAll(async () => {
    t = await startHarness({ clock: '2025-09-26T10:00:00+08:00' });
    hall = await setUpHall(t);
    const reply = await t.call('POST /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      token: hall.tokens.staffA,
      body: { itemId: 'record', windowId: 'w1', applicant: { name: '王小明', phone: PHONE }, submittedMaterials: ['application'] },
    });
    acceptedCaseId = reply.body.caseId;
    await t.runtime.settle();
  });
  afterAll(() => t.stop());

  const deps = (over: Partial<SenderDeps>): SenderDeps => ({ ...t.runtime.deps, ...over });
  /** A CaseAccepted of the test case no delivery exists for yet (a new revision). */
  let revision = 100;
  const freshAcceptance = () => ({
    version: '1',
    hallId: 'h1',
    revision: ++revision,
    caseId: acceptedCaseId,
    windowId: 'w1',
    itemId: 'record',
    acceptedAt: '2025-09-26T10:00:00.000+08:00',
    dueDate: '2025-09-28',
    provisional: false,
  });
  const overdueReminder = (subjectId: string) => ({
    version: '1',
    hallId: 'h1',
    reminderId: `2025-09-26#case-overdue#${subjectId}`,
    kind: 'case-overdue',
    subjectId,
    windowId: 'w1',
    recipient: 's-a',
    dueDate: '2025-09-25',
    workingDaysLeft: -1,
    asOf: '2025-09-26',
  });

  it('sends each delivery once when the same events arrive eight times at once', async () => {
    const { channels, sent } = channelDouble();
    const d = deps({ channels });
    const acceptance = freshAcceptance();
    const reminder = overdueReminder('C-race');
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 ? notify(d, 'CaseAccepted', acceptance) : notify(d, 'ReminderIssued', reminder))),
    );
    expect(outcomes).toEqual(Array.from({ length: 8 }, () => ({})));
    // One SMS to the applicant; the A post and the supervisor once each.
    expect(sent.map((m) => m.notificationId).sort()).toEqual([
      `CaseAccepted:${acceptedCaseId}:r${acceptance.revision}/citizen/sms`,
      'ReminderIssued:2025-09-26#case-overdue#C-race/staff:s-a/work-message',
      'ReminderIssued:2025-09-26#case-overdue#C-race/staff:sup-1/work-message',
    ]);
    expect(sent.find((m) => m.channel === 'sms')?.to).toEqual({ kind: 'phone', phone: PHONE });
    // Redelivered later: nothing new.
    await notify(d, 'CaseAccepted', acceptance);
    expect(sent).toHaveLength(3);
  });

  it('retries a failing provider with backoff, then marks the delivery failed and counts it once', async () => {
    const { channels, sent } = channelDouble(() => new DeliveryError('SMS failed: LimitExceeded.PhoneNumberThirtySecondLimit'));
    const failed = failuresCounted();
    const d = deps({ channels });
    const acceptance = freshAcceptance();
    const id = `CaseAccepted:${acceptedCaseId}:r${acceptance.revision}/citizen/sms`;
    const outcomes = [];
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) outcomes.push(await notify(d, 'CaseAccepted', acceptance));
    expect(outcomes).toEqual([
      { retryAfterSeconds: 60 },
      { retryAfterSeconds: 120 },
      { retryAfterSeconds: 240 },
      { retryAfterSeconds: 480 },
      {},
      {},
      {},
    ]);
    expect(sent).toEqual([]);
    expect(failed()).toBe(1);
    expect(await notificationRecords.get(t.runtime.deps, id)).toMatchObject({
      status: 'failed',
      attempts: MAX_ATTEMPTS,
      recipient: '138****1111',
      lastError: 'SMS failed: LimitExceeded.PhoneNumberThirtySecondLimit',
    });
  });

  it('succeeds on a retry after a failure, and fails at once when retrying cannot help', async () => {
    const flaky = channelDouble((_, call) => (call === 1 ? new Error('socket hang up') : undefined));
    const acceptance = freshAcceptance();
    expect(await notify(deps({ channels: flaky.channels }), 'CaseAccepted', acceptance)).toEqual({ retryAfterSeconds: 60 });
    expect(await notify(deps({ channels: flaky.channels }), 'CaseAccepted', acceptance)).toEqual({});
    const id = `CaseAccepted:${acceptedCaseId}:r${acceptance.revision}/citizen/sms`;
    expect(await notificationRecords.get(t.runtime.deps, id)).toMatchObject({ status: 'sent', attempts: 2 });

    const refused = channelDouble(() => new PermanentDeliveryError('SMS refused: InvalidParameterValue.IncorrectPhoneNumber'));
    const failed = failuresCounted();
    expect(await notify(deps({ channels: refused.channels }), 'CaseAccepted', freshAcceptance())).toEqual({});
    expect(failed()).toBe(1);
  });

  it('lists failed deliveries for the hall admin, with their attempts', async () => {
    const listed = await t.call('GET /v1/halls/{hallId}/notifications', {
      params: { hallId: 'h1' },
      query: { date: '2025-09-26' },
      token: hall.tokens.admin,
    });
    expect(listed.body.filter((n) => n.status === 'failed').map((n) => n.attempts)).toEqual(expect.arrayContaining([MAX_ATTEMPTS, 1]));
  });

  it('keeps no phone number in clear in the table', async () => {
    const { Items = [] } = await t.runtime.deps.db.send(new ScanCommand({ TableName: t.runtime.deps.tableName }));
    expect(JSON.stringify(Items)).not.toContain(PHONE);
  });
});

describe('quiet hours, with the clock moved', () => {
  const clock = settableClock('2025-09-26T21:30:00+08:00');
  let t: Harness;
  let hall: HallFixture;

  beforeAll(async () => {
    t = await startHarness({ clock });
    hall = await setUpHall(t);
  });
  afterAll(() => t.stop());

  const outboxLines = async () => (await readFile(outboxFile(t.runtime.stateDir), 'utf8').catch(() => '')).split('\n').filter(Boolean);

  it('holds an SMS at 21:30 until 08:00, then sends it', async () => {
    const reply = await t.call('POST /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      token: hall.tokens.staffA,
      body: { itemId: 'record', windowId: 'w1', applicant: { name: '王小明', phone: PHONE }, submittedMaterials: ['application'] },
    });
    await t.runtime.settle();
    const listed = await t.call('GET /v1/halls/{hallId}/notifications', { params: { hallId: 'h1' }, token: hall.tokens.admin });
    expect(listed.body).toEqual([
      expect.objectContaining({ kind: 'case-accepted', status: 'queued', attempts: 0, heldUntil: '2025-09-27T08:00:00.000+08:00' }),
    ]);
    expect(await outboxLines()).toEqual([]);

    clock.set('2025-09-27T07:59:00+08:00');
    await t.runtime.settle();
    expect(await outboxLines()).toEqual([]);

    clock.set('2025-09-27T08:00:01+08:00');
    await t.runtime.settle();
    const lines = await outboxLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`办件号${reply.body.caseId}`);
    const after = await t.call('GET /v1/halls/{hallId}/notifications', {
      params: { hallId: 'h1' },
      query: { date: '2025-09-26' },
      token: hall.tokens.admin,
    });
    expect(after.body).toEqual([expect.objectContaining({ kind: 'case-accepted', status: 'sent', attempts: 1 })]);
  });
});

describe('opting out with the receipt code', () => {
  let t: Harness;
  let hall: HallFixture;

  beforeAll(async () => {
    t = await startHarness({ clock: '2025-09-26T10:00:00+08:00' });
    hall = await setUpHall(t);
  });
  afterAll(() => t.stop());

  const intake = async (phone: string, submittedMaterials = ['application']) =>
    (
      await t.call('POST /v1/halls/{hallId}/cases', {
        params: { hallId: 'h1' },
        token: hall.tokens.staffA,
        body: { itemId: 'record', windowId: 'w1', applicant: { name: '王小明', phone }, submittedMaterials },
      })
    ).body;
  const kindsFor = async (caseId: string) => {
    await t.runtime.settle();
    const listed = await t.call('GET /v1/halls/{hallId}/notifications', { params: { hallId: 'h1' }, token: hall.tokens.admin });
    return listed.body.filter((n) => n.notificationId.includes(caseId)).map((n) => n.kind);
  };

  it('refuses a wrong code, as the rating does', async () => {
    const c = await intake(PHONE);
    const reply = await t.call('POST /v1/public/cases/{caseId}/notification-preferences', {
      params: { caseId: c.caseId },
      body: { code: 'WRONGCODE1', optOut: true },
    });
    expect(reply.status).toBe(403);
  });

  it('stops what is not essential for that phone, on their other cases too, but never the result', async () => {
    const first = await intake(PHONE);
    const optOut = await t.call('POST /v1/public/cases/{caseId}/notification-preferences', {
      params: { caseId: first.caseId },
      body: { code: first.publicCode, optOut: true },
    });
    expect(optOut.status).toBe(200);
    expect(optOut.body).toMatchObject({ caseId: first.caseId, optOut: true });
    await t.runtime.settle();

    const second = await intake(`+86 ${PHONE.slice(0, 3)} ${PHONE.slice(3)}`);
    expect(await kindsFor(second.caseId)).toEqual([]); // no acceptance SMS
    await t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', {
      params: { hallId: 'h1', caseId: second.caseId },
      token: hall.tokens.staffA,
      body: { outcome: 'rejected', reason: '材料不实', remedy: '可申请行政复议' },
    });
    expect(await kindsFor(second.caseId)).toEqual(['case-rejected']);

    const someoneElse = await intake('13700002222');
    expect(await kindsFor(someoneElse.caseId)).toEqual(['case-accepted']);
  });

  it('takes the applicant back in when they opt in again', async () => {
    const c = await intake(PHONE);
    await t.call('POST /v1/public/cases/{caseId}/notification-preferences', {
      params: { caseId: c.caseId },
      body: { code: c.publicCode, optOut: false },
    });
    await t.runtime.settle();
    const next = await intake(PHONE);
    expect(await kindsFor(next.caseId)).toEqual(['case-accepted']);
  });
});
