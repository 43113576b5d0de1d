/** Starts the real local runtime in-process (in-memory store) and talks to it over HTTP. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clockStartingAt } from '#adapters/clock';
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

export async function startTestRuntime(options: { clock?: string } = {}): Promise<TestRuntime> {
  const stateDir = await mkdtemp(join(tmpdir(), 'hall-test-'));
  const runtime = await startRuntime({
    dataDir: ':memory:',
    stateDir,
    port: 0,
    ...(options.clock ? { clock: clockStartingAt(new Date(options.clock)) } : {}),
  });
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
      const text = await res.text();
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
