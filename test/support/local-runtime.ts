/** Starts the real local runtime in-process (in-memory store) and talks to it over HTTP. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clockStartingAt, type Clock } from '#adapters/clock';
import { signToken } from '#local/auth';
import { startRuntime, type Runtime } from '#local/runtime';

export interface CallOptions {
  token?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface TestRuntime {
  runtime: Runtime;
  call<T = any>(method: string, path: string, options?: CallOptions): Promise<Reply<T>>;
  token(claims: { sub: string; roles: string[]; hallId?: string }): Promise<string>;
  stop(): Promise<void>;
}

/** A clock that runs on from an instant and can be moved to another one (HALL_CLOCK, in tests). */
export interface SettableClock extends Clock {
  set(instant: string): void;
}

export function settableClock(start: string): SettableClock {
  let clock = clockStartingAt(new Date(start));
  return { now: () => clock.now(), set: (instant) => (clock = clockStartingAt(new Date(instant))) };
}

export async function startTestRuntime(options: { clock?: string | Clock } = {}): Promise<TestRuntime> {
  const stateDir = await mkdtemp(join(tmpdir(), 'hall-test-'));
  const clock = typeof options.clock === 'string' ? clockStartingAt(new Date(options.clock)) : options.clock;
  const runtime = await startRuntime({ dataDir: ':memory:', stateDir, port: 0, ...(clock ? { clock } : {}) });
  return {
    runtime,
    async call(method, path, { token, body, rawBody, headers = {} } = {}) {
      const res = await fetch(`${runtime.url}${path}`, {
        method,
        headers: {
          ...(body !== undefined || rawBody !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        ...(rawBody !== undefined ? { body: rawBody } : body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      // Keep a byte-order mark (CSV for Excel starts with one); res.text() would drop it.
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
      const type = res.headers.get('content-type') ?? '';
      return { status: res.status, headers: res.headers, body: type.includes('json') && text ? JSON.parse(text) : text };
    },
    token: (claims) => signToken(runtime.keys, claims),
    async stop() {
      await runtime.stop();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}
