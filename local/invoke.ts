/**
 * `npm run invoke -- <function> [event.json]`: runs one function's handler once against the
 * local store. While `npm start` runs, the invocation uses that server's store (its address
 * is in runtime.json under DATA_DIR), so its writes feed the server's change stream;
 * otherwise it opens the store itself and waits for the change stream to settle before exiting.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { functionCatalog } from '#topology/catalog';
import { isFunctionName } from './functions';
import { clockFromEnvironment, connectedFunctions, resolveStateDir, startRuntime } from './runtime';

const [name, eventFile] = process.argv.slice(2);
if (!name || !isFunctionName(name)) {
  process.stderr.write(`usage: npm run invoke -- <function> [event.json]\nfunctions: ${Object.keys(functionCatalog).join(', ')}\n`);
  process.exit(2);
}
const event: unknown = eventFile ? JSON.parse(await readFile(eventFile, 'utf8')) : {};
const dataDir = process.env.DATA_DIR ?? '.data';
const stateDir = resolveStateDir(dataDir);

async function runningServerStore(): Promise<string | undefined> {
  try {
    const info = JSON.parse(await readFile(join(stateDir, 'runtime.json'), 'utf8')) as { pid: number; storeEndpoint: string };
    process.kill(info.pid, 0); // throws if that server is gone
    return info.storeEndpoint;
  } catch {
    return undefined;
  }
}

const endpoint = await runningServerStore();
let result: unknown;
if (endpoint) {
  const { events, notifications, invoke } = await connectedFunctions(endpoint, stateDir, clockFromEnvironment());
  result = await invoke(name, event);
  await events.drain();
  await notifications.drain();
  notifications.stop();
} else {
  const runtime = await startRuntime({ dataDir, stateDir, clock: clockFromEnvironment() });
  result = await runtime.invoke(name, event);
  await runtime.settle();
  await runtime.stop();
}
process.stdout.write(`${JSON.stringify(result ?? null, null, 2)}\n`);
