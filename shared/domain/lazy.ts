/**
 * Values built at their first use, then kept: schemas and tables that only some requests need.
 * Whatever a module builds when it is imported, every cold start of every function that imports
 * it pays for (zod builds each schema object by object); built at first use, only the requests
 * that need it do, and only once per container.
 */

/** `build`'s value, built at the first call and returned again at every later one. */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

/**
 * A record whose every property is built by its function at its first read, then kept (a plain
 * property from then on). Reading every property (a spread, `Object.values`) builds them all.
 */
export function builtOnRead<T extends Record<string, () => unknown>>(builders: T): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const record = {} as { [K in keyof T]: ReturnType<T[K]> };
  for (const [key, build] of Object.entries(builders)) {
    Object.defineProperty(record, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = build();
        Object.defineProperty(record, key, { enumerable: true, value });
        return value;
      },
    });
  }
  return record;
}
