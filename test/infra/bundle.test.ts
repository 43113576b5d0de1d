/**
 * The artifact Lambda runs: a function bundled as the stack bundles it (ESM, minified, SDK
 * inside), started in a separate Node process with only the environment the stack gives it,
 * answering real requests against a DynamoDB-compatible store. Catches what unit tests cannot:
 * a dependency that does not bundle, a JSON import, a missing `require`, an env variable.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { lambdaBuildOptions, shippedFiles } from '../../infra/bundling';
import { functionCatalog } from '#topology/catalog';
import { indexKeys, keys } from '../../shared/adapters/table';
import { errorBody } from '../../shared/api/common';
import { openApiDocument } from '../../shared/api/openapi';
import { startLocalStore, type LocalStore } from '../../local/store';
import { apiGatewayEvent } from '../support/api-gateway';

const TABLE = 'hall-bundle-test';
let store: LocalStore;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hall-bundle-'));
  store = await startLocalStore({ dataDir: ':memory:', tableName: TABLE });
  const db = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: store.endpoint, region: 'local', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }),
  );
  await db.send(
    new PutCommand({
      TableName: TABLE,
      Item: {
        ...keys.hall('h1'),
        ...indexKeys.hallRegistry('h1'),
        entity: 'hall',
        hallId: 'h1',
        name: '涟水县政务服务中心',
        openingHours: { open: '08:00', close: '17:00' },
      },
    }),
  );
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

it('the bundled public-read function answers from its own process, with only the stack’s environment', async () => {
  const outfile = join(dir, 'index.mjs');
  await build({
    ...lambdaBuildOptions(),
    entryPoints: [functionCatalog['public-read'].entry],
    target: 'node20', // the local Node; the stack targets node24 (the same code with fewer syntax rewrites)
    outfile,
    logLevel: 'silent',
  });
  // What the stack copies beside the bundle.
  for (const file of shippedFiles('public-read')) await copyFile(file, join(dir, basename(file)));
  const events = [
    apiGatewayEvent('GET /v1/public/halls/{hallId}/calendar/{date}/plus/{n}', {
      pathParameters: { hallId: 'h1', date: '2025-09-26', n: '5' },
    }),
    apiGatewayEvent('GET /v1/public/halls/{hallId}/items', { pathParameters: { hallId: 'nowhere' } }),
    apiGatewayEvent('GET /v1/public/openapi.json'),
  ];
  const runner = join(dir, 'run.mjs');
  await writeFile(
    runner,
    `const { handler } = await import(${JSON.stringify(outfile)});
     const context = { functionName: 'public-read', awsRequestId: 'r1', getRemainingTimeInMillis: () => 10000 };
     const replies = [];
     for (const event of ${JSON.stringify(events)}) replies.push(await handler(event, context));
     console.log(JSON.stringify(replies));`,
  );
  const { stdout } = await promisify(execFile)(process.execPath, [runner], {
    maxBuffer: 16 * 2 ** 20, // the OpenAPI document is 1.4 MB
    // What the stack sets (TABLE_NAME, POWERTOOLS_*), plus the store's address and credentials.
    env: {
      PATH: process.env.PATH,
      TABLE_NAME: TABLE,
      POWERTOOLS_SERVICE_NAME: 'hall',
      POWERTOOLS_LOG_LEVEL: 'ERROR',
      AWS_REGION: 'cn-north-1',
      AWS_ACCESS_KEY_ID: 'x',
      AWS_SECRET_ACCESS_KEY: 'x',
      AWS_ENDPOINT_URL_DYNAMODB: store.endpoint,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  });
  const [plus, missing, openApi] = JSON.parse(stdout.trim().split('\n').at(-1)!) as { statusCode: number; body: string }[];
  expect(plus!.statusCode).toBe(200);
  expect(JSON.parse(plus!.body)).toEqual({ from: '2025-09-26', workingDays: 5, date: '2025-10-10', provisional: false });
  expect(missing!.statusCode).toBe(404);
  expect(errorBody.parse(JSON.parse(missing!.body)).error.code).toBe('HALL_NOT_FOUND');
  // The document the bundle does not carry: read from beside it.
  expect(openApi!.statusCode).toBe(200);
  expect(JSON.parse(openApi!.body)).toEqual(openApiDocument());
});

it('bundles the workbook library (exceljs, about 1 MB) into the statistics function only', async () => {
  const withWorkbooks = await Promise.all(
    Object.entries(functionCatalog).map(async ([name, spec]) => {
      const { metafile } = await build({
        ...lambdaBuildOptions(),
        entryPoints: [spec.entry],
        target: 'node20',
        minify: false,
        sourcemap: false,
        outdir: join(dir, 'metafiles', name),
        // The SDK is bundled by the stack but is not what this looks for: left out, the builds take half the time.
        external: ['@aws-sdk/*', '@smithy/*', '@aws-crypto/*'],
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      return [name, Object.keys(metafile.inputs).some((input) => input.includes('node_modules/exceljs/'))] as const;
    }),
  );
  expect(withWorkbooks.filter(([, bundled]) => bundled).map(([name]) => name)).toEqual(['statistics']);
});
