/**
 * Abuse limits on anonymous endpoints: at most `limit` requests per source and fixed window.
 * One conditional counter per (bucket, window), so concurrent requests never exceed it; the
 * counters expire through the table's TTL. Sources are stored as keyed hashes only: no IP
 * address is stored, and none can be recovered from a counter.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { RateLimited } from '#domain/errors';
import type { KeyedHashDeps, StoreDeps } from './deps';
import { isConditionalCheckFailure } from './dynamo';
import { TTL_ATTRIBUTE, keys } from './table';

export interface Limit {
  name: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Tries of a receipt code per source address, before the case (and so its hall) is known:
 * plenty for people at a hall's shared address, few for a script. Ratings and appointments
 * count every try; progress lookups count their wrong codes (`checkAllowance`).
 */
export const CODE_CHECKS: Limit = { name: 'code-checks', limit: 1200, windowSeconds: 3600 };

/** Changes of the applicant's notification choice per source address: a person makes a few. */
export const PREFERENCE_CHANGES: Limit = { name: 'preferences', limit: 60, windowSeconds: 3600 };

/** Who a request counts against: its source address, and for a booking the phone (its keyed hash, never the number). */
export interface RequestSource {
  hallId: string;
  sourceIp: string;
  phoneKey?: string;
}

function sourceOf(per: 'address' | 'hall' | 'phone', r: RequestSource): string {
  switch (per) {
    case 'hall':
      return `hall:${r.hallId}`;
    case 'address':
      return `${r.hallId}|${r.sourceIp}`;
    case 'phone':
      if (r.phoneKey === undefined) throw new Error('A limit per phone needs the phone (its keyed hash)');
      return `${r.hallId}|phone:${r.phoneKey}`;
  }
}

/**
 * Counts one request against every limit, in order (each must have room): per source address in
 * a hall, then per hall (or phone) — in turn, so a request its address may not make spends
 * nothing of the hall's allowance, which other citizens share.
 */
export async function consumeAll(
  d: StoreDeps & KeyedHashDeps,
  limits: readonly (Limit & { per: 'address' | 'hall' | 'phone' })[],
  request: RequestSource,
  now: Date,
): Promise<void> {
  for (const l of limits) await consume(d, l, sourceOf(l.per, request), now);
}

/** The counter of `source` under `rule` in the window `now` falls in (the source as its keyed hash). */
async function windowOf(d: KeyedHashDeps, rule: Limit, source: string, now: Date) {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % rule.windowSeconds);
  const hashedSource = (await d.keyedHash.digest('rate-source', source)).slice(0, 22);
  return {
    key: keys.rateWindow(rule.name, hashedSource, windowStart),
    windowStart,
    refusal: () => new RateLimited('Too many requests from this source; try again later', windowStart + rule.windowSeconds - nowSeconds),
  };
}

export async function consume(d: StoreDeps & KeyedHashDeps, rule: Limit, source: string, now: Date): Promise<void> {
  const { key, windowStart, refusal } = await windowOf(d, rule, source, now);
  try {
    await d.db.send(
      new UpdateCommand({
        TableName: d.tableName,
        Key: key,
        UpdateExpression: 'ADD #count :one SET #ttl = :expires',
        ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
        ExpressionAttributeNames: { '#count': 'count', '#ttl': TTL_ATTRIBUTE },
        ExpressionAttributeValues: { ':one': 1, ':limit': rule.limit, ':expires': windowStart + 2 * rule.windowSeconds },
      }),
    );
  } catch (err) {
    if (!isConditionalCheckFailure(err)) throw err;
    throw refusal();
  }
}

/**
 * Refuses a source that has used up its allowance in the current window, counting nothing: for
 * a limit only some outcomes count against (`consume` them once known), read beside the
 * request's other reads. Requests under way at once may each pass before one of them counts:
 * the limit can be overrun by as many requests as a source has in flight at the moment its
 * allowance runs out.
 */
export async function checkAllowance(d: StoreDeps & KeyedHashDeps, rule: Limit, source: string, now: Date): Promise<void> {
  const { key, refusal } = await windowOf(d, rule, source, now);
  const { Item } = await d.db.send(
    new GetCommand({ TableName: d.tableName, Key: key, ProjectionExpression: '#count', ExpressionAttributeNames: { '#count': 'count' } }),
  );
  if (Number(Item?.count ?? 0) >= rule.limit) throw refusal();
}
