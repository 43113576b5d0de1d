/** The DynamoDB Streams samples of events/samples and what the stream tests share around them. */
import { readFileSync } from 'node:fs';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

export const sample = <T = DynamoDBRecord>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../events/samples/${name}.json`, import.meta.url), 'utf8')) as T;

export const samples = {
  caseInsert: sample('stream-case-insert'),
  rectificationInsert: sample('stream-rectification-insert'),
  complaintInsert: sample('stream-complaint-insert'),
  complaintModify: sample('stream-complaint-modify'),
  batch: sample<DynamoDBStreamEvent>('stream-batch'),
};

export type Item = Record<string, unknown>;

/** A record's image as a plain item (table keys included). */
export const newImage = (r: DynamoDBRecord): Item => unmarshall(r.dynamodb!.NewImage as Record<string, AttributeValue>);
export const oldImage = (r: DynamoDBRecord): Item | undefined =>
  r.dynamodb?.OldImage ? unmarshall(r.dynamodb.OldImage as Record<string, AttributeValue>) : undefined;

export const complaintIdOf = (r: DynamoDBRecord) => newImage(r).complaintId as string;

export const lambdaContext = (functionName: string) =>
  ({
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: 'test-request',
    logGroupName: `/test/${functionName}`,
    logStreamName: 'test',
    getRemainingTimeInMillis: () => 60_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  }) satisfies Context;
