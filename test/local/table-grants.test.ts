/**
 * The local runtime refuses a function's table call exactly when its role would in AWS (the
 * catalog entry behind both): reads for all, writes for RW, deletes with `deletes`, writes
 * only on the partitions `writesOnly` names (IAM's StringLike patterns), nothing else.
 */
import { BatchWriteCommand, DeleteCommand, GetCommand, PutCommand, QueryCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it, vi } from 'vitest';
import type { Deps } from '#adapters/deps';
import type { FunctionName } from '#topology/catalog';
import { withTableGrants } from '#local/table-grants';

const TableName = 'hall';
const key = (pk: string) => ({ pk, sk: 'X' });
const calls = {
  get: (pk: string) => new GetCommand({ TableName, Key: key(pk) }),
  query: (pk: string) => new QueryCommand({ TableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk } }),
  put: (pk: string) => new PutCommand({ TableName, Item: key(pk) }),
  'put (marshalled)': (pk: string) => new PutItemCommand({ TableName, Item: { pk: { S: pk }, sk: { S: 'X' } } }),
  update: (pk: string) =>
    new UpdateCommand({ TableName, Key: key(pk), UpdateExpression: 'SET a = :a', ExpressionAttributeValues: { ':a': 1 } }),
  delete: (pk: string) => new DeleteCommand({ TableName, Key: key(pk) }),
  scan: () => new ScanCommand({ TableName }),
  'batch write': (pk: string) => new BatchWriteCommand({ RequestItems: { [TableName]: [{ PutRequest: { Item: key(pk) } }] } }),
};

describe('a function calls the table as its role allows', () => {
  it.each<[FunctionName, keyof typeof calls, string, boolean]>([
    // RO: reads and queries only.
    ['reminders', 'get', 'HALL#h1', true],
    ['reminders', 'query', 'CASE#c1', true],
    ['reminders', 'put', 'CASE#c1', false],
    // RW without writesOnly: writes anywhere, deletes only with `deletes`.
    ['cases', 'put', 'CASE#c1', true],
    ['cases', 'update', 'HALL#h1#AUDIT', true],
    ['cases', 'delete', 'CASE#c1', false],
    ['setup', 'delete', 'HALL#h1', true],
    // writesOnly: its partitions, patterns included; reads anywhere.
    ['queue', 'put', 'QUEUE#h1#2025-09-26', true],
    ['queue', 'put (marshalled)', 'QUEUE#h1#2025-09-26', true],
    ['queue', 'put', 'HALL#h1#AUDIT', true],
    ['queue', 'put', 'HALL#h1', false],
    ['queue', 'put (marshalled)', 'HALL#h1', false],
    ['queue', 'update', 'HALL#h1#ITEMS', false],
    ['queue', 'get', 'HALL#h1', true],
    ['outbox', 'update', 'HALL#h1#ASSESS#2025-09', true],
    ['outbox', 'update', 'HALL#h1', false],
    ['public-read', 'update', 'RATE#x', true],
    ['public-read', 'update', 'CASE#c1', false],
    // Never: scans and batch writes (no role has them).
    ['cases', 'scan', '', false],
    ['setup', 'batch write', 'HALL#h1', false],
  ])('%s: %s on %s → allowed %s', async (fn, call, pk, allowed) => {
    const send = vi.fn().mockResolvedValue({});
    const { db } = withTableGrants({ db: { send } } as unknown as Deps, fn);
    const sent = db.send(calls[call](pk) as never);
    if (allowed) {
      await expect(sent).resolves.toEqual({});
      expect(send).toHaveBeenCalledOnce();
    } else {
      await expect(sent).rejects.toMatchObject({ name: 'AccessDeniedException' });
      expect(send).not.toHaveBeenCalled();
    }
  });
});
