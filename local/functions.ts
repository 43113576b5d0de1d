/** Loads a catalog function's real entry file and invokes it with a Lambda-like context. */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Context } from 'aws-lambda';
import { functionCatalog, type FunctionName } from '#functions/catalog';

type Handler = (event: unknown, context: Context) => Promise<unknown>;

const loaded = new Map<FunctionName, Promise<Handler>>();
const root = resolve(import.meta.dirname, '..');

export const isFunctionName = (name: string): name is FunctionName => name in functionCatalog;

function load(name: FunctionName): Promise<Handler> {
  let handler = loaded.get(name);
  if (!handler) {
    const url = pathToFileURL(resolve(root, functionCatalog[name].entry)).href;
    handler = import(url).then((m: { handler: Handler }) => m.handler);
    loaded.set(name, handler);
  }
  return handler;
}

function lambdaContext(name: FunctionName): Context {
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

export async function invokeFunction(name: FunctionName, event: unknown): Promise<unknown> {
  const handler = await load(name);
  return handler(event, lambdaContext(name));
}
