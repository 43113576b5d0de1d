/**
 * The stream-fed complaint router, driven with DynamoDB Streams records recorded from the
 * real system (events/samples, see its README): the mapping's filter, routing, redelivery,
 * partial batch responses, the race with a human, and the local change stream's retries and
 * on-failure destination around a poison record. The router publishes nothing itself: its
 * committed update is what the outbox turns into ComplaintRouted (test/streams/outbox.test.ts).
 *
 * The runtime's own stream mappings are detached (the store keeps recording), so every
 * delivery here is made by the test, by hand or through a subscription of its own.
 */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { logger } from '#adapters/logger';
import { eventSchemas } from '#events/contracts';
import { complaintRouterSource, outboxSource } from '#topology/triggers';
import { handler } from '#functions/streams/complaint-router';
import { complaintEventFor } from '#events/changes';
import type { Complaint } from '#domain/complaints';
import { matchesFilterPatterns } from '#local/event-filter';
import { startHarness, type Harness } from '#local/harness/runtime';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { anyString } from '../support/matchers';
import { complaintIdOf, lambdaContext, newImage, oldImage, samples, type Item } from './samples';

const { complaintInsert, rectificationInsert, complaintModify, caseInsert, batch } = samples;
const passesFilter = (r: DynamoDBRecord) => matchesFilterPatterns(r, complaintRouterSource.filters);

/** The sample record as another complaint: its id swapped everywhere, its own sequence number. */
function variant(record: DynamoDBRecord, complaintId: string, sequence: number): DynamoDBRecord {
  const copy = JSON.parse(JSON.stringify(record).split(complaintIdOf(record)).join(complaintId)) as DynamoDBRecord;
  copy.dynamodb!.SequenceNumber = String(sequence).padStart(21, '0');
  copy.eventID = `variant-${complaintId}`;
  return copy;
}

const context = lambdaContext('complaint-router');
const route = (records: DynamoDBRecord[]) => handler.withDeps(t.runtime.deps)({ Records: records }, context);

let t: Harness;
let hall: HallFixture;

beforeAll(async () => {
  t = await startHarness({ clock: '2025-09-26T09:00:00+08:00' });
  hall = await setUpHall(t);
  await t.runtime.settle();
  // Detach the runtime's mappings (the router among them): the tests deliver the records.
  await t.runtime.store.stream.close();
});
afterAll(() => t.stop());
afterEach(() => vi.restoreAllMocks());

const db = () => t.runtime.deps.db;
const tableName = () => t.runtime.deps.tableName;

/**
 * The document client with only the promise form of `send`, the one the handlers call: a spy on
 * the client itself would be typed by its last overload (the callback form, returning void).
 */
type Command = Parameters<DynamoDBDocumentClient['send']>[0];
const promiseClient = (): { send: (command: Command) => Promise<unknown> } => db();

/** Writes the item a record's NewImage describes, with the table's key attributes. */
async function store(record: DynamoDBRecord, change: (item: Item) => Item = (item) => item): Promise<void> {
  await db().send(new PutCommand({ TableName: tableName(), Item: change(newImage(record)) }));
}

async function stored(complaintId: string): Promise<Item | undefined> {
  const out = await db().send(
    new GetCommand({ TableName: tableName(), Key: { pk: `COMPLAINT#${complaintId}`, sk: 'COMPLAINT' }, ConsistentRead: true }),
  );
  return out.Item;
}

/** Publishing is the outbox's business: the router's handler never touches the bus. */
function watchBus() {
  const publish = vi.spyOn(t.runtime.events, 'publish');
  const before = t.runtime.events.published.length;
  return {
    expectNothingPublished() {
      expect(publish).not.toHaveBeenCalled();
      expect(t.runtime.events.published.slice(before)).toEqual([]);
    },
  };
}

/** Every record the table's stream carries while `run` runs, unfiltered. */
async function streamDuring(run: () => Promise<void>): Promise<DynamoDBRecord[]> {
  const seen: DynamoDBRecord[] = [];
  const unsubscribe = t.runtime.store.stream.subscribe({
    name: 'recorder (test)',
    batchSize: 100,
    retryAttempts: 0,
    maxRecordAgeSeconds: 3600,
    handler: (event) => {
      seen.push(...event.Records);
      return Promise.resolve();
    },
    onFailure: () => undefined,
  });
  try {
    await run();
    await t.runtime.store.stream.drain();
  } finally {
    unsubscribe();
  }
  return seen;
}

const about = (complaintId: string) => (r: DynamoDBRecord) => r.dynamodb?.Keys?.pk?.S === `COMPLAINT#${complaintId}`;

/** The router logs each failed record as an error: expected here, so kept off the console. */
const quietErrors = () => vi.spyOn(logger, 'error').mockImplementation(() => undefined);

/** The recorded MODIFY's NewImage, but for the instant of routing (the clock runs on here). */
function asRecordedModify(): Item {
  const expected = newImage(complaintModify);
  const history = (expected.history as Item[]).map((entry) => ({ ...entry, at: anyString() }));
  // Pending publication since the routing (shared/adapters/outbox.ts).
  return { ...expected, history, pendingSk: expect.stringMatching(/^2025-09-26T09:\d\d:\d\d\.\d{3}\+08:00#COMPLAINT#/) as unknown };
}

describe('the samples', () => {
  it('are the complaint router stream records they claim to be', () => {
    expect([complaintInsert, rectificationInsert, caseInsert].map((r) => r.eventName)).toEqual(['INSERT', 'INSERT', 'INSERT']);
    expect(complaintModify.eventName).toBe('MODIFY');
    expect(newImage(complaintInsert)).toMatchObject({
      entity: 'complaint',
      source: 'complaint',
      status: 'received',
      hallId: 'h1',
      windowId: 'w1',
    });
    expect(newImage(rectificationInsert)).toMatchObject({
      entity: 'complaint',
      source: 'bad-rating',
      status: 'received',
      caseId: newImage(caseInsert).caseId,
    });
    expect(newImage(caseInsert)).toMatchObject({ entity: 'case', status: 'accepted' });
    for (const r of [...batch.Records, complaintModify])
      expect(r.dynamodb).toMatchObject({ StreamViewType: 'NEW_AND_OLD_IMAGES', SequenceNumber: anyString() });
    expect(new Set(batch.Records.map((r) => r.dynamodb!.SequenceNumber)).size).toBe(batch.Records.length);
    expect(batch.Records.map((r) => r.eventID).sort()).toEqual(
      [complaintInsert, rectificationInsert, complaintModify, caseInsert].map((r) => r.eventID).sort(),
    );
  });
});

describe('the mapping filter (complaintRouterSource.filters)', () => {
  it('passes newly received complaints and rectifications', () => {
    expect(passesFilter(complaintInsert)).toBe(true);
    expect(passesFilter(rectificationInsert)).toBe(true);
  });

  it("drops the router's own MODIFY and every other entity", () => {
    expect(passesFilter(complaintModify)).toBe(false);
    expect(passesFilter(caseInsert)).toBe(false);
  });

  it('keeps exactly the two inserts of the mixed batch, in stream order', () => {
    expect(batch.Records.filter(passesFilter).map((r) => r.eventID)).toEqual([rectificationInsert.eventID, complaintInsert.eventID]);
  });
});

describe('the router handler', () => {
  it('routes what the filter passes: the A post of the window, due dates set, as the recorded MODIFY', async () => {
    await store(complaintInsert);
    await store(rectificationInsert);
    const bus = watchBus();

    expect(await route(batch.Records.filter(passesFilter))).toEqual({ batchItemFailures: [] });

    expect(await stored(complaintIdOf(complaintInsert))).toEqual(asRecordedModify());
    // Received Friday 2025-09-26: 5 working days → 09-28 (make-up Sunday), 09-29, 09-30, 10-09, 10-10.
    expect(await stored(complaintIdOf(rectificationInsert))).toMatchObject({
      status: 'assigned',
      assignee: 's-a',
      route: 'a-post',
      dueDate: '2025-10-10',
      firstResponseDue: anyString(),
      gsi1pk: 'HALL#h1#ASSIGNEE#s-a',
      version: 2,
    });
    bus.expectNothingPublished();
  });

  it('publishes nothing itself: its committed update is the MODIFY the outbox turns into ComplaintRouted', async () => {
    const id = complaintIdOf(complaintInsert);
    await store(complaintInsert);
    const bus = watchBus();

    const records = (await streamDuring(async () => void (await route([complaintInsert])))).filter(about(id));

    bus.expectNothingPublished();
    expect(records.map((r) => r.eventName)).toEqual(['MODIFY']);
    const [modify] = records;
    expect(matchesFilterPatterns(modify!, outboxSource.filters)).toBe(true);
    expect(matchesFilterPatterns(modify!, complaintRouterSource.filters)).toBe(false);
    const event = complaintEventFor(oldImage(modify!) as Complaint | undefined, newImage(modify!) as unknown as Complaint);
    expect(event?.type).toBe('ComplaintRouted');
    expect(eventSchemas.ComplaintRouted.strict().parse(event!.detail)).toEqual({
      version: '1',
      hallId: 'h1',
      revision: 2,
      complaintId: id,
      source: 'complaint',
      windowId: 'w1',
      assignee: 's-a',
      route: 'a-post',
      dueDate: '2025-10-10',
    });
  });

  it('skips without failing what only a misconfigured mapping would let through (case INSERT, its own MODIFY)', async () => {
    await store(complaintModify);
    const before = await stored(complaintIdOf(complaintModify));
    const bus = watchBus();
    expect(await route([caseInsert, complaintModify])).toEqual({ batchItemFailures: [] });
    expect(await stored(complaintIdOf(complaintModify))).toEqual(before);
    bus.expectNothingPublished();
  });
});

describe('redelivery', () => {
  it('of a routed record changes nothing and writes nothing', async () => {
    const id = complaintIdOf(complaintInsert);
    await store(complaintInsert);
    expect(await route([complaintInsert])).toEqual({ batchItemFailures: [] });
    const routed = await stored(id);
    const bus = watchBus();

    const records = await streamDuring(async () => {
      expect(await route([complaintInsert])).toEqual({ batchItemFailures: [] });
      expect(await route([complaintInsert, complaintInsert])).toEqual({ batchItemFailures: [] });
    });
    expect(await stored(id)).toEqual(routed);
    expect(routed).toMatchObject({ version: 2, assignee: 's-a', status: 'assigned' });
    // No write, so no stream record the outbox could publish again.
    expect(records.filter(about(id))).toEqual([]);
    bus.expectNothingPublished();
  });

  it('after a human resolved the complaint changes nothing and writes nothing', async () => {
    const id = complaintIdOf(complaintInsert);
    await store(complaintInsert);
    await route([complaintInsert]);
    const resolution = await t.call('POST /v1/halls/{hallId}/complaints/{complaintId}/resolution', {
      params: { hallId: 'h1', complaintId: id },
      token: hall.tokens.staffA,
      body: { substantiated: true, resolution: '已当面致歉' },
    });
    expect(resolution.status).toBe(200);
    const resolved = await stored(id);
    expect(resolved).toMatchObject({ status: 'resolved', assignee: 's-a', version: 3, resolvedBy: 's-a' });
    const bus = watchBus();

    // A replay of the shard (or a late retry) brings the INSERT back after the resolution.
    const records = await streamDuring(async () => {
      expect(await route([complaintInsert])).toEqual({ batchItemFailures: [] });
    });
    expect(await stored(id)).toEqual(resolved);
    expect(records.filter(about(id))).toEqual([]);
    bus.expectNothingPublished();
  });
});

describe('routing that loses the race to a human', () => {
  it("leaves the human's resolution standing, with no failure and no ComplaintRouted", async () => {
    const id = '01K61RHEM00000000000RACE01';
    const record = variant(complaintInsert, id, 921);
    await store(record);

    // Just before the router's write of this complaint reaches the table (after its read), a
    // supervisor resolves the complaint over HTTP: the router's conditional write must lose.
    const send = db().send.bind(db());
    let routerWrites = 0;
    const sendSpy = vi.spyOn(promiseClient(), 'send').mockImplementation(async (command) => {
      const item = command instanceof PutCommand ? command.input.Item : undefined;
      if (item?.pk === `COMPLAINT#${id}` && item.status === 'assigned') {
        routerWrites++;
        const reply = await t.call('POST /v1/halls/{hallId}/complaints/{complaintId}/resolution', {
          params: { hallId: 'h1', complaintId: id },
          token: hall.tokens.supervisor,
          body: { substantiated: false, resolution: '经核实不属实' },
        });
        expect(reply.status).toBe(200);
      }
      return send(command);
    });
    const bus = watchBus();

    let reply: DynamoDBBatchResponse | undefined;
    const records = (await streamDuring(async () => void (reply = await route([record])))).filter(about(id));
    sendSpy.mockRestore();

    expect(routerWrites).toBe(1);
    expect(reply).toEqual({ batchItemFailures: [] });
    const item = await stored(id);
    expect(item).toMatchObject({ status: 'resolved', resolvedBy: 'sup-1', version: 2 });
    expect(item).not.toHaveProperty('assignee');
    expect(item).not.toHaveProperty('route');
    expect((item!.history as Item[]).map((h) => h.action)).toEqual(['received', 'resolved']);

    // The table committed only the resolution: nothing the outbox would turn into ComplaintRouted.
    expect(records.map((r) => [r.eventName, newImage(r).status])).toEqual([['MODIFY', 'resolved']]);
    expect(records.filter((r) => matchesFilterPatterns(r, outboxSource.filters))).toEqual([]);
    expect(
      complaintEventFor(oldImage(records[0]!) as Complaint | undefined, newImage(records[0]!) as unknown as Complaint),
    ).toBeUndefined();
    bus.expectNothingPublished();
  });
});

describe('a bad record in a batch', () => {
  it('fails alone: only its sequence number is reported, the others are routed', async () => {
    const poison = variant(complaintInsert, '01K61RHEM0000000000000P01S', 901);
    const good = variant(complaintInsert, '01K61RHEM0000000000000G00D', 902);
    const poisonId = complaintIdOf(poison);
    for (const r of [poison, good, rectificationInsert]) await store(r);

    const errorLog = quietErrors();
    // The table refuses every read of that one complaint (throttled, say).
    const send = db().send.bind(db());
    vi.spyOn(promiseClient(), 'send').mockImplementation((command) => {
      const key = 'Key' in command.input ? command.input.Key : undefined;
      if (key?.pk === `COMPLAINT#${poisonId}`) return Promise.reject(new Error('ProvisionedThroughputExceededException'));
      return send(command);
    });

    const reply = await route([rectificationInsert, poison, good]);
    vi.restoreAllMocks();
    expect(reply).toEqual({ batchItemFailures: [{ itemIdentifier: poison.dynamodb!.SequenceNumber }] });
    for (const r of [rectificationInsert, good])
      expect(await stored(complaintIdOf(r))).toMatchObject({ status: 'assigned', assignee: 's-a' });
    expect(await stored(poisonId)).toMatchObject({ status: 'received', version: 1 });
    expect(errorLog).toHaveBeenCalledWith(
      'routing failed; the record will be retried',
      expect.objectContaining({ complaintId: poisonId, eventID: poison.eventID }),
    );

    // The retry (the mapping redelivers from the failed record on) routes it once the table answers.
    expect(await route([poison, good])).toEqual({ batchItemFailures: [] });
    expect(await stored(poisonId)).toMatchObject({ status: 'assigned', assignee: 's-a', version: 2 });
    expect(await stored(complaintIdOf(good))).toMatchObject({ version: 2 });
  });

  it('whose stored complaint cannot be routed (no receivedAt) is reported, its neighbours are not', async () => {
    quietErrors();
    const broken = variant(complaintInsert, '01K61RHEM000000000000BR0KN', 911);
    const good = variant(complaintInsert, '01K61RHEM00000000000G00D02', 912);
    await store(broken, ({ receivedAt: _dropped, ...item }) => item);
    await store(good);

    expect(await route([broken, good])).toEqual({ batchItemFailures: [{ itemIdentifier: broken.dynamodb!.SequenceNumber }] });
    expect(await stored(complaintIdOf(good))).toMatchObject({ status: 'assigned', version: 2 });
    expect(await stored(complaintIdOf(broken))).toMatchObject({ status: 'received', version: 1 });
  });
});

describe('on the local change stream', () => {
  it('a poison record ends in the on-failure destination while the records after it are routed', async () => {
    quietErrors();
    const failed: Array<{ records: DynamoDBRecord[]; reason: string }> = [];
    const deliveries: string[][] = [];
    const unsubscribe = t.runtime.store.stream.subscribe({
      name: 'complaint-router (test)',
      ...complaintRouterSource,
      retryAttempts: 1,
      handler: (event) => {
        deliveries.push(event.Records.map((r) => complaintIdOf(r)));
        return route(event.Records);
      },
      onFailure: (records, reason) => void failed.push({ records, reason }),
    });
    try {
      const poison = variant(complaintInsert, '01K61RHEM0000000000000P02S', 0);
      const next = ['01K61RHEM00000000000NEXT01', '01K61RHEM00000000000NEXT02'].map((id) => variant(complaintInsert, id, 0));
      // Real writes: the recording store puts their INSERTs on the stream, the filter passes them.
      await store(poison, ({ receivedAt: _dropped, ...item }) => item);
      for (const r of next) await store(r);
      // A record the filter drops never reaches the router.
      await store(caseInsert);
      await t.runtime.store.stream.drain();

      expect(failed).toHaveLength(1);
      expect(failed[0]!.reason).toBe('failed 2 times');
      expect(failed[0]!.records.map((r) => [r.eventName, complaintIdOf(r)])).toEqual([['INSERT', complaintIdOf(poison)]]);
      for (const r of next) {
        const item = await stored(complaintIdOf(r));
        expect(item).toMatchObject({ status: 'assigned', assignee: 's-a', version: 2 });
        expect((item!.history as Item[]).filter((h) => h.action === 'routed')).toHaveLength(1);
      }
      expect(await stored(complaintIdOf(poison))).toMatchObject({ status: 'received', version: 1 });
      // The router's own MODIFYs and the case never came back to it.
      expect(deliveries.flat().every((id) => [poison, ...next].some((r) => complaintIdOf(r) === id))).toBe(true);
      expect(deliveries.flat().filter((id) => id === complaintIdOf(poison))).toHaveLength(2);
    } finally {
      unsubscribe();
    }
  });
});
