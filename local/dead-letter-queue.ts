/**
 * The local stand-in for the stack's dead-letter queues (`Jobs/DeadLetters`,
 * `Streams/DeadLetters`): one JSON-lines file per queue under `DATA_DIR/dead-letters/`, holding
 * messages in the shapes AWS writes them, so `npm run replay -- jobs` reads locally what it reads
 * from SQS in AWS. Sending and deleting both append (a deletion is a tombstone line), so the
 * running server and a replay in another terminal never rewrite each other's lines.
 */
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DynamoDBRecord } from 'aws-lambda';

/** The stack's two dead-letter queues, by their local names. */
export const LOCAL_QUEUES = ['jobs', 'streams'] as const;
export type LocalQueueName = (typeof LOCAL_QUEUES)[number];

export const isLocalQueueName = (name: string): name is LocalQueueName => (LOCAL_QUEUES as readonly string[]).includes(name);

/** A message as SQS holds it: an id, the body, string message attributes. */
export interface LocalMessage {
  id: string;
  body: string;
  attributes: Record<string, string>;
}

type Line = { message: LocalMessage } | { deleted: string };

export class LocalDeadLetterQueue {
  private constructor(private readonly file: string) {}

  static open(stateDir: string, name: LocalQueueName): LocalDeadLetterQueue {
    return new LocalDeadLetterQueue(join(stateDir, 'dead-letters', `${name}.jsonl`));
  }

  async send(body: unknown, attributes: Record<string, string> = {}): Promise<void> {
    await this.append({ message: { id: randomUUID(), body: JSON.stringify(body), attributes } });
  }

  /** Every message not deleted yet, oldest first (one consumer at a time: no visibility timeout). */
  async receive(): Promise<LocalMessage[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const lines = text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Line);
    const deleted = new Set(lines.flatMap((line) => ('deleted' in line ? [line.deleted] : [])));
    return lines.flatMap((line) => ('message' in line && !deleted.has(line.message.id) ? [line.message] : []));
  }

  async delete(message: LocalMessage): Promise<void> {
    await this.append({ deleted: message.id });
  }

  private async append(line: Line): Promise<void> {
    await mkdir(join(this.file, '..'), { recursive: true });
    await appendFile(this.file, `${JSON.stringify(line)}\n`);
  }
}

const localFunctionArn = (fn: string) => `arn:aws:lambda:local:000000000000:function:${fn}`;

/**
 * What Lambda's on-failure destination writes for an asynchronous invocation that failed every
 * attempt (schedules and bus rules invoke the jobs asynchronously): the request and the error.
 */
export function asyncFailureRecord(fn: string, payload: unknown, error: unknown, attempts: number) {
  const failure = error instanceof Error ? error : new Error(String(error));
  return {
    version: '1.0',
    timestamp: new Date().toISOString(),
    requestContext: {
      requestId: randomUUID(),
      functionArn: `${localFunctionArn(fn)}:$LATEST`,
      condition: 'RetriesExhausted',
      approximateInvokeCount: attempts,
    },
    requestPayload: payload,
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    responsePayload: { errorType: failure.name, errorMessage: failure.message },
  };
}

/**
 * What a stream event source mapping's on-failure destination writes: a pointer to the batch in
 * the stream (shard and sequence numbers), not the records. The local stream lives in memory
 * and is gone when the process stops, so the local message also carries the records
 * (`records`, a local addition) for a replay from another process.
 */
export function streamFailureRecord(fn: string, records: DynamoDBRecord[], reason: string) {
  const sequence = (r: DynamoDBRecord | undefined) => r?.dynamodb?.SequenceNumber ?? '';
  const arrival = (r: DynamoDBRecord | undefined) => new Date((r?.dynamodb?.ApproximateCreationDateTime ?? 0) * 1000).toISOString();
  return {
    version: '1.0',
    timestamp: new Date().toISOString(),
    requestContext: {
      requestId: randomUUID(),
      functionArn: localFunctionArn(fn),
      condition: reason.startsWith('older') ? 'RecordAgeExceeded' : 'RetryAttemptsExhausted',
      approximateInvokeCount: 1,
    },
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    DDBStreamBatchInfo: {
      shardId: 'shardId-local',
      startSequenceNumber: sequence(records[0]),
      endSequenceNumber: sequence(records.at(-1)),
      approximateArrivalOfFirstRecord: arrival(records[0]),
      approximateArrivalOfLastRecord: arrival(records.at(-1)),
      batchSize: records.length,
      streamArn: records[0]?.eventSourceARN ?? '',
    },
    records,
  };
}
