/**
 * The local stand-in for the notification queue behaves like SQS with a Lambda event source:
 * at least once, a failed message back after its visibility timeout (or the consumer's own
 * delay) on the runtime's clock, and after maxReceiveCount receipts in the dead-letter file.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQSEvent } from 'aws-lambda';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { settableClock } from '../../local/clock';
import { LocalQueue } from '../../local/notifications';
import { notificationQueue } from '../../shared/topology/triggers';

let dir: string;
let queue: LocalQueue;
const clock = settableClock('2025-09-26T10:00:00+08:00');
const received: { body: string; count: string }[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hall-queue-'));
  received.length = 0;
  clock.set('2025-09-26T10:00:00+08:00');
  queue = new LocalQueue('notifications', notificationQueue, clock, join(dir, 'dead-letters.jsonl'));
});
afterEach(async () => {
  queue.stop();
  await rm(dir, { recursive: true, force: true });
});

const record = (event: SQSEvent) => {
  for (const r of event.Records) received.push({ body: r.body, count: r.attributes.ApproximateReceiveCount });
};

it('delivers once when the consumer succeeds', async () => {
  queue.start((event) => Promise.resolve(record(event)));
  queue.send('a');
  queue.send('b');
  await queue.drain();
  expect(received.map((r) => r.body).sort()).toEqual(['a', 'b']);
  expect(queue.size).toBe(0);
});

it('hands a failed message back after its visibility timeout, and earlier when the consumer asks', async () => {
  queue.start((event) => {
    record(event);
    const [r] = event.Records;
    if (r?.body === 'soon') queue.changeVisibility(r.receiptHandle, 60);
    return Promise.resolve({ batchItemFailures: event.Records.map((x) => ({ itemIdentifier: x.messageId })) });
  });
  queue.send('soon');
  queue.send('default');
  await queue.drain();
  expect(received).toHaveLength(2);

  clock.set('2025-09-26T10:01:01+08:00');
  await queue.drain();
  expect(received.map((r) => `${r.body}:${r.count}`)).toEqual(['soon:1', 'default:1', 'soon:2']);

  clock.set(`2025-09-26T10:0${notificationQueue.visibilityTimeoutSeconds / 60 + 1}:00+08:00`);
  await queue.drain();
  expect(received.map((r) => `${r.body}:${r.count}`)).toContain('default:2');
});

it('parks a message that keeps failing in the dead-letter file after maxReceiveCount receipts', async () => {
  queue.start((event) => Promise.resolve({ batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })) }));
  queue.send('poison');
  for (let hour = 0; hour < notificationQueue.maxReceiveCount; hour++) {
    clock.set(new Date(Date.parse('2025-09-26T10:00:00+08:00') + hour * 3600_000).toISOString());
    await queue.drain();
  }
  expect(queue.size).toBe(0);
  const parked = (await readFile(join(dir, 'dead-letters.jsonl'), 'utf8')).trim().split('\n');
  expect(parked.map((line) => (JSON.parse(line) as { body: string }).body)).toEqual(['poison']);
});
