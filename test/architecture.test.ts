/**
 * The house's picture, enforced: dependencies point one way.
 *
 *   infra/, functions/, local/, test/, bench/  ─▶  shared/ (and events/)  ─▶  shared/domain/
 *   ops/ (operator tools)  ─▶  local/, shared/
 *
 * shared/domain imports nothing outside itself (pure rules, no AWS, no I/O); nothing under
 * shared/ imports functions/, local/, infra/ or test/; events/ (the contracts) imports only the
 * domain (and its own modules); functions/ never import each other (each is its own bundle).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const aliases = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { imports: Record<string, string> }).imports;

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** An import specifier of `file` as a repository path (without `.ts`) or a package name. */
function resolveSpecifier(file: string, spec: string): string {
  if (spec.startsWith('.')) return relative(root, resolve(root, file, '..', spec));
  const alias = Object.entries(aliases).find(([pattern]) => spec.startsWith(pattern.replace('*', '')));
  if (alias)
    return alias[1]
      .replace('./', '')
      .replace('*', spec.slice(alias[0].length - 1))
      .replace(/\.ts$/, '');
  return spec; // a package
}

/** Every module a file imports (static, dynamic and type-only), as a repository path or a package name. */
function importsOf(file: string): string[] {
  const source = readFileSync(join(root, file), 'utf8');
  return [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => resolveSpecifier(file, m[1] ?? ''));
}

/**
 * The repository modules evaluated when `file` is loaded: its static imports and re-exports
 * that are not type-only, and theirs (an `import()` waits for its call).
 */
function loadedWith(file: string): Set<string> {
  const loaded = new Set<string>();
  const pending = [file.replace(/\.ts$/, '')];
  for (let module = pending.pop(); module !== undefined; module = pending.pop()) {
    if (loaded.has(module) || isPackage(module) || module.endsWith('.json')) continue;
    loaded.add(module);
    const source = readFileSync(join(root, `${module}.ts`), 'utf8');
    const statements = source.matchAll(/^(?:import|export)\s+(?!type\s)[^'";]*?from\s*['"]([^'"]+)['"]/gm);
    pending.push(...[...statements].map((m) => resolveSpecifier(module, m[1] ?? '')));
  }
  return loaded;
}

const isPackage = (target: string) => !/^(shared|functions|local|infra|test|events|bench|ops)\//.test(target);

const violations = (dir: string, allowed: (target: string, file: string) => boolean) =>
  filesUnder(dir).flatMap((file) => importsOf(file).flatMap((target) => (allowed(target, file) ? [] : [`${file} → ${target}`])));

describe('dependencies point one way', () => {
  it('shared/domain imports nothing outside itself', () => {
    expect(violations('shared/domain', (t) => t.startsWith('shared/domain/'))).toEqual([]);
  });

  it('shared/ never imports functions/, local/, infra/, test/ or bench/', () => {
    expect(violations('shared', (t) => isPackage(t) || t.startsWith('shared/') || t.startsWith('events/'))).toEqual([]);
  });

  it('events/ (the contracts) import only the domain and each other', () => {
    const contracts = filesUnder('events').filter((f) => !f.startsWith('events/samples/'));
    const found = contracts.flatMap((file) =>
      importsOf(file).flatMap((t) => (isPackage(t) || t.startsWith('shared/domain/') || t.startsWith('events/') ? [] : [`${file} → ${t}`])),
    );
    expect(found).toEqual([]);
  });

  it('functions never import each other or the local runtime', () => {
    expect(violations('functions', (t) => isPackage(t) || t.startsWith('shared/') || t.startsWith('events/'))).toEqual([]);
  });

  it('the local runtime and the stack never reach into the tests', () => {
    const intoTests = (dir: string) => violations(dir, (t) => !t.startsWith('test/'));
    expect([...intoTests('local'), ...intoTests('infra'), ...intoTests('bench'), ...intoTests('events')]).toEqual([]);
  });

  it('nothing but the tests imports the operator tools (ops/), and they never reach into functions/ or infra/', () => {
    const intoOps = ['shared', 'functions', 'local', 'infra', 'bench', 'events'].flatMap((dir) =>
      violations(dir, (t) => !t.startsWith('ops/')),
    );
    expect(intoOps).toEqual([]);
    expect(violations('ops', (t) => isPackage(t) || /^(ops|local|shared|events)\//.test(t))).toEqual([]);
  });

  // The complete table builds every route's schemas (tens of milliseconds of every cold start).
  it.each(filesUnder('functions/api'))('%s loads its own route table, neither the complete one nor another function’s', (file) => {
    const tables = [...loadedWith(file)].filter(
      (m) => m === 'shared/api/routes' || m === 'shared/api/openapi' || m.startsWith('shared/api/routes/'),
    );
    expect(tables).toEqual([`shared/api/routes/${basename(file, '.ts')}`]);
  });

  it('sees the imports it checks (the parser is not blind)', () => {
    expect(importsOf('shared/lambda/api.ts')).toEqual(expect.arrayContaining(['shared/domain/errors', 'shared/api/routes', 'zod']));
  });
});
