/**
 * Re-driving a dead-letter queue (`npm run replay -- <queue>`): each message is read, the
 * function it was meant for is invoked again with the original payload, and the message is
 * deleted once that invocation succeeds; a failure leaves it where it was. SQS's own redrive
 * would not do: it does not exist in the China regions, and it only moves messages back to a
 * source queue, which these queues do not have (they collect failed Lambda invocations).
 *
 * The queues hold three kinds of message, all read here:
 * - a failed asynchronous invocation (Lambda's on-failure destination: a job run that failed
 *   after Lambda's retries): the function's ARN and the original request;
 * - an undelivered schedule or bus event (EventBridge's dead-letter queue): the event or input
 *   as the body, the function in the `TARGET_ARN` message attribute;
 * - a stream batch a consumer gave up on (the event source mapping's on-failure destination):
 *   a pointer into the table's stream (shard, sequence numbers), re-read from the stream, which
 *   keeps records for 24 hours only. Past that the records are gone from the stream (not from
 *   the table): reconcile instead (docs/deploy.md).
 *
 * The queue, the function invocations and the stream are ports: ops/aws.ts implements them
 * with the AWS SDK, local/dead-letter-queue.ts and the local runtime for `DATA_DIR`.
 */
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import * as z from 'zod';

/** A message as a queue holds it: SQS's body and string message attributes. */
export interface DeadLetter {
  id: string;
  body: string;
  attributes: Record<string, string>;
}

export interface DeadLetterQueue {
  /** Messages not yet deleted (SQS: the visible ones, up to a batch; they stay hidden while replayed). */
  receive(): Promise<DeadLetter[]>;
  delete(message: DeadLetter): Promise<void>;
}

export interface FunctionInvoker {
  /** Invokes the function synchronously; throws when the function fails. */
  invoke(functionArn: string, payload: unknown): Promise<unknown>;
}

export interface StreamBatch {
  shardId: string;
  startSequenceNumber: string;
  endSequenceNumber: string;
  streamArn: string;
}

export interface StreamReader {
  /** The batch's records as the consumer's event source mapping delivers them (its filters applied). */
  read(batch: StreamBatch, functionArn: string): Promise<DynamoDBRecord[]>;
}

/** What a message asks to run again. */
export type Redrive =
  | { kind: 'invocation'; functionArn: string; payload: unknown }
  | { kind: 'stream-batch'; functionArn: string; batch: StreamBatch; records?: DynamoDBRecord[] };

const asyncInvocationRecord = z.looseObject({
  requestContext: z.looseObject({ functionArn: z.string() }),
  requestPayload: z.unknown(),
});
const streamBatchRecord = z.looseObject({
  requestContext: z.looseObject({ functionArn: z.string() }),
  DDBStreamBatchInfo: z.looseObject({
    shardId: z.string(),
    startSequenceNumber: z.string(),
    endSequenceNumber: z.string(),
    streamArn: z.string(),
  }),
  // The local stand-in also keeps the records themselves (its stream lives in memory).
  records: z.array(z.custom<DynamoDBRecord>((r) => typeof r === 'object' && r !== null)).optional(),
});

/** A function ARN without its version or alias: a replay runs the code deployed now (the fix). */
export const unqualified = (functionArn: string) => functionArn.split(':').slice(0, 7).join(':');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text; // a schedule's input may be any text
  }
}

/** What the message asks to run again, or why it cannot be read. */
export function redriveOf(message: DeadLetter): Redrive | { kind: 'unreadable'; reason: string } {
  const body = parseJson(message.body);
  const stream = streamBatchRecord.safeParse(body);
  if (stream.success) {
    const { requestContext, DDBStreamBatchInfo: batch, records } = stream.data;
    return { kind: 'stream-batch', functionArn: unqualified(requestContext.functionArn), batch, ...(records ? { records } : {}) };
  }
  const invocation = asyncInvocationRecord.safeParse(body);
  if (invocation.success && typeof body === 'object' && body !== null && 'requestPayload' in body) {
    return {
      kind: 'invocation',
      functionArn: unqualified(invocation.data.requestContext.functionArn),
      payload: invocation.data.requestPayload,
    };
  }
  const target = message.attributes.TARGET_ARN;
  if (target?.includes(':lambda:')) return { kind: 'invocation', functionArn: unqualified(target), payload: body };
  return { kind: 'unreadable', reason: 'neither a Lambda failure record nor an EventBridge dead letter with a TARGET_ARN' };
}

export interface ReplayPorts {
  queue: DeadLetterQueue;
  functions: FunctionInvoker;
  stream: StreamReader;
}

export interface ReplayOptions {
  /** Lists what would be replayed, invoking and deleting nothing. */
  dryRun?: boolean;
  /** At most this many messages. */
  max?: number;
  /** One line per message. */
  report?: (line: string) => void;
}

export interface ReplayOutcome {
  replayed: number;
  failed: number;
  /** Unreadable messages, and stream batches past the stream's retention: left in the queue. */
  skipped: number;
}

const failedRecords = (result: unknown) => (result as Partial<DynamoDBBatchResponse> | null)?.batchItemFailures?.length ?? 0;

async function run(redrive: Redrive, { functions, stream }: ReplayPorts): Promise<void> {
  if (redrive.kind === 'invocation') {
    await functions.invoke(redrive.functionArn, redrive.payload);
    return;
  }
  const records = redrive.records ?? (await stream.read(redrive.batch, redrive.functionArn));
  if (records.length === 0) return; // nothing in the range passes the consumer's filters
  // A stream consumer reports failed records instead of failing as a whole.
  const failures = failedRecords(await functions.invoke(redrive.functionArn, { Records: records }));
  if (failures > 0) throw new Error(`${failures} of ${records.length} records failed again`);
}

export class StreamRetentionExceeded extends Error {}

export async function replay(ports: ReplayPorts, { dryRun = false, max = Infinity, report = () => undefined }: ReplayOptions = {}) {
  const outcome: ReplayOutcome = { replayed: 0, failed: 0, skipped: 0 };
  const seen = new Set<string>();
  for (;;) {
    const fresh = (await ports.queue.receive()).filter((m) => !seen.has(m.id));
    if (fresh.length === 0) return outcome;
    for (const message of fresh) {
      if (seen.size >= max) return outcome;
      seen.add(message.id);
      const redrive = redriveOf(message);
      if (redrive.kind === 'unreadable') {
        outcome.skipped++;
        report(`skipped ${message.id}: ${redrive.reason}`);
        continue;
      }
      const what = `${message.id} → ${redrive.functionArn}${redrive.kind === 'stream-batch' ? ` (stream batch from ${redrive.batch.startSequenceNumber})` : ''}`;
      if (dryRun) {
        report(`would replay ${what}`);
        continue;
      }
      try {
        await run(redrive, ports);
        await ports.queue.delete(message);
        outcome.replayed++;
        report(`replayed ${what}`);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        if (err instanceof StreamRetentionExceeded) outcome.skipped++;
        else outcome.failed++;
        report(`${err instanceof StreamRetentionExceeded ? 'skipped' : 'failed'} ${what}: ${reason}`);
      }
    }
  }
}
