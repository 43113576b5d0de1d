import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoItemSize, type LocalStore, startLocalStore } from '#local/store';

const TABLE = 'hall-test';

/** Clients in another process use the proxy's endpoint, clients in the store's process its in-process handler. */
type Transport = 'http' | 'in-process';

function documentClient(store: LocalStore, transport: Transport = 'http'): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    endpoint: store.endpoint,
    ...(transport === 'in-process' ? { requestHandler: store.requestHandler } : {}),
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return DynamoDBDocumentClient.from(client);
}

describe.each<Transport>(['http', 'in-process'])('startLocalStore (in memory, clients over %s)', (transport) => {
  let store: LocalStore;
  let db: DynamoDBDocumentClient;
  const records: DynamoDBRecord[] = [];

  beforeAll(async () => {
    store = await startLocalStore({ dataDir: ':memory:', tableName: TABLE, region: 'cn-north-1' });
    db = documentClient(store, transport);
    store.stream.subscribe({
      name: 'recorder',
      batchSize: 100,
      retryAttempts: 0,
      maxRecordAgeSeconds: 60,
      handler: (event) => {
        records.push(...event.Records);
        return Promise.resolve();
      },
      onFailure: () => undefined,
    });
  });
  afterAll(async () => {
    db.destroy();
    await store.close();
  });

  /** Records of one partition, once the stream has delivered everything written so far. */
  async function recordsOf(pk: string): Promise<DynamoDBRecord[]> {
    await store.stream.drain();
    return records.filter((r) => r.dynamodb?.Keys?.pk?.S === pk);
  }

  it('records insert, modify and remove with their images', async () => {
    const key = { pk: 'HALL#a', sk: 'PROFILE' };
    await db.send(new PutCommand({ TableName: TABLE, Item: { ...key, name: 'A', n: 1 } }));
    await db.send(
      new UpdateCommand({
        TableName: TABLE,
        Key: key,
        UpdateExpression: 'SET #n = :n',
        ExpressionAttributeNames: { '#n': 'name' },
        ExpressionAttributeValues: { ':n': 'B' },
      }),
    );
    await db.send(new DeleteCommand({ TableName: TABLE, Key: key }));

    const [insert, modify, remove] = await recordsOf('HALL#a');
    const keys = { pk: { S: 'HALL#a' }, sk: { S: 'PROFILE' } };
    expect(insert).toMatchObject({
      eventName: 'INSERT',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'cn-north-1',
      eventSourceARN: `arn:aws:dynamodb:cn-north-1:000000000000:table/${TABLE}/stream/local`,
      dynamodb: { Keys: keys, NewImage: { ...keys, name: { S: 'A' }, n: { N: '1' } }, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
    expect(insert!.dynamodb).not.toHaveProperty('OldImage');
    expect(modify).toMatchObject({
      eventName: 'MODIFY',
      dynamodb: { OldImage: { name: { S: 'A' } }, NewImage: { ...keys, name: { S: 'B' }, n: { N: '1' } } },
    });
    expect(remove).toMatchObject({ eventName: 'REMOVE', dynamodb: { Keys: keys, OldImage: { name: { S: 'B' } } } });
    expect(remove!.dynamodb).not.toHaveProperty('NewImage');

    const all = [insert!, modify!, remove!];
    expect(new Set(all.map((r) => r.eventID)).size).toBe(3);
    const sequence = all.map((r) => r.dynamodb!.SequenceNumber!);
    expect([...sequence].sort()).toEqual(sequence);
    for (const r of all) {
      expect(r.dynamodb!.SizeBytes).toBeGreaterThan(0);
      expect(Math.abs(r.dynamodb!.ApproximateCreationDateTime! - Date.now() / 1000)).toBeLessThan(5);
    }
  });

  it('records nothing for a failed conditional write, an invalid key or a write that changes nothing', async () => {
    const item = { pk: 'HALL#b', sk: 'PROFILE', name: 'B' };
    await db.send(new PutCommand({ TableName: TABLE, Item: item }));
    await expect(
      db.send(new PutCommand({ TableName: TABLE, Item: { ...item, name: 'X' }, ConditionExpression: 'attribute_not_exists(pk)' })),
    ).rejects.toBeInstanceOf(ConditionalCheckFailedException);
    await db.send(new PutCommand({ TableName: TABLE, Item: item }));
    await db.send(new DeleteCommand({ TableName: TABLE, Key: { pk: 'HALL#b', sk: 'MISSING' } }));

    await expect(db.send(new PutCommand({ TableName: TABLE, Item: { pk: 'HALL#b', sk: 7 } }))).rejects.toThrow(/mismatch/);

    expect((await recordsOf('HALL#b')).map((r) => r.eventName)).toEqual(['INSERT']);
  });

  it('refuses an item over 400 KB in UTF-8 bytes, as DynamoDB does, though dynalite counts UTF-16 units', async () => {
    // 140,000 Chinese characters: 140,000 units for dynalite, 420,000 bytes for DynamoDB.
    const big = '办'.repeat(140_000);
    const key = { pk: 'CASE#big', sk: 'CASE' };
    await expect(db.send(new PutCommand({ TableName: TABLE, Item: { ...key, text: big } }))).rejects.toThrow(/Item size has exceeded/);
    expect((await db.send(new GetCommand({ TableName: TABLE, Key: key }))).Item).toBeUndefined();

    await db.send(new PutCommand({ TableName: TABLE, Item: { ...key, text: big.slice(0, 100_000) } })); // 300,000 bytes: fine
    await expect(
      db.send(
        new UpdateCommand({
          TableName: TABLE,
          Key: key,
          UpdateExpression: 'SET more = :more',
          ExpressionAttributeValues: { ':more': big.slice(0, 40_000) },
        }),
      ),
    ).rejects.toThrow(/Item size has exceeded/);
    const kept = (await db.send(new GetCommand({ TableName: TABLE, Key: key }))).Item;
    expect(kept).toEqual({ ...key, text: big.slice(0, 100_000) }); // the refused update left nothing behind
    expect((await recordsOf('CASE#big')).map((r) => r.eventName)).toEqual(['INSERT']);
  });

  it('measures items as DynamoDB does', () => {
    expect(dynamoItemSize({ pk: { S: 'ab' }, n: { N: '12345' }, ok: { BOOL: true } })).toBe(2 + 2 + 1 + 4 + 2 + 1);
    expect(dynamoItemSize({ m: { M: { k: { S: '张' } } } })).toBe(1 + 3 + 1 + 1 + 3);
    expect(dynamoItemSize({ l: { L: [{ S: 'a' }, { NULL: true }] } })).toBe(1 + 3 + (1 + 1) + (1 + 1));
  });

  it('keeps per-item order exact under concurrent updates', async () => {
    const key = { pk: 'HALL#c', sk: 'COUNTER' };
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.send(
          new UpdateCommand({ TableName: TABLE, Key: key, UpdateExpression: 'ADD hits :one', ExpressionAttributeValues: { ':one': 1 } }),
        ),
      ),
    );

    const counted = await recordsOf('HALL#c');
    expect(counted.map((r) => r.eventName)).toEqual(['INSERT', ...Array<string>(19).fill('MODIFY')]);
    expect(counted.map((r) => Number(r.dynamodb!.NewImage!.hits!.N))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(counted.slice(1).map((r) => Number(r.dynamodb!.OldImage!.hits!.N))).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it('records each put and delete of a BatchWriteItem', async () => {
    await db.send(new PutCommand({ TableName: TABLE, Item: { pk: 'HALL#d', sk: 'OLD' } }));
    await db.send(
      new BatchWriteCommand({
        RequestItems: {
          [TABLE]: [
            { PutRequest: { Item: { pk: 'HALL#d', sk: 'NEW#1' } } },
            { PutRequest: { Item: { pk: 'HALL#d', sk: 'NEW#2' } } },
            { DeleteRequest: { Key: { pk: 'HALL#d', sk: 'OLD' } } },
            { DeleteRequest: { Key: { pk: 'HALL#d', sk: 'NEVER' } } },
          ],
        },
      }),
    );

    const batch = (await recordsOf('HALL#d')).slice(1);
    expect(batch.map((r) => [r.eventName, r.dynamodb!.Keys!.sk!.S])).toEqual([
      ['INSERT', 'NEW#1'],
      ['INSERT', 'NEW#2'],
      ['REMOVE', 'OLD'],
    ]);
  });

  it("loads a bench's items in bulk, more than a batch of them, without stream records", async () => {
    const items = Array.from({ length: 60 }, (_, i) => ({ pk: 'HALL#e', sk: `ITEM#${i}`, nested: { list: [i], absent: undefined } }));
    await store.load(items);

    const loaded = await db.send(new GetCommand({ TableName: TABLE, Key: { pk: 'HALL#e', sk: 'ITEM#59' } }));
    expect(loaded.Item).toEqual({ pk: 'HALL#e', sk: 'ITEM#59', nested: { list: [59] } });
    expect(await recordsOf('HALL#e')).toEqual([]);
  });
});

describe('startLocalStore (persisted)', () => {
  it('keeps the table and its items across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'hall-store-'));
    try {
      const first = await startLocalStore({ dataDir, tableName: TABLE });
      const firstDb = documentClient(first);
      await firstDb.send(new PutCommand({ TableName: TABLE, Item: { pk: 'HALL#e', sk: 'PROFILE', name: 'E' } }));
      firstDb.destroy();
      await first.close();

      const second = await startLocalStore({ dataDir, tableName: TABLE });
      const secondDb = documentClient(second);
      const { Item } = await secondDb.send(new GetCommand({ TableName: TABLE, Key: { pk: 'HALL#e', sk: 'PROFILE' } }));
      expect(Item).toEqual({ pk: 'HALL#e', sk: 'PROFILE', name: 'E' });
      secondDb.destroy();
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
