/**
 * The functions of the catalog, run in this process: each entry file's real handler, given the
 * local runtime's ports (`withDeps`), invoked with a Lambda-like context.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import type { Deps } from '#adapters/deps';
import { logger } from '#adapters/logger';
import type { Entry, LambdaHandler } from '#lambda/entry';
import { functionCatalog, type FunctionName } from '#topology/catalog';
import { asyncFailureRecord, type LocalDeadLetterQueue } from './dead-letter-queue';
import { withTableGrants } from './table-grants';

const root = resolve(import.meta.dirname, '..');
const modules = new Map<FunctionName, Promise<Entry<unknown, unknown, Deps>>>();

export const isFunctionName = (name: string): name is FunctionName => name in functionCatalog;

/** The entry's exported handler (modules are loaded once per process, like a warm container). */
function entryOf(name: FunctionName): Promise<Entry<unknown, unknown, Deps>> {
  let entry = modules.get(name);
  if (!entry) {
    const url = pathToFileURL(resolve(root, functionCatalog[name].entry)).href;
    entry = import(url).then((m: { handler: Entry<unknown, unknown, Deps> }) => m.handler);
    modules.set(name, entry);
  }
  return entry;
}

/** The context Lambda hands one invocation of the function: its name, memory and deadline from the catalog. */
export function lambdaContext(name: FunctionName): Context {
  const spec = functionCatalog[name];
  const deadline = Date.now() + spec.timeoutSeconds * 1000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${name}`,
    memoryLimitInMB: String(spec.memoryMb),
    awsRequestId: randomUUID(),
    logGroupName: `/local/${name}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

export type Invoke = (name: FunctionName, event: unknown) => Promise<unknown>;

/** Lambda's asynchronous invocation (schedules and bus rules): the first attempt and two retries. */
export const ASYNC_ATTEMPTS = 3;

/**
 * An asynchronous invocation, as Lambda runs one: retried on failure, and parked in the
 * dead-letter queue (the stack's on-failure destination) once every attempt has failed.
 */
export async function invokeAsync(invoke: Invoke, name: FunctionName, event: unknown, deadLetters?: LocalDeadLetterQueue): Promise<void> {
  for (let attempt = 1; attempt <= ASYNC_ATTEMPTS; attempt++) {
    try {
      await invoke(name, event);
      return;
    } catch (err) {
      logger.error('asynchronous invocation failed', { function: name, attempt, error: err as Error });
      if (attempt === ASYNC_ATTEMPTS) await deadLetters?.send(asyncFailureRecord(name, event, err, attempt));
    }
  }
}

/**
 * Invokes the catalog's functions with these ports (each function takes the ones it needs), the
 * table as each function's role may use it in AWS (local/table-grants.ts).
 */
export function localFunctions(deps: Deps): Invoke {
  const handlers = new Map<FunctionName, Promise<LambdaHandler<unknown, unknown>>>();
  return async (name, event) => {
    let handler = handlers.get(name);
    if (!handler) handlers.set(name, (handler = entryOf(name).then((entry) => entry.withDeps(withTableGrants(deps, name)))));
    return (await handler)(event, lambdaContext(name));
  };
}
