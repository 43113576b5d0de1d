/**
 * What a request costs in service calls (issue 14), counted by SDK middleware on the runtime's
 * DynamoDB and KMS clients and on the bus (EventBridge) port: a budget per request
 * kind, set to what each does today, so a change that adds a call or a sequential round trip
 * fails here and has to lower another or raise the budget on purpose. Everything a request does
 * is counted (audit record, idempotency, abuse limits), in a warm container.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hallRecords } from '#adapters/hall-records';
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
  /** Round trips waited for one after another over every service. */
  stages: number;
  /** KMS calls: none in a warm container, whose cipher has the hall's data key cached. */
  kms: number;
  publishes: number;
}

const BUDGETS: [RequestKind, Budget][] = [
  // Intake: the wrapper's one read (hall, staff record, set-up revision); the item and calendar
  // come from the container's set-up cache, the fields are encrypted under the cached data key;
  // then the case, its search keys and the audit record written at once. The reply echoes what
  // was typed: nothing to decrypt for it.
  ['intake', { dynamoDb: { calls: 7, stages: 2 }, stages: 2, kms: 0, publishes: 0 }],
  // Staff read and decision: the wrapper's read, the case, (the decision's write, its audit record).
  ['staff read', { dynamoDb: { calls: 2, stages: 2 }, stages: 2, kms: 0, publishes: 0 }],
  ['decision', { dynamoDb: { calls: 4, stages: 4 }, stages: 4, kms: 0, publishes: 0 }],
  ['rating', { dynamoDb: { calls: 6, stages: 6 }, stages: 6, kms: 0, publishes: 0 }],
  ['complaint', { dynamoDb: { calls: 6, stages: 6 }, stages: 6, kms: 0, publishes: 0 }],
  // Progress of an accepted case: the case and the address's code checks, read at once (a wrong
  // code is counted after; the item's material names are read only while materials are missing).
  ['progress', { dynamoDb: { calls: 2, stages: 1 }, stages: 1, kms: 0, publishes: 0 }],
  ['guide', { dynamoDb: { calls: 4, stages: 2 }, stages: 2, kms: 0, publishes: 0 }],
];

const spent = (s: CallSummary): Budget => ({
  dynamoDb: { calls: s.calls.DynamoDB, stages: s.stages.DynamoDB },
  stages: s.stages.all,
  kms: s.calls.KMS,
  publishes: s.calls.EventBridge,
});

describe('service calls per request', () => {
  it.each(BUDGETS)('%s stays within its budget', async (kind, budget) => {
    const used = spent(await serviceCallsOf(t, hall, kind));
    expect(used.dynamoDb.calls).toBeLessThanOrEqual(budget.dynamoDb.calls);
    expect(used.dynamoDb.stages).toBeLessThanOrEqual(budget.dynamoDb.stages);
    expect(used.stages).toBeLessThanOrEqual(budget.stages);
    expect(used.kms).toBeLessThanOrEqual(budget.kms);
    expect(used.publishes).toBeLessThanOrEqual(budget.publishes);
  });

  it('counts concurrent calls as one stage and calls one after another as stages', async () => {
    const { serviceCalls, deps } = t.runtime;
    const read = (id: string) => hallRecords.getItem(deps, 'h1', id);
    const { calls } = await serviceCalls.measure('cases', async () => {
      await Promise.all([read('licence'), read('record')]);
      await read('licence');
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
