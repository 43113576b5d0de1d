/**
 * What the bundles load instead of `mnemonist/lru-cache` (infra/bundling.ts): the DynamoDB
 * client keeps discovered endpoints in one (@aws-sdk/endpoint-cache), and the package brings
 * about 7 KB minified for the five methods used. The same least-recently-used cache on a Map,
 * whose iteration order is insertion order: a read moves the key to the end, a write beyond
 * the capacity drops the first.
 */
export default class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** The value without making it recent. */
  peek(key: K): V | undefined {
    return this.entries.get(key);
  }

  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): this {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    return this;
  }

  clear(): void {
    this.entries.clear();
  }
}
