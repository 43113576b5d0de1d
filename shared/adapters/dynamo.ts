/** DynamoDB plumbing shared by the repositories: the client, paging and error recognition. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { invalid } from '#domain/errors';
import { INDEXES, TABLE_KEYS, withoutKeys, type Entity, type IndexName, type Key } from './table';

/** The table a repository reads and writes. */
export interface Table {
  db: DynamoDBDocumentClient;
  tableName: string;
}

export function createDocumentClient(): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true },
  });
}

const errorName = (err: unknown) => (err instanceof Error ? err.name : undefined);

export const isConditionalCheckFailure = (err: unknown) => errorName(err) === 'ConditionalCheckFailedException';

const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
]);
export const isThrottling = (err: unknown) => THROTTLING.has(errorName(err) ?? '');

/** DynamoDB refused an item over its 400 KB limit. */
export const isItemTooLarge = (err: unknown) =>
  errorName(err) === 'ValidationException' && err instanceof Error && /item size has exceeded/i.test(err.message);

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface PageQuery {
  index?: IndexName;
  partition: string;
  skPrefix?: string;
  /** Sort keys from the first to the second value, both included. */
  skBetween?: readonly [string, string];
  limit: number;
  cursor?: string;
  newestFirst?: boolean;
  /** Filters applied after the key condition: equal to the value, or one of the values (a page may then hold fewer items). */
  where?: Record<string, string | readonly string[]>;
  /** A strongly consistent read (the table's own keys only: an index is eventually consistent). */
  consistent?: boolean;
}

const keyNames = (index?: IndexName) => (index ? INDEXES[index] : TABLE_KEYS);

/**
 * The cursor is the opaque base64url form of DynamoDB's LastEvaluatedKey. On the way back in
 * it must belong to the same partition, so a cursor can never move a query into another hall.
 */
export function encodeCursor(lastKey: Record<string, unknown> | undefined): string | undefined {
  return lastKey ? Buffer.from(JSON.stringify(lastKey)).toString('base64url') : undefined;
}

const invalidCursor = () =>
  invalid('The cursor is not valid for this list', [{ field: 'cursor', message: 'invalid cursor' }], 'INVALID_CURSOR');

export function decodeCursor(cursor: string, index: IndexName | undefined, partition: string): Record<string, string> {
  const bad = invalidCursor;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw bad();
  // Exactly the key attributes DynamoDB expects back: the table's keys plus the index's.
  const expected = new Set<string>([
    TABLE_KEYS.partitionKey,
    TABLE_KEYS.sortKey,
    ...(index ? [INDEXES[index].partitionKey, INDEXES[index].sortKey] : []),
  ]);
  const entries = Object.entries(parsed);
  if (entries.length !== expected.size || entries.some(([k, v]) => !expected.has(k) || typeof v !== 'string' || v.length > 1024))
    throw bad();
  const key = Object.fromEntries(entries) as Record<string, string>;
  if (key[keyNames(index).partitionKey] !== partition) throw bad();
  return key;
}

/**
 * DynamoDB is the judge of a start key (an empty value, or a sort key outside the key
 * condition, passes every check we can make): its refusal of a client's cursor is a 400.
 */
async function sendQuery(db: DynamoDBDocumentClient, withCursor: boolean, command: QueryCommand) {
  try {
    return await db.send(command);
  } catch (err) {
    if (withCursor && errorName(err) === 'ValidationException') {
      throw invalidCursor();
    }
    throw err;
  }
}

async function queryPage<T>({ db, tableName }: Table, q: PageQuery): Promise<Page<T>> {
  const { partitionKey, sortKey } = keyNames(q.index);
  const where = Object.entries(q.where ?? {}).map(([k, v]) => [k, typeof v === 'string' ? [v] : v] as const);
  const names: Record<string, string> = { '#pk': partitionKey, ...Object.fromEntries(where.map(([k], i) => [`#w${i}`, k])) };
  const values: Record<string, unknown> = {
    ':pk': q.partition,
    ...Object.fromEntries(where.flatMap(([, v], i) => v.map((one, j) => [`:w${i}_${j}`, one]))),
  };
  const filter = where.map(([, v], i) => `#w${i} IN (${v.map((_, j) => `:w${i}_${j}`).join(', ')})`).join(' AND ');
  let condition = '#pk = :pk';
  if (q.skPrefix) {
    names['#sk'] = sortKey;
    values[':sk'] = q.skPrefix;
    condition += ' AND begins_with(#sk, :sk)';
  } else if (q.skBetween) {
    names['#sk'] = sortKey;
    [values[':from'], values[':to']] = q.skBetween;
    condition += ' AND #sk BETWEEN :from AND :to';
  }
  const out = await sendQuery(
    db,
    q.cursor !== undefined,
    new QueryCommand({
      TableName: tableName,
      IndexName: q.index,
      KeyConditionExpression: condition,
      FilterExpression: filter || undefined,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      Limit: q.limit,
      ScanIndexForward: !q.newestFirst,
      ...(q.consistent ? { ConsistentRead: true } : {}),
      ExclusiveStartKey: q.cursor ? decodeCursor(q.cursor, q.index, q.partition) : undefined,
    }),
  );
  const nextCursor = encodeCursor(out.LastEvaluatedKey);
  return { items: (out.Items ?? []) as T[], ...(nextCursor ? { nextCursor } : {}) };
}

/**
 * One conditional put: a new record (`expectedVersion` undefined: it must not exist yet) or
 * the next version of one (optimistic concurrency). A failed condition becomes `onConflict()`.
 */
export async function putVersioned(
  d: Table,
  item: Record<string, unknown>,
  expectedVersion: number | undefined,
  onConflict: () => Error,
): Promise<void> {
  try {
    await d.db.send(
      new PutCommand({
        TableName: d.tableName,
        Item: item,
        ...(expectedVersion === undefined
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : { ConditionExpression: 'version = :read', ExpressionAttributeValues: { ':read': expectedVersion } }),
      }),
    );
  } catch (err) {
    throw isConditionalCheckFailure(err) ? onConflict() : err;
  }
}

/** Items by key, 100 keys a call, unprocessed keys asked for again (in no particular order). */
async function batchGet(d: Table, keyList: Record<string, unknown>[], consistent = false): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  for (let i = 0; i < keyList.length; i += 100) {
    let pending: Record<string, unknown>[] = keyList.slice(i, i + 100);
    for (let attempt = 0; pending.length; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(50 * 2 ** attempt, 1000)));
      const out = await d.db.send(new BatchGetCommand({ RequestItems: { [d.tableName]: { Keys: pending, ConsistentRead: consistent } } }));
      found.push(...(out.Responses?.[d.tableName] ?? []));
      pending = out.UnprocessedKeys?.[d.tableName]?.Keys ?? [];
    }
  }
  return found;
}

/** Puts the item unless one with its key exists; true when this call created it. */
export async function createIfNew(d: Table, key: Key, item: Record<string, unknown>): Promise<boolean> {
  try {
    await d.db.send(new PutCommand({ TableName: d.tableName, Item: { ...key, ...item }, ConditionExpression: 'attribute_not_exists(pk)' }));
    return true;
  } catch (err) {
    if (isConditionalCheckFailure(err)) return false;
    throw err;
  }
}

/** Writes (replaces) one record under its key, with its entity and index attributes. */
export async function putRecord<T extends object>(d: Table, entity: Entity, key: Key, value: T, indexAttributes: object = {}): Promise<T> {
  await d.db.send(new PutCommand({ TableName: d.tableName, Item: { ...key, ...indexAttributes, entity, ...value } }));
  return value;
}

/** Deletes one record by key; true when it existed. */
export async function deleteIfExists(d: Table, key: Key): Promise<boolean> {
  try {
    await d.db.send(new DeleteCommand({ TableName: d.tableName, Key: key, ConditionExpression: 'attribute_exists(pk)' }));
    return true;
  } catch (err) {
    if (isConditionalCheckFailure(err)) return false;
    throw err;
  }
}

/** One record by key (without key attributes); `consistent` for read-modify-write. */
export async function record<T>(d: Table, key: Key, consistent = false): Promise<T | undefined> {
  const out = await d.db.send(new GetCommand({ TableName: d.tableName, Key: key, ConsistentRead: consistent }));
  return out.Item ? withoutKeys<T>(out.Item) : undefined;
}

/** Every record of a query, all pages, as the domain sees them (without key attributes). */
export async function records<T>(d: Table, q: Omit<PageQuery, 'limit' | 'cursor'>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page: Page<T> = await recordPage<T>(d, { ...q, limit: 500, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/**
 * One page of a query's records (without key attributes), full unless the list ends. DynamoDB
 * applies `where` filters after the limit (and stops at 1 MB), so a single query can bring back
 * a short or even empty page with a cursor: this reads on until the page is full or the list
 * ends, and the cursor then points just after the last record returned.
 */
export async function recordPage<T>(d: Table, q: PageQuery): Promise<Page<T>> {
  const items: Record<string, unknown>[] = [];
  let cursor = q.cursor;
  do {
    const page = await queryPage<Record<string, unknown>>(d, { ...q, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (items.length < q.limit && cursor);
  if (items.length > q.limit) {
    items.length = q.limit;
    cursor = encodeCursor(keyOf(items[q.limit - 1] ?? {}, q.index));
  }
  return { items: items.map((i) => withoutKeys<T>(i)), ...(cursor ? { nextCursor: cursor } : {}) };
}

/**
 * One page of several lists read one after the other (a work list made of two partitions): full
 * unless the last list ends. The cursor names the list it stopped in and that list's cursor.
 */
export async function recordPageAcross<T>(
  d: Table,
  lists: readonly Omit<PageQuery, 'limit' | 'cursor'>[],
  page: Pick<PageQuery, 'limit' | 'cursor'>,
): Promise<Page<T>> {
  let { list, cursor } = decodeListCursor(page.cursor, lists.length);
  const items: T[] = [];
  while (list < lists.length && items.length < page.limit) {
    const q = lists[list];
    if (!q) break;
    const found = await recordPage<T>(d, { ...q, limit: page.limit - items.length, ...(cursor ? { cursor } : {}) });
    items.push(...found.items);
    cursor = found.nextCursor;
    if (!cursor) list++;
  }
  // A full page that ended a list: the next page starts with the next list holding anything (never an empty page with a cursor).
  while (!cursor && list < lists.length && (await recordPage(d, { ...lists[list]!, limit: 1 })).items.length === 0) list++;
  const more = cursor !== undefined || list < lists.length;
  return {
    items,
    ...(more ? { nextCursor: Buffer.from(JSON.stringify({ list, ...(cursor ? { cursor } : {}) })).toString('base64url') } : {}),
  };
}

function decodeListCursor(cursor: string | undefined, lists: number): { list: number; cursor?: string } {
  if (cursor === undefined) return { list: 0 };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const { list, cursor: inner } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { list?: unknown; cursor?: unknown };
  if (
    typeof list !== 'number' ||
    !Number.isInteger(list) ||
    list < 0 ||
    list >= lists ||
    (inner !== undefined && typeof inner !== 'string')
  ) {
    throw invalidCursor();
  }
  return { list, ...(inner !== undefined ? { cursor: inner } : {}) };
}

/** The key attributes DynamoDB would hand back as LastEvaluatedKey for this item in this index. */
function keyOf(item: Record<string, unknown>, index: IndexName | undefined): Record<string, unknown> {
  const names = [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey, ...(index ? [INDEXES[index].partitionKey, INDEXES[index].sortKey] : [])];
  return Object.fromEntries(names.map((n) => [n, item[n]]));
}

/** Records by key (without key attributes), in no particular order. */
export async function recordsByKey<T>(d: Table, keyList: Key[]): Promise<T[]> {
  return (
    await batchGet(
      d,
      keyList.map((k) => ({ ...k })),
    )
  ).map((i) => withoutKeys<T>(i));
}

/**
 * A few records of different kinds read in one round trip, each answered under the name it
 * was asked for (undefined when absent). Keys may repeat.
 */
export async function recordsNamed<N extends string>(
  d: Table,
  named: Partial<Record<N, Key>>,
  consistent: boolean,
): Promise<Partial<Record<N, unknown>>> {
  const asked = (Object.entries(named) as Array<[N, Key | undefined]>).filter((e): e is [N, Key] => e[1] !== undefined);
  const unique = [...new Map(asked.map(([, k]) => [`${k.pk}\u0000${k.sk}`, { ...k }])).values()];
  const found = new Map((await batchGet(d, unique, consistent)).map((i) => [`${String(i.pk)}\u0000${String(i.sk)}`, i]));
  return Object.fromEntries(
    asked.flatMap(([name, k]) => {
      const item = found.get(`${k.pk}\u0000${k.sk}`);
      return item ? [[name, withoutKeys(item)]] : [];
    }),
  ) as Partial<Record<N, unknown>>;
}
