/**
 * The replay's ports in AWS (any partition: the region, and with it the partition's endpoints,
 * comes from the queue's URL). Credentials are the operator's own (AWS_PROFILE and the rest of
 * the default chain); docs/deploy.md lists the permissions.
 */
import { DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, type _Record } from '@aws-sdk/client-dynamodb-streams';
import { InvokeCommand, LambdaClient, ListEventSourceMappingsCommand } from '@aws-sdk/client-lambda';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBRecord } from 'aws-lambda';
import { compileFilterPatterns } from '#local/event-filter';
import {
  StreamRetentionExceeded,
  type DeadLetter,
  type DeadLetterQueue,
  type FunctionInvoker,
  type ReplayPorts,
  type StreamBatch,
  type StreamReader,
} from './dead-letters';

/** Long enough for the slowest function (the jobs: 300 s): a message being replayed is not received twice. */
const VISIBILITY_TIMEOUT_SECONDS = 900;

/** `https://sqs.cn-north-1.amazonaws.com.cn/123456789012/name` → `cn-north-1`. */
export function regionOfQueueUrl(url: string): string {
  const region = /^https:\/\/(?:sqs\.)?([a-z]{2}(?:-[a-z]+)+-\d+)\.(?:queue\.)?amazonaws\.com(?:\.cn)?\//.exec(url)?.[1];
  if (!region) throw new Error(`Not an SQS queue URL: ${url}`);
  return region;
}

function sqsQueue(client: SQSClient, url: string): DeadLetterQueue {
  // A message is deleted with the receipt handle of its latest receipt.
  const receipts = new Map<string, string>();
  return {
    async receive() {
      const { Messages = [] } = await client.send(
        new ReceiveMessageCommand({
          QueueUrl: url,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: 2,
          VisibilityTimeout: VISIBILITY_TIMEOUT_SECONDS,
          MessageAttributeNames: ['All'],
        }),
      );
      return Messages.map((m): DeadLetter => {
        const id = m.MessageId ?? '';
        receipts.set(id, m.ReceiptHandle ?? '');
        const attributes = Object.entries(m.MessageAttributes ?? {}).map(([k, v]): [string, string] => [k, v.StringValue ?? '']);
        return { id, body: m.Body ?? '', attributes: Object.fromEntries(attributes) };
      });
    },
    async delete(message) {
      await client.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: receipts.get(message.id) }));
      receipts.delete(message.id);
    },
  };
}

function lambdaInvoker(client: LambdaClient): FunctionInvoker {
  return {
    async invoke(functionArn, payload) {
      const reply = await client.send(
        new InvokeCommand({ FunctionName: functionArn, InvocationType: 'RequestResponse', Payload: Buffer.from(JSON.stringify(payload)) }),
      );
      const text = reply.Payload ? Buffer.from(reply.Payload).toString('utf8') : '';
      if (reply.FunctionError) throw new Error(`${reply.FunctionError}: ${text.slice(0, 500)}`);
      return text ? (JSON.parse(text) as unknown) : undefined;
    },
  };
}

/** A record as the Streams API returns it, in the shape Lambda delivers it. */
const asLambdaRecord = (record: _Record, streamArn: string): DynamoDBRecord =>
  ({
    ...record,
    eventSourceARN: streamArn,
    dynamodb: {
      ...record.dynamodb,
      ApproximateCreationDateTime: Math.floor((record.dynamodb?.ApproximateCreationDateTime?.getTime() ?? 0) / 1000),
    },
  }) as DynamoDBRecord;

function dynamoStreamReader(streams: DynamoDBStreamsClient, lambda: LambdaClient): StreamReader {
  /** The filters of the mapping that feeds this function from this stream: a re-read range holds records it never passed on. */
  async function filtersOf(functionArn: string, streamArn: string) {
    const { EventSourceMappings = [] } = await lambda.send(
      new ListEventSourceMappingsCommand({ FunctionName: functionArn, EventSourceArn: streamArn }),
    );
    const patterns = EventSourceMappings.flatMap((m) => m.FilterCriteria?.Filters ?? []).map(
      (f) => JSON.parse(f.Pattern ?? '{}') as object,
    );
    return patterns.length ? compileFilterPatterns(patterns) : () => true;
  }

  return {
    async read(batch: StreamBatch, functionArn: string) {
      const end = BigInt(batch.endSequenceNumber);
      let iterator: string | undefined;
      try {
        ({ ShardIterator: iterator } = await streams.send(
          new GetShardIteratorCommand({
            StreamArn: batch.streamArn,
            ShardId: batch.shardId,
            ShardIteratorType: 'AT_SEQUENCE_NUMBER',
            SequenceNumber: batch.startSequenceNumber,
          }),
        ));
      } catch (err) {
        const name = (err as Error).name;
        if (name === 'TrimmedDataAccessException' || name === 'ResourceNotFoundException') {
          throw new StreamRetentionExceeded('the records are past the stream’s 24 hours: reconcile from the table (docs/deploy.md)');
        }
        throw err;
      }
      const records: DynamoDBRecord[] = [];
      while (iterator) {
        const { Records = [], NextShardIterator } = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
        const inRange = Records.filter((r) => BigInt(r.dynamodb?.SequenceNumber ?? '0') <= end);
        records.push(...inRange.map((r) => asLambdaRecord(r, batch.streamArn)));
        if (Records.length === 0 || inRange.length < Records.length) break;
        iterator = NextShardIterator;
      }
      const passes = await filtersOf(functionArn, batch.streamArn);
      return records.filter((r) => passes(r));
    },
  };
}

export function awsReplayPorts(queueUrl: string): ReplayPorts {
  const region = regionOfQueueUrl(queueUrl);
  const lambda = new LambdaClient({ region });
  return {
    queue: sqsQueue(new SQSClient({ region }), queueUrl),
    functions: lambdaInvoker(lambda),
    stream: dynamoStreamReader(new DynamoDBStreamsClient({ region }), lambda),
  };
}
