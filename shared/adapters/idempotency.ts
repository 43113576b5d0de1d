/**
 * Idempotent creation (`Idempotency-Key`): the same key with the same body returns the first
 * reply and creates nothing new, also when retries arrive concurrently; the same key with a
 * different body is a 409. One conditional write claims the key; the record keeps only the
 * fingerprint and the id of what was created (never the reply body, which may hold personal
 * data), and expires through the table's TTL.
 */
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { conflict, invalid } from '#domain/errors';
import type { KeyedHashDeps, StoreDeps } from './deps';

type Deps = StoreDeps & KeyedHashDeps;
import { isConditionalCheckFailure } from './dynamo';
import { ENTITY, TTL_ATTRIBUTE, keys, type Key } from './table';

const RETENTION_SECONDS = 24 * 3600;
/** Visible ASCII, short enough to be part of a key (a UUID or a ULID fits). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;
/** A claim older than this belongs to an invocation that died; another may take it over. */
const CLAIM_TIMEOUT_MS = 30_000;
const WAIT_STEP_MS = 50;
const WAIT_LIMIT_MS = 5_000;
/** The claim time of a released claim: older than any timeout, so the next request takes it over. */
const RELEASED = 0;

export interface IdempotencyRequest {
  scope: string;
  key: string;
  /** Anything that identifies the request body (hashed here). */
  body: unknown;
}

interface Claim {
  fingerprint: string;
  state: 'in-progress' | 'completed';
  /** The id of what is being created, reserved with the claim (a takeover reuses it). */
  resultId: string;
  claimedAt: number;
}

/** The body's keyed hash: bodies hold ID numbers and phones, which a plain hash would give away. */
export const fingerprint = (d: KeyedHashDeps, body: unknown) => d.keyedHash.digest('idempotency-body', JSON.stringify(body));

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs `create(id)` once per (scope, key) and returns the id, with `replayed` set when an
 * earlier request created it. The id is reserved in the claim before anything is created:
 * if an invocation dies after creating but before completing, the one that takes over its
 * stale claim calls `create` with the same id, so `create` must treat "already exists" as
 * done. If `create` throws, the claim is released the same way: a retry creates with the same
 * id, completing what a failed attempt wrote in part (a case without its search keys).
 */
async function once(
  d: Deps,
  req: IdempotencyRequest,
  newId: () => string,
  create: (id: string) => Promise<void>,
): Promise<{ id: string; replayed: boolean }> {
  if (!IDEMPOTENCY_KEY.test(req.key)) {
    throw invalid('The Idempotency-Key header is not valid', [
      { field: 'Idempotency-Key', message: 'must be 1-128 visible ASCII characters' },
    ]);
  }
  const key = keys.idempotency(req.scope, req.key);
  const print = await fingerprint(d, req.body);
  let owned: Claim | undefined;
  for (let waited = 0; !owned; waited += WAIT_STEP_MS) {
    owned = await claimNew(d, key, print, newId());
    if (owned) break;
    const earlier = (await d.db.send(new GetCommand({ TableName: d.tableName, Key: key, ConsistentRead: true }))).Item as Claim | undefined;
    if (earlier && earlier.fingerprint !== print) {
      throw conflict('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request body');
    }
    if (earlier?.state === 'completed') return { id: earlier.resultId, replayed: true };
    if (earlier && earlier.claimedAt < Date.now() - CLAIM_TIMEOUT_MS) owned = await takeOver(d, key, earlier);
    if (owned) break;
    if (waited >= WAIT_LIMIT_MS) {
      throw conflict('IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still being processed; retry shortly');
    }
    // Still in progress (a released claim was taken over above).
    await sleep(WAIT_STEP_MS);
  }
  try {
    await create(owned.resultId);
  } catch (err) {
    // Released as if abandoned, keeping its reserved id: a retry takes it over and `create`
    // finishes whatever this attempt wrote in part. Only our own claim: a slow invocation must
    // not free one taken over since.
    await d.db
      .send(
        new UpdateCommand({
          TableName: d.tableName,
          Key: key,
          UpdateExpression: 'SET claimedAt = :released',
          ConditionExpression: 'claimedAt = :mine',
          ExpressionAttributeValues: { ':mine': owned.claimedAt, ':released': RELEASED },
        }),
      )
      .catch((e: unknown) => {
        if (!isConditionalCheckFailure(e)) throw e;
      });
    throw err;
  }
  await d.db.send(
    new UpdateCommand({
      TableName: d.tableName,
      Key: key,
      UpdateExpression: 'SET #state = :completed',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: { ':completed': 'completed' },
    }),
  );
  return { id: owned.resultId, replayed: false };
}

/** One conditional write: the claim, when this request now owns a free (or expired) key. */
async function claimNew(d: Deps, key: Key, print: string, resultId: string): Promise<Claim | undefined> {
  const now = Date.now();
  const claim: Claim = { fingerprint: print, state: 'in-progress', resultId, claimedAt: now };
  try {
    await d.db.send(
      new PutCommand({
        TableName: d.tableName,
        Item: { ...key, entity: ENTITY.idempotency, ...claim, [TTL_ATTRIBUTE]: Math.floor(now / 1000) + RETENTION_SECONDS },
        // Free, or expired (TTL deletes lazily).
        ConditionExpression: 'attribute_not_exists(pk) OR #ttl < :nowSeconds',
        ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
        ExpressionAttributeValues: { ':nowSeconds': Math.floor(now / 1000) },
      }),
    );
    return claim;
  } catch (err) {
    if (isConditionalCheckFailure(err)) return undefined;
    throw err;
  }
}

/** A claim abandoned by a dead invocation is taken over, keeping its reserved id. */
async function takeOver(d: Deps, key: Key, stale: Claim): Promise<Claim | undefined> {
  const now = Date.now();
  try {
    await d.db.send(
      new UpdateCommand({
        TableName: d.tableName,
        Key: key,
        UpdateExpression: 'SET claimedAt = :now',
        ConditionExpression: 'claimedAt = :stale AND #state = :inProgress',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':now': now, ':stale': stale.claimedAt, ':inProgress': 'in-progress' },
      }),
    );
    return { ...stale, claimedAt: now };
  } catch (err) {
    if (isConditionalCheckFailure(err)) return undefined;
    throw err;
  }
}

/**
 * A creating POST: with an `Idempotency-Key` header, once per key (see `once`); without one,
 * simply once.
 */
export async function createIdempotently(
  d: Deps,
  request: { scope: string; key: string | undefined; body: unknown },
  newId: () => string,
  create: (id: string) => Promise<void>,
): Promise<{ id: string; replayed: boolean }> {
  if (request.key === undefined) {
    const id = newId();
    await create(id);
    return { id, replayed: false };
  }
  return once(d, { scope: request.scope, key: request.key, body: request.body }, newId, create);
}
