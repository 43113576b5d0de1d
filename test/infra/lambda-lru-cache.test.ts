/** The bundles' stand-in for mnemonist's LRU cache (infra/lambda-lru-cache.ts) keeps what that one keeps. */
import { expect, it } from 'vitest';
import LruCache from '../../infra/lambda-lru-cache';

it('keeps the most recently used entries up to its capacity; a peek does not count as a use', () => {
  const cache = new LruCache<string, number>(2);
  cache.set('a', 1).set('b', 2);
  expect(cache.get('a')).toBe(1); // a is now the most recent
  cache.set('c', 3); // drops b
  expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
  expect(cache.peek('a')).toBe(1); // a stays the older of the two
  cache.set('d', 4); // drops a
  expect([cache.has('a'), cache.has('c'), cache.has('d')]).toEqual([false, true, true]);
  cache.set('c', 30); // an update makes it recent
  cache.set('e', 5); // drops d
  expect([cache.get('c'), cache.has('d'), cache.get('e'), cache.get('missing')]).toEqual([30, false, 5, undefined]);
  cache.clear();
  expect(cache.has('c')).toBe(false);
});
