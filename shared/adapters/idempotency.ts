/**
 * Idempotent creation (`Idempotency-Key`): the same key with the same body returns the first
 * reply and creates nothing new, also when retries arrive concurrently; the same key with a
 * different body is a 409. One conditional write claims the key; the record keeps only the
 * fingerprint and the id of what was created (never the reply body, which may hold personal
 * data), and expires through the table's TTL.
 */
import { createHash } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { conflict } from '#domain/errors';
import type { Deps } from './deps';
import { isConditionalCheckFailure } from './dynamo';
import { TTL_ATTRIBUTE, keys, type Key } from './table';

const RETENTION_SECONDS = 24 * 3600;
/** A claim older than this belongs to an invocation that died; another may take it over. */
const CLAIM_TIMEOUT_MS = 30_000;
const WAIT_STEP_MS = 50;
const WAIT_LIMIT_MS = 5_000;

export interface IdempotencyRequest {
  scope: string;
  key: string;
  /** Anything that identifies the request body (hashed here). */
  body: unknown;
}

interface Claim {
  fingerprint: string;
  state: 'in-progress' | 'completed';
  resultId?: string;
  claimedAt: number;
}

export const fingerprint = (body: unknown) => createHash('sha256').update(JSON.stringify(body)).digest('hex');

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs `create` once per (scope, key) and returns the id it produced, with `replayed` set
 * when an earlier request produced it. If `create` throws, the claim is released so that a
 * retry can try again.
 */
export async function once(d: Deps, req: IdempotencyRequest, create: () => Promise<string>): Promise<{ id: string; replayed: boolean }> {
  const key = keys.idempotency(req.scope, req.key);
  const print = fingerprint(req.body);
  for (let waited = 0; ; waited += WAIT_STEP_MS) {
    if (await claim(d, key, print)) break;
    const earlier = (await d.db.send(new GetCommand({ TableName: d.tableName, Key: key, ConsistentRead: true }))).Item as Claim | undefined;
    if (earlier && earlier.fingerprint !== print) {
      throw conflict('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request body');
    }
    if (earlier?.state === 'completed' && earlier.resultId) return { id: earlier.resultId, replayed: true };
    if (waited >= WAIT_LIMIT_MS) {
      throw conflict('IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still being processed; retry shortly');
    }
    // Still in progress, or released by a failed attempt (then the next claim succeeds).
    await sleep(WAIT_STEP_MS);
  }
  let id: string;
  try {
    id = await create();
  } catch (err) {
    await d.db.send(new DeleteCommand({ TableName: d.tableName, Key: key }));
    throw err;
  }
  await d.db.send(
    new UpdateCommand({
      TableName: d.tableName,
      Key: key,
      UpdateExpression: 'SET #state = :completed, resultId = :id',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: { ':completed': 'completed', ':id': id },
    }),
  );
  return { id, replayed: false };
}

/** One conditional write: true when this request now owns the key. */
async function claim(d: Deps, key: Key, print: string): Promise<boolean> {
  const now = Date.now();
  try {
    await d.db.send(
      new PutCommand({
        TableName: d.tableName,
        Item: { ...key, entity: 'idempotency', fingerprint: print, state: 'in-progress', claimedAt: now, [TTL_ATTRIBUTE]: Math.floor(now / 1000) + RETENTION_SECONDS },
        // Free, expired (TTL deletes lazily), or abandoned by a dead invocation.
        ConditionExpression: 'attribute_not_exists(pk) OR #ttl < :nowSeconds OR (#state = :inProgress AND claimedAt < :stale)',
        ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE, '#state': 'state' },
        ExpressionAttributeValues: { ':nowSeconds': Math.floor(now / 1000), ':inProgress': 'in-progress', ':stale': now - CLAIM_TIMEOUT_MS },
      }),
    );
    return true;
  } catch (err) {
    if (isConditionalCheckFailure(err)) return false;
    throw err;
  }
}
