/**
 * `npm run replay -- <queue> [--dry-run] [--max N]`: re-drives a dead-letter queue (see
 * ops/dead-letters.ts). `<queue>` is a queue URL from the stack's outputs
 * (`JobsDeadLetterQueueUrl`, `StreamsDeadLetterQueueUrl`), in any partition, or `jobs` /
 * `streams` for the local runtime's queues under DATA_DIR (default `.data`).
 */
import { parseArgs } from 'node:util';
import { isLocalQueueName, LocalDeadLetterQueue, type LocalQueueName } from '#local/dead-letter-queue';
import { isFunctionName } from '#local/functions';
import { localInvoker, resolveStateDir } from '#local/runtime';
import { awsReplayPorts } from './aws';
import { replay, type ReplayPorts } from './dead-letters';

const usage = 'usage: npm run replay -- <queue URL | jobs | streams> [--dry-run] [--max N]';
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false }, max: { type: 'string' } },
});
const [queue] = positionals;
const max = values.max === undefined ? Infinity : Number(values.max);
if (!queue || positionals.length > 1 || !(max > 0)) {
  process.stderr.write(`${usage}\n`);
  process.exit(2);
}

/** The local runtime's queue and functions; a local stream batch carries its records. */
async function localPorts(name: LocalQueueName): Promise<ReplayPorts & { close(): Promise<void> }> {
  const dataDir = process.env.DATA_DIR ?? '.data';
  const functions = await localInvoker(dataDir);
  return {
    queue: LocalDeadLetterQueue.open(resolveStateDir(dataDir), name),
    functions: {
      invoke(functionArn, payload) {
        const fn = functionArn.split(':function:')[1] ?? '';
        if (!isFunctionName(fn)) throw new Error(`No local function ${fn}`);
        return functions.invoke(fn, payload);
      },
    },
    stream: { read: () => Promise.reject(new Error('A local stream batch names no records to re-read')) },
    close: () => functions.close(),
  };
}

const ports: ReplayPorts & { close?: () => Promise<void> } = isLocalQueueName(queue) ? await localPorts(queue) : awsReplayPorts(queue);
const outcome = await replay(ports, {
  dryRun: values['dry-run'],
  max,
  report: (line) => process.stdout.write(`${line}\n`),
});
await ports.close?.();
process.stdout.write(`replayed ${outcome.replayed}, failed ${outcome.failed} (left in the queue), skipped ${outcome.skipped}\n`);
process.exitCode = outcome.failed > 0 ? 1 : 0;
