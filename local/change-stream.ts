/**
 * An in-process stand-in for one DynamoDB Streams shard and the Lambda event source
 * mappings reading it (dynalite has no Streams). Each subscriber behaves like a mapping with
 * a filter, ReportBatchItemFailures, BisectBatchOnFunctionError, retry attempts, a maximum
 * record age and an on-failure destination, so consumers meet locally the same at-least-once,
 * in-order delivery they meet in AWS.
 *
 * With a journal (a store on disk: local/stream-journal.ts) the stream keeps its records and each
 * subscriber its position across restarts, as the stream and its mappings do in AWS: a
 * subscriber starts after the last record it was done with (TRIM_HORIZON for a new one, like the
 * stack's mappings). In memory, subscribers start at the end of the stream.
 */
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { compileFilterPatterns } from './event-filter';
import { sequenceOf, type StreamJournal } from './stream-journal';

export interface Subscription {
  /** Used in log lines only. */
  name: string;
  /** Lambda filter patterns; none (or empty) delivers every record. Invalid ones throw on subscribe. */
  filters?: readonly object[];
  batchSize: number;
  retryAttempts: number;
  maxRecordAgeSeconds: number;
  handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | void>;
  /** The on-failure destination: records given up on, never to be delivered again. */
  onFailure: (records: DynamoDBRecord[], reason: string) => void | Promise<void>;
}

const FIRST_RETRY_DELAY_MS = 100;
const MAX_RETRY_DELAY_MS = 1000;

export class ChangeStream {
  private lastSequence: number;
  private readonly consumers = new Set<Consumer>();

  constructor(private readonly journal?: StreamJournal) {
    const retained = journal?.retained.map(sequenceOf) ?? [];
    this.lastSequence = Math.max(0, ...retained, ...(journal?.positions() ?? []));
  }

  /** Adds records to the stream, stamping each with the next sequence number (`persisted()` tells when they are kept). */
  append(records: DynamoDBRecord[]): DynamoDBRecord[] {
    const sequenced = records.map((record) => ({
      ...record,
      // Fixed width, so sequence numbers order the same as strings and as numbers.
      dynamodb: { ...record.dynamodb, SequenceNumber: String(++this.lastSequence).padStart(21, '0') },
    }));
    this.journal?.add(sequenced);
    for (const consumer of this.consumers) consumer.offer(sequenced);
    return sequenced;
  }

  /** Resolves once every record appended so far is in the journal (at once without one). */
  persisted(): Promise<void> {
    return this.journal?.persisted() ?? Promise.resolve();
  }

  /**
   * Starts delivering records: those the journal kept after the subscriber's last position,
   * then every record appended from now on. Returns the unsubscribe function.
   */
  subscribe(subscription: Subscription): () => void {
    const journal = this.journal;
    const consumer = new Consumer(subscription, journal ? (sequence) => journal.advance(subscription.name, sequence) : undefined);
    this.consumers.add(consumer);
    if (journal) {
      const from = journal.checkpointOf(subscription.name);
      const missed = journal.retained.filter((r) => sequenceOf(r) > from);
      if (missed.length > 0) consumer.offer(missed);
    }
    return () => {
      this.consumers.delete(consumer);
      consumer.close();
    };
  }

  /** Resolves once every record appended so far is done (delivered or given up) everywhere. */
  async drain(): Promise<void> {
    await Promise.all([...this.consumers].map((consumer) => consumer.idle()));
  }

  async close(): Promise<void> {
    for (const consumer of this.consumers) consumer.close();
    this.consumers.clear();
    await this.journal?.close();
  }
}

interface Pending {
  record: DynamoDBRecord;
  appendedAt: number;
  failures: number;
}

/** When a record was added to the stream: a replayed one keeps its age (the maximum record age counts from then). */
const appendedAtOf = (record: DynamoDBRecord, now: number) => {
  const created = record.dynamodb?.ApproximateCreationDateTime;
  return created ? Math.min(now, created * 1000) : now;
};

/** One event source mapping: a queue of matching records delivered one batch at a time. */
class Consumer {
  private readonly queue: Pending[] = [];
  /** The batch size, halved while bisecting a batch that made the handler throw. */
  private limit: number;
  private readonly accepts: (record: DynamoDBRecord) => boolean;
  private running = false;
  private closed = false;
  private idleWaiters: Array<() => void> = [];
  private wake: (() => void) | undefined;
  /** The highest sequence number offered: once the queue is empty, the consumer is done with it. */
  private offeredThrough = 0;

  constructor(
    private readonly subscription: Subscription,
    /** Told the last sequence number this consumer is done with, whenever it moves. */
    private readonly onProgress?: (sequence: number) => void,
  ) {
    this.limit = subscription.batchSize;
    const { filters = [] } = subscription;
    this.accepts = filters.length === 0 ? () => true : compileFilterPatterns(filters);
  }

  offer(records: DynamoDBRecord[]): void {
    if (this.closed) return;
    const now = Date.now();
    for (const record of records) {
      // Filtered-out records are dropped for good, as in AWS: they never reach the handler.
      if (this.accepts(record)) this.queue.push({ record, appendedAt: appendedAtOf(record, now), failures: 0 });
      this.offeredThrough = Math.max(this.offeredThrough, sequenceOf(record));
    }
    this.reportProgress();
    if (this.queue.length > 0 && !this.running) {
      this.running = true;
      // Deferred, so records appended in the same tick share a batch.
      setImmediate(() => void this.run());
    }
  }

  idle(): Promise<void> {
    if (!this.running || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  close(): void {
    this.closed = true;
    this.wake?.();
    this.settle();
  }

  /** Done with everything before the first record still queued, or with all offered. */
  private reportProgress(): void {
    const head = this.queue[0];
    this.onProgress?.(head ? sequenceOf(head.record) - 1 : this.offeredThrough);
  }

  private async run(): Promise<void> {
    while (!this.closed && this.queue.length > 0) {
      try {
        await this.deliverNext();
      } catch (err) {
        // Only a failing on-failure destination gets here; keep the stream moving.
        console.error(`[change-stream] ${this.subscription.name}: on-failure destination failed`, err);
      }
      if (!this.closed) this.reportProgress();
    }
    this.running = false;
    this.settle();
  }

  private settle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private async deliverNext(): Promise<void> {
    const { handler, batchSize } = this.subscription;
    await this.discardExpired();
    const batch = this.queue.slice(0, this.limit);
    if (batch.length === 0) return;

    let failed: number[] | 'threw';
    try {
      failed = failedPositions(await handler({ Records: batch.map((p) => p.record) }), batch);
    } catch {
      failed = 'threw';
    }
    if (this.closed) return;

    if (failed === 'threw') {
      if (batch.length > 1) {
        // Bisect: retry with half the batch, down to the failing record alone; the full size
        // returns after the next success. Splitting is not a failed attempt (as in AWS).
        this.limit = Math.ceil(batch.length / 2);
        return;
      }
      failed = [0];
    } else {
      this.limit = batchSize;
    }
    if (failed.length === 0) {
      this.queue.splice(0, batch.length);
      return;
    }
    // Everything before the lowest failure is done; everything from it on is redelivered.
    this.queue.splice(0, Math.min(...failed));
    for (const position of new Set(failed)) batch[position]!.failures++;
    await this.retryOrGiveUp();
  }

  /** After a failure the queue starts with the failed record: retry it later, or give up on it. */
  private async retryOrGiveUp(): Promise<void> {
    const head = this.queue[0]!;
    if (head.failures > this.subscription.retryAttempts) {
      this.queue.shift();
      await this.subscription.onFailure([head.record], `failed ${head.failures} times`);
      return;
    }
    await this.sleep(Math.min(FIRST_RETRY_DELAY_MS * 2 ** (head.failures - 1), MAX_RETRY_DELAY_MS));
  }

  /** The oldest records sit at the front, so expired records are always a prefix. */
  private async discardExpired(): Promise<void> {
    const cutoff = Date.now() - this.subscription.maxRecordAgeSeconds * 1000;
    const count = this.queue.findIndex((p) => p.appendedAt >= cutoff);
    const expired = this.queue.splice(0, count === -1 ? this.queue.length : count);
    if (expired.length > 0) {
      await this.subscription.onFailure(
        expired.map((p) => p.record),
        `older than ${this.subscription.maxRecordAgeSeconds} s`,
      );
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/**
 * Positions in the batch the handler reported as failed. An identifier that names no record
 * of the batch makes AWS treat the whole batch as failed, like a throw.
 */
function failedPositions(response: DynamoDBBatchResponse | void, batch: Pending[]): number[] | 'threw' {
  const positions: number[] = [];
  for (const { itemIdentifier } of response?.batchItemFailures ?? []) {
    const position = batch.findIndex((p) => p.record.dynamodb?.SequenceNumber === itemIdentifier);
    if (position === -1) return 'threw';
    positions.push(position);
  }
  return positions;
}
