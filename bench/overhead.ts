/**
 * Local API overhead (issue 14): case intake, rating and public progress through the local
 * runtime (HTTP → handler → store behind the recording proxy), at 1 and 16 concurrent clients,
 * next to a raw PutItem and GetItem sent from the same process through the runtime's own
 * client to the same store. The raw put writes a copy of an intake's case item (same size and
 * index keys) under a key of its own; the raw get reads the case the progress call reads.
 * Rounds interleave every kind, and the ratios are the medians of the rounds' ratios. At one
 * client the runtime settles between calls (untimed): a request's latency is its own, not the
 * outbox and notification work the one before it triggered, which in AWS runs in other
 * functions' containers (at 16 clients that work competes, as it does for this machine's
 * capacity). At one client each request's latency is also split into the time its service
 * calls were in flight (DynamoDB and KMS) and the rest: HTTP, the token, the wrapper and the
 * handler's own work — what the local runtime and the code add around the store. The floors
 * (`storeCallsOf`) are the same requests' store calls alone, sent raw: how far below a request
 * no code around its calls can take it, and how far above its floor the code runs.
 */
import { performance } from 'node:perf_hooks';
import {
  BatchGetItemCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  type AttributeValue,
  type BatchGetItemCommandInput,
  type GetItemCommandInput,
  type PutItemCommandInput,
  type QueryCommandInput,
} from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys, TABLE_KEYS } from '#adapters/table';
import type { SettableClock } from '#local/clock';
import type { HallFixture } from '#local/harness/hall';
import { intake, isRequest, prepared, type RequestKind } from '#local/harness/requests';
import type { Harness, Reply } from '#local/harness/runtime';
import { inFlightMs, type ServiceCalls } from '#local/service-calls';
import { median, ms, times, type Row } from './support/report';

const ROUNDS = 3;
/** Requests per kind and round: one client, then 16 clients. */
const SAMPLES = { 1: 20, 16: 48 } as const;
type Clients = keyof typeof SAMPLES;
const CLIENTS: Clients[] = [1, 16];

interface Timing {
  p50: number;
  p99: number;
  perSecond: number;
  /** Requests at one client: p50 of the time their service calls were in flight, and of the rest. */
  inServiceCalls?: number;
  outside?: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

/**
 * Runs the calls `clients` at a time: each call's latency, and the calls completed per second.
 * At one client the runtime settles after each call (untimed); with `serviceCalls` (requests)
 * each latency is split as well.
 */
async function timed(t: Harness, calls: Array<() => Promise<unknown>>, clients: number, serviceCalls?: ServiceCalls): Promise<Timing> {
  const latencies: number[] = [];
  const inCalls: number[] = [];
  const outside: number[] = [];
  let next = 0;
  let settling = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < calls.length) {
        const call = calls[next++]!;
        const begin = performance.now();
        if (serviceCalls && clients === 1) {
          const { invocations } = await serviceCalls.during(call);
          const latency = performance.now() - begin;
          const waited = inFlightMs(invocations.filter((i) => isRequest(i.event)).flatMap((i) => i.calls));
          latencies.push(latency);
          inCalls.push(waited);
          outside.push(latency - waited);
        } else {
          await call();
          latencies.push(performance.now() - begin);
        }
        if (clients === 1) {
          const settled = performance.now();
          await t.runtime.settle();
          settling += performance.now() - settled;
        }
      }
    }),
  );
  const wall = performance.now() - start - settling;
  const p50 = (values: number[]) =>
    percentile(
      [...values].sort((a, b) => a - b),
      0.5,
    );
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    perSecond: (calls.length / wall) * 1000,
    ...(inCalls.length ? { inServiceCalls: p50(inCalls), outside: p50(outside) } : {}),
  };
}

/** `count` requests of a kind, prepared 16 at a time beforehand (a rating needs a decided case of its own). */
async function requestsOf(t: Harness, hall: HallFixture, kind: RequestKind, count: number) {
  const requests: Array<() => Promise<Reply<unknown>>> = [];
  while (requests.length < count) {
    requests.push(...(await Promise.all(Array.from({ length: Math.min(16, count - requests.length) }, () => prepared(t, hall, kind)))));
  }
  return requests.map((request) => async () => {
    const reply = await request();
    if (reply.status >= 300) throw new Error(`${kind} failed: ${reply.status} ${reply.text}`);
  });
}

/** The raw calls: a put of a case-sized item under a fresh key, a get of an existing case. */
async function rawCalls(t: Harness, hall: HallFixture) {
  const { db, tableName } = t.runtime.deps;
  const progress = await prepared(t, hall, 'progress');
  const reply = await progress();
  const caseId = (reply.body as { caseId: string }).caseId;
  const { Item: stored } = await db.send(new GetCommand({ TableName: tableName, Key: keys.case(caseId) }));
  // Without the outbox's index key and the entity name: no stream consumer takes the copies.
  const { pendingPk: _pk, pendingSk: _sk, entity: _entity, ...item } = stored ?? {};
  let n = 0;
  return {
    put: () =>
      db.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...item, [TABLE_KEYS.partitionKey]: `bench-raw-${n++}`, [TABLE_KEYS.sortKey]: 'raw' },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    get: () => db.send(new GetCommand({ TableName: tableName, Key: keys.case(caseId) })),
  };
}

/** Operations a replay may send again as they were: reads change nothing. */
const READS = new Set(['GetItem', 'BatchGetItem', 'Query']);

/**
 * The floor under a request: the store calls one request of the kind makes (caught on the
 * runtime's client), sent again raw from this process in the same sequential stages, with no
 * HTTP, token, wrapper or handler around them: what any code making these calls costs here,
 * whatever it does around them. Reads are sent as they were; puts write under keys of their
 * own, without the outbox's index key and the entity name (no stream consumer takes them).
 * `next` is a fresh request of the kind.
 */
async function storeCallsOf(t: Harness, next: () => Promise<Reply<unknown>>): Promise<() => Promise<unknown>> {
  const { db } = t.runtime.deps;
  await next(); // a warm container (the hall's set-up cached), as for every request timed
  await t.runtime.settle();
  const caught: Array<{ operation: string; input: unknown }> = [];
  const name = 'bench-catch-store-calls';
  db.middlewareStack.add(
    (nextStep, context) => (args) => {
      caught.push({ operation: String(context.commandName).replace(/Command$/, ''), input: structuredClone(args.input) });
      return nextStep(args);
    },
    { step: 'serialize', name },
  );
  let own: Array<{ operation: string; stage: number }>;
  try {
    const { invocations } = await t.runtime.serviceCalls.during(async () => {
      const reply = await next();
      if (reply.status >= 300) throw new Error(`the request failed: ${reply.status} ${reply.text}`);
    });
    own = invocations.filter((i) => isRequest(i.event)).flatMap((i) => i.calls);
  } finally {
    db.middlewareStack.remove(name);
  }
  // The request's calls come first: the stream takes its changes once they are written.
  const calls = caught.slice(0, own.length).map((c, i) => ({ ...c, stage: own[i]!.stage }));
  if (calls.some((c, i) => c.operation !== own[i]!.operation || !(READS.has(c.operation) || c.operation === 'PutItem'))) {
    throw new Error(`cannot replay ${own.map((c) => c.operation).join(', ')}: only reads and puts`);
  }
  const stages = [...new Set(calls.map((c) => c.stage))].map((stage) => calls.filter((c) => c.stage === stage));
  let replays = 0;
  const replayed = (input: PutItemCommandInput, replay: number, i: number): PutItemCommandInput => {
    const { pendingPk: _pk, pendingSk: _sk, entity: _entity, ...item } = input.Item ?? {};
    const key: Record<string, AttributeValue> = { [TABLE_KEYS.partitionKey]: { S: `bench-floor-${replay}-${i}` } };
    return { ...input, Item: { ...item, ...key } };
  };
  const send = (operation: string, input: unknown, replay: number, i: number) => {
    switch (operation) {
      case 'PutItem':
        return db.send(new PutItemCommand(replayed(input as PutItemCommandInput, replay, i)));
      case 'GetItem':
        return db.send(new GetItemCommand(input as GetItemCommandInput));
      case 'BatchGetItem':
        return db.send(new BatchGetItemCommand(input as BatchGetItemCommandInput));
      default:
        return db.send(new QueryCommand(input as QueryCommandInput));
    }
  };
  return async () => {
    const replay = replays++;
    for (const stage of stages) await Promise.all(stage.map((c, i) => send(c.operation, c.input, replay, i)));
  };
}

type Measured = 'raw put' | 'raw get' | 'intake floor' | 'progress floor' | 'intake' | 'rating' | 'progress';

/**
 * `clock` is the runtime's: moved on an hour for each batch, so the public calls (ratings and
 * progress checks the receipt code of) stay within the per-address hourly limit of code checks.
 */
export async function apiOverhead(t: Harness, hall: HallFixture, clock: SettableClock): Promise<Row[]> {
  const raw = await rawCalls(t, hall);
  const floors = {
    intake: await storeCallsOf(t, () => intake(t, hall)),
    progress: await storeCallsOf(t, await prepared(t, hall, 'progress')),
  };
  let hour = clock.now().getTime();
  const nextHour = () => clock.set(new Date((hour += 3600_000)).toISOString());
  const rounds: Array<Record<`${Measured} ${Clients}`, Timing>> = [];
  for (let round = 0; round < ROUNDS; round++) {
    const timings = {} as Record<`${Measured} ${Clients}`, Timing>;
    for (const clients of CLIENTS) {
      const count = SAMPLES[clients];
      nextHour();
      const requests = {
        intake: await requestsOf(t, hall, 'intake', count),
        rating: await requestsOf(t, hall, 'rating', count),
        progress: await requestsOf(t, hall, 'progress', count),
      };
      await t.runtime.settle();
      timings[`raw put ${clients}`] = await timed(
        t,
        Array.from({ length: count }, () => raw.put),
        clients,
      );
      timings[`raw get ${clients}`] = await timed(
        t,
        Array.from({ length: count }, () => raw.get),
        clients,
      );
      for (const kind of ['intake', 'progress'] as const) {
        timings[`${kind} floor ${clients}`] = await timed(
          t,
          Array.from({ length: count }, () => floors[kind]),
          clients,
        );
      }
      for (const kind of ['intake', 'rating', 'progress'] as const) {
        timings[`${kind} ${clients}`] = await timed(t, requests[kind], clients, t.runtime.serviceCalls);
        await t.runtime.settle();
      }
    }
    rounds.push(timings);
  }
  const med = (key: `${Measured} ${Clients}`, pick: (t: Timing) => number) => median(rounds.map((r) => pick(r[key])));
  const ratio = (a: `${Measured} ${Clients}`, b: `${Measured} ${Clients}`, pick: (t: Timing) => number) =>
    median(rounds.map((r) => pick(r[a]) / pick(r[b])));

  const figures: Row[] = CLIENTS.flatMap((clients) =>
    (['raw put', 'raw get', 'intake floor', 'progress floor', 'intake', 'rating', 'progress'] as const).map((what) => ({
      name: `${what}, ${clients} client${clients > 1 ? 's' : ''}: p50 / p99, per second`,
      figure: `${ms(med(`${what} ${clients}`, (t) => t.p50))} / ${ms(med(`${what} ${clients}`, (t) => t.p99))}, ${med(`${what} ${clients}`, (t) => t.perSecond).toFixed(0)}/s`,
      target: '',
    })),
  );
  const split = (['intake', 'rating', 'progress'] as const).map((what) => ({
    name: `${what}, 1 client: p50 in its service calls / outside them`,
    figure: `${ms(med(`${what} 1`, (t) => t.inServiceCalls ?? NaN))} / ${ms(med(`${what} 1`, (t) => t.outside ?? NaN))}`,
    target: '',
  }));
  const intakeP50 = ratio('intake 1', 'raw put 1', (t) => t.p50);
  const progressP50 = ratio('progress 1', 'raw get 1', (t) => t.p50);
  const throughput = ratio('intake 16', 'raw put 16', (t) => t.perSecond);
  return [
    ...figures,
    ...split,
    { name: 'intake p50 / raw PutItem p50 (1 client)', figure: times(intakeP50), target: '≤ 2×', pass: intakeP50 <= 2 },
    { name: 'progress p50 / raw GetItem p50 (1 client)', figure: times(progressP50), target: '≤ 1.5×', pass: progressP50 <= 1.5 },
    {
      name: 'intake / raw PutItem throughput (16 clients)',
      figure: times(throughput),
      target: '≥ 0.5×',
      pass: throughput >= 0.5,
    },
    {
      name: "intake's own store calls replayed raw (the floor) / raw PutItem: p50 (1 client), throughput (16 clients)",
      figure: `${times(ratio('intake floor 1', 'raw put 1', (t) => t.p50))}, ${times(ratio('intake floor 16', 'raw put 16', (t) => t.perSecond))}`,
      target: '',
    },
    {
      name: 'intake / that floor: p50 (1 client), throughput (16 clients)',
      figure: `${times(ratio('intake 1', 'intake floor 1', (t) => t.p50))}, ${times(ratio('intake 16', 'intake floor 16', (t) => t.perSecond))}`,
      target: '',
    },
    {
      name: "progress's own store calls replayed raw (the floor) / raw GetItem p50 (1 client); progress / that floor",
      figure: `${times(ratio('progress floor 1', 'raw get 1', (t) => t.p50))}; ${times(ratio('progress 1', 'progress floor 1', (t) => t.p50))}`,
      target: '',
    },
    {
      name: 'rating p50 / raw PutItem p50 (1 client)',
      figure: times(ratio('rating 1', 'raw put 1', (t) => t.p50)),
      target: '',
    },
  ];
}
