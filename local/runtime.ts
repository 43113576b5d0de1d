/**
 * The whole backend on one machine: the embedded store with its change stream, the same
 * handlers behind a local API Gateway, the complaint router fed by the stream with the AWS
 * filter, the schedules on their cron expressions in Asia/Shanghai, and a local event bus.
 */
import { appendFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { systemClock, type Clock } from '#adapters/clock';
import type { Deps } from '#adapters/deps';
import { logger } from '#adapters/logger';
import type { EventPublisher } from '#events/contracts';
import { notificationQueue, schedules, streamSources } from '#topology/triggers';
import type { FunctionName } from '#topology/catalog';
import { HmacKeyedHash } from '#adapters/keyed-hash';
import { loadOrCreateKeys, loadOrCreateSecret, type LocalKeys } from './auth';
import { clockStartingAt } from './clock';
import { LocalEventBus } from './event-bus';
import { AesFieldCipher } from './field-cipher';
import { localFunctions, type Invoke } from './functions';
import { LocalQueue, localNotificationDeps } from './notifications';
import { startHttpServer } from './server';
import { startScheduler } from './scheduler';
import { startLocalStore, type LocalStore } from './store';

export const LOCAL_TABLE_NAME = 'hall-local';

// Lambda runs nodejs22.x; locally Node 20 runs SDK versions pinned by the lockfile, so the
// SDK's reminder about future Node 22-only releases is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export interface RuntimeOptions {
  /** Store folder, or ':memory:' for none. */
  dataDir: string;
  /** Signing key, runtime address and logs; defaults to dataDir (a temp folder for ':memory:'). */
  stateDir?: string;
  clock?: Clock;
  /** HTTP port (0 = any free port); omit for no HTTP server. */
  port?: number;
  /** Fire the schedules (off for one-off invocations and most tests). */
  schedules?: boolean;
}

export interface Runtime {
  url?: string;
  store: LocalStore;
  keys: LocalKeys;
  events: LocalEventBus;
  /** The notification queue's stand-in. */
  notifications: LocalQueue;
  deps: Deps;
  stateDir: string;
  invoke: Invoke;
  /** Waits until the change stream and event deliveries are idle. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

/** HALL_CLOCK (development and tests only): the clock starts at that instant and runs on. */
export function clockFromEnvironment(): Clock {
  const start = process.env.HALL_CLOCK;
  if (!start) return systemClock;
  const instant = new Date(start);
  if (Number.isNaN(instant.getTime())) throw new Error(`HALL_CLOCK is not an ISO 8601 instant: ${start}`);
  return clockStartingAt(instant);
}

export function resolveStateDir(dataDir: string): string {
  return dataDir === ':memory:' ? join(tmpdir(), 'hall-local-memory') : dataDir;
}

/** The adapters of the local runtime: the local store, clock, event bus, PII key and the notification file sink. */
export async function localDeps(
  storeEndpoint: string,
  stateDir: string,
  clock: Clock,
  events: EventPublisher,
  notifications: LocalQueue,
): Promise<Deps> {
  // Any region and credentials: dynalite checks neither.
  const client = new DynamoDBClient({
    endpoint: storeEndpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    db: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    tableName: LOCAL_TABLE_NAME,
    clock,
    events,
    cipher: new AesFieldCipher(await loadOrCreateSecret(stateDir, 'pii-key.bin')),
    keyedHash: new HmacKeyedHash(() => loadOrCreateSecret(stateDir, 'hash-key.bin')),
    ...localNotificationDeps(stateDir, clock, notifications),
  };
}

/** The catalog's functions against a store, with the bus and the notification queue connected to them. */
export async function connectedFunctions(storeEndpoint: string, stateDir: string, clock: Clock) {
  const events = LocalEventBus.inStateDir(stateDir);
  const notifications = new LocalQueue('notifications', notificationQueue, clock, join(stateDir, 'outbox', 'dead-letters.jsonl'));
  const deps = await localDeps(storeEndpoint, stateDir, clock, events, notifications);
  const invoke = localFunctions(deps);
  events.connect(invoke, { notifications });
  notifications.start((event: SQSEvent) => invoke(notificationQueue.function, event) as Promise<SQSBatchResponse>);
  return { events, notifications, deps, invoke };
}

export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const stateDir = options.stateDir ?? resolveStateDir(options.dataDir);
  await mkdir(stateDir, { recursive: true });
  const clock = options.clock ?? systemClock;
  const store = await startLocalStore({ dataDir: options.dataDir, tableName: LOCAL_TABLE_NAME });
  const { events, notifications, deps, invoke: invokeFunction } = await connectedFunctions(store.endpoint, stateDir, clock);

  const failedRecordsFile = join(stateDir, 'failed-stream-records.jsonl');
  const unsubscribers = Object.values(streamSources).map((source) =>
    store.stream.subscribe({
      name: source.function,
      ...source,
      handler: (event: DynamoDBStreamEvent) => invokeFunction(source.function, event) as Promise<DynamoDBBatchResponse | void>,
      // The on-failure destination (an SQS queue in AWS): kept as JSON lines for inspection.
      onFailure: async (records, reason) => {
        logger.error('stream records sent to the on-failure destination', { function: source.function, count: records.length, reason });
        await appendFile(
          failedRecordsFile,
          records.map((r) => `${JSON.stringify({ function: source.function, reason, record: r })}\n`).join(''),
        );
      },
    }),
  );

  const scheduler = options.schedules
    ? startScheduler({
        schedules,
        clock,
        invoke: (fn, input) => invokeFunction(fn as FunctionName, input),
        onError: (err, schedule) => logger.error('scheduled run failed', { schedule, error: err as Error }),
      })
    : undefined;

  const keys = await loadOrCreateKeys(stateDir);
  const http = options.port === undefined ? undefined : await startHttpServer(keys, invokeFunction, options.port);
  const runtimeFile = join(stateDir, 'runtime.json');
  if (http)
    await writeFile(
      runtimeFile,
      JSON.stringify({ pid: process.pid, url: http.url, storeEndpoint: store.endpoint, tableName: LOCAL_TABLE_NAME }),
    );

  return {
    ...(http ? { url: http.url } : {}),
    store,
    keys,
    events,
    notifications,
    deps,
    stateDir,
    invoke: invokeFunction,
    async settle() {
      // Stream deliveries publish events, event deliveries write records and fill the queue: settle all.
      for (let i = 0; i < 5; i++) {
        await store.stream.drain();
        await events.drain();
        await notifications.drain();
      }
    },
    async stop() {
      scheduler?.stop();
      notifications.stop();
      await http?.close();
      if (http) await rm(runtimeFile, { force: true });
      for (const unsubscribe of unsubscribers) unsubscribe();
      await store.close();
    },
  };
}
