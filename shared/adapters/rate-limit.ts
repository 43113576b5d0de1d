/**
 * Abuse limits on anonymous endpoints: at most `limit` requests per source and fixed window.
 * One conditional counter per (bucket, window), so concurrent requests never exceed it; the
 * counters expire through the table's TTL. Sources are stored as keyed hashes only: no IP
 * address is stored, and none can be recovered from a counter.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
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
 * Tries of a receipt code (progress lookups, ratings) per source address, before the case (and
 * so its hall) is known: plenty for people at a hall's shared address, few for a script.
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

export async function consume(d: StoreDeps & KeyedHashDeps, rule: Limit, source: string, now: Date): Promise<void> {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % rule.windowSeconds);
  const hashedSource = (await d.keyedHash.digest('rate-source', source)).slice(0, 22);
  try {
    await d.db.send(
      new UpdateCommand({
        TableName: d.tableName,
        Key: keys.rateWindow(rule.name, hashedSource, windowStart),
        UpdateExpression: 'ADD #count :one SET #ttl = :expires',
        ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
        ExpressionAttributeNames: { '#count': 'count', '#ttl': TTL_ATTRIBUTE },
        ExpressionAttributeValues: { ':one': 1, ':limit': rule.limit, ':expires': windowStart + 2 * rule.windowSeconds },
      }),
    );
  } catch (err) {
    if (!isConditionalCheckFailure(err)) throw err;
    throw new RateLimited('Too many requests from this source; try again later', windowStart + rule.windowSeconds - nowSeconds);
  }
}
