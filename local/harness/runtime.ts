/**
 * The local runtime started in this process (in-memory store, any free port), driven over
 * HTTP as a client would: the integration tests, the bench and the sample generator use it.
 *
 * `call` takes a route key of the route table and that route's path parameters, and checks
 * every 2xx JSON reply strictly against the route's reply schema (the one the OpenAPI document
 * is generated from): a field a handler returns that the schema does not list fails the test
 * that made the call. `request` is the raw form for paths that are not routes (junk, fuzzing);
 * its 2xx replies are checked the same way when the path matches a route.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod';
import type { Clock } from '#adapters/clock';
import { routes, type RouteKey, type RouteSpec } from '#api/routes';
import type { ParamNames } from '#lambda/api';
import { signToken, type LocalKeys } from '../auth';
import { clockStartingAt } from '../clock';
import { startRuntime, type Runtime } from '../runtime';
import { matchRoute } from '../server';

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** Sent as is (malformed JSON and the like). */
  rawBody?: string;
  headers?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
}

export interface CallOptions<K extends RouteKey> extends RequestOptions {
  params: { [N in ParamNames<K>]: string | number };
}

export interface ApiError {
  code: string;
  message: string;
  details: { field: string; message: string }[];
}

export interface Reply<T> {
  status: number;
  headers: Headers;
  /** The JSON reply (checked against the route's schema when 2xx), or the text of any other reply. */
  body: T;
  /** The error of a 4xx or 5xx reply (the contract's error shape). */
  error: ApiError | undefined;
  text: string;
  /** The body as sent (a workbook's bytes). */
  bytes: Buffer;
}

/** The parsed reply of a route on success. */
export type ReplyOf<K extends RouteKey> = (typeof routes)[K]['reply'] extends { schema: infer S extends z.ZodType } ? z.output<S> : unknown;

/** Typed calls to a running backend over HTTP, with tokens its local signing key accepts. */
export interface HallClient {
  call<K extends RouteKey>(route: K, options: CallOptions<K>): Promise<Reply<ReplyOf<K>>>;
  request(method: string, path: string, options?: RequestOptions): Promise<Reply<unknown>>;
  token(claims: { sub: string; roles: string[]; hallId?: string; windowId?: string }): Promise<string>;
  /** Successful JSON replies seen so far, a few per route (for checks against the OpenAPI document). */
  samples: Map<RouteKey, unknown[]>;
}

/** The runtime in this process, with a client of its HTTP server. */
export interface Harness extends HallClient {
  runtime: Runtime;
  stop(): Promise<void>;
}

const SAMPLES_PER_ROUTE = 5;

export function pathOf<K extends RouteKey>(route: K, params: CallOptions<K>['params']): string {
  const template = route.split(' ')[1] ?? '';
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String((params as Record<string, unknown>)[name])));
}

function checkReply(routeKey: RouteKey, body: unknown): void {
  const schema = (routes[routeKey] as RouteSpec).reply.schema;
  const result = schema?.safeParse(body);
  if (result && !result.success) {
    throw new Error(
      `The reply of ${routeKey} does not match its schema:\n${z.prettifyError(result.error)}\n${JSON.stringify(body).slice(0, 2000)}`,
    );
  }
}

/** A response's status, headers and bytes. */
interface Received {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

/**
 * One HTTP exchange over node:http with a keep-alive agent: `fetch` (undici) costs several
 * times more per request in this process, which would count against the API in the bench.
 */
function exchange(agent: http.Agent, url: URL, method: string, headers: Record<string, string>, body?: string): Promise<Received> {
  const sent = body === undefined ? undefined : Buffer.from(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, agent, headers: { ...headers, ...(sent ? { 'content-length': String(sent.length) } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const received = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            for (const one of [value ?? []].flat()) received.append(name, one);
          }
          resolve({ status: res.statusCode ?? 0, headers: received, bytes: Buffer.concat(chunks) });
        });
      },
    );
    req.on('error', reject);
    req.end(sent);
  });
}

/**
 * A client of the backend at `baseUrl` (this process's runtime, or an `npm start` in another
 * process: the bench's soak and crash tests), signing tokens with its local key.
 */
export function hallClient(baseUrl: string, keys: LocalKeys): HallClient {
  const samples = new Map<RouteKey, unknown[]>();
  const agent = new http.Agent({ keepAlive: true });

  async function request(method: string, path: string, { token, body, rawBody, headers = {}, query }: RequestOptions = {}) {
    const search = new URLSearchParams(
      Object.entries(query ?? {}).flatMap(([k, v]): [string, string][] => (v === undefined ? [] : [[k, String(v)]])),
    ).toString();
    const res = await exchange(
      agent,
      new URL(`${baseUrl}${path}${search ? `?${search}` : ''}`),
      method,
      {
        ...(body !== undefined || rawBody !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      rawBody ?? (body !== undefined ? JSON.stringify(body) : undefined),
    );
    const { bytes } = res;
    const ok = res.status >= 200 && res.status < 300;
    // Keep a byte-order mark (CSV for Excel starts with one); res.text() would drop it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const json = (res.headers.get('content-type') ?? '').includes('json') && text !== '';
    const parsed: unknown = json ? JSON.parse(text) : text;
    const route = matchRoute(method, path.split('?')[0] ?? path);
    if (json && ok && route && route !== 'malformed') {
      checkReply(route.route.routeKey, parsed);
      const seen = samples.get(route.route.routeKey) ?? [];
      if (seen.length < SAMPLES_PER_ROUTE) samples.set(route.route.routeKey, [...seen, parsed]);
    }
    const error = !ok && json ? (parsed as { error?: ApiError }).error : undefined;
    return { status: res.status, headers: res.headers, body: parsed, error, text, bytes };
  }

  return {
    samples,
    request,
    call: (route, options) => {
      const [method = 'GET'] = route.split(' ');
      return request(method, pathOf(route, options.params), options) as never;
    },
    token: (claims) => signToken(keys, claims),
  };
}

export interface HarnessOptions {
  clock?: string | Clock;
  /** HTTP port; any free one by default. */
  port?: number;
  /** Keys, runtime.json and logs here (kept after stop), for other processes to use; a temporary folder by default. */
  stateDir?: string;
  /** The store on disk here (kept after stop: a later harness on the same folder restarts it); in memory by default. */
  dataDir?: string;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const stateDir = options.stateDir ?? (await mkdtemp(join(tmpdir(), 'hall-test-')));
  const clock = typeof options.clock === 'string' ? clockStartingAt(new Date(options.clock)) : options.clock;
  const runtime = await startRuntime({
    dataDir: options.dataDir ?? ':memory:',
    stateDir,
    port: options.port ?? 0,
    ...(clock ? { clock } : {}),
  });
  const client = hallClient(runtime.url ?? '', runtime.keys);

  return {
    ...client,
    runtime,
    async stop() {
      await runtime.stop();
      if (!options.stateDir) await rm(stateDir, { recursive: true, force: true });
    },
  };
}
