/**
 * Each business metric of shared/topology/metrics.ts is recorded where the brief says it is
 * seen, driven over HTTP, the change stream and the jobs of the local runtime (the functions
 * run in this process, so the one Metrics instance sees every figure).
 */
import { afterAll, beforeAll, expect, it, vi, type MockInstance } from 'vitest';
import { metrics } from '#adapters/metrics';
import { settableClock } from '#local/clock';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { startHarness, type Harness } from '#local/harness/runtime';
import type { BusinessMetric } from '#topology/metrics';

const clock = settableClock('2025-09-26T09:00:00+08:00');
let t: Harness;
let hall: HallFixture;
let recorded: MockInstance<ReturnType<typeof metrics>['addMetric']>;

beforeAll(async () => {
  t = await startHarness({ clock });
  hall = await setUpHall(t);
  recorded = vi.spyOn(metrics(), 'addMetric');
});
afterAll(async () => {
  recorded.mockRestore();
  await t.stop();
});

/** The sum recorded per metric since the last call. */
function figures(): Partial<Record<BusinessMetric, number>> {
  const sums: Partial<Record<BusinessMetric, number>> = {};
  for (const [name, , value] of recorded.mock.calls) sums[name as BusinessMetric] = (sums[name as BusinessMetric] ?? 0) + value;
  recorded.mockClear();
  return sums;
}

const intake = async () => {
  const reply = await t.call('POST /v1/halls/{hallId}/cases', {
    params: { hallId: 'h1' },
    token: hall.tokens.staffA,
    body: { itemId: 'record', windowId: 'w1', applicant: { name: '王小明' }, submittedMaterials: ['application'] },
  });
  expect(reply.status).toBe(201);
  return reply.body;
};
const conclude = async (caseId: string) => {
  const reply = await t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', {
    params: { hallId: 'h1', caseId },
    token: hall.tokens.staffA,
    body: { outcome: 'approved' },
  });
  expect(reply.status).toBe(200);
};

it('counts cases accepted, concluded and concluded overdue once each, from the outbox', async () => {
  const onTime = await intake();
  const late = await intake(); // 1 working day: due 2025-09-28 (a make-up working Sunday)
  await conclude(onTime.caseId);
  clock.set('2025-10-09T10:00:00+08:00'); // after National Day: overdue
  await conclude(late.caseId);
  await t.runtime.settle();
  expect(figures()).toEqual({ CasesAccepted: 2, CasesConcluded: 2, CasesConcludedOverdue: 1 });
});

it('counts a bad rating, the rectification routed, and a finding that waits for review', async () => {
  const c = await intake();
  await conclude(c.caseId);
  await t.runtime.settle();
  figures(); // the case's own figures were counted above

  const rating = await t.call('POST /v1/public/cases/{caseId}/rating', {
    params: { caseId: c.caseId },
    body: { code: c.publicCode, level: 1 },
  });
  const good = await intake();
  await t.call('POST /v1/public/cases/{caseId}/rating', { params: { caseId: good.caseId }, body: { code: good.publicCode, level: 5 } });
  await t.runtime.settle();
  expect(figures()).toMatchObject({ BadRatings: 1, ComplaintsRouted: 1 });

  await t.call('POST /v1/halls/{hallId}/complaints/{complaintId}/resolution', {
    params: { hallId: 'h1', complaintId: rating.body.rectificationId! },
    token: hall.tokens.staffA,
    body: { substantiated: false, resolution: '申请人误解，已解释' },
  });
  expect(figures()).toEqual({ ComplaintsAwaitingReview: 1 });
});

it('counts the reminders a hall run sent, and times each hall’s month-end scoring with its windows', async () => {
  await t.runtime.invoke('deadline-reminders', { hallId: 'h1', asOf: '2025-10-09' });
  expect(figures().RemindersSent).toBeGreaterThan(0);

  await t.runtime.invoke('month-end-scoring', { hallId: 'h1', month: '2025-09' });
  const scoring = figures();
  expect(scoring.MonthEndWindowsScored).toBe(2);
  expect(scoring.MonthEndScoringDuration).toBeGreaterThanOrEqual(0);
  expect(metrics().hasStoredMetrics()).toBe(false); // flushed at the end of each invocation
});
