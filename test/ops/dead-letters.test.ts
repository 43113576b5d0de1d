/**
 * The replay's reading of each kind of dead letter AWS writes, its loop (delete on success
 * only, dry run, limits), and its AWS ports against mocked clients in the China partition:
 * the queue, the invocations, and a stream batch re-read with its mapping's filters applied.
 */
import {
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import { InvokeCommand, LambdaClient, ListEventSourceMappingsCommand, type InvokeCommandOutput } from '@aws-sdk/client-lambda';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { outboxSource } from '#topology/triggers';
import { awsReplayPorts, regionOfQueueUrl } from '#ops/aws';
import { redriveOf, replay, StreamRetentionExceeded, type DeadLetter, type ReplayPorts } from '#ops/dead-letters';

const FUNCTION = 'arn:aws-cn:lambda:cn-north-1:123456789012:function:Hall-prod-cn-north-1-monthendscoring-AbC123';
const OUTBOX = 'arn:aws-cn:lambda:cn-north-1:123456789012:function:Hall-prod-cn-north-1-outbox-XyZ789';
const STREAM = 'arn:aws-cn:dynamodb:cn-north-1:123456789012:table/Hall-prod-Table/stream/2025-09-01T00:00:00.000';
const scoringEvent = { 'detail-type': 'HallScoringRequested', source: 'hall', detail: { version: '1', hallId: 'h1', month: '2025-09' } };

const letter = (id: string, body: unknown, attributes: Record<string, string> = {}): DeadLetter => ({
  id,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  attributes,
});

/** Lambda's on-failure destination record of an asynchronous invocation. */
const asyncFailure = (id: string, payload: unknown = scoringEvent) =>
  letter(id, {
    version: '1.0',
    timestamp: '2025-10-01T16:31:02.000Z',
    requestContext: { requestId: 'r-1', functionArn: `${FUNCTION}:$LATEST`, condition: 'RetriesExhausted', approximateInvokeCount: 3 },
    requestPayload: payload,
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    responsePayload: { errorType: 'Error', errorMessage: 'boom' },
  });

/** The event source mapping's on-failure record: a pointer into the stream. */
const streamFailure = (id: string) =>
  letter(id, {
    requestContext: { requestId: 'r-2', functionArn: OUTBOX, condition: 'RetryAttemptsExhausted', approximateInvokeCount: 6 },
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    version: '1.0',
    timestamp: '2025-10-01T08:00:00.000Z',
    DDBStreamBatchInfo: {
      shardId: 'shardId-0001',
      startSequenceNumber: '100',
      endSequenceNumber: '300',
      approximateArrivalOfFirstRecord: '2025-10-01T07:59:00Z',
      approximateArrivalOfLastRecord: '2025-10-01T07:59:01Z',
      batchSize: 2,
      streamArn: STREAM,
    },
  });

describe('reading a dead letter', () => {
  it('reads a failed asynchronous invocation: the function (unqualified) and the original request', () => {
    expect(redriveOf(asyncFailure('m1'))).toEqual({ kind: 'invocation', functionArn: FUNCTION, payload: scoringEvent });
  });

  it.each([
    ['a bus rule’s event', scoringEvent],
    ['a schedule’s input', { schedule: 'month-end-scoring-monthly', scheduledAt: '2025-10-01T00:30:00+08:00' }],
  ])('reads %s EventBridge could not deliver: the body, to the TARGET_ARN', (_, payload) => {
    const undelivered = letter('m2', payload, { ERROR_CODE: 'Lambda.TooManyRequestsException', TARGET_ARN: FUNCTION });
    expect(redriveOf(undelivered)).toEqual({ kind: 'invocation', functionArn: FUNCTION, payload });
  });

  it('reads a stream batch pointer: the consumer and the sequence range', () => {
    expect(redriveOf(streamFailure('m3'))).toMatchObject({
      kind: 'stream-batch',
      functionArn: OUTBOX,
      batch: { shardId: 'shardId-0001', startSequenceNumber: '100', endSequenceNumber: '300', streamArn: STREAM },
    });
  });

  it.each([['not json at all'], [{ message: 'hello' }]])('cannot read %j without a target', (body) => {
    expect(redriveOf(letter('m4', body))).toMatchObject({ kind: 'unreadable' });
  });
});

/** A queue in memory, an invoker that fails for the functions named. */
function fakes(messages: DeadLetter[], failing: string[] = [], batchFailures = 0) {
  const held = [...messages];
  const invoked: [string, unknown][] = [];
  const ports: ReplayPorts = {
    queue: {
      receive: () => Promise.resolve(held.slice(0, 2)), // a batch at a time, as SQS hands them out
      delete: (m) => {
        held.splice(held.indexOf(m), 1);
        return Promise.resolve();
      },
    },
    functions: {
      invoke: (arn, payload) => {
        invoked.push([arn, payload]);
        if (failing.includes(arn)) return Promise.reject(new Error('still broken'));
        return Promise.resolve({ batchItemFailures: Array.from({ length: batchFailures }, (_, i) => ({ itemIdentifier: String(i) })) });
      },
    },
    stream: { read: () => Promise.resolve([{ eventID: 'e1' }, { eventID: 'e2' }]) },
  };
  return { ports, held, invoked };
}

describe('the replay', () => {
  it('invokes each message’s function with its payload and deletes it; a failure stays in the queue', async () => {
    const other = `${FUNCTION}-other`;
    const { ports, held, invoked } = fakes(
      [asyncFailure('m1'), letter('m2', { a: 1 }, { TARGET_ARN: other }), asyncFailure('m3')],
      [other],
    );
    const lines: string[] = [];
    expect(await replay(ports, { report: (line) => lines.push(line) })).toEqual({ replayed: 2, failed: 1, skipped: 0 });
    expect(invoked).toEqual([
      [FUNCTION, scoringEvent],
      [other, { a: 1 }],
      [FUNCTION, scoringEvent],
    ]);
    expect(held.map((m) => m.id)).toEqual(['m2']);
    expect(lines[1]).toMatch(/^failed m2 .*: still broken$/);
  });

  it('re-reads a stream batch and fails it again if the consumer reports failed records', async () => {
    const { ports, held, invoked } = fakes([streamFailure('m1')], [], 1);
    expect(await replay(ports)).toEqual({ replayed: 0, failed: 1, skipped: 0 });
    expect(invoked).toEqual([[OUTBOX, { Records: [{ eventID: 'e1' }, { eventID: 'e2' }] }]]);
    expect(held).toHaveLength(1);
  });

  it('skips, and keeps, a batch past the stream’s retention and a message it cannot read', async () => {
    const { ports, held } = fakes([streamFailure('m1'), letter('m2', 'junk')]);
    ports.stream.read = () => Promise.reject(new StreamRetentionExceeded('past 24 hours'));
    expect(await replay(ports)).toEqual({ replayed: 0, failed: 0, skipped: 2 });
    expect(held).toHaveLength(2);
  });

  it('only lists what it would do on a dry run, and stops at --max', async () => {
    const dry = fakes([asyncFailure('m1'), asyncFailure('m2')]);
    expect(await replay(dry.ports, { dryRun: true })).toEqual({ replayed: 0, failed: 0, skipped: 0 });
    expect([dry.invoked, dry.held.length]).toEqual([[], 2]);

    const limited = fakes([asyncFailure('m1'), asyncFailure('m2'), asyncFailure('m3')]);
    expect(await replay(limited.ports, { max: 1 })).toMatchObject({ replayed: 1 });
    expect(limited.held.map((m) => m.id)).toEqual(['m2', 'm3']);
  });
});

describe('the AWS ports (China partition)', () => {
  const QUEUE = 'https://sqs.cn-north-1.amazonaws.com.cn/123456789012/Hall-prod-cn-north-1-JobsDeadLetters-1A2B';
  const sqs = mockClient(SQSClient);
  const lambda = mockClient(LambdaClient);
  const streams = mockClient(DynamoDBStreamsClient);
  afterEach(() => {
    sqs.reset();
    lambda.reset();
    streams.reset();
  });

  it.each([
    [QUEUE, 'cn-north-1'],
    ['https://sqs.ap-southeast-1.amazonaws.com/123456789012/q', 'ap-southeast-1'],
    ['https://cn-northwest-1.queue.amazonaws.com.cn/123456789012/q', 'cn-northwest-1'],
  ])('finds the region of %s', (url, region) => {
    expect(regionOfQueueUrl(url)).toBe(region);
  });

  /** A function's reply as the Lambda client hands it back. */
  const reply = (text: string): InvokeCommandOutput['Payload'] => Object.assign(Buffer.from(text), { transformToString: () => text });

  it('receives with the message attributes, invokes synchronously, deletes with the receipt handle, keeps a failed one', async () => {
    const failed = asyncFailure('m2', { hallId: 'h2' });
    sqs
      .on(ReceiveMessageCommand)
      .resolvesOnce({
        Messages: [asyncFailure('m1'), failed].map((m) => ({ MessageId: m.id, Body: m.body, ReceiptHandle: `receipt-${m.id}` })),
      })
      .resolves({ Messages: [] });
    lambda
      .on(InvokeCommand)
      .resolves({ StatusCode: 200, Payload: reply('{"ok":true}') })
      .on(InvokeCommand, { Payload: Buffer.from(JSON.stringify({ hallId: 'h2' })) })
      .resolves({ StatusCode: 200, FunctionError: 'Unhandled', Payload: reply('{"errorMessage":"boom"}') });

    expect(await replay(awsReplayPorts(QUEUE))).toEqual({ replayed: 1, failed: 1, skipped: 0 });
    expect(sqs).toHaveReceivedCommandWith(ReceiveMessageCommand, { QueueUrl: QUEUE, MessageAttributeNames: ['All'] });
    expect(lambda).toHaveReceivedCommandWith(InvokeCommand, { FunctionName: FUNCTION, InvocationType: 'RequestResponse' });
    expect(sqs).toHaveReceivedCommandTimes(DeleteMessageCommand, 1);
    expect(sqs).toHaveReceivedCommandWith(DeleteMessageCommand, { QueueUrl: QUEUE, ReceiptHandle: 'receipt-m1' });
  });

  // A case change that left its event pending (what the outbox's filter passes); a staff record never does.
  const image = (entity: string, status: string) => ({
    entity: { S: entity },
    status: { S: status },
    ...(entity === 'case' ? { pendingPk: { S: 'HALL#h1#PENDING' } } : {}),
  });
  const streamRecord = (sequence: string, entity: string) => ({
    eventID: `e${sequence}`,
    eventName: 'MODIFY' as const,
    dynamodb: {
      SequenceNumber: sequence,
      ApproximateCreationDateTime: new Date('2025-10-01T07:59:00Z'),
      NewImage: image(entity, 'accepted'),
    },
  });

  it('re-reads a stream batch from its first sequence number to its last, through the mapping’s filters', async () => {
    streams.on(GetShardIteratorCommand).resolves({ ShardIterator: 'it-1' });
    streams.on(GetRecordsCommand).resolves({
      Records: [streamRecord('100', 'case'), streamRecord('200', 'staff'), streamRecord('300', 'case'), streamRecord('400', 'case')],
    });
    lambda.on(ListEventSourceMappingsCommand).resolves({
      EventSourceMappings: [{ FilterCriteria: { Filters: outboxSource.filters.map((f) => ({ Pattern: JSON.stringify(f) })) } }],
    });

    const records = await awsReplayPorts(QUEUE).stream.read(
      { shardId: 'shardId-0001', startSequenceNumber: '100', endSequenceNumber: '300', streamArn: STREAM },
      OUTBOX,
    );

    expect(streams).toHaveReceivedCommandWith(GetShardIteratorCommand, { ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: '100' });
    expect(lambda).toHaveReceivedCommandWith(ListEventSourceMappingsCommand, { FunctionName: OUTBOX, EventSourceArn: STREAM });
    // The staff record was never the outbox's; 400 is after the batch.
    expect(records.map((r) => r.eventID)).toEqual(['e100', 'e300']);
    expect(records[0]).toMatchObject({ eventSourceARN: STREAM, dynamodb: { ApproximateCreationDateTime: 1759305540 } });
  });

  it('reports a batch whose records the stream no longer holds as past its retention', async () => {
    streams.on(GetShardIteratorCommand).rejects(new TrimmedDataAccessException({ message: 'trimmed', $metadata: {} }));
    const read = awsReplayPorts(QUEUE).stream.read(
      { shardId: 'shardId-0001', startSequenceNumber: '100', endSequenceNumber: '300', streamArn: STREAM },
      OUTBOX,
    );
    await expect(read).rejects.toBeInstanceOf(StreamRetentionExceeded);
  });
});
