/**
 * The calls each function invocation makes to the services it stands on: DynamoDB and KMS
 * (counted by SDK middleware on the runtime's clients: the field cipher is the AWS one, its KMS
 * answered in process by local/kms.ts, so a data key served from the cipher's cache is no
 * call) and EventBridge (locally the bus stands in for its client, so the port's calls are
 * counted: each is one PutEvents in AWS). Each invocation runs in a scope of its own, so a request's
 * calls are told apart from those of the stream, bus and queue deliveries running meanwhile.
 *
 * Sequential stages are the round trips a caller waits for one after another: a stage starts
 * when a call starts while none of the invocation's calls is in flight; a call started while
 * another is in flight joins that stage. For `Promise.all` over calls this is deterministic.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Deps } from '#adapters/deps';
import { TABLE_KEYS } from '#adapters/table';
import type { KMSClient } from '@aws-sdk/client-kms';
import type { EventPublisher } from '#events/contracts';
import type { FunctionName } from '#topology/catalog';
import type { Invoke } from './functions';

export const SERVICES = ['DynamoDB', 'KMS', 'EventBridge'] as const;
export type Service = (typeof SERVICES)[number];

export interface ServiceCall {
  service: Service;
  /** DynamoDB's operation (GetItem, Query…), Encrypt/Decrypt, PutEvents. */
  operation: string;
  /** The invocation's sequential stage (over every service) the call belongs to, from 1. */
  stage: number;
  /** The stage counted over this service's calls alone, from 1. */
  serviceStage: number;
  /** The partition key value a Query, or a call on one item, names. */
  partition?: string;
  /** Items DynamoDB read for it, what reads are billed by: a Query's or Scan's ScannedCount (filters or not), the items a GetItem or BatchGetItem found. */
  itemsRead?: number;
  /** When it started and ended (performance.now(), ms). */
  startedAt: number;
  endedAt?: number;
}

export interface Invocation {
  function: FunctionName;
  event: unknown;
  calls: ServiceCall[];
}

/** Calls and sequential stages per service, over all services ('all'), and calls per operation. */
export interface CallSummary {
  calls: Record<Service | 'all', number>;
  stages: Record<Service | 'all', number>;
  operations: Record<string, number>;
}

interface Scope {
  invocation: Invocation;
  inFlight: Record<Service | 'all', number>;
  stages: Record<Service | 'all', number>;
}

const perService = (): Record<Service | 'all', number> => ({ all: 0, DynamoDB: 0, KMS: 0, EventBridge: 0 });

const MIDDLEWARE = 'hall-count-service-calls';

export class ServiceCalls {
  private readonly scope = new AsyncLocalStorage<Scope>();
  private recorded: Invocation[] | undefined;

  /** The same ports, their calls counted in the invocation that makes them (`kms`: the client the cipher uses). */
  instrument(deps: Deps, kms: KMSClient): Deps {
    this.countDynamoDb(deps.db);
    this.countKms(kms);
    return { ...deps, events: this.countedEvents(deps.events) };
  }

  /** Each invocation in a scope of its own (recorded only while `during` runs). */
  scoped(invoke: Invoke): Invoke {
    return (name, event) => {
      const recorded = this.recorded;
      // Outside a recording, not in the scope of the invocation that led to it either.
      if (!recorded) return this.scope.exit(() => invoke(name, event));
      const invocation: Invocation = { function: name, event, calls: [] };
      recorded.push(invocation);
      return this.run(invocation, () => invoke(name, event));
    };
  }

  /** The calls `work` makes, as if one invocation of `fn` made them (work run outside the functions). */
  async measure<T>(fn: FunctionName, work: () => Promise<T>): Promise<{ result: T; calls: ServiceCall[] }> {
    const invocation: Invocation = { function: fn, event: undefined, calls: [] };
    return { result: await this.run(invocation, work), calls: invocation.calls };
  }

  private run<T>(invocation: Invocation, work: () => Promise<T>): Promise<T> {
    return this.scope.run({ invocation, inFlight: perService(), stages: perService() }, work);
  }

  /** The invocations `work` led to (requests, and whatever stream or bus deliveries started meanwhile). */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; invocations: Invocation[] }> {
    if (this.recorded) throw new Error('ServiceCalls.during does not nest');
    const invocations: Invocation[] = [];
    this.recorded = invocations;
    try {
      return { result: await work(), invocations };
    } finally {
      this.recorded = undefined;
    }
  }

  /** A call made in the current invocation (if any), from its start to its end. */
  async track<T>(service: Service, operation: string, call: () => Promise<T>, detail?: (result: T) => Partial<ServiceCall>): Promise<T> {
    const scope = this.scope.getStore();
    if (!scope) return call();
    const start = (key: Service | 'all') => {
      if (scope.inFlight[key]++ === 0) scope.stages[key]++;
      return scope.stages[key];
    };
    const record: ServiceCall = { service, operation, stage: start('all'), serviceStage: start(service), startedAt: performance.now() };
    scope.invocation.calls.push(record);
    try {
      const result = await call();
      Object.assign(record, detail?.(result));
      return result;
    } finally {
      record.endedAt = performance.now();
      scope.inFlight.all--;
      scope.inFlight[service]--;
    }
  }

  /** Counts the calls sent through this client (the runtime's, or another on the same store). */
  countDynamoDb(db: DynamoDBDocumentClient): void {
    db.middlewareStack.add(
      (next, context) => (args) => {
        const operation = (context.commandName ?? 'unknown').replace(/Command$/, '');
        const partition = partitionOf(args.input);
        return this.track(
          'DynamoDB',
          operation,
          () => next(args),
          (out) => ({
            ...(partition !== undefined ? { partition } : {}),
            ...itemsReadBy(operation, out.output),
          }),
        );
      },
      { step: 'initialize', name: MIDDLEWARE },
    );
  }

  private countKms(kms: KMSClient): void {
    kms.middlewareStack.add(
      (next, context) => (args) => this.track('KMS', (context.commandName ?? 'unknown').replace(/Command$/, ''), () => next(args)),
      { step: 'initialize', name: MIDDLEWARE },
    );
  }

  private countedEvents(events: EventPublisher): EventPublisher {
    return { publish: (batch) => this.track('EventBridge', 'PutEvents', () => events.publish(batch)) };
  }
}

/** The partition a call names: a Query's `:pk`, the key or item of a single-item call (before or after marshalling). */
export function partitionOf(input: unknown): string | undefined {
  const { ExpressionAttributeValues, Key, Item } = input as Record<string, Record<string, unknown> | undefined>;
  // A single-item call's own key first: its expression values may name other keys (an index's).
  const pk = (Key ?? Item)?.[TABLE_KEYS.partitionKey] ?? ExpressionAttributeValues?.[':pk'];
  return typeof pk === 'string' ? pk : (pk as { S?: string } | undefined)?.S;
}

function itemsReadBy(operation: string, output: unknown): Pick<ServiceCall, 'itemsRead'> {
  const out = output as { ScannedCount?: number; Item?: unknown; Responses?: Record<string, unknown[]> };
  if (operation === 'Query' || operation === 'Scan') return { itemsRead: out.ScannedCount ?? 0 };
  if (operation === 'GetItem') return { itemsRead: out.Item ? 1 : 0 };
  if (operation === 'BatchGetItem') return { itemsRead: Object.values(out.Responses ?? {}).reduce((sum, found) => sum + found.length, 0) };
  return {};
}

/** Calls and stages per service over one invocation's calls. */
export function summarize(calls: readonly ServiceCall[]): CallSummary {
  const summary: CallSummary = { calls: perService(), stages: perService(), operations: {} };
  for (const call of calls) {
    summary.calls.all++;
    summary.calls[call.service]++;
    summary.stages.all = Math.max(summary.stages.all, call.stage);
    summary.stages[call.service] = Math.max(summary.stages[call.service], call.serviceStage);
    const key = `${call.service} ${call.operation}`;
    summary.operations[key] = (summary.operations[key] ?? 0) + 1;
  }
  return summary;
}

/** Items read by these calls; with `partition`, only in the partitions it accepts. */
export function itemsRead(calls: readonly ServiceCall[], partition?: (pk: string) => boolean): number {
  const counted = (c: ServiceCall) => !partition || (c.partition !== undefined && partition(c.partition));
  return calls.reduce((sum, c) => sum + (counted(c) ? (c.itemsRead ?? 0) : 0), 0);
}

/** Milliseconds during which at least one of these calls was in flight (the request waited on services). */
export function inFlightMs(calls: readonly ServiceCall[]): number {
  const spans = calls.map((c): [number, number] => [c.startedAt, c.endedAt ?? c.startedAt]).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let current: [number, number] | undefined;
  for (const [start, end] of spans) {
    if (current && start <= current[1]) current[1] = Math.max(current[1], end);
    else {
      total += current ? current[1] - current[0] : 0;
      current = [start, end];
    }
  }
  return total + (current ? current[1] - current[0] : 0);
}

/** The calls that read (what `itemsRead` counts): Query, Scan, GetItem, BatchGetItem. */
export const readRequests = (calls: readonly ServiceCall[]): number => calls.filter((c) => c.itemsRead !== undefined).length;
