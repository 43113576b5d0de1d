/**
 * `npm run invoke -- <function> [event.json]`: runs one function's handler once against the
 * local store. While `npm start` runs, the invocation uses that server's store (its address
 * is in runtime.json under DATA_DIR), so its writes feed the server's change stream;
 * otherwise it opens the store itself and waits for the change stream to settle before exiting.
 */
import { readFile } from 'node:fs/promises';
import { functionCatalog } from '#topology/catalog';
import { isFunctionName } from './functions';
import { localInvoker } from './runtime';

const [name, eventFile] = process.argv.slice(2);
if (!name || !isFunctionName(name)) {
  process.stderr.write(`usage: npm run invoke -- <function> [event.json]\nfunctions: ${Object.keys(functionCatalog).join(', ')}\n`);
  process.exit(2);
}
const event: unknown = eventFile ? JSON.parse(await readFile(eventFile, 'utf8')) : {};
const local = await localInvoker(process.env.DATA_DIR ?? '.data');
const result = await local.invoke(name, event);
await local.close();
process.stdout.write(`${JSON.stringify(result ?? null, null, 2)}\n`);
