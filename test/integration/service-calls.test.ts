/**
 * What a request costs in service calls (issue 14), counted by SDK middleware on the runtime's
 * DynamoDB client and on the cipher (KMS) and bus (EventBridge) ports: a budget per request
 * kind, set to what each does today, so a change that adds a call or a sequential round trip
 * fails here and has to lower another or raise the budget on purpose. Everything a request does
 * is counted (audit record, idempotency, abuse limits), in a warm container.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { serviceCallsOf, type RequestKind } from '#local/harness/requests';
import { startHarness, type Harness } from '#local/harness/runtime';
import { inFlightMs, type CallSummary, type ServiceCall } from '#local/service-calls';

let t: Harness;
let hall: HallFixture;

beforeAll(async () => {
  t = await startHarness({ clock: '2025-09-26T09:00:00+08:00' });
  hall = await setUpHall(t);
});
afterAll(() => t.stop());

interface Budget {
  /** DynamoDB calls, and how many of them the request waits for one after another. */
  dynamoDb: { calls: number; stages: number };
  /** Round trips waited for one after another over every service (KMS calls are round trips in AWS). */
  stages: number;
  encrypts: number;
  decrypts: number;
  publishes: number;
}

const BUDGETS: [RequestKind, Budget][] = [
  // Intake: the wrapper's hall and staff reads, the item with the calendar and hall rules, the
  // two fields encrypted at once, the search keys, the case (the reply is built from it, not
  // reloaded), the audit record. The reply echoes what was typed: nothing to decrypt for it.
  ['intake', { dynamoDb: { calls: 11, stages: 5 }, stages: 6, encrypts: 2, decrypts: 0, publishes: 0 }],
  ['staff read', { dynamoDb: { calls: 4, stages: 3 }, stages: 4, encrypts: 0, decrypts: 2, publishes: 0 }],
  ['decision', { dynamoDb: { calls: 6, stages: 5 }, stages: 6, encrypts: 0, decrypts: 2, publishes: 0 }],
  ['rating', { dynamoDb: { calls: 6, stages: 6 }, stages: 6, encrypts: 0, decrypts: 0, publishes: 0 }],
  ['complaint', { dynamoDb: { calls: 6, stages: 6 }, stages: 6, encrypts: 0, decrypts: 0, publishes: 0 }],
  // Progress of an accepted case: the case and the address's code checks, read at once (a wrong
  // code is counted after; the item's material names are read only while materials are missing).
  ['progress', { dynamoDb: { calls: 2, stages: 1 }, stages: 1, encrypts: 0, decrypts: 0, publishes: 0 }],
  ['guide', { dynamoDb: { calls: 4, stages: 2 }, stages: 2, encrypts: 0, decrypts: 0, publishes: 0 }],
];

const spent = (s: CallSummary): Budget => ({
  dynamoDb: { calls: s.calls.DynamoDB, stages: s.stages.DynamoDB },
  stages: s.stages.all,
  encrypts: s.operations['KMS Encrypt'] ?? 0,
  decrypts: s.operations['KMS Decrypt'] ?? 0,
  publishes: s.calls.EventBridge,
});

describe('service calls per request', () => {
  it.each(BUDGETS)('%s stays within its budget', async (kind, budget) => {
    const used = spent(await serviceCallsOf(t, hall, kind));
    expect(used.dynamoDb.calls).toBeLessThanOrEqual(budget.dynamoDb.calls);
    expect(used.dynamoDb.stages).toBeLessThanOrEqual(budget.dynamoDb.stages);
    expect(used.stages).toBeLessThanOrEqual(budget.stages);
    expect(used.encrypts).toBeLessThanOrEqual(budget.encrypts);
    expect(used.decrypts).toBeLessThanOrEqual(budget.decrypts);
    expect(used.publishes).toBeLessThanOrEqual(budget.publishes);
  });

  it('counts concurrent calls as one stage and calls one after another as stages', async () => {
    const { serviceCalls, deps } = t.runtime;
    const context = { hallId: 'h1', caseId: 'c' };
    const { calls } = await serviceCalls.measure('cases', async () => {
      await Promise.all([deps.cipher.encrypt('a', context), deps.cipher.encrypt('b', context)]);
      await deps.cipher.encrypt('c', context);
    });
    expect(calls.map((c) => c.stage)).toEqual([1, 1, 2]);
  });

  it('measures the time some call was in flight, overlapping calls once', () => {
    const call = (startedAt: number, endedAt: number): ServiceCall => ({
      service: 'DynamoDB',
      operation: 'GetItem',
      stage: 1,
      serviceStage: 1,
      startedAt,
      endedAt,
    });
    expect(inFlightMs([])).toBe(0);
    expect(inFlightMs([call(10, 14), call(0, 2), call(1, 3), call(12, 13)])).toBe(7);
  });
});
