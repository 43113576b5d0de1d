/**
 * The composition root of every function: its entry file passes the ports its catalog entry
 * grants, built from the environment at the first invocation (never at import), and the
 * wrapper that turns them into a Lambda handler. `withDeps` gives the same handler other
 * ports: the local runtime's, or a test's mocks.
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { Clock } from '#adapters/clock';
import type { CipherDeps, EventDeps, KeyedHashDeps, NotificationDeps, StoreDeps } from '#adapters/deps';
import { logger } from '#adapters/logger';
import { publishMetrics } from '#adapters/metrics';
import type { functionCatalog, FunctionName } from '#topology/catalog';

type Spec<F extends FunctionName> = (typeof functionCatalog)[F];

/**
 * The ports of function F: the table (unless it has no table access) and the clock, the bus
 * if it publishes, the cipher if it handles personal data, keyed hashing if it holds the secret,
 * the notification channels if it notifies.
 */
export type DepsOf<F extends FunctionName> = (Spec<F>['table'] extends 'none' ? { clock: Clock } : StoreDeps) &
  (Spec<F>['publishesEvents'] extends true ? EventDeps : unknown) &
  (Spec<F> extends { personalData: readonly unknown[] } ? CipherDeps : unknown) &
  (Spec<F> extends { keyedHash: true } ? KeyedHashDeps : unknown) &
  (Spec<F> extends { notifies: true } ? NotificationDeps : unknown);

export type LambdaHandler<E, R> = (event: E, context: Context) => Promise<R>;

export interface Entry<E, R, D> extends LambdaHandler<E, R> {
  /** The same function with other ports (the local runtime, tests). */
  withDeps(deps: D): LambdaHandler<E, R>;
}

/** The business metrics an invocation recorded, written when it ends, failed or not. */
const flushMetrics = <E, R>(): middy.MiddlewareObj<E, R, Error, Context, Record<string, unknown>> => ({
  after: publishMetrics,
  onError: publishMetrics,
});

/**
 * A function's handler: `run` gets the ports once and returns what handles each event; the
 * Powertools logger gets the Lambda context on every invocation, the invocation's metrics are
 * flushed at its end, and `middlewares` run.
 */
export function lambdaEntry<F extends FunctionName, E, R>(
  _fn: F,
  fromEnvironment: () => DepsOf<F>,
  run: (deps: DepsOf<F>) => (event: E, context: Context) => Promise<R>,
  middlewares: middy.MiddlewareObj<E, R, Error, Context, Record<string, unknown>>[] = [],
): Entry<E, R, DepsOf<F>> {
  const withDeps = (deps: DepsOf<F>): LambdaHandler<E, R> =>
    middy<E, R, Error, Context, Record<string, unknown>>()
      .use(injectLambdaContext(logger, { resetKeys: true }))
      .use(flushMetrics<E, R>())
      .use(middlewares)
      .handler(run(deps));
  let built: LambdaHandler<E, R> | undefined;
  const handler = ((event: E, context: Context) => (built ??= withDeps(fromEnvironment()))(event, context)) as Entry<E, R, DepsOf<F>>;
  handler.withDeps = withDeps;
  return handler;
}
