/**
 * The notification sender, fed by the notification queue (rules on the hall bus put the events
 * of shared/topology/triggers.ts `notificationQueue` on it). Each message is one event; a message
 * whose deliveries must wait (a retry's backoff, an SMS in the quiet hours) is reported failed
 * and handed back by the queue at that time; one that keeps failing ends in the queue's
 * dead-letter queue. Records run one after the other: the queue's capped consumers, not this
 * loop, absorb a burst.
 */
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { storeFromEnvironment } from '#adapters/environment';
import { cipherFromEnvironment } from '#adapters/field-cipher';
import { logger } from '#adapters/logger';
import { notificationsFromEnvironment } from '#adapters/notification-channels';
import { keyedHashFromEnvironment } from '#adapters/keyed-hash';
import { lambdaEntry } from '#lambda/entry';
import { notify, type SenderDeps } from '#services/notifications';

/** SQS keeps a message invisible for at most 12 hours (the quiet hours last 11). */
const MAX_VISIBILITY_SECONDS = 12 * 3600;

interface QueuedEvent {
  'detail-type': string;
  detail: unknown;
}

async function sendBatch(d: SenderDeps, event: SQSEvent): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const queued = JSON.parse(record.body) as QueuedEvent;
      const { retryAfterSeconds } = await notify(d, queued['detail-type'], queued.detail);
      if (retryAfterSeconds !== undefined) {
        await d.redelivery.after(record.receiptHandle, Math.min(Math.max(retryAfterSeconds, 1), MAX_VISIBILITY_SECONDS));
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    } catch (err) {
      logger.error('notification message failed; the queue hands it back', { messageId: record.messageId, error: err as Error });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}

export const handler = lambdaEntry(
  'notifications',
  () => ({
    ...storeFromEnvironment(),
    cipher: cipherFromEnvironment(),
    keyedHash: keyedHashFromEnvironment(),
    ...notificationsFromEnvironment(),
  }),
  (d) => (event: SQSEvent) => sendBatch(d, event),
);
