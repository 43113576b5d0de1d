/**
 * `npm run bench:cold`: every function of the catalog bundled as the stack bundles it
 * (infra/bundling.ts), its minified size, and its cold start: a fresh `node` process that loads
 * the bundle and handles a first event, against a bare handler that only loads the DynamoDB
 * document client. The first events do no I/O: an API call without a token (401) or with a hall
 * id the path refuses (400), a job request that cannot be read, an empty stream or queue batch;
 * every AWS endpoint points at a closed loopback port, so nothing leaves the machine. Each run
 * of a function follows a run of the bare handler, and the figure is the median of those
 * pairs' ratios: the machine is shared and noisy, and a pair sees the same load where two
 * medians taken seconds apart do not. The stack floor, measured the same way, is what the chosen
 * libraries cost before any code of ours.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { routes, type RouteSpec } from '#api/routes';
import { functionCatalog, type FunctionName, type FunctionSpec } from '#topology/catalog';
import { installedModules, lambdaBuildOptions, shippedFiles } from '#infra/bundling';
import { median, printTable, type Row } from './support/report';

const RUNS = 9;
const MAX_KB = 400;
const MAX_RATIO = 1.3;
const BARE = 'bare document client';
const STACK_FLOOR = 'stack floor';
/** Nothing listens there (the discard port): a call that slipped through fails at once, on this machine. */
const NOWHERE = 'http://127.0.0.1:9';

/** What the stack sets, as dummies, and every SDK endpoint on the loopback. */
const ENVIRONMENT = {
  PATH: process.env.PATH ?? '',
  AWS_REGION: 'cn-north-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_ENDPOINT_URL: NOWHERE,
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  POWERTOOLS_SERVICE_NAME: 'hall',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  POWERTOOLS_METRICS_DISABLED: 'true',
  TABLE_NAME: 'hall',
  EVENT_BUS_NAME: 'hall',
  PII_KEY_ID: 'arn:aws-cn:kms:cn-north-1:123456789012:key/bench',
  MAC_SECRET_ARN: 'arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:mac',
  NOTIFICATION_SECRET_ARN: 'arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:notify',
  NOTIFICATION_QUEUE_URL: `${NOWHERE}/123456789012/notifications`,
  AGENCY_EMAIL: 'agency@example.cn',
};

const BARE_HANDLER = `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
let db;
export const handler = async () => {
  db ??= DynamoDBDocumentClient.from(new DynamoDBClient({}));
  return { statusCode: 204 };
};
`;

/**
 * What every function of this stack loads before any code of ours: the document client, zod
 * (one small schema parsed), middy and the Powertools logger with its middleware. Its ratio to
 * the bare handler is the least any function here can reach with the chosen stack.
 */
const STACK_FLOOR_HANDLER = `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import * as z from 'zod';
const logger = new Logger();
const request = z.object({ id: z.string().optional() });
let db;
export const handler = middy(async (event) => {
  db ??= DynamoDBDocumentClient.from(new DynamoDBClient({}));
  request.safeParse(event);
  return { statusCode: 204 };
}).use(injectLambdaContext(logger));
`;

/**
 * Loads the bundle and handles the event; prints the milliseconds from before the import to the
 * reply. Standard output and error are opened first: in Lambda the runtime has opened them before
 * it loads the function, and opening them (Node does it at first use) would otherwise be charged
 * to the first function that logs (the Powertools logger), never to the bare handler.
 */
const RUNNER = `
process.stdout.write('');
process.stderr.write('');
const started = performance.now();
const { handler } = await import(process.argv[2]);
let outcome;
try {
  const reply = await handler(JSON.parse(process.argv[3]), { functionName: 'bench', awsRequestId: 'r1', getRemainingTimeInMillis: () => 10000 });
  outcome = reply?.statusCode ?? 'ok';
} catch (err) {
  outcome = err.name;
}
console.log(JSON.stringify({ ms: performance.now() - started, outcome }));
`;

/** An API Gateway (HTTP API, payload 2.0) request of a route, without a token. */
function apiEvent(routeKey: string, pathParameters: Record<string, string> = {}) {
  const [method = 'GET', template = '/'] = routeKey.split(' ');
  const rawPath = template.replace(/\{(\w+)\}/g, (_, param: string) => pathParameters[param] ?? 'x');
  return {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    pathParameters,
    isBase64Encoded: false,
    requestContext: { requestId: 'cold', routeKey, http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1' } },
  };
}

/** A first event that loads everything a real first request loads but needs no AWS. */
function firstEvent(name: FunctionName, spec: FunctionSpec): unknown {
  if (spec.entry.startsWith('functions/jobs/')) return { asOf: 'not a date' };
  if (!spec.entry.startsWith('functions/api/')) return { Records: [] };
  const own = Object.entries(routes as Record<string, RouteSpec>).filter(([, route]) => route.function === name);
  const withToken = own.find(([, route]) => route.auth === 'jwt');
  if (withToken) return apiEvent(withToken[0]); // no claims: 401
  const inHall = own.find(([key]) => key.includes('{hallId}'));
  if (!inHall) throw new Error(`${name}: no route answers without I/O`);
  return apiEvent(inHall[0], { hallId: '../h1' }); // 400
}

interface Bundle {
  name: string;
  file: string;
  bytes: number;
  event: unknown;
  personalData: boolean;
  samples: number[];
  /** Each sample divided by the bare handler's run just before it. */
  ratios: number[];
  outcome?: string;
}

async function bundle(dir: string, name: string, entry: string | { contents: string }): Promise<{ file: string; bytes: number }> {
  const file = join(dir, name, 'index.mjs');
  await build({
    ...lambdaBuildOptions(name),
    ...(typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { ...entry, resolveDir: process.cwd(), loader: 'js' } }),
    outfile: file,
    logLevel: 'silent',
  });
  for (const shipped of shippedFiles(name)) await copyFile(shipped, join(dir, name, basename(shipped)));
  return { file, bytes: (await stat(file)).size };
}

async function coldStart(runner: string, target: Bundle, keep: boolean): Promise<number> {
  const { stdout } = await promisify(execFile)(process.execPath, [runner, pathToFileURL(target.file).href, JSON.stringify(target.event)], {
    env: ENVIRONMENT,
    timeout: 20_000,
  });
  const { ms, outcome } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { ms: number; outcome: unknown };
  if (keep) target.samples.push(ms);
  target.outcome = String(outcome);
  return ms;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export async function coldStartRows(): Promise<Row[]> {
  const dir = await mkdtemp(join(tmpdir(), 'hall-cold-'));
  try {
    const catalog = Object.entries(functionCatalog) as [FunctionName, FunctionSpec][];
    const bundles: Bundle[] = await Promise.all([
      bundle(dir, 'bare', { contents: BARE_HANDLER }).then((b) => ({
        ...b,
        name: BARE,
        event: {},
        personalData: false,
        samples: [],
        ratios: [],
      })),
      bundle(dir, 'stack-floor', { contents: STACK_FLOOR_HANDLER }).then((b) => ({
        ...b,
        name: STACK_FLOOR,
        event: {},
        personalData: false,
        samples: [],
        ratios: [],
      })),
      ...catalog.map(async ([name, spec]) => ({
        ...(await bundle(dir, name, spec.entry)),
        name,
        event: firstEvent(name, spec),
        personalData: spec.personalData !== undefined,
        samples: [],
        ratios: [],
      })),
    ]);
    const runner = join(dir, 'run.mjs');
    await writeFile(runner, RUNNER);
    const [bare, floor, ...functions] = bundles;
    // Round 0 warms the disk cache for every bundle alike and is not counted.
    for (let round = 0; round <= RUNS; round++) {
      for (const target of [floor!, ...functions]) {
        const bareMs = await coldStart(runner, bare!, round > 0);
        const ms = await coldStart(runner, target, round > 0);
        if (round > 0) target.ratios.push(ms / bareMs);
      }
    }

    const bareMs = median(bare!.samples);
    const rows: Row[] = [
      { name: `cold start, ${BARE}`, figure: `${bareMs.toFixed(0)} ms (${kb(bare!.bytes)})`, target: '', pass: undefined },
      {
        name: `cold start, ${STACK_FLOOR}: the document client, zod, middy and the Powertools logger`,
        figure: `${median(floor!.samples).toFixed(0)} ms (${kb(floor!.bytes)}), ${median(floor!.ratios).toFixed(2)}× bare`,
        target: '',
        pass: undefined,
      },
    ];
    for (const f of functions) {
      // Installed beside the bundle, not in it: in the deployment package, loaded only when a request needs them.
      const installed = installedModules(f.name).map((module) => ` + ${module} installed`);
      const bundleName = `bundle ${f.name}${installed.join('')}`;
      rows.push(
        f.personalData
          ? { name: bundleName, figure: kb(f.bytes), target: 'as small as the Encryption SDK allows', pass: undefined }
          : { name: bundleName, figure: kb(f.bytes), target: `≤ ${MAX_KB} KB`, pass: f.bytes <= MAX_KB * 1024 },
      );
      const ratio = median(f.ratios);
      rows.push({
        name: `cold start ${f.name} (${f.outcome})`,
        figure: `${median(f.samples).toFixed(0)} ms, ${ratio.toFixed(2)}× bare`,
        target: `≤ ${MAX_RATIO}× bare`,
        pass: ratio <= MAX_RATIO,
      });
    }
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printTable(await coldStartRows());
