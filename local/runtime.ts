/**
 * The whole backend on one machine: the embedded store with its change stream, the same
 * handlers behind a local API Gateway, the complaint router fed by the stream with the AWS
 * filter, the schedules on their cron expressions in Asia/Shanghai, and a local event bus.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { KMSClient } from '@aws-sdk/client-kms';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { systemClock, type Clock } from '#adapters/clock';
import type { Deps } from '#adapters/deps';
import { logger } from '#adapters/logger';
import type { EventPublisher } from '#events/contracts';
import { notificationQueue, schedules, streamSources } from '#topology/triggers';
import type { FunctionName } from '#topology/catalog';
import { HmacKeyedHash } from '#adapters/keyed-hash';
import { EnvelopeFieldCipher } from '#adapters/field-cipher';
import { loadOrCreateKeys, loadOrCreateSecret, type LocalKeys } from './auth';
import { clockStartingAt } from './clock';
import { LocalDeadLetterQueue, streamFailureRecord } from './dead-letter-queue';
import { LocalEventBus } from './event-bus';
import { invokeAsync, localFunctions, type Invoke } from './functions';
import { LOCAL_KMS_KEY_ID, localKmsClient } from './kms';
import { LocalQueue, localNotificationDeps } from './notifications';
import { startHttpServer } from './server';
import { startScheduler } from './scheduler';
import { ServiceCalls } from './service-calls';
import { startLocalStore, type InProcessHandler, type LocalStore } from './store';
import { reconcile } from '#services/reconciliation';

export const LOCAL_TABLE_NAME = 'hall-local';

/** How long stopping waits for the stream, the bus and the queue to finish what is under way. */
const STOP_DRAIN_MS = 10_000;

/** At start-up nothing else runs yet: whatever is still owed is redone, however recent. */
const NO_BOUND = new Date(Date.UTC(9999, 11, 31));

// Lambda runs nodejs24.x; locally Node 20 runs SDK versions pinned by the lockfile, so the
// SDK's reminder about future Node 22-only releases is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Business metrics are CloudWatch EMF lines on stdout: in AWS they become metrics, here they
// would only bury the output (the instance is made at the first invocation, after this).
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

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
  /** The calls each invocation makes to DynamoDB, KMS and the bus (EventBridge), while recorded. */
  serviceCalls: ServiceCalls;
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

/**
 * How a DynamoDB client reaches the local store: its endpoint, and from the process the store
 * runs in its in-process request handler (the same requests, no socket).
 */
export interface StoreConnection {
  endpoint: string;
  requestHandler?: InProcessHandler;
}

/** The adapters of the local runtime: the local store, clock, event bus, the AWS field cipher on the local KMS, and the notification file sink. */
export function localDeps(
  store: StoreConnection,
  stateDir: string,
  clock: Clock,
  events: EventPublisher,
  notifications: LocalQueue,
  kms: KMSClient,
): Deps {
  // Any region and credentials: dynalite checks neither.
  const client = new DynamoDBClient({
    endpoint: store.endpoint,
    ...(store.requestHandler ? { requestHandler: store.requestHandler } : {}),
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    db: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    tableName: LOCAL_TABLE_NAME,
    clock,
    events,
    cipher: new EnvelopeFieldCipher(kms, LOCAL_KMS_KEY_ID),
    keyedHash: new HmacKeyedHash(() => loadOrCreateSecret(stateDir, 'hash-key.bin')),
    ...localNotificationDeps(stateDir, clock, notifications),
  };
}

/** The catalog's functions against a store, with the bus and the notification queue connected to them. */
export async function connectedFunctions(store: StoreConnection, stateDir: string, clock: Clock) {
  const events = LocalEventBus.inStateDir(stateDir);
  const notifications = new LocalQueue('notifications', notificationQueue, clock, join(stateDir, 'outbox', 'dead-letters.jsonl'));
  const serviceCalls = new ServiceCalls();
  const kms = localKmsClient(await loadOrCreateSecret(stateDir, 'pii-key.bin'));
  const deps = serviceCalls.instrument(localDeps(store, stateDir, clock, events, notifications, kms), kms);
  const invoke = serviceCalls.scoped(localFunctions(deps));
  events.connect(invoke, { notifications });
  notifications.start((event: SQSEvent) => invoke(notificationQueue.function, event) as Promise<SQSBatchResponse>);
  return { events, notifications, deps, invoke, serviceCalls };
}

export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const stateDir = options.stateDir ?? resolveStateDir(options.dataDir);
  await mkdir(stateDir, { recursive: true });
  const clock = options.clock ?? systemClock;
  const store = await startLocalStore({ dataDir: options.dataDir, tableName: LOCAL_TABLE_NAME });
  const { events, notifications, deps, invoke: invokeFunction, serviceCalls } = await connectedFunctions(store, stateDir, clock);

  const streamDeadLetters = LocalDeadLetterQueue.open(stateDir, 'streams');
  const unsubscribers = Object.values(streamSources).map((source) =>
    store.stream.subscribe({
      name: source.function,
      ...source,
      handler: (event: DynamoDBStreamEvent) => invokeFunction(source.function, event) as Promise<DynamoDBBatchResponse | void>,
      // The on-failure destination: the streams dead-letter queue, as in AWS.
      onFailure: async (records, reason) => {
        logger.error('stream records sent to the on-failure destination', { function: source.function, count: records.length, reason });
        await streamDeadLetters.send(streamFailureRecord(source.function, records, reason));
      },
    }),
  );

  // Stream deliveries publish events, event deliveries write records and fill the queue: settle all.
  const settle = async () => {
    for (let i = 0; i < 5; i++) {
      await store.stream.drain();
      await events.drain();
      await notifications.drain();
    }
  };
  if (options.dataDir !== ':memory:') {
    // What the last run left: the journal's records are delivered again from each consumer's
    // position (above); what it lost (a kill between a write and its record) is redone from the
    // table before anything else runs.
    await settle();
    const redone = await reconcile(deps, NO_BOUND);
    if (redone.republished + redone.rerouted > 0) await settle();
  }

  const jobDeadLetters = LocalDeadLetterQueue.open(stateDir, 'jobs');
  const scheduler = options.schedules
    ? startScheduler({
        schedules,
        clock,
        // Schedules invoke asynchronously: retried, then parked in the jobs dead-letter queue.
        invoke: (fn, input) => invokeAsync(invokeFunction, fn as FunctionName, input, jobDeadLetters),
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
    serviceCalls,
    stateDir,
    invoke: invokeFunction,
    settle,
    // SIGTERM: no new work; what was acknowledged is carried through (bounded), positions kept.
    async stop() {
      scheduler?.stop();
      await http?.close();
      if (http) await rm(runtimeFile, { force: true });
      await Promise.race([settle(), new Promise((resolve) => setTimeout(resolve, STOP_DRAIN_MS).unref())]);
      notifications.stop();
      for (const unsubscribe of unsubscribers) unsubscribe();
      await store.close();
    },
  };
}

/** The store of the `npm start` running on this state folder, if one runs. */
async function runningServerStore(stateDir: string): Promise<string | undefined> {
  try {
    const info = JSON.parse(await readFile(join(stateDir, 'runtime.json'), 'utf8')) as { pid: number; storeEndpoint: string };
    process.kill(info.pid, 0); // throws if that server is gone
    return info.storeEndpoint;
  } catch {
    return undefined;
  }
}

export interface LocalInvoker {
  invoke: Invoke;
  /** Waits for what the invocations started (stream, bus deliveries), then lets go of the store. */
  close(): Promise<void>;
}

/**
 * The functions, for a one-off command (`npm run invoke`, `npm run replay`): on the running
 * server's store while `npm start` runs on the same DATA_DIR (its address is in runtime.json),
 * so the writes feed that server's change stream; otherwise on a runtime of their own over the
 * store on disk.
 */
export async function localInvoker(dataDir: string, clock: Clock = clockFromEnvironment()): Promise<LocalInvoker> {
  const stateDir = resolveStateDir(dataDir);
  const endpoint = await runningServerStore(stateDir);
  if (endpoint) {
    const { events, notifications, invoke } = await connectedFunctions({ endpoint }, stateDir, clock);
    return {
      invoke,
      async close() {
        await events.drain();
        await notifications.drain();
        notifications.stop();
      },
    };
  }
  const runtime = await startRuntime({ dataDir, stateDir, clock });
  return {
    invoke: runtime.invoke,
    async close() {
      await runtime.settle();
      await runtime.stop();
    },
  };
}
