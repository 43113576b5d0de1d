/**
 * Issue 14's size target, held by every build: each function that handles no personal data
 * bundles (as the stack bundles it: infra/bundling.ts) to at most 400 KB minified. The functions
 * with personal data carry the AWS Encryption SDK and are held to nothing here (`npm run
 * bench:cold` reports them). Also what the bundling relies on: the stand-ins and shipped files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { lambdaBuildOptions, shippedFiles } from '#infra/bundling';
import { functionCatalog, type FunctionSpec } from '#topology/catalog';

const MAX_BYTES = 400 * 1024;
const catalog = Object.entries(functionCatalog) as [string, FunctionSpec][];

it('bundles every function without personal data to at most 400 KB minified', async () => {
  const sizes = await Promise.all(
    catalog
      .filter(([, spec]) => spec.personalData === undefined)
      .map(async ([name, spec]) => {
        const { outputFiles } = await build({
          ...lambdaBuildOptions(name),
          entryPoints: [spec.entry],
          outfile: `${name}/index.mjs`,
          sourcemap: false, // the map ships beside the bundle, not in it
          write: false,
          logLevel: 'silent',
        });
        return [name, outputFiles[0]!.contents.byteLength] as const;
      }),
  );
  expect(sizes.length).toBeGreaterThan(10);
  const over = sizes.filter(([, bytes]) => bytes > MAX_BYTES);
  const report = sizes.map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)} KB`).join(', ');
  expect(
    over.map(([name]) => name),
    report,
  ).toEqual([]);
});

it('bundles only AWS clients without event-stream operations (infra/lambda-event-streams.ts stands in for their serde)', () => {
  const { dependencies, devDependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, string>>;
  const streams = (client: string) =>
    readdirSync(join('node_modules', client, 'dist-es'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .some((file) => readFileSync(join('node_modules', client, 'dist-es', file), 'utf8').includes('eventStreamSerdeProvider'));
  const clients = Object.keys(dependencies ?? {}).filter((name) => name.startsWith('@aws-sdk/client-'));
  expect(clients.length).toBeGreaterThan(3);
  expect(clients.filter(streams)).toEqual([]);
  // The check sees one: Lambda's InvokeWithResponseStream (a development dependency, never bundled).
  expect(devDependencies && streams('@aws-sdk/client-lambda')).toBe(true);
});

it('ships each file beside the entry that reads it (so it is found at the same relative URL, bundled or not)', () => {
  const misplaced = catalog.flatMap(([name, spec]) =>
    shippedFiles(name)
      .filter((file) => dirname(file) !== dirname(spec.entry))
      .map((file) => `${name}: ${file}`),
  );
  expect(misplaced).toEqual([]);
  expect(shippedFiles('public-read')).toEqual(['functions/api/openapi.json']);
});
