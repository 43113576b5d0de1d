/**
 * The functions' own route tables (shared/api/routes/<function>.ts) and the complete table
 * assembled from them: each route once, in the table of the function that serves it, so the
 * stack sends it where the function's own table knows it. A route's schemas are built when they
 * are first read (shared/api/route-spec.ts), never when its function loads its table.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes, type RouteSpec } from '#api/routes';

const dir = join(import.meta.dirname, '../shared/api/routes');
const tables = await Promise.all(
  readdirSync(dir).map(async (file) => {
    const module = (await import(join(dir, file))) as Record<string, Record<string, RouteSpec>>;
    return { fn: basename(file, '.ts'), table: Object.values(module)[0] ?? {} };
  }),
);

describe('route tables', () => {
  it.each(tables)('$fn holds only routes its function serves', ({ fn, table }) => {
    expect(Object.keys(table).length).toBeGreaterThan(0);
    expect(Object.values(table).map((spec) => spec.function)).toEqual(Object.values(table).map(() => fn));
  });

  it('the complete table has every route of every function once', () => {
    const keys = tables.flatMap(({ table }) => Object.keys(table));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(Object.keys(routes).sort());
  });

  // A copy of a route (`{ ...write(…), aliasOf }`) reads its getters, building every schema of the
  // route when the table is imported: at every cold start of its function.
  it.each(tables)('$fn builds its schemas at their first read, not when its table is imported', ({ table }) => {
    const copied = Object.entries(table).flatMap(([key, spec]) => {
      const fields = [
        ['body', Object.getOwnPropertyDescriptor(spec, 'body')],
        ['query', Object.getOwnPropertyDescriptor(spec, 'query')],
        ['reply.schema', Object.getOwnPropertyDescriptor(spec.reply, 'schema')],
      ] as const;
      return fields.filter(([, field]) => field !== undefined && field.get === undefined).map(([name]) => `${key}: ${name}`);
    });
    expect(copied).toEqual([]);
  });
});
