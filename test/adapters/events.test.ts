/**
 * The EventBridge publisher against a mocked client: batching (PutEvents takes at most 10
 * entries), per-entry failures retried for exactly the failed entries, and a persistent
 * failure that makes the call throw instead of dropping events.
 */
import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EventBridgePublisher } from '../../shared/adapters/events';
import type { HallEvent } from '#events/contracts';

const eventBridge = mockClient(EventBridgeClient);
const BUS = 'hall-bus-test';

const events = (n: number): HallEvent[] =>
  Array.from({ length: n }, (_, i) => ({ type: 'HallScoringRequested', detail: { version: '1', hallId: `h${i + 1}`, month: '2025-09' } }));

const entryOf = (e: HallEvent): PutEventsRequestEntry => ({
  EventBusName: BUS,
  Source: 'hall',
  DetailType: e.type,
  Detail: JSON.stringify(e.detail),
});

/** The Entries of the n-th PutEvents call (0-based). */
const entriesOfCall = (n: number) => eventBridge.commandCalls(PutEventsCommand)[n]?.args[0].input.Entries ?? [];

const ok = (n: number) => ({ FailedEntryCount: 0, Entries: Array.from({ length: n }, (_, i) => ({ EventId: `id-${i}` })) });

let sleep: ReturnType<typeof vi.fn<(ms: number) => Promise<void>>>;
let publisher: EventBridgePublisher;

beforeEach(() => {
  eventBridge.reset();
  sleep = vi.fn(async (_ms: number) => {});
  publisher = new EventBridgePublisher(new EventBridgeClient({ region: 'cn-north-1' }), BUS, 3, sleep);
});

describe('EventBridgePublisher', () => {
  it('sends each event with source hall, the bus name, its detail-type and its detail as JSON', async () => {
    eventBridge.on(PutEventsCommand).resolves(ok(1));
    const event: HallEvent = {
      type: 'CaseAccepted',
      detail: { version: '1', hallId: 'h1', revision: 1, caseId: '01K61RHEM00000000000000001', windowId: 'w1' },
    };
    await publisher.publish([event]);
    expect(eventBridge).toHaveReceivedCommandOnce(PutEventsCommand);
    expect(eventBridge).toHaveReceivedCommandWith(PutEventsCommand, {
      Entries: [{ EventBusName: BUS, Source: 'hall', DetailType: 'CaseAccepted', Detail: JSON.stringify(event.detail) }],
    });
    expect(JSON.parse(entriesOfCall(0)[0]!.Detail!)).toEqual(event.detail);
  });

  it('makes no call for no events', async () => {
    await publisher.publish([]);
    expect(eventBridge).not.toHaveReceivedCommand(PutEventsCommand);
  });

  it('splits more than 10 events into calls of at most 10, in order', async () => {
    eventBridge.on(PutEventsCommand).callsFake((input: { Entries: unknown[] }) => ok(input.Entries.length));
    const all = events(23);
    await publisher.publish(all);
    expect(eventBridge).toHaveReceivedCommandTimes(PutEventsCommand, 3);
    expect([0, 1, 2].map((n) => entriesOfCall(n).length)).toEqual([10, 10, 3]);
    expect([0, 1, 2].flatMap((n) => entriesOfCall(n))).toEqual(all.map(entryOf));
    expect(sleep).not.toHaveBeenCalled();
  });

  it('retries exactly the failed entries of a partial failure, then succeeds', async () => {
    const all = events(3);
    eventBridge
      .on(PutEventsCommand)
      .resolvesOnce({
        FailedEntryCount: 1,
        Entries: [{ EventId: 'id-0' }, { ErrorCode: 'ThrottlingException', ErrorMessage: 'Rate exceeded' }, { EventId: 'id-2' }],
      })
      .resolvesOnce(ok(1));
    await expect(publisher.publish(all)).resolves.toBeUndefined();
    expect(eventBridge).toHaveReceivedCommandTimes(PutEventsCommand, 2);
    expect(entriesOfCall(0)).toEqual(all.map(entryOf));
    expect(entriesOfCall(1)).toEqual([entryOf(all[1]!)]);
    expect(sleep).toHaveBeenCalledTimes(1);
  });

  it('retries a failure in the second batch within that batch only', async () => {
    const all = events(12);
    eventBridge
      .on(PutEventsCommand)
      .resolvesOnce(ok(10))
      .resolvesOnce({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'x' }, { EventId: 'id-11' }] })
      .resolvesOnce(ok(1));
    await publisher.publish(all);
    expect(eventBridge).toHaveReceivedCommandTimes(PutEventsCommand, 3);
    expect(entriesOfCall(2)).toEqual([entryOf(all[10]!)]);
  });

  it('throws after the configured attempts, naming the error codes, when entries keep failing', async () => {
    const all = events(3);
    // The first entry goes through; the other two keep failing, one throttled, one internal.
    eventBridge
      .on(PutEventsCommand)
      .resolvesOnce({
        FailedEntryCount: 2,
        Entries: [{ EventId: 'id-0' }, { ErrorCode: 'InternalFailure' }, { ErrorCode: 'ThrottlingException' }],
      })
      .resolves({ FailedEntryCount: 2, Entries: [{ ErrorCode: 'InternalFailure' }, { ErrorCode: 'ThrottlingException' }] });
    const failure = await publisher.publish(all).then(
      () => undefined,
      (err: unknown) => err as Error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(failure?.message).toMatch(/after 3 attempts/);
    expect(failure?.message).toContain('ThrottlingException');
    expect(failure?.message).toContain('InternalFailure');
    expect(failure?.message).toMatch(/for 2 event\(s\)/);
    expect(eventBridge).toHaveReceivedCommandTimes(PutEventsCommand, 3);
    expect(entriesOfCall(1)).toEqual([entryOf(all[1]!), entryOf(all[2]!)]);
    expect(sleep).toHaveBeenCalledTimes(2);
  });

  it('with the default of 4 attempts, a single persistently throttled event fails the call', async () => {
    const fourAttempts = new EventBridgePublisher(new EventBridgeClient({ region: 'cn-north-1' }), BUS, undefined, sleep);
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'ThrottlingException' }] });
    await expect(fourAttempts.publish(events(1))).rejects.toThrow(/ThrottlingException/);
    expect(eventBridge).toHaveReceivedCommandTimes(PutEventsCommand, 4);
  });

  it('lets an error of the call itself through', async () => {
    eventBridge.on(PutEventsCommand).rejects(new Error('AccessDeniedException: not authorized'));
    await expect(publisher.publish(events(1))).rejects.toThrow(/AccessDenied/);
  });
});
