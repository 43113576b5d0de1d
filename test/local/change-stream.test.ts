import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChangeStream, type Subscription } from '#local/change-stream';
import { StreamJournal } from '#local/stream-journal';

const record = (id: number, entity = 'case'): DynamoDBRecord => ({
  eventName: 'INSERT',
  dynamodb: { Keys: { pk: { S: `K#${id}` } }, NewImage: { id: { N: String(id) }, entity: { S: entity } } },
});
const idOf = (r: DynamoDBRecord) => Number(r.dynamodb?.NewImage?.id?.N);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

let stream: ChangeStream;
afterEach(() => stream.close());

/** Subscribes with a handler that records every batch it is given (as ids). */
function subscribe(
  options: Partial<Subscription> & { respond?: (ids: number[], records: DynamoDBRecord[]) => DynamoDBBatchResponse | void },
) {
  const batches: number[][] = [];
  const failures: Array<{ ids: number[]; reason: string }> = [];
  stream.subscribe({
    name: 'test',
    batchSize: 10,
    retryAttempts: 2,
    maxRecordAgeSeconds: 60,
    handler: (event) => {
      const ids = event.Records.map(idOf);
      batches.push(ids);
      return Promise.resolve(options.respond?.(ids, event.Records));
    },
    onFailure: (records, reason) => void failures.push({ ids: records.map(idOf), reason }),
    ...options,
  });
  return { batches, failures };
}

const throwIf = (condition: boolean) => {
  if (condition) throw new Error('handler failed');
};

describe('ChangeStream', () => {
  it('delivers in order, in batches of at most batchSize, with increasing sequence numbers', async () => {
    stream = new ChangeStream();
    const { batches } = subscribe({ batchSize: 3 });
    const appended = stream.append(range(1, 7).map((id) => record(id)));
    await stream.drain();
    expect(batches).toEqual([[1, 2, 3], [4, 5, 6], [7]]);

    const sequence = appended.map((r) => r.dynamodb!.SequenceNumber!);
    expect([...sequence].sort()).toEqual(sequence);
    expect(new Set(sequence).size).toBe(7);
  });

  it('delivers promptly once idle', async () => {
    stream = new ChangeStream();
    let deliveredAt = 0;
    subscribe({ respond: () => void (deliveredAt = Date.now()) });
    const start = Date.now();
    stream.append([record(1)]);
    await stream.drain();
    // Prompt means no polling interval or retry delay (100 ms and up) in the way; the bound is
    // loose because the full suite loads both cores.
    expect(deliveredAt - start).toBeLessThan(100);
  });

  it('drops records that do not match the filter', async () => {
    stream = new ChangeStream();
    const { batches } = subscribe({ filters: [{ dynamodb: { NewImage: { entity: { S: ['complaint'] } } } }] });
    stream.append([record(1), record(2, 'complaint'), record(3), record(4, 'complaint')]);
    await stream.drain();
    expect(batches).toEqual([[2, 4]]);
  });

  it('rejects an invalid filter when subscribing', () => {
    stream = new ChangeStream();
    expect(() => subscribe({ filters: [{ eventName: 'INSERT' }] })).toThrow(/filter pattern/);
  });

  it('redelivers from the lowest reported failure on', async () => {
    stream = new ChangeStream();
    let failOnce = true;
    const { batches, failures } = subscribe({
      respond: (_ids, records) => {
        if (!failOnce) return;
        failOnce = false;
        return { batchItemFailures: [records[4]!, records[2]!].map((r) => ({ itemIdentifier: r.dynamodb!.SequenceNumber! })) };
      },
    });
    stream.append(range(1, 6).map((id) => record(id)));
    await stream.drain();
    expect(batches).toEqual([range(1, 6), [3, 4, 5, 6]]);
    expect(failures).toEqual([]);
  });

  it('bisects a batch whose handler throws', async () => {
    stream = new ChangeStream();
    // Record 3 only fails in company (say, a batch-level limit it trips).
    const { batches } = subscribe({ batchSize: 4, respond: (ids) => throwIf(ids.length > 1 && ids.includes(3)) });
    stream.append(range(1, 4).map((id) => record(id)));
    await stream.drain();
    expect(batches).toEqual([[1, 2, 3, 4], [1, 2], [3, 4], [3], [4]]);
  });

  it('gives up on a poison record after retryAttempts retries and moves on', async () => {
    stream = new ChangeStream();
    const { batches, failures } = subscribe({ batchSize: 4, retryAttempts: 2, respond: (ids) => throwIf(ids.includes(2)) });
    stream.append(range(1, 4).map((id) => record(id)));
    await stream.drain();

    expect(failures).toEqual([{ ids: [2], reason: 'failed 3 times' }]);
    expect(batches.filter((ids) => ids.length === 1 && ids[0] === 2)).toHaveLength(3);
    const succeeded = batches.filter((ids) => !ids.includes(2)).flat();
    expect(succeeded).toEqual([1, 3, 4]);
  });

  it('a reported poison record goes to onFailure while later records are still delivered', async () => {
    stream = new ChangeStream();
    const { batches, failures } = subscribe({
      retryAttempts: 1,
      respond: (ids, records) => {
        const poison = records[ids.indexOf(2)];
        return { batchItemFailures: poison ? [{ itemIdentifier: poison.dynamodb!.SequenceNumber! }] : [] };
      },
    });
    stream.append(range(1, 3).map((id) => record(id)));
    await stream.drain();
    expect(batches).toEqual([[1, 2, 3], [2, 3], [3]]);
    expect(failures).toEqual([{ ids: [2], reason: 'failed 2 times' }]);
  });

  it('gives up on records older than maxRecordAgeSeconds', async () => {
    stream = new ChangeStream();
    const { failures } = subscribe({ retryAttempts: 100, maxRecordAgeSeconds: 0.15, respond: () => throwIf(true) });
    stream.append([record(1)]);
    await stream.drain();
    expect(failures).toEqual([{ ids: [1], reason: 'older than 0.15 s' }]);
  });

  it('drain waits for every subscriber and every record', async () => {
    stream = new ChangeStream();
    await stream.drain(); // nothing to wait for
    const slow = subscribe({ batchSize: 2, respond: () => void 0 });
    const done: number[] = [];
    stream.subscribe({
      name: 'slow',
      batchSize: 1,
      retryAttempts: 0,
      maxRecordAgeSeconds: 60,
      handler: async (event) => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        done.push(...event.Records.map(idOf));
      },
      onFailure: () => undefined,
    });
    stream.append(range(1, 5).map((id) => record(id)));
    await stream.drain();
    expect(done).toEqual(range(1, 5));
    expect(slow.batches.flat()).toEqual(range(1, 5));
  });

  it('stops delivering after unsubscribe', async () => {
    stream = new ChangeStream();
    const batches: number[][] = [];
    const unsubscribe = stream.subscribe({
      name: 'gone',
      batchSize: 10,
      retryAttempts: 0,
      maxRecordAgeSeconds: 60,
      handler: (event) => {
        batches.push(event.Records.map(idOf));
        return Promise.resolve();
      },
      onFailure: () => undefined,
    });
    stream.append([record(1)]);
    await stream.drain();
    unsubscribe();
    stream.append([record(2)]);
    await stream.drain();
    expect(batches).toEqual([[1]]);
  });
});

describe('ChangeStream with a journal (a store on disk)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hall-stream-'));
  });
  afterEach(async () => {
    await stream.close(); // its journal written before the folder goes
    await rm(dir, { recursive: true, force: true });
  });

  /** The stream as a restarted runtime opens it. */
  const reopen = async () => (stream = new ChangeStream(await StreamJournal.open(dir)));
  const stamped = (id: number, secondsAgo = 0) => ({
    ...record(id),
    dynamodb: { ...record(id).dynamodb, ApproximateCreationDateTime: Math.floor(Date.now() / 1000) - secondsAgo },
  });

  it('keeps each record before the write is acknowledged, and each consumer where it was: a restart delivers only what was not done', async () => {
    await reopen();
    // The first consumer fails on record 3 for good in this run (the runtime "dies" before it succeeds).
    const first = subscribe({ respond: (ids) => throwIf(ids.includes(3)), retryAttempts: 100 });
    stream.append([1, 2, 3, 4].map((id) => stamped(id)));
    await stream.persisted();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(first.batches[0]).toEqual([1, 2, 3, 4]);
    await stream.close();

    await reopen();
    const again = subscribe({});
    const newcomer = subscribe({ name: 'new consumer' });
    await stream.drain();
    // Done before: 1 and 2 (the batch was bisected down to the failing record); from 3 on again.
    expect(again.batches.flat()).toEqual([3, 4]);
    // A consumer never seen starts at the oldest record kept (TRIM_HORIZON, as the stack's mappings).
    expect(newcomer.batches.flat()).toEqual([3, 4]);
    // Numbering goes on after the records and positions of the earlier run.
    const [next] = stream.append([stamped(5)]);
    expect(Number(next!.dynamodb!.SequenceNumber)).toBe(5);
  });

  it('forgets records every consumer is done with, and records older than the stream retention (24 hours)', async () => {
    await reopen();
    subscribe({});
    stream.append([stamped(1, 25 * 3600), stamped(2)]);
    await stream.drain();
    await stream.close();
    expect((await readFile(join(dir, 'records.jsonl'), 'utf8')).split('\n').filter(Boolean)).toHaveLength(2);

    const journal = await StreamJournal.open(dir);
    expect(journal.retained).toEqual([]);
    stream = new ChangeStream(journal);
    expect(Number(stream.append([stamped(3)])[0]!.dynamodb!.SequenceNumber)).toBe(3);
  });

  it('ignores a line a crash cut short (that write was never acknowledged)', async () => {
    await reopen();
    stream.append([stamped(1)]);
    await stream.persisted();
    await stream.close();
    await appendFile(join(dir, 'records.jsonl'), '{"eventName":"INS');
    await reopen();
    const { batches } = subscribe({});
    await stream.drain();
    expect(batches.flat()).toEqual([1]);
  });
});
