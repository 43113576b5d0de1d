/**
 * The per-container cache of a hall's set-up: read once per revision, again as soon as the
 * revision moves or the backstop age passes, never shared between stores, bounded in halls.
 */
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { StoreDeps } from '#adapters/deps';
import { MAX_AGE_MS, MAX_HALLS, SetupCache } from '#adapters/setup-cache';

/** A table that holds one item per hall and nothing else, counting the reads it answers. */
function countingStore(failFirst = false) {
  const reads: string[] = [];
  let failing = failFirst;
  const db = {
    send: (command: unknown) => {
      if (command instanceof GetCommand) {
        const { sk } = command.input.Key as { pk: string; sk: string };
        reads.push(sk);
        if (failing) {
          failing = false;
          return Promise.reject(new Error('throttled'));
        }
        return Promise.resolve({ Item: { itemId: sk.replace('ITEM#', ''), name: '证明开具' } });
      }
      if (command instanceof QueryCommand) {
        reads.push(`query ${String(command.input.ExpressionAttributeValues?.[':pk'])}`);
        return Promise.resolve({ Items: [] });
      }
      throw new Error('unexpected command');
    },
  } as unknown as DynamoDBDocumentClient;
  const deps: StoreDeps = { db, tableName: 't', clock: { now: () => new Date('2025-09-26T01:00:00Z') } };
  return { deps, reads };
}

function clockedCache() {
  let now = 0;
  return { cache: new SetupCache(() => now), advance: (ms: number) => (now += ms) };
}

describe('the set-up cache', () => {
  it('reads an item once per revision, and again when the revision moves', async () => {
    const { deps, reads } = countingStore();
    const { cache } = clockedCache();
    await cache.of(deps, 'h1', 'r1').item('licence');
    await cache.of(deps, 'h1', 'r1').item('licence');
    expect(reads).toEqual(['ITEM#licence']);
    await cache.of(deps, 'h1', 'r1').item('record');
    await cache.of(deps, 'h1', 'r2').item('licence');
    expect(reads).toEqual(['ITEM#licence', 'ITEM#record', 'ITEM#licence']);
  });

  it('reads the calendar and the rules of a month once per revision', async () => {
    const { deps, reads } = countingStore();
    const { cache } = clockedCache();
    for (let i = 0; i < 3; i++) {
      await cache.of(deps, 'h1', 'r1').calendar();
      await cache.of(deps, 'h1', 'r1').rulesInForce('2025-09');
    }
    const once = reads.length;
    expect(once).toBeGreaterThan(0);
    await cache.of(deps, 'h1', 'r1').rulesInForce('2025-10');
    expect(reads.length).toBe(once + 1);
  });

  it('reads again once the backstop age has passed, even at the same revision', async () => {
    const { deps, reads } = countingStore();
    const { cache, advance } = clockedCache();
    await cache.of(deps, 'h1', 'r1').item('licence');
    advance(MAX_AGE_MS - 1);
    await cache.of(deps, 'h1', 'r1').item('licence');
    expect(reads).toHaveLength(1);
    advance(1);
    await cache.of(deps, 'h1', 'r1').item('licence');
    expect(reads).toHaveLength(2);
  });

  it('shares one read between concurrent requests', async () => {
    const { deps, reads } = countingStore();
    const { cache } = clockedCache();
    await Promise.all(Array.from({ length: 10 }, () => cache.of(deps, 'h1', 'r1').item('licence')));
    expect(reads).toHaveLength(1);
  });

  it('does not remember a failed read', async () => {
    const { deps, reads } = countingStore(true);
    const { cache } = clockedCache();
    await expect(cache.of(deps, 'h1', 'r1').item('licence')).rejects.toThrow('throttled');
    await expect(cache.of(deps, 'h1', 'r1').item('licence')).resolves.toMatchObject({ itemId: 'licence' });
    expect(reads).toHaveLength(2);
  });

  it('keeps stores apart: the same hall and revision in another table is read from that table', async () => {
    const first = countingStore();
    const second = countingStore();
    const { cache } = clockedCache();
    await cache.of(first.deps, 'h1', '-/-').item('licence');
    await cache.of(second.deps, 'h1', '-/-').item('licence');
    expect([first.reads, second.reads]).toEqual([['ITEM#licence'], ['ITEM#licence']]);
  });

  it(`keeps at most ${MAX_HALLS} halls, dropping the one refreshed longest ago`, async () => {
    const { deps, reads } = countingStore();
    const { cache } = clockedCache();
    for (let h = 0; h <= MAX_HALLS; h++) await cache.of(deps, `h${h}`, 'r1').item('licence');
    expect(reads).toHaveLength(MAX_HALLS + 1);
    await cache.of(deps, `h${MAX_HALLS}`, 'r1').item('licence'); // still kept
    expect(reads).toHaveLength(MAX_HALLS + 1);
    await cache.of(deps, 'h0', 'r1').item('licence'); // dropped
    expect(reads).toHaveLength(MAX_HALLS + 2);
  });
});
