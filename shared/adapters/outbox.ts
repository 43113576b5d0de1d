/**
 * The outbox, kept in the record itself. DynamoDB has no transaction here (the local store has
 * none either), so the event a change stands for is written with the change, in the same item:
 * `pendingEvents` holds it under the record's revision, and the sparse `byPending` index lists
 * the record by hall and since when. Publishing then marks it published by removing it.
 *
 * The stream outbox publishes what each change added (functions/streams/outbox.ts); the
 * reconciliation sweep publishes whatever is still pending after a bound, had the stream
 * record been lost (a crash of the local runtime, or a record the stream gave up on after its
 * retention in AWS). So every committed change's event is published at least once; consumers
 * dedupe on the subject id and `revision`.
 */
import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { HallEvent } from '#events/contracts';
import { toOffsetIso } from '#domain/time';
import type { StoreDeps as Deps } from './deps';
import { isConditionalCheckFailure } from './dynamo';
import { INDEXES, indexKeys, PENDING_EVENTS_ATTRIBUTE, pendingEventsBefore, type Key } from './table';

/** Events not yet published, by the revision of the change each stands for. */
export type PendingEvents = Record<string, HallEvent>;

/** A record as stored, with what the outbox keeps on it. */
export type StoredItem = Key & Record<string, unknown> & { hallId: string; version: number; [PENDING_EVENTS_ATTRIBUTE]?: PendingEvents };

export const pendingOf = (item: Record<string, unknown> | undefined): PendingEvents =>
  (item?.[PENDING_EVENTS_ATTRIBUTE] as PendingEvents | undefined) ?? {};

/** The pending events in the order their changes were made. */
export const inRevisionOrder = (pending: PendingEvents): [string, HallEvent][] =>
  Object.entries(pending).sort(([a], [b]) => Number(a) - Number(b));

/**
 * The event a change added to a record's outbox: the one under the record's new revision. Events
 * an earlier change left (and a put brought back) are not this change's: their own stream
 * records publish them, or the sweep does.
 */
export function addedEvents(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): [string, HallEvent][] {
  if (before?.version === after?.version) return [];
  const revision = String(after?.version);
  const event = pendingOf(after)[revision];
  return event ? [[revision, event]] : [];
}

const keyOf = (item: Key): Key => ({ pk: item.pk, sk: item.sk });

/** The condition a put with its event is made on (DynamoDB's expression, names and values). */
export interface PutCondition {
  ConditionExpression: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

/** Creating the record: there must be none under its key. */
export const CREATE: PutCondition = { ConditionExpression: 'attribute_not_exists(pk)' };

/**
 * Writes a versioned record (creates it when `expectedVersion` is undefined) with the event of
 * its change pending on it.
 */
export function putWithEvent(
  d: Deps,
  item: StoredItem,
  expectedVersion: number | undefined,
  event: HallEvent | undefined,
  onConflict: () => Error,
): Promise<void> {
  const condition =
    expectedVersion === undefined
      ? CREATE
      : { ConditionExpression: 'version = :read', ExpressionAttributeValues: { ':read': expectedVersion } };
  return putWithEventIf(d, item, condition, event, onConflict);
}

/**
 * Writes a record with the event of its change pending on it, if `condition` holds (the item's
 * `version` must move with every change: the outbox tells changes apart by it). A put replaces
 * the item, so events an earlier change left pending (its stream record still on its way, or
 * lost) are put back right after: rare, and at worst published twice. A create finds none.
 */
export async function putWithEventIf(
  d: Deps,
  item: StoredItem,
  condition: PutCondition,
  event: HallEvent | undefined,
  onConflict: () => Error,
): Promise<void> {
  const since = toOffsetIso(d.clock.now());
  const pending = event
    ? { [PENDING_EVENTS_ATTRIBUTE]: { [String(item.version)]: event }, ...indexKeys.pending(item.hallId, since, item) }
    : {};
  let old: Record<string, unknown> | undefined;
  try {
    const out = await d.db.send(
      new PutCommand({
        TableName: d.tableName,
        Item: { ...item, ...pending },
        ...condition,
        ...(condition === CREATE ? {} : { ReturnValues: 'ALL_OLD' }),
      }),
    );
    old = out.Attributes;
  } catch (err) {
    throw isConditionalCheckFailure(err) ? onConflict() : err;
  }
  const leftOver = pendingOf(old);
  if (Object.keys(leftOver).length > 0) await addPending(d, keyOf(item), item.hallId, leftOver, since);
}

const SWEEP_NAMES = { '#pendingPk': INDEXES.byPending.partitionKey, '#pendingSk': INDEXES.byPending.sortKey };

/** Adds events to a record's pending map, creating the map (and its index entry) when there is none. */
async function addPending(d: Deps, key: Key, hallId: string, events: PendingEvents, since: string): Promise<void> {
  const revisions = Object.keys(events);
  const entryNames = Object.fromEntries(revisions.map((r, i) => [`#r${i}`, r]));
  const entryValues = Object.fromEntries(revisions.map((r, i) => [`:e${i}`, events[r]]));
  // One expression cannot both create the map and set entries in it: whichever holds, in turn.
  for (let round = 0; round < 3; round++) {
    try {
      await d.db.send(
        new UpdateCommand({
          TableName: d.tableName,
          Key: key,
          UpdateExpression: `SET ${revisions.map((_, i) => `#pending.#r${i} = :e${i}`).join(', ')}`,
          ConditionExpression: 'attribute_exists(#pending)',
          ExpressionAttributeNames: { '#pending': PENDING_EVENTS_ATTRIBUTE, ...entryNames },
          ExpressionAttributeValues: entryValues,
        }),
      );
      return;
    } catch (err) {
      if (!isConditionalCheckFailure(err)) throw err;
    }
    const sweepKeys = indexKeys.pending(hallId, since, key);
    try {
      await d.db.send(
        new UpdateCommand({
          TableName: d.tableName,
          Key: key,
          UpdateExpression: 'SET #pending = :events, #pendingPk = :pk, #pendingSk = :sk',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#pending)',
          ExpressionAttributeNames: { '#pending': PENDING_EVENTS_ATTRIBUTE, ...SWEEP_NAMES },
          ExpressionAttributeValues: { ':events': events, ':pk': sweepKeys.pendingPk, ':sk': sweepKeys.pendingSk },
        }),
      );
      return;
    } catch (err) {
      if (!isConditionalCheckFailure(err)) throw err;
    }
  }
  throw new Error(`Could not keep the pending events of ${key.pk}: the record kept changing`);
}

/**
 * Marks a record's event published: removes it, and the record from the sweep's index once
 * nothing is left pending. Conditional, so marking twice (a redelivery) changes nothing.
 */
export async function markPublished(d: Deps, key: Key, revision: string): Promise<void> {
  const names = { '#pending': PENDING_EVENTS_ATTRIBUTE, '#r': revision };
  // Usually the only one pending: one write removes it and the index entry.
  const removedAll = await conditionalUpdate(d, key, {
    UpdateExpression: 'REMOVE #pending, #pendingPk, #pendingSk',
    ConditionExpression: 'attribute_exists(#pending.#r) AND size(#pending) = :one',
    ExpressionAttributeNames: { ...names, ...SWEEP_NAMES },
    ExpressionAttributeValues: { ':one': 1 },
  });
  if (removedAll) return;
  await conditionalUpdate(d, key, {
    UpdateExpression: 'REMOVE #pending.#r',
    ConditionExpression: 'attribute_exists(#pending.#r)',
    ExpressionAttributeNames: names,
  });
  // Two markings at once may each have left the other's entry: an empty map leaves the index too.
  await dropEmptyPending(d, key);
}

type UpdateParts = Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName' | 'Key'>;

/** True when the update was made, false when its condition did not hold. */
async function conditionalUpdate(d: Deps, key: Key, parts: UpdateParts): Promise<boolean> {
  try {
    await d.db.send(new UpdateCommand({ TableName: d.tableName, Key: keyOf(key), ...parts }));
    return true;
  } catch (err) {
    if (isConditionalCheckFailure(err)) return false;
    throw err;
  }
}

/** Records of a hall with events pending since before `before`, as stored (the index projects them whole). */
export async function pendingBefore(d: Deps, hallId: string, before: string): Promise<StoredItem[]> {
  const { index, partition, skBetween } = pendingEventsBefore(hallId, before);
  const { partitionKey, sortKey } = INDEXES[index];
  const items: StoredItem[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await d.db.send(
      new QueryCommand({
        TableName: d.tableName,
        IndexName: index,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#pk': partitionKey, '#sk': sortKey },
        ExpressionAttributeValues: { ':pk': partition, ':from': skBetween[0], ':to': skBetween[1] },
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    items.push(...((out.Items ?? []) as StoredItem[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Takes a record whose pending events are all marked off the sweep's index (left by two markings at once). */
export async function dropEmptyPending(d: Deps, key: Key): Promise<void> {
  await conditionalUpdate(d, key, {
    UpdateExpression: 'REMOVE #pending, #pendingPk, #pendingSk',
    ConditionExpression: 'attribute_not_exists(#pending) OR size(#pending) = :zero',
    ExpressionAttributeNames: { '#pending': PENDING_EVENTS_ATTRIBUTE, ...SWEEP_NAMES },
    ExpressionAttributeValues: { ':zero': 0 },
  });
}
