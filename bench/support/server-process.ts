/**
 * `npm start` as a child process on a data folder, for the scripts that must stop it the hard
 * way (the crash test) or load it from outside (the soak): loopback only, on a free port, logs
 * kept quiet. Its address comes from the `runtime.json` it writes once it serves.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { loadOrCreateKeys } from '#local/auth';
import { hallClient, type HallClient } from '#local/harness/runtime';

const root = resolve(import.meta.dirname, '..', '..');

export interface ServerProcess {
  url: string;
  client: HallClient;
  /** Milliseconds from spawn to serving (start-up includes replaying the stream and reconciling). */
  startedInMs: number;
  /** Sends the signal and waits for the process to end. */
  stop(signal: NodeJS.Signals): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

async function runtimeOf(dataDir: string, pid: number | undefined): Promise<string | undefined> {
  try {
    const info = JSON.parse(await readFile(join(dataDir, 'runtime.json'), 'utf8')) as { pid: number; url: string };
    return info.pid === pid ? info.url : undefined; // a killed server's file stays behind
  } catch {
    return undefined;
  }
}

export async function startServer(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'local/main.ts'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(await freePort()), POWERTOOLS_LOG_LEVEL: 'ERROR', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = once(child, 'exit');
  let url: string | undefined;
  for (let waited = 0; !(url = await runtimeOf(dataDir, child.pid)); waited += 50) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} while starting`);
    if (waited > 120_000) throw new Error('the server did not start within two minutes');
    await new Promise((done) => setTimeout(done, 50));
  }
  return {
    url,
    client: hallClient(url, await loadOrCreateKeys(dataDir)),
    startedInMs: performance.now() - started,
    async stop(signal) {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}
