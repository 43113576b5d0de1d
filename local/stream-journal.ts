/**
 * Where the local change stream keeps its records and its consumers' positions, under
 * `DATA_DIR/stream/`: DynamoDB Streams keeps records 24 hours and each event source mapping
 * its place in them, so a consumer that was down (a crash, a restart) picks up where it was.
 *
 * `records.jsonl` gets every record before the write that made it is acknowledged (appends are
 * grouped: one file append for what arrived meanwhile); `checkpoints.json` holds, per consumer,
 * the last sequence number it is done with, written a moment after it moves (a crash may lose
 * the last few: their records are delivered again, as at-least-once delivery allows). Opening
 * keeps only records some consumer still needs and younger than the retention.
 */
import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DynamoDBRecord } from 'aws-lambda';

/** DynamoDB Streams' retention. */
const RETENTION_MS = 24 * 3600 * 1000;

export const sequenceOf = (record: DynamoDBRecord) => Number(record.dynamodb?.SequenceNumber ?? 0);
const createdAtMs = (record: DynamoDBRecord) => (record.dynamodb?.ApproximateCreationDateTime ?? 0) * 1000;

export class StreamJournal {
  private pending: DynamoDBRecord[] = [];
  private appending: Promise<void> = Promise.resolve();
  private checkpointWrite: Promise<void> | undefined;
  private checkpointsDirty = false;

  private constructor(
    private readonly dir: string,
    /** The records kept from earlier runs, in stream order. */
    readonly retained: DynamoDBRecord[],
    private readonly checkpoints: Record<string, number>,
  ) {}

  static async open(dir: string, now = Date.now()): Promise<StreamJournal> {
    await mkdir(dir, { recursive: true });
    const checkpoints = JSON.parse((await readIfExists(join(dir, 'checkpoints.json'))) ?? '{}') as Record<string, number>;
    const lines = ((await readIfExists(join(dir, 'records.jsonl'))) ?? '').split('\n').filter(Boolean);
    // A line cut short by a crash mid-append is the one record whose write was never acknowledged.
    const records = lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as DynamoDBRecord];
      } catch {
        return [];
      }
    });
    const names = Object.values(checkpoints);
    const neededFrom = names.length ? Math.min(...names) : 0;
    const retained = records.filter((r) => sequenceOf(r) > neededFrom && now - createdAtMs(r) < RETENTION_MS);
    const journal = new StreamJournal(dir, retained, checkpoints);
    await writeFile(join(dir, 'records.jsonl'), retained.map((r) => `${JSON.stringify(r)}\n`).join(''));
    return journal;
  }

  /** Every consumer's position (the stream's numbering goes on past them, even when no record was kept). */
  positions(): number[] {
    return Object.values(this.checkpoints);
  }

  /** The last sequence number `consumer` was done with (0: none; a new consumer reads all retained records). */
  checkpointOf(consumer: string): number {
    return this.checkpoints[consumer] ?? 0;
  }

  /** Queues records for the file; `persisted()` resolves once they are in it. */
  add(records: DynamoDBRecord[]): void {
    this.pending.push(...records);
    this.appending = this.appending.then(() => this.writePending());
  }

  persisted(): Promise<void> {
    return this.appending;
  }

  /** Notes a consumer's progress; written shortly (a crash loses at most the last moves). */
  advance(consumer: string, sequence: number): void {
    if (sequence <= (this.checkpoints[consumer] ?? 0)) return;
    this.checkpoints[consumer] = sequence;
    this.checkpointsDirty = true;
    this.checkpointWrite ??= this.writeCheckpoints();
  }

  /** Everything queued and noted, on disk. */
  async close(): Promise<void> {
    await this.appending;
    await this.checkpointWrite;
    if (this.checkpointsDirty) await this.writeCheckpoints();
  }

  private async writePending(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    await appendFile(join(this.dir, 'records.jsonl'), batch.map((r) => `${JSON.stringify(r)}\n`).join(''));
  }

  private async writeCheckpoints(): Promise<void> {
    while (this.checkpointsDirty) {
      this.checkpointsDirty = false;
      const file = join(this.dir, 'checkpoints.json');
      // Replaced whole (write then rename), so a crash never leaves half a file.
      await writeFile(`${file}.tmp`, JSON.stringify(this.checkpoints));
      await rename(`${file}.tmp`, file);
    }
    this.checkpointWrite = undefined;
  }
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
