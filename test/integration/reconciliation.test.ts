/**
 * Reconciliation (issue 10, point 4): work acknowledged over HTTP whose stream records were
 * lost — a complaint never routed, events never published — is redone from the table by the
 * scheduled sweep after its bound, once, and a restarted runtime picks up where its stream
 * consumers were. The stream is detached here to lose the records on purpose.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { logger } from '#adapters/logger';
import { RECONCILE_AFTER_SECONDS, type Reconciliation } from '#services/reconciliation';
import { settableClock } from '#local/clock';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { startHarness, type Harness } from '#local/harness/runtime';

const START = '2025-09-26T09:00:00+08:00';
const later = (seconds: number) => new Date(new Date(START).getTime() + seconds * 1000).toISOString();

async function intake(t: Harness, hall: HallFixture): Promise<string> {
  const reply = await t.call('POST /v1/halls/{hallId}/cases', {
    params: { hallId: 'h1' },
    token: hall.tokens.staffA,
    body: { itemId: 'record', windowId: 'w1', applicant: { name: '王小明' }, submittedMaterials: ['application'] },
  });
  expect(reply.status).toBe(201);
  return reply.body.caseId;
}

async function fileComplaint(t: Harness): Promise<string> {
  const reply = await t.call('POST /v1/public/halls/{hallId}/complaints', {
    params: { hallId: 'h1' },
    body: { category: '服务态度', description: '窗口人员态度生硬', windowId: 'w1' },
  });
  expect(reply.status).toBe(202);
  return (reply.body as { complaintId: string }).complaintId;
}

const published = (t: Harness, type: string, id: string) =>
  t.runtime.events.published.filter((e) => e['detail-type'] === type && Object.values(e.detail).includes(id));

describe('the reconciliation sweep', () => {
  const clock = settableClock(START);
  let t: Harness;
  let hall: HallFixture;
  beforeAll(async () => {
    t = await startHarness({ clock });
    hall = await setUpHall(t);
    await t.runtime.settle();
    // From here on every stream record is lost: no router, no outbox.
    await t.runtime.store.stream.close();
  });
  afterAll(() => t.stop());
  afterEach(() => vi.restoreAllMocks());

  const sweep = async () => (await t.runtime.invoke('reconciliation', {})) as Reconciliation;
  const stored = async (key: { pk: string; sk: string }) =>
    (await t.runtime.deps.db.send(new GetCommand({ TableName: t.runtime.deps.tableName, Key: key }))).Item!;

  it('routes complaints and publishes events the stream lost, after its bound, once', async () => {
    const caseId = await intake(t, hall);
    const complaintId = await fileComplaint(t);

    // Within the bound the stream consumers may still be on it: nothing is redone.
    clock.set(later(RECONCILE_AFTER_SECONDS - 10));
    expect(await sweep()).toMatchObject({ republished: 0, rerouted: 0, failed: 0 });

    clock.set(later(RECONCILE_AFTER_SECONDS + 10));
    expect(await sweep()).toMatchObject({ rerouted: 1, republished: 1, failed: 0 });
    expect(published(t, 'CaseAccepted', caseId)).toHaveLength(1);
    const routed = await t.call('GET /v1/halls/{hallId}/complaints/{complaintId}', {
      params: { hallId: 'h1', complaintId },
      token: hall.tokens.admin,
    });
    expect(routed.body).toMatchObject({ status: 'assigned', assignee: 's-a' });
    // Routed just now: its ComplaintRouted waits for the bound like any other.
    expect(published(t, 'ComplaintRouted', complaintId)).toHaveLength(0);

    clock.set(later(3 * RECONCILE_AFTER_SECONDS));
    expect(await sweep()).toMatchObject({ rerouted: 0, republished: 1, failed: 0 });
    expect(published(t, 'ComplaintRouted', complaintId)).toHaveLength(1);
    expect(await stored({ pk: `CASE#${caseId}`, sk: 'CASE' })).not.toHaveProperty('pendingEvents');
    expect(await stored({ pk: `COMPLAINT#${complaintId}`, sk: 'COMPLAINT' })).not.toHaveProperty('pendingPk');

    // Nothing left: the next run does nothing.
    expect(await sweep()).toMatchObject({ rerouted: 0, republished: 0, failed: 0 });
    expect(published(t, 'CaseAccepted', caseId)).toHaveLength(1);
  });

  it('goes on past a record it cannot fix, fails the run (alarmed), and fixes it the next time', async () => {
    const caseId = await intake(t, hall);
    clock.set(later(10 * RECONCILE_AFTER_SECONDS));
    const publish = vi.spyOn(t.runtime.events, 'publish').mockRejectedValueOnce(new Error('EventBridge unavailable'));
    vi.spyOn(logger, 'error').mockImplementation(() => undefined); // expected here
    await expect(t.runtime.invoke('reconciliation', { hallId: 'h1' })).rejects.toThrow('1 records could not be reconciled');
    publish.mockRestore();
    expect(await sweep()).toMatchObject({ republished: 1, failed: 0 });
    expect(published(t, 'CaseAccepted', caseId)).toHaveLength(1);
  });

  it("publishes a month's ranking event the stream lost, from its result, once", async () => {
    const computed = await t.call('POST /v1/halls/{hallId}/assessments/{month}/compute', {
      params: { hallId: 'h1', month: '2025-09' },
      token: hall.tokens.admin,
    });
    expect(computed.status).toBe(200);
    const ranking = () => t.runtime.events.published.filter((e) => e['detail-type'] === 'MonthlyRankingPublished');
    expect(ranking()).toEqual([]); // the stream is detached: nothing published it
    clock.set(later(30 * RECONCILE_AFTER_SECONDS));
    expect(await sweep()).toMatchObject({ republished: 1, failed: 0 });
    expect(ranking().map((e) => [e.detail.month, e.detail.revision])).toEqual([['2025-09', 1]]);
    expect(await sweep()).toMatchObject({ republished: 0, failed: 0 });
  });
});

describe('a restarted runtime (store on disk)', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hall-restart-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));
  const start = () => startHarness({ clock: START, dataDir, stateDir: dataDir });

  it('delivers what its consumers had not done, from where they were, and nothing twice', async () => {
    const first = await start();
    const hall = await setUpHall(first);
    const done = await intake(first, hall);
    await first.runtime.settle();
    expect(published(first, 'CaseAccepted', done)).toHaveLength(1);
    await first.stop();

    const second = await start();
    // Stopped cleanly: nothing owed, nothing published again.
    expect(second.runtime.events.published).toEqual([]);
    // Acknowledged, on the stream's journal, never delivered (the consumers are gone, as in a crash).
    await second.runtime.store.stream.close();
    const owed = await intake(second, hall);
    const complaintId = await fileComplaint(second);
    await second.stop();

    const third = await start();
    expect(published(third, 'CaseAccepted', owed)).toHaveLength(1);
    expect(published(third, 'ComplaintRouted', complaintId)).toHaveLength(1);
    expect(published(third, 'CaseAccepted', done)).toHaveLength(0);
    await third.stop();
  });
});
